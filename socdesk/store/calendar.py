"""The working-day calendar from reference data: martial-law periods are dated rows, and the
days a published calendar transfers (`store.refdocs`) decide over the usual rules."""

from __future__ import annotations

import bisect
import datetime as dt
import functools

from sqlalchemy import Connection, select

from socdesk.domain.refdocs import (
    CALENDAR,
    LEGAL_DEADLINES,
    calendar_overrides,
    deadline_rows,
    version_key,
)
from socdesk.domain.workdays import Period, WorkCalendar
from socdesk.store import refdocs
from socdesk.store.schema import LegalDeadline, MartialLawPeriod

_periods = MartialLawPeriod.__table__  # type: ignore[attr-defined]
_deadlines = LegalDeadline.__table__  # type: ignore[attr-defined]


def work_calendar(conn: Connection) -> WorkCalendar:
    """Working days as the store's reference data says (holidays count outside martial law)."""
    rows = conn.execute(
        select(_periods.c.start, _periods.c.end)
        .where(_periods.c.deleted.is_(False))
        .order_by(_periods.c.start)
    )
    periods = tuple(Period(start, end) for start, end in rows)
    transfers = calendar_overrides(refdocs.versions(conn, CALENDAR))
    return _calendar(periods, tuple(sorted(transfers.items())))


@functools.lru_cache(maxsize=8)
def _calendar(
    periods: tuple[Period, ...], transfers: tuple[tuple[dt.date, bool], ...]
) -> WorkCalendar:
    """One calendar per set of martial-law periods and transfers, so the days it has worked
    out are kept from one deadline list to the next (a change makes a new calendar)."""
    return WorkCalendar(periods, dict(transfers))


class DeadlineRules:
    """Every dated legal deadline, read once; `rule` picks the one in force on a day."""

    def __init__(self, rows: list[tuple[str, dt.date, dt.date | None, int, str]]) -> None:
        # Newest first, so the first row in force is the latest version of the rule.
        self._rows = sorted(rows, key=lambda r: r[1], reverse=True)
        # The days on which some rule starts or stops: between two of them every rule is
        # the same, so a whole list of cases looks the rules up once per such span.
        self._changes = sorted(
            {r[1] for r in rows} | {r[2] + dt.timedelta(days=1) for r in rows if r[2]}
        )
        self._by_span: dict[int, dict[str, tuple[int, str]]] = {}

    def rule(self, code: str, on: dt.date) -> tuple[int, str]:
        """(amount, unit) of the legal deadline `code` in force on `on` (REFERENCE.md §1.3)."""
        for row_code, valid_from, valid_to, amount, unit in self._rows:
            if row_code == code and valid_from <= on and (valid_to is None or on <= valid_to):
                return amount, unit
        raise LookupError(f"no legal deadline {code!r} in force on {on}")

    def rules_on(self, codes: tuple[str, ...], on: dt.date) -> dict[str, tuple[int, str]]:
        """`rule` of each code in force on `on` (the same dict for every day of a span)."""
        span = bisect.bisect_right(self._changes, on)
        found = self._by_span.get(span)
        if found is None:
            found = {code: self.rule(code, on) for code in codes}
            self._by_span[span] = found
        return found


def deadline_rules(conn: Connection) -> DeadlineRules:
    rows = conn.execute(
        select(
            _deadlines.c.code,
            _deadlines.c.valid_from,
            _deadlines.c.valid_to,
            _deadlines.c.amount,
            _deadlines.c.unit,
        ).where(_deadlines.c.deleted.is_(False))
    )
    # Versions the centre published come first (the newest rule of a day wins among equals),
    # each rule from no earlier than the day its document applies from.
    published = [
        (code, max(start, doc.effective_from), end, amount, unit)
        for doc in sorted(
            refdocs.published(conn, LEGAL_DEADLINES),
            key=lambda d: version_key(d.version),
            reverse=True,
        )
        for code, start, end, amount, unit in deadline_rows(doc.content)
        if end is None or end >= doc.effective_from
    ]
    return DeadlineRules(
        published + [(r.code, r.valid_from, r.valid_to, int(r.amount), str(r.unit)) for r in rows]
    )


def deadline_days(conn: Connection, code: str, on: dt.date) -> tuple[int, str]:
    """(amount, unit) of the legal deadline `code` in force on `on` (REFERENCE.md §1.3)."""
    return deadline_rules(conn).rule(code, on)
