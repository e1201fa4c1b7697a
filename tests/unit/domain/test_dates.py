"""Dates as people type them, one parser for every command."""

from __future__ import annotations

import datetime as dt

import pytest

from socdesk.domain.dates import check_period, parse_day, parse_month
from socdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("05.03.2026", dt.date(2026, 3, 5)),
        ("5.3.2026", dt.date(2026, 3, 5)),
        (" 29.02.2024 ", dt.date(2024, 2, 29)),
        ("05/03/2026", dt.date(2026, 3, 5)),
        ("2026-03-05", dt.date(2026, 3, 5)),
    ],
)
def test_day_first_and_iso(typed: str, day: dt.date) -> None:
    assert parse_day(typed) == day


@pytest.mark.parametrize("typed", ["", "завтра", "2026-13-01", "31.02.2026", "05.03.26", "2026"])
def test_not_a_day_is_a_ukrainian_validation_error(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"--from.*ДД\.ММ\.РРРР") as caught:
        parse_day(typed, "start", "--from")
    assert caught.value.field == "start"


def test_months() -> None:
    assert parse_month("03.2026") == parse_month("2026-03") == parse_month("3.2026") == (2026, 3)
    for typed in ("2026-13", "13.2026", "березень", "2026"):
        with pytest.raises(ValidationError, match=r"ММ\.РРРР"):
            parse_month(typed)


def test_a_period_ends_after_it_starts() -> None:
    check_period(dt.date(2026, 1, 1), dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="раніше за його початок"):
        check_period(dt.date(2026, 5, 1), dt.date(2026, 1, 1))
