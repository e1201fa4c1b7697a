"""Working days for legal deadlines (строки у робочих днях).

Weekends are never working days. Public holidays (святкові та неробочі дні) are days off only
outside martial law: since 2022 the Labour Code's holidays are working days while martial law
is in force (REFERENCE.md; ENVIRONMENT.md §8). Martial-law periods are dated reference data, so
deadlines count holidays again the day after it ends, with no code change.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date
    end: dt.date | None  # None: still in force

    def contains(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@lru_cache(maxsize=64)
def _ukrainian_holidays(year: int) -> frozenset[dt.date]:
    """Holidays of the Labour Code for `year`, as they would be without martial law.

    `holidays` already applies the martial-law rule to its public category; the days that rule
    turned into working days are its "workday" category, so the union is the peace-time list.
    Imported here: the package holds every country's calendar (8 MB in memory), and under
    martial law no count needs it.
    """
    import holidays

    days = holidays.country_holidays("UA", years=year, categories=("public", "workday"))
    return frozenset(days.keys())


class WorkCalendar:
    """Which days count as working days, given the dated martial-law periods and the days
    a published calendar transfers (day -> working or not; it decides over every rule)."""

    def __init__(
        self, martial_law: Iterable[Period], transfers: Mapping[dt.date, bool] | None = None
    ) -> None:
        self._martial_law = tuple(martial_law)
        # Deadline lists ask for the same (start, days) over and over (cases that came the
        # same day): each is worked out once per calendar.
        self._added: dict[tuple[dt.date, int], dt.date] = {}
        self._working: dict[dt.date, bool] = dict(transfers or {})  # transfers are known

    def under_martial_law(self, day: dt.date) -> bool:
        return any(p.contains(day) for p in self._martial_law)

    def is_working_day(self, day: dt.date) -> bool:
        known = self._working.get(day)
        if known is None:
            known = day.weekday() < 5 and (
                self.under_martial_law(day) or day not in _ukrainian_holidays(day.year)
            )
            self._working[day] = known
        return known

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The date `days` working days after `start` (the day of receipt does not count)."""
        if days < 0:
            raise ValueError("days must not be negative")
        known = self._added.get((start, days))
        if known is not None:
            return known
        current = start
        remaining = days
        while remaining:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        self._added[(start, days)] = current
        return current

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end`."""
        count = 0
        current = start
        while current < end:
            current += dt.timedelta(days=1)
            count += self.is_working_day(current)
        return count


def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month."""
    return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (a plan's review in six months); the month's last day
    where it is shorter (31 August + 6 months = 28 or 29 February)."""
    index = day.month - 1 + months
    first = dt.date(day.year + index // 12, index % 12 + 1, 1)
    return first.replace(day=min(day.day, month_end(first).day))
