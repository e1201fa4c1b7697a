"""The days a contract's schedule names, and a worker's day too long to record unasked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from socdesk.domain.rounds import (
    DAY_HOURS_LIMIT,
    EVERY_DAY,
    WORKING_WEEK,
    day_too_long,
    schedule_days,
)


@pytest.mark.parametrize(
    ("schedule", "days"),
    [
        ("пн, ср, пт, 9:00–11:00", {0, 2, 4}),
        ("Пн., Ср., Пт.", {0, 2, 4}),
        ("вт–пт", {1, 2, 3, 4}),
        ("пн-ср, сб", {0, 1, 2, 5}),
        ("сб—вт", {5, 6, 0, 1}),
        ("понеділок і четвер", {0, 3}),
        ("по середах та п'ятницях", {2, 4}),
        ("щодня", set(EVERY_DAY)),
        ("у робочі дні", set(WORKING_WEEK)),
        ("", set(WORKING_WEEK)),
        ("9:00–13:00", set(WORKING_WEEK)),
        ("особисто, вдома", set(WORKING_WEEK)),  # «сб» inside a word is not Saturday
    ],
)
def test_schedule_days(schedule: str, days: set[int]) -> None:
    assert schedule_days(schedule) == days


def test_a_day_beyond_eight_hours_is_too_long() -> None:
    assert Decimal(8) == DAY_HOURS_LIMIT
    assert not day_too_long(Decimal(8))
    assert day_too_long(Decimal("8.25"))
    assert day_too_long(Decimal(36))
