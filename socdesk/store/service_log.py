"""The service log: services delivered, entered fast (one line, or a day's round of home-care
visits for many recipients at once), the monthly act of services delivered per recipient, and
the totals per worker for workload.

Units are the classifier's (hours, visits, sets); a line is syncable like every record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, select

from socdesk.domain.cases import CaseState
from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop
from socdesk.domain.rounds import schedule_days
from socdesk.domain.text import in_ukrainian_order
from socdesk.domain.workdays import month_end
from socdesk.store.casework.contracts import latest_contract
from socdesk.store.casework.plans import latest_plan
from socdesk.store.redirects import resolve_person_id
from socdesk.store.schema import Person, ServiceEntry, ServiceType, Settlement, SocialCase, Worker
from socdesk.store.schema.reference import in_force
from socdesk.store.uow import UnitOfWork

_entry = ServiceEntry.__table__  # type: ignore[attr-defined]
_case = SocialCase.__table__  # type: ignore[attr-defined]
_service = ServiceType.__table__  # type: ignore[attr-defined]
_worker = Worker.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]
_settlement = Settlement.__table__  # type: ignore[attr-defined]

# Services are delivered while the case is in one of these states.
DELIVERING = (CaseState.PROVIDING, CaseState.REVIEW, CaseState.URGENT)
MAX_UNITS = 1000  # a guard against a typo (a day's line of 24 hours is fine; 2400 is not)


def to_x100(units: Decimal) -> int:
    return int(units * 100)


def from_x100(stored: int) -> Decimal:
    return (Decimal(stored) / 100).normalize() if stored % 100 else Decimal(stored // 100)


@dataclass(frozen=True, slots=True)
class Delivered:
    """A line to log: who got which service, when, how much, from whom."""

    case_id: str
    person_id: str
    service_code: str
    on: dt.date
    units: Decimal
    worker_id: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class LogLine:
    id: str
    on: dt.date
    person_id: str
    service_code: str
    units: Decimal
    unit: str
    worker: str
    note: str


def log_services(uow: UnitOfWork, lines: Sequence[Delivered], today: dt.date) -> list[str]:
    """Logs the lines in one transaction (a day's round is one save); every line is checked
    first, and `ValidationError` names the first wrong one: nothing is written then."""
    conn = uow.connection
    case_ids = sorted({line.case_id for line in lines})
    cases = {
        r.id: r
        for r in conn.execute(
            select(_case.c.id, _case.c.state, _case.c.district_id, _case.c.number).where(
                _case.c.id.in_(case_ids)
            )
        )
    }
    units = service_units(conn, today)
    for n, line in enumerate(lines, 1):
        _check_line(n, line, cases, units, today)
    return [
        uow.insert(
            ServiceEntry,
            {
                "case_id": line.case_id,
                "person_id": resolve_person_id(conn, line.person_id),
                "service_code": line.service_code,
                "on": line.on,
                "units_x100": to_x100(line.units),
                "unit": units[line.service_code],
                "worker_id": line.worker_id,
                "note": line.note.strip(),
            },
        )
        for line in lines
    ]


def _check_line(
    n: int, line: Delivered, cases: Mapping[str, Any], units: Mapping[str, str], today: dt.date
) -> None:
    case = cases.get(line.case_id)
    if case is None:
        raise ValidationError(fill(noop("Domain", "Рядок %1: справи немає."), n), "case")
    if CaseState(case.state) not in DELIVERING:
        raise ValidationError(
            fill(
                noop(
                    "Domain",
                    "Рядок %1: за справою %2 послуги зараз не надаються "
                    "(спершу план і договір, або справа призупинена чи закрита).",
                ),
                n,
                case.number,
            ),
            "case",
        )
    if line.service_code not in units:
        raise ValidationError(
            fill(
                noop("Domain", "Рядок %1: послуги %2 немає в Класифікаторі."), n, line.service_code
            ),
            "service",
        )
    if line.on > today:
        raise ValidationError(
            fill(noop("Domain", "Рядок %1: дата надання не може бути в майбутньому."), n), "on"
        )
    if not 0 < line.units <= MAX_UNITS or line.units != round(line.units, 2):
        raise ValidationError(
            fill(noop("Domain", "Рядок %1: кількість має бути більшою за нуль, до сотих."), n),
            "units",
        )


def case_log(conn: Connection, case_id: str) -> list[LogLine]:
    """The case's log, newest first, with workers' names."""
    name = _worker.c.surname + " " + _worker.c.given_name
    rows = conn.execute(
        select(
            _entry.c.id,
            _entry.c.on,
            _entry.c.person_id,
            _entry.c.service_code,
            _entry.c.units_x100,
            _entry.c.unit,
            func.coalesce(name, ""),
            _entry.c.note,
        )
        .select_from(_entry.outerjoin(_worker, _worker.c.id == _entry.c.worker_id))
        .where(_entry.c.case_id == case_id, _entry.c.deleted.is_(False))
        .order_by(_entry.c.on.desc(), _entry.c.id.desc())  # not by the hlc: an edit moves nothing
    )
    return [LogLine(r[0], r[1], r[2], r[3], from_x100(r[4]), r[5], r[6], r[7]) for r in rows]


def remove_line(uow: UnitOfWork, entry_id: str) -> None:
    """A mistaken line is removed (a tombstone that syncs; the audit log keeps who did it)."""
    uow.delete(ServiceEntry, entry_id)


@dataclass(frozen=True, slots=True)
class ActLine:
    code: str
    name: str
    unit: str
    days: int  # how many days the service was given in the month
    units: Decimal


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    return start, month_end(start)


def monthly_act(conn: Connection, person_id: str, year: int, month: int) -> list[ActLine]:
    """The act of services delivered to a person in a month: per service, days and units."""
    start, end = _month_bounds(year, month)
    rows = conn.execute(
        select(
            _entry.c.service_code,
            _entry.c.unit,
            func.count(func.distinct(_entry.c.on)),
            func.sum(_entry.c.units_x100),
        )
        .where(
            _entry.c.person_id == person_id,
            _entry.c.on.between(start, end),
            _entry.c.deleted.is_(False),
        )
        .group_by(_entry.c.service_code, _entry.c.unit)
        .order_by(_entry.c.service_code)
    ).all()
    names: dict[str, str] = dict(conn.execute(select(_service.c.code, _service.c.name)).all())
    return [ActLine(r[0], names.get(r[0]) or r[0], r[1], int(r[2]), from_x100(r[3])) for r in rows]


@dataclass(frozen=True, slots=True)
class WorkerTotal:
    worker_id: str | None
    worker: str
    recipients: int
    visits: int  # lines logged (a visit, a consultation, a set handed over)
    hours: Decimal  # units counted in hours


def worker_totals(
    conn: Connection, start: dt.date, end: dt.date, district_ids: Sequence[str] | None = None
) -> list[WorkerTotal]:
    """Per worker over a period: recipients served, lines logged and hours, for workload."""
    name = func.coalesce(_worker.c.surname + " " + _worker.c.given_name, "")
    hours = func.sum(_entry.c.units_x100).filter(_entry.c.unit == "година")
    stmt = (
        select(
            _entry.c.worker_id,
            name,
            func.count(func.distinct(_entry.c.person_id)),
            func.count(),
            func.coalesce(hours, 0),
        )
        .select_from(_entry.outerjoin(_worker, _worker.c.id == _entry.c.worker_id))
        .where(_entry.c.on.between(start, end), _entry.c.deleted.is_(False))
        .group_by(_entry.c.worker_id, name)
    )
    if district_ids is not None:
        stmt = stmt.where(_entry.c.district_id.in_(list(district_ids)))
    return in_ukrainian_order(
        (
            WorkerTotal(r[0], r[1], int(r[2]), int(r[3]), from_x100(r[4]))
            for r in conn.execute(stmt)
        ),
        lambda total: total.worker,
    )


@dataclass(frozen=True, slots=True)
class RoundStop:
    """A recipient on a day's round: a delivering case whose plan has the service."""

    case_id: str
    person_id: str
    name: str
    settlement: str
    volume: Decimal  # the plan's monthly volume of the service (0 if the plan does not say)
    logged: Decimal = Decimal(0)  # already logged for this case and service on the day


def round_stops(
    conn: Connection,
    service_code: str,
    district_ids: Sequence[str] | None = None,
    *,
    on: dt.date | None = None,
    worker_id: str | None = None,
) -> list[RoundStop]:
    """Who gets `service_code` now (cases delivering it), in name order: the day's round.

    With `on` and `worker_id`: only the worker's cases whose plan has the service and whose
    contract, in force on `on`, gives it on that day of the week (`domain.rounds`), each with
    what is already logged for it that day."""
    stmt = (
        select(
            _case.c.id,
            _case.c.person_id,
            _case.c.services,
            _person.c.surname,
            _person.c.given_name,
            _person.c.patronymic,
            func.coalesce(_settlement.c.name, "").label("settlement"),
        )
        .join(_person, _person.c.id == _case.c.person_id)
        .outerjoin(_settlement, _settlement.c.id == _person.c.settlement_id)
        .where(
            _case.c.deleted.is_(False),
            _case.c.state.in_([s.value for s in DELIVERING]),
        )
        .order_by(_person.c.sort_key)
    )
    if district_ids is not None:
        stmt = stmt.where(_case.c.district_id.in_(list(district_ids)))
    if on is not None:
        stmt = stmt.where(_case.c.worker_id == worker_id)
    stops = []
    for r in conn.execute(stmt):
        if service_code not in (r.services or []):
            continue
        plan = latest_plan(conn, r.id)
        volume = plan.volumes().get(service_code, Decimal(0)) if plan is not None else Decimal(0)
        logged = Decimal(0)
        if on is not None:
            if service_code not in (plan.volumes() if plan is not None else {}):
                continue
            if not _contract_gives(conn, r.id, service_code, on):
                continue
            logged = _logged(conn, r.id, service_code, on)
        name = " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p)
        stops.append(RoundStop(r.id, r.person_id, name, r.settlement, volume, logged))
    return stops


def _contract_gives(conn: Connection, case_id: str, code: str, on: dt.date) -> bool:
    """The case's latest contract is in force on `on` and gives `code` on its weekday."""
    contract = latest_contract(conn, case_id)
    if contract is None or contract.signed_on > on:
        return False
    if (contract.valid_to is not None and contract.valid_to < on) or (
        contract.terminated_on is not None and contract.terminated_on <= on
    ):
        return False
    return any(
        s.code == code and on.weekday() in schedule_days(s.schedule) for s in contract.services
    )


def _logged(conn: Connection, case_id: str, code: str, on: dt.date) -> Decimal:
    total = conn.execute(
        select(func.coalesce(func.sum(_entry.c.units_x100), 0)).where(
            _entry.c.case_id == case_id,
            _entry.c.service_code == code,
            _entry.c.on == on,
            _entry.c.deleted.is_(False),
        )
    ).scalar_one()
    return from_x100(int(total))


def worker_day_hours(conn: Connection, worker_id: str, on: dt.date) -> Decimal:
    """The hours already logged for the worker on the day (every service counted in hours)."""
    total = conn.execute(
        select(func.coalesce(func.sum(_entry.c.units_x100), 0)).where(
            _entry.c.worker_id == worker_id,
            _entry.c.on == on,
            _entry.c.unit == "година",
            _entry.c.deleted.is_(False),
        )
    ).scalar_one()
    return from_x100(int(total))


def workers(conn: Connection) -> list[tuple[str, str]]:
    """(id, "Surname Given, position") of active workers, in name order, to choose from."""
    rows = conn.execute(
        select(_worker.c.id, _worker.c.surname, _worker.c.given_name, _worker.c.position).where(
            _worker.c.deleted.is_(False), _worker.c.active.is_(True)
        )
    )
    named = [(r.id, f"{r.surname} {r.given_name}, {r.position}") for r in rows]
    return in_ukrainian_order(named, lambda row: row[1])


def service_units(conn: Connection, on: dt.date) -> dict[str, str]:
    """The classifier's unit of each service in force on `on` (hours, visits, sets)."""
    rows = conn.execute(select(_service.c.code, _service.c.unit).where(in_force(_service, on)))
    return {r.code: r.unit for r in rows}
