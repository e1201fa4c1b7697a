"""Working days: weekends, and holidays only outside martial law."""

from __future__ import annotations

import datetime as dt

import pytest

from socdesk.domain.workdays import Period, WorkCalendar

MARTIAL_LAW = Period(dt.date(2022, 2, 24), None)


def test_weekends_are_skipped() -> None:
    cal = WorkCalendar([MARTIAL_LAW])
    friday = dt.date(2026, 11, 20)
    assert cal.add_working_days(friday, 1) == dt.date(2026, 11, 23)  # Monday
    assert cal.add_working_days(friday, 5) == dt.date(2026, 11, 27)


def test_holidays_are_working_days_under_martial_law() -> None:
    cal = WorkCalendar([MARTIAL_LAW])
    # 24.08.2026 (Monday) is Independence Day; under martial law it is a working day.
    assert cal.is_working_day(dt.date(2026, 8, 24))
    assert cal.add_working_days(dt.date(2026, 8, 21), 1) == dt.date(2026, 8, 24)


def test_holidays_count_again_when_martial_law_ends() -> None:
    cal = WorkCalendar([Period(dt.date(2022, 2, 24), dt.date(2026, 6, 30))])
    assert not cal.is_working_day(dt.date(2026, 8, 24))
    assert cal.add_working_days(dt.date(2026, 8, 21), 1) == dt.date(2026, 8, 25)
    assert cal.is_working_day(dt.date(2025, 8, 25))  # 2025: still under martial law


def test_peace_time_before_2022() -> None:
    cal = WorkCalendar([MARTIAL_LAW])
    assert not cal.is_working_day(dt.date(2021, 1, 1))
    # Decision deadline: 10 working days from receipt on Friday 24.12.2021. Days off by the
    # Labour Code: 27.12 (for Christmas 25.12, a Saturday), 03.01 (for 01.01, a Saturday) and
    # 07.01. Counting: 28, 29, 30, 31.12, 04, 05, 06, 10, 11, 12.01 → 12.01.2022.
    assert not cal.is_working_day(dt.date(2021, 12, 27))
    assert not cal.is_working_day(dt.date(2022, 1, 3))
    assert cal.add_working_days(dt.date(2021, 12, 24), 10) == dt.date(2022, 1, 12)


def test_working_days_between_matches_add() -> None:
    cal = WorkCalendar([MARTIAL_LAW])
    start = dt.date(2026, 11, 23)
    for n in range(0, 25):
        assert cal.working_days_between(start, cal.add_working_days(start, n)) == n


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 3, 10), 6, dt.date(2026, 9, 10)),
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),
        (dt.date(2026, 10, 31), 1, dt.date(2026, 11, 30)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
        (dt.date(2026, 1, 31), 12, dt.date(2027, 1, 31)),
    ],
)
def test_months_later_keep_the_day_or_take_the_months_last(
    day: dt.date, months: int, expected: dt.date
) -> None:
    from socdesk.domain.workdays import add_months

    assert add_months(day, months) == expected


def test_a_months_end() -> None:
    from socdesk.domain.workdays import month_end

    assert month_end(dt.date(2028, 2, 3)) == dt.date(2028, 2, 29)
    assert month_end(dt.date(2026, 12, 31)) == dt.date(2026, 12, 31)
