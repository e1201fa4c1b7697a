"""What a report covers: a period (a month, a quarter, a half-year, a year or any range), the
starosta districts and the services it is limited to, and the population the staffing norms
are counted for (REFERENCE.md §10.2). Pure: the store reads rows for it, the reports count."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from socdesk.domain.dates import check_period
from socdesk.domain.workdays import month_end


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    RANGE = "range"


@dataclass(frozen=True, slots=True)
class ReportScope:
    start: dt.date
    end: dt.date
    district_ids: tuple[str, ...] | None = None  # None: every district this store holds
    services: tuple[str, ...] | None = None  # classifier codes; None: every service
    urban_population: int | None = None  # for the staffing norms; None: not counted
    rural_population: int | None = None

    def __post_init__(self) -> None:
        check_period(self.start, self.end)


def period_of(kind: PeriodKind, year: int, number: int = 1) -> tuple[dt.date, dt.date]:
    """The first and last day of the `number`-th month, quarter or half of `year` (a year
    takes no number)."""
    months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.HALF_YEAR: 6}
    if kind is PeriodKind.YEAR:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if kind not in months:
        raise ValueError(f"a {kind} has no number")
    span = months[kind]
    if not 1 <= number <= 12 // span:
        raise ValueError(f"no {kind} number {number}")
    first = dt.date(year, (number - 1) * span + 1, 1)
    return first, month_end(dt.date(year, number * span, 1))


def years_in(start: dt.date, end: dt.date) -> list[tuple[int, dt.date, dt.date]]:
    """Each calendar year the period touches, clipped to the period."""
    return [
        (year, max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31)))
        for year in range(start.year, end.year + 1)
    ]


def months_in(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """(year, month) of each month the period touches."""
    found, day = [], start.replace(day=1)
    while day <= end:
        found.append((day.year, day.month))
        day = month_end(day) + dt.timedelta(days=1)
    return found


def share(part: int, whole: int) -> Decimal | None:
    """`part` as a percentage of `whole`, to one decimal (half up); None when `whole` is 0."""
    if whole == 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def change(now: int, before: int) -> Decimal | None:
    """The change from `before` to `now` in per cent (None when there was nothing before)."""
    if before == 0:
        return None
    return (Decimal(now - before) * 100 / Decimal(before)).quantize(Decimal("0.1"), ROUND_HALF_UP)


# Staffing norms (REFERENCE.md §10.2, quoted from the law's presentation).
def managers_needed(urban: int, rural: int) -> int:
    """Social managers: one per up to 30,000 urban and one per up to 3,000 rural inhabitants."""
    return -(-urban // 30_000) + -(-rural // 3_000)


def specialists_needed(population: int) -> int:
    """Фахівці із соціальної роботи: one per 1,000 inhabitants in a community of up to 5,000;
    per 1,500 in one of 5,000-10,000; per 2,500 in a larger one."""
    per = 1_000 if population <= 5_000 else 1_500 if population <= 10_000 else 2_500
    return -(-population // per)
