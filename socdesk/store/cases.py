"""Cases in the store: opening one from an appeal, numbering it from the workplace's series,
and moving it along the legal path (`domain.cases`), every move kept as a `case_event`.

All of it goes through the unit of work, so every row is syncable and audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, select

from socdesk.domain.cases import CaseFacts, CaseState, Channel, check_transition
from socdesk.domain.consent import Processing, appeal_needs_consent
from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import noop
from socdesk.store import meta
from socdesk.store.consents import refuse_after_withdrawal
from socdesk.store.redirects import resolve_person_id
from socdesk.store.schema import CaseEvent, Person, ServiceType, SocialCase, Workplace
from socdesk.store.schema.reference import in_force
from socdesk.store.uow import UnitOfWork

_case = SocialCase.__table__  # type: ignore[attr-defined]
_event = CaseEvent.__table__  # type: ignore[attr-defined]
_workplace = Workplace.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]
_service = ServiceType.__table__  # type: ignore[attr-defined]
SERIES_PREFIX = "series.case."  # meta key per year: this device's last number


@dataclass(frozen=True, slots=True)
class Appeal:
    """What the worker takes down when a case opens (заява / звернення / повідомлення)."""

    person_id: str
    channel: Channel
    received_on: dt.date
    services: Sequence[str] = ()
    applicant: str = ""  # who applied, if not the person
    on_behalf: bool = False
    urgent: bool = False
    household_id: str | None = None
    worker_id: str | None = None  # the worker responsible for the case


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: str
    number: str
    person_id: str
    state: CaseState
    channel: Channel
    received_on: dt.date
    urgent: bool


def next_number(uow: UnitOfWork, prefix: str, year: int) -> str:
    """The next number of this device's series for `year`: PREFIX-YEAR-NNNN. The centre gives
    each workplace its own prefix, so devices that number offline never collide; and a device
    other than the one that set the workplace up (a second laptop, a restored backup or a
    copied folder, each with its own device id) numbers under the prefix with its own tag,
    PREFIX/TAG-YEAR-NNNN, so it never issues a number the first one issued or will."""
    if not prefix.strip():
        raise ValidationError(
            noop(
                "Domain",
                "Робочому місцю не задано префікс нумерації справ; його задає координатор.",
            ),
            "prefix",
        )
    conn = uow.connection
    series = series_prefix(conn, uow.device_id, prefix.strip())
    key = f"{SERIES_PREFIX}{series}.{year}"
    number = int(meta.get(conn, key) or 0) + 1
    meta.put(conn, key, str(number))
    return f"{series}-{year}-{number:04d}"


def series_prefix(conn: Connection, device_id: str, prefix: str) -> str:
    """The prefix this device numbers under (see `next_number`)."""
    workplace_id = meta.workplace_id(conn)
    origin = None
    if workplace_id is not None:
        origin = conn.execute(
            select(_workplace.c.origin).where(_workplace.c.id == workplace_id)
        ).scalar()
    if origin is None or origin == device_id:
        return prefix
    return f"{prefix}/{device_id.replace('-', '')[-4:].upper()}"


def open_case(
    uow: UnitOfWork, appeal: Appeal, prefix: str, row_id: str | None = None
) -> tuple[str, str]:
    """Registers the appeal as a case in state "applied"; returns (id, number)."""
    if not appeal.urgent and not appeal.services and appeal.channel is not Channel.NOTICE:
        raise ValidationError(
            noop(
                "Domain", "Зазначте, які послуги просить особа (з Класифікатора соціальних послуг)."
            ),
            "services",
        )
    conn = uow.connection
    person_id = resolve_person_id(conn, appeal.person_id)  # a merged record: its survivor
    known = conn.execute(select(_person.c.id).where(_person.c.id == person_id)).first()
    if known is None:
        raise ValidationError(
            noop("Domain", "Особи немає в реєстрі: спершу зареєструйте її."), "person"
        )
    if appeal_needs_consent(notice=appeal.channel is Channel.NOTICE, urgent=appeal.urgent):
        refuse_after_withdrawal(conn, person_id, Processing.APPEAL)
    number = next_number(uow, prefix, appeal.received_on.year)
    case_id = uow.insert(
        SocialCase,
        {
            "number": number,
            "person_id": person_id,
            "household_id": appeal.household_id,
            "state": CaseState.APPLIED.value,
            "channel": appeal.channel.value,
            "applicant": appeal.applicant.strip(),
            "on_behalf": appeal.on_behalf,
            "services": sorted(set(appeal.services)),
            "urgent": appeal.urgent,
            "received_on": appeal.received_on,
            "worker_id": appeal.worker_id,
        },
        row_id=row_id,
    )
    return case_id, number


def move_case(  # noqa: PLR0913 - a move has all of these
    uow: UnitOfWork,
    case_id: str,
    target: CaseState,
    facts: CaseFacts,
    on: dt.date,
    reason: str = "",
    note: str = "",
    event_id: str | None = None,
) -> None:
    """Moves a case if the law allows it (`IllegalTransition` otherwise: nothing is written)."""
    row = uow.connection.execute(select(_case.c.state).where(_case.c.id == case_id)).one()
    source = CaseState(row.state)
    transition = check_transition(source, target, facts)
    values: dict[str, object] = {"state": target.value}
    if target is CaseState.CLOSED:
        values["closed_on"] = on
    uow.update(SocialCase, case_id, values)
    uow.insert(
        CaseEvent,
        {
            "case_id": case_id,
            "from_state": source.value,
            "to_state": target.value,
            "on": on,
            "reason": reason,
            "note": note,
            "law": transition.law,
        },
        row_id=event_id,
    )


def cases_of_person(conn: Connection, person_id: str) -> list[CaseRow]:
    """The person's cases, newest first."""
    rows = conn.execute(
        select(_case)
        .where(_case.c.person_id == person_id, _case.c.deleted.is_(False))
        .order_by(_case.c.received_on.desc(), _case.c.number.desc())
    ).mappings()
    return [_case_row(r) for r in rows]


