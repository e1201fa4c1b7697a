"""Dates as people type them: one parser for every command and form, saying what is wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from socdesk.domain.dates import check_period, parse_day, parse_month, read_day
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
def test_a_form_reads_a_day_as_typed(typed: str, day: dt.date | None) -> None:
    assert read_day(typed, "birth_date") == day


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
def test_a_form_says_what_is_wrong(typed: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_day(typed, "birth_date")
    assert str(caught.value) == says
    assert caught.value.field == "birth_date"


def test_a_command_says_what_is_wrong_and_takes_iso() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_day("31.02.2026", "start", "--from")
    assert str(caught.value).startswith("--from: 31.02.2026 — такої дати немає: у лютому 2026")
    assert parse_day("2024-02-29") == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("05.03.48", dt.date(1948, 3, 5)),  # the latest year with these digits, not after today
        ("05.03.21", dt.date(2021, 3, 5)),
        ("05.03.26", dt.date(2026, 3, 5)),
        ("05.03.27", dt.date(1927, 3, 5)),
        ("1948-02-28", dt.date(1948, 2, 28)),
        ("5/3/1948", dt.date(1948, 3, 5)),
        ("", None),
    ],
)
def test_a_file_made_elsewhere_may_write_two_digit_years(typed: str, day: dt.date | None) -> None:
    today = dt.date(2026, 12, 6)
    assert read_day(typed, "birth_date", today, short_years=True) == day


def test_a_short_year_still_names_a_day_that_does_not_exist() -> None:
    with pytest.raises(ValidationError, match="такої дати немає"):
        read_day("30.02.48", "birth_date", dt.date(2026, 12, 6), short_years=True)
