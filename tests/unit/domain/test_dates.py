"""Dates as people type them on Ukrainian forms, and what is wrong when they do not parse."""

from __future__ import annotations

import datetime as dt

import pytest

from socdesk.domain.dates import parse_day
from socdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("28.02.1948", dt.date(1948, 2, 28)),
        (" 1.5.1951 ", dt.date(1951, 5, 1)),  # one digit for day and month
        ("01/05/1951", dt.date(1951, 5, 1)),
        ("01,05,1951", dt.date(1951, 5, 1)),  # a comma from the number pad
        ("", None),
    ],
)
def test_a_day_as_typed(typed: str, day: dt.date | None) -> None:
    assert parse_day(typed, "birth_date") == day


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31.02.1950", "31.02.1950 — такої дати немає: у лютому 1950 року 28 днів."),
        ("29.02.1951", "29.02.1951 — такої дати немає: у лютому 1951 року 28 днів."),
        ("31.04.1950", "31.04.1950 — такої дати немає: у квітні 30 днів."),
        ("32.01.1950", "32.01.1950 — такої дати немає: у січні 31 день."),
        ("12.13.1950", "12.13.1950 — такої дати немає: місяців лише 12."),
        ("00.05.1950", "00.05.1950 — такої дати немає: днів з номером 0 не буває."),
        ("01.05.51", "01.05.51 — рік напишіть чотирма цифрами, напр. 01.05.1951."),
        ("1948-02-28", "«1948-02-28» — не дата. Напишіть день, місяць і рік: 28.02.1948."),
    ],
)
def test_what_is_wrong_is_said(typed: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_day(typed, "birth_date")
    assert str(caught.value) == says
    assert caught.value.field == "birth_date"
