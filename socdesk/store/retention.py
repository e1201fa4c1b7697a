"""The retention period (строк зберігання після закриття випадку) and who is due for
anonymisation (domain/retention.py has the rules).

The period is a dated setting kept as a `legal_deadline` row (code `RETENTION_CODE`, unit
years, in force from `valid_from`): a synced row, so every replica reads the same period, and
a dated one, so a change takes effect from a day. Only a coordinator sets it (`Store`-level
callers check the role); the row's id is made from its first day, so two coordinators who set
the period from the same day edit one row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Table, func, select

from socdesk.domain.cases import CaseState
from socdesk.domain.errors import ValidationError
from socdesk.domain.ids import reference_id
from socdesk.domain.messages import noop
from socdesk.domain.retention import (
    RETENTION_CODE,
    RETENTION_UNIT,
    WHOLE_PERSON,
    Erasure,
    ErasureKind,
    is_due,
    latest_closing,
    retention_ends,
)
from socdesk.store import erasure
from socdesk.store.schema import LegalDeadline, Person, SocialCase
from socdesk.store.schema.people import live_people
from socdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from socdesk.store.database import Store

_deadline: Table = LegalDeadline.__table__  # type: ignore[attr-defined]
_person: Table = Person.__table__  # type: ignore[attr-defined]
_case: Table = SocialCase.__table__  # type: ignore[attr-defined]
MAX_YEARS = 100
# People anonymised per transaction: each is its own change, but the index merge, the WAL
# truncation and the new backup that follow an erasure are made once per transaction.
PER_TRANSACTION = 100
DUE_REASON = "строк зберігання після закриття випадку минув"
NAME = "Строк зберігання даних отримувача після закриття останнього випадку"


@dataclass(frozen=True, slots=True)
class RetentionPeriod:
    years: int
    valid_from: dt.date
    source: str  # where the period comes from: the centre's nomenclature of files, an order


@dataclass(frozen=True, slots=True)
class Due:
    person_id: str
    closed_on: dt.date  # the latest case's closing
    ends_on: dt.date  # the first day the data may no longer be kept


def retention_periods(conn: Connection) -> list[RetentionPeriod]:
    """Every version of the setting, newest first."""
    rows = conn.execute(
        select(_deadline.c.amount, _deadline.c.valid_from, _deadline.c.source)
        .where(_deadline.c.code == RETENTION_CODE, _deadline.c.deleted.is_(False))
        .order_by(_deadline.c.valid_from.desc())
    ).all()
    return [RetentionPeriod(int(a), v, s or "") for a, v, s in rows]


def period_on(periods: list[RetentionPeriod], day: dt.date) -> int | None:
    """The period in force on `day` (None: none set by then)."""
    return next((p.years for p in periods if p.valid_from <= day), None)


def set_retention_period(uow: UnitOfWork, period: RetentionPeriod) -> None:
    """Sets the period from `period.valid_from` on (one synced change)."""
    if not 1 <= period.years <= MAX_YEARS:
        raise ValidationError(
            noop("Domain", "Строк зберігання — ціле число років від 1 до 100."), "years"
        )
    if not period.source.strip():
        raise ValidationError(
            noop(
                "Domain",
                "Вкажіть джерело строку: номенклатуру справ центру чи інший документ.",
            ),
            "source",
        )
    row_id = reference_id("legal_deadline", f"{RETENTION_CODE}:{period.valid_from.isoformat()}")
    values = {"amount": period.years, "source": period.source.strip(), "deleted": False}
    exists = uow.connection.execute(select(_deadline.c.id).where(_deadline.c.id == row_id)).first()
    if exists:
        uow.update(LegalDeadline, row_id, values)
        return
    uow.insert(
        LegalDeadline,
        {
            **values,
            "code": RETENTION_CODE,
            "name": NAME,
            "unit": RETENTION_UNIT,
            "confidence": "R",
            "valid_from": period.valid_from,
        },
        row_id=row_id,
    )


def due_people(conn: Connection, today: dt.date) -> list[Due]:
    """Live people due for anonymisation on `today`, not anonymised yet, by closing day."""
    periods = retention_periods(conn)
    if not periods:
        return []
    closed = func.sum(_case.c.state != CaseState.CLOSED.value)
    rows = conn.execute(
        select(_case.c.person_id, closed, func.max(_case.c.closed_on), func.count())
        .where(_case.c.deleted.is_(False), _case.c.person_id.is_not(None))
        .group_by(_case.c.person_id)
    ).all()
    candidates: list[Due] = []
    for person_id, still_open, last, _count in rows:
        closings = [None] if still_open or last is None else [last]
        latest = latest_closing(closings)
        if latest is None:
            continue
        years = period_on(periods, latest)
        if is_due(closings, years, today) and years is not None:
            candidates.append(Due(person_id, latest, retention_ends(latest, years)))
    if not candidates:
        return []
    ids = [d.person_id for d in candidates]
    live = {
        pid: erasures
        for pid, erasures in conn.execute(
            select(_person.c.id, _person.c.erasures).where(_person.c.id.in_(ids), live_people())
        )
    }
    return sorted(
        (d for d in candidates if d.person_id in live and not _anonymised(live[d.person_id])),
        key=lambda d: (d.closed_on, d.person_id),
    )


def _anonymised(erasures: list[dict[str, object]] | None) -> bool:
    return any(
        WHOLE_PERSON in (e.get("fields") or [])  # type: ignore[operator]
        and e.get("kind") in (ErasureKind.RETENTION, ErasureKind.UNLAWFUL)
        for e in erasures or []
    )


# ---------------------------------------------------------------------------------- for a person
def set_period(store: Store, period: RetentionPeriod) -> None:
    """Sets the period (a coordinator only: `NotPermitted` for anyone else)."""
    store.require_coordinator()
    with store.write() as uow:
        set_retention_period(uow, period)


def anonymise_due(
    store: Store,
    today: dt.date,
    reason: str = DUE_REASON,
    *,
    step: Callable[[int, int], bool] | None = None,
) -> list[Due]:
    """Anonymises everyone due on `today` (one synced change per person); who was anonymised.
    A coordinator only.

    `step(done, total)` is called before the first person and after each one (progress); when
    it returns False the work stops there: the people done so far are committed, each whole,
    and the rest stay due for the next run."""
    store.require_coordinator()
    with store.read() as conn:
        due = due_people(conn, today)
    done: list[Due] = []
    if step is not None and not step(0, len(due)):
        return done
    for start in range(0, len(due), PER_TRANSACTION):
        with store.write() as uow:
            for person in due[start : start + PER_TRANSACTION]:
                erasure.anonymise(uow, person.person_id, ErasureKind.RETENTION, reason, today)
                done.append(person)
                if step is not None and not step(len(done), len(due)):
                    return done  # leaving the block commits the people done in it
    return done


def erase_person(
    store: Store,
    person_id: str,
    reason: str,
    today: dt.date,
    *,
    fields: Iterable[str] = (),
    corrected: Mapping[str, object] | None = None,
) -> Erasure:
    """A coordinator's rectification (`corrected` values), erasure of unlawful details
    (`fields`) or of the whole person (neither): one synced change, audited with its reason."""
    store.require_coordinator()
    with store.write() as uow:
        if corrected:
            return erasure.rectify(uow, person_id, corrected, reason, today)
        if fields:
            return erasure.erase_fields(uow, person_id, fields, reason, today)
        return erasure.anonymise(uow, person_id, ErasureKind.UNLAWFUL, reason, today)
