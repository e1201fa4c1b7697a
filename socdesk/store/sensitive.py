"""Sensitive sections of filled forms as the store hands them out (domain/sensitive.py says
which fields and who is entitled): one function, `shown_answers`, gives a filled form's
answers to a screen or a printout, without the sensitive fields for a reader not entitled to
them and without an active break-the-glass access; the values never leave the store.

The reader is the user the connection was opened for (`Store.read` marks it, as for the
districts: store/district_access.py); a connection nobody marked is the store's own work (a
unit of work, a sync, a test's raw connection) and is not limited.

Break the glass (`break_glass`): the reader gives a reason; it is written as a synced
`sensitive_access` row (who, whom, when, why, until when) and audited, so the coordinator's
list (`accesses`) on any device that receives the district's rows shows it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, exists, or_, select

from socdesk.domain.errors import NotPermitted, ValidationError
from socdesk.domain.messages import noop
from socdesk.domain.people import Role
from socdesk.domain.sensitive import (
    CaseWorkers,
    Redacted,
    check_reason,
    entitled,
    field_kinds,
    grant_until,
    redact,
    unredacted,
)
from socdesk.store.district_access import VIEWER
from socdesk.store.forms import definitions
from socdesk.store.redirects import merged_ids, resolve_person_id
from socdesk.store.schema import (
    AppUser,
    FieldHistory,
    FormRecord,
    Person,
    PrintedDocument,
    SensitiveAccess,
    ServiceEntry,
    SocialCase,
    Worker,
)
from socdesk.store.uow import UnitOfWork

_users = AppUser.__table__  # type: ignore[attr-defined]
_form = FormRecord.__table__  # type: ignore[attr-defined]
_case = SocialCase.__table__  # type: ignore[attr-defined]
_service = ServiceEntry.__table__  # type: ignore[attr-defined]
_history = FieldHistory.__table__  # type: ignore[attr-defined]
_access = SensitiveAccess.__table__  # type: ignore[attr-defined]
_worker = Worker.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]
_printed = PrintedDocument.__table__  # type: ignore[attr-defined]
_TIME = "%Y-%m-%dT%H:%M:%SZ"
LIST_ROLES = frozenset({Role.COORDINATOR, Role.HEAD})
NOT_FOR_LIST = noop(
    "Domain",
    "Перелік доступів до чутливих даних переглядає координатор або керівник.",
)
NO_WORKER = noop(
    "Domain",
    "Увійдіть під своїм іменем користувача: доступ з обґрунтуванням записують на працівника.",
)


def stamp(moment: dt.datetime) -> str:
    """A moment as the synced rows keep it (UTC, to the second)."""
    return moment.astimezone(dt.UTC).strftime(_TIME)


@dataclass(frozen=True, slots=True)
class Reader:
    user_id: str
    role: Role
    worker_id: str


def reader(conn: Connection) -> Reader | None:
    """The signed-in user the connection reads for, or None (the store's own work)."""
    user = conn.info.get(VIEWER)
    if user is None:
        return None
    row = conn.execute(
        select(_users.c.role, _users.c.worker_id).where(_users.c.id == user)
    ).one_or_none()
    if row is None:  # the recovery key: acts as the coordinator, stands for no worker
        return Reader(user, Role.COORDINATOR, "")
    return Reader(user, Role(row.role), row.worker_id or "")


def _cases(conn: Connection, person_id: str | None, case_id: str | None) -> list[str]:
    if case_id:
        return [case_id]
    if not person_id:
        return []
    return list(conn.execute(select(_case.c.id).where(_case.c.person_id == person_id)).scalars())


def case_workers(conn: Connection, person_id: str | None, case_id: str | None) -> CaseWorkers:
    """The responsible workers and the serving workers of the case (or, for a form of no
    case, of every case of the person)."""
    cases = _cases(conn, person_id, case_id)
    if not cases:
        return CaseWorkers()
    responsible = conn.execute(
        select(_case.c.worker_id).where(_case.c.id.in_(cases), _case.c.worker_id.is_not(None))
    ).scalars()
    serving = conn.execute(
        select(_service.c.worker_id)
        .where(
            _service.c.case_id.in_(cases),
            _service.c.worker_id.is_not(None),
            _service.c.deleted.is_(False),
        )
        .distinct()
    ).scalars()
    return CaseWorkers(frozenset(responsible), frozenset(serving))


def person_of(conn: Connection, person_id: str | None, case_id: str | None) -> str | None:
    """The person a form is about: its own, or its case's."""
    if person_id or not case_id:
        return person_id
    found: str | None = conn.execute(
        select(_case.c.person_id).where(_case.c.id == case_id)
    ).scalar()
    return found


def active_access(conn: Connection, worker_id: str, person_id: str, now: dt.datetime) -> Any:
    """The worker's break-the-glass access to the person still in force at `now`, or None."""
    if not worker_id:
        return None
    return conn.execute(
        select(_access)
        .where(
            _access.c.worker_id == worker_id,
            _access.c.person_id == person_id,
            _access.c.deleted.is_(False),
            _access.c.granted_at <= stamp(now),
            _access.c.until > stamp(now),
        )
        .order_by(_access.c.until.desc())
        .limit(1)
    ).one_or_none()


def may_read(
    conn: Connection,
    *,
    person_id: str | None,
    case_id: str | None,
    now: dt.datetime,
    record_id: str | None = None,
) -> bool:
    """Whether the connection's reader may read the sensitive sections of a person's (or a
    case's) forms now: entitled (domain.sensitive.entitled) or holding an active access."""
    who = reader(conn)
    if who is None:
        return True
    wrote = record_id is not None and bool(
        conn.execute(
            select(
                exists().where(
                    _history.c.user == who.user_id,
                    _history.c.table_name == "form_record",
                    _history.c.row_id == record_id,
                )
            )
        ).scalar()
    )
    if entitled(who.role, who.worker_id, case_workers(conn, person_id, case_id), wrote=wrote):
        return True
    person = person_of(conn, person_id, case_id)
    return person is not None and active_access(conn, who.worker_id, person, now) is not None


def shown_answers(conn: Connection, record: Any, now: dt.datetime | None = None) -> Redacted:
    """THE way a filled form's answers reach a screen or a printout: every answer for a
    reader who may read the sensitive sections, the others without them (`Redacted.hidden`
    says which sections lost what)."""
    answers = dict(record.answers or {})
    definition = definitions()[(record.form_code, record.form_version)]
    if not field_kinds(definition):
        return unredacted(answers)
    allowed = may_read(
        conn,
        person_id=record.person_id,
        case_id=record.case_id,
        now=now or dt.datetime.now(dt.UTC),
        record_id=record.id,
    )
    return unredacted(answers) if allowed else redact(definition, answers)


def shown_value(conn: Connection, table: str, row_id: str, field: str, value: Any) -> Any:
    """A synced row's field value as a screen may show it (the conflicts list): a form's
    answers go through `shown_answers`; a form this store does not hold shows none."""
    if (table, field) != ("form_record", "answers") or not isinstance(value, dict):
        return value
    row = conn.execute(select(_form).where(_form.c.id == row_id)).one_or_none()
    if row is None:
        return {}
    return shown_answers(conn, _Answers(row, value)).answers


class _Answers:
    """A form's row with other answers (one side of a conflict)."""

    def __init__(self, row: Any, answers: dict[str, Any]) -> None:
        self.id, self.person_id, self.case_id = row.id, row.person_id, row.case_id
        self.form_code, self.form_version, self.answers = row.form_code, row.form_version, answers


def holds_sensitive(conn: Connection, person_id: str) -> bool:
    """Whether anything the person's data export carries (store/subject_access.py) answers a
    sensitive field: a form about the person (their own or their cases'), a deleted one too;
    the old and new answers in those forms' history of changes; the answers in the snapshots
    of the acts printed about them (by a reader who could read them). An id of a merged
    record stands for its survivor and every record merged into it, as in the export."""
    people = merged_ids(conn, resolve_person_id(conn, person_id))
    cases = select(_case.c.id).where(_case.c.person_id.in_(people))
    forms = conn.execute(
        select(_form.c.id, _form.c.form_code, _form.c.form_version, _form.c.answers).where(
            or_(_form.c.person_id.in_(people), _form.c.case_id.in_(cases))
        )
    ).all()
    kinds = {f.id: _sensitive_keys(f.form_code, f.form_version) for f in forms}
    if any(_answers_any(f.answers, kinds[f.id]) for f in forms):
        return True
    changed = conn.execute(
        select(_history.c.row_id, _history.c.old, _history.c.new).where(
            _history.c.table_name == "form_record",
            _history.c.field == "answers",
            _history.c.row_id.in_([i for i, keys in kinds.items() if keys]),
        )
    )
    for row_id, old, new in changed:
        if any(_answers_any(_loaded(text), kinds[row_id]) for text in (old, new)):
            return True
    snapshots = conn.execute(
        select(_printed.c.snapshot).where(
            or_(_printed.c.person_id.in_(people), _printed.c.subject_id.in_(cases))
        )
    ).scalars()
    for snap in snapshots:
        if isinstance(snap, dict) and "answers" in snap:
            keys = _sensitive_keys(snap.get("form_code"), snap.get("form_version"))
            if _answers_any(snap["answers"], keys):
                return True
    return False


def _sensitive_keys(code: Any, version: Any) -> frozenset[str]:
    definition = definitions().get((code, version))
    return frozenset(field_kinds(definition)) if definition is not None else frozenset()


def _answers_any(answers: Any, keys: frozenset[str]) -> bool:
    """Whether the answers give a value to any of the keys."""
    return isinstance(answers, dict) and any(answers.get(k) not in (None, "", []) for k in keys)


def _loaded(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def require_person_access(conn: Connection, person_id: str, now: dt.datetime) -> None:
    """`NotPermitted` if anything about the person holds sensitive answers the reader may not
    read (`holds_sensitive`): an export of everything about the person would carry them, so it
    is refused rather than trimmed."""
    survivor = resolve_person_id(conn, person_id)  # the one the export is made for
    if holds_sensitive(conn, survivor) and not may_read(
        conn, person_id=survivor, case_id=None, now=now
    ):
        raise NotPermitted(
            noop(
                "Domain",
                "Дані особи містять чутливі відомості (здоров’я, інвалідність, насильство, "
                "залежності), а ви не працюєте з її справою. Відкрийте акт і натисніть "
                "«Переглянути з обґрунтуванням…» або зверніться до відповідального фахівця.",
            )
        )


def break_glass(
    uow: UnitOfWork,
    *,
    person_id: str,
    case_id: str | None,
    reason: str,
    now: dt.datetime,
) -> str:
    """Records a break-the-glass access of the writing user to the person's sensitive
    sections (reason checked: domain.sensitive.check_reason); audited; the id of the row."""
    text = check_reason(reason)
    if not uow.author:
        raise ValidationError(NO_WORKER, "user")
    access_id = uow.insert(
        SensitiveAccess,
        {
            "worker_id": uow.author,
            "person_id": person_id,
            "case_id": case_id,
            "reason": text,
            "granted_at": stamp(now),
            "until": stamp(grant_until(now)),
        },
    )
    uow.audit_action("sensitive.break_glass", "person", [access_id], person_id)
    return access_id


def reveal_form(uow: UnitOfWork, record_id: str, reason: str, now: dt.datetime) -> Any:
    """Breaks the glass for the person a filled form is about (`break_glass`) and returns the
    form's row, all its answers included (a screen asked for them with the reason)."""
    row = uow.connection.execute(select(_form).where(_form.c.id == record_id)).one()
    person = person_of(uow.connection, row.person_id, row.case_id)
    if person is None:  # a form of nobody: nothing sensitive about anyone to ask for
        return row
    break_glass(uow, person_id=person, case_id=row.case_id, reason=reason, now=now)
    return row


@dataclass(frozen=True, slots=True)
class Access:
    """One break-the-glass access as the coordinator's list shows it."""

    id: str
    granted_at: str
    until: str
    worker: str  # «Прізвище Ім'я», the worker's position
    person: str  # «Прізвище Ім'я По батькові»
    person_id: str
    case_id: str | None
    reason: str


def accesses(conn: Connection, *, limit: int = 1000) -> list[Access]:
    """Every break-the-glass access the store holds (its own and those that came by sync),
    the newest first; for a coordinator or a head (`NotPermitted` for others)."""
    who = reader(conn)
    if who is not None and who.role not in LIST_ROLES:
        raise NotPermitted(NOT_FOR_LIST)
    rows = conn.execute(
        select(
            _access,
            _worker.c.surname.label("w_surname"),
            _worker.c.given_name.label("w_given"),
            _worker.c.position.label("w_position"),
            _person.c.surname.label("p_surname"),
            _person.c.given_name.label("p_given"),
            _person.c.patronymic.label("p_patronymic"),
        )
        .select_from(
            _access.outerjoin(_worker, _worker.c.id == _access.c.worker_id).outerjoin(
                _person, and_(_person.c.id == _access.c.person_id)
            )
        )
        .where(_access.c.deleted.is_(False))
        .order_by(_access.c.granted_at.desc(), _access.c.id)
        .limit(limit)
    )
    return [
        Access(
            r.id,
            r.granted_at,
            r.until,
            " ".join(p for p in (r.w_surname, r.w_given) if p)
            + (f", {r.w_position}" if r.w_position else ""),
            " ".join(p for p in (r.p_surname, r.p_given, r.p_patronymic) if p),
            r.person_id,
            r.case_id,
            r.reason,
        )
        for r in rows
    ]
