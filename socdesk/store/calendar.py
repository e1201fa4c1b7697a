"""The working-day calendar from reference data: martial-law periods are dated rows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select

from socdesk.domain.workdays import Period, WorkCalendar
from socdesk.store.schema import LegalDeadline, MartialLawPeriod

_periods = MartialLawPeriod.__table__  # type: ignore[attr-defined]
_deadlines = LegalDeadline.__table__  # type: ignore[attr-defined]


def work_calendar(conn: Connection) -> WorkCalendar:
    """Working days as the store's reference data says (holidays count outside martial law)."""
    rows = conn.execute(
        select(_periods.c.start, _periods.c.end).where(_periods.c.deleted.is_(False))
    )
    return WorkCalendar(Period(start, end) for start, end in rows)


def deadline_days(conn: Connection, code: str, on: dt.date) -> tuple[int, str]:
    """(amount, unit) of the legal deadline `code` in force on `on` (REFERENCE.md §1.3)."""
    row = conn.execute(
        select(_deadlines.c.amount, _deadlines.c.unit)
        .where(
            _deadlines.c.code == code,
            _deadlines.c.deleted.is_(False),
            _deadlines.c.valid_from <= on,
            (_deadlines.c.valid_to.is_(None)) | (_deadlines.c.valid_to >= on),
        )
        .order_by(_deadlines.c.valid_from.desc())
        .limit(1)
    ).one_or_none()
    if row is None:
        raise LookupError(f"no legal deadline {code!r} in force on {on}")
    return int(row.amount), str(row.unit)