def cases_by_id(conn: Connection, ids: Sequence[str]) -> dict[str, CaseRow]:
    """The cases among `ids` that exist (not deleted), by id: to tell a case's id from a
    person's and to name a case by its number."""
    if not ids:
        return {}
    rows = conn.execute(
        select(_case).where(_case.c.id.in_(list(ids)), _case.c.deleted.is_(False))
    ).mappings()
    return {r["id"]: _case_row(r) for r in rows}


def _case_row(r: RowMapping) -> CaseRow:
    return CaseRow(
        r["id"],
        r["number"],
        r["person_id"],
        CaseState(r["state"]),
        Channel(r["channel"]),
        r["received_on"],
        r["urgent"],
    )


def case_events(conn: Connection, case_id: str) -> list[tuple[dt.date, CaseState, CaseState, str]]:
    """(on, from, to, reason) of every move, in order."""
    rows = conn.execute(
        select(_event.c.on, _event.c.from_state, _event.c.to_state, _event.c.reason)
        .where(_event.c.case_id == case_id)
        .order_by(_event.c.on, _event.c.id)
    )
    return [(r.on, CaseState(r.from_state), CaseState(r.to_state), r.reason) for r in rows]


def service_types(conn: Connection, on: dt.date) -> list[tuple[str, str]]:
    """(code, name) of the classifier's services in force on `on`, in code order."""
    stmt = select(_service.c.code, _service.c.name).where(in_force(_service, on))
    stmt = stmt.order_by(_service.c.code)
    return [(r.code, r.name) for r in conn.execute(stmt)]


def unknown_services(conn: Connection, codes: Sequence[str], on: dt.date) -> list[str]:
    """The codes among `codes` that are not in the classifier of social services in force on
    `on`, in the order given (a plan, a contract or the log may name only those that are)."""
    wanted = set(codes)
    known = set(
        conn.execute(
            select(_service.c.code).where(in_force(_service, on), _service.c.code.in_(wanted))
        ).scalars()
    )
    return [c for c in dict.fromkeys(codes) if c not in known]


def settle_state(uow: UnitOfWork, case_id: str) -> bool:
    """Makes a case's state the one its moves lead to; whether it changed.

    Two devices may move one case at the same time (A to assessment, B to a decision): the
    state field keeps the newer clock's value, while both moves stay in the history. Every
    replica then takes the state from the history by one rule — the last move by date, then
    by the clock it was made with, then by id — and writes it as an ordinary change, so all
    agree with each other and with the history they show.
    """
    conn = uow.connection
    events = conn.execute(MOVES.where(_event.c.case_id == case_id)).all()
    if not events:
        return False
    last = state_from_moves(events)
    current = conn.execute(select(_case.c.state).where(_case.c.id == case_id)).scalar()
    if current is None or current == last:
        return False
    return uow.update(SocialCase, case_id, {"state": last})


# A case's live moves: what `state_from_moves` reads (with the case's id last).
MOVES = select(
    _event.c.id, _event.c.on, _event.c.to_state, _event.c.field_clocks, _event.c.case_id
).where(_event.c.deleted.is_(False))


def state_from_moves(events: Sequence[Any]) -> str:
    """The state a case's moves (rows of `MOVES`, at least one) lead to: the last move by
    date, then by the clock it was made with, then by id."""
    last = max(events, key=lambda e: (e.on, e.field_clocks.get("to_state", ""), e.id))
    state: str = last.to_state
    return state
