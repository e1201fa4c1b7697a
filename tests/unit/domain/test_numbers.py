"""Decimals as a Ukrainian reader writes them, on screen and on paper."""

from __future__ import annotations

from decimal import Decimal

import pytest

from socdesk.domain.numbers import decimal_text


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Decimal("5.4"), 2, "5,40"),  # a ratio to the subsistence minimum
        (Decimal("5.4000"), 2, "5,40"),
        (Decimal("2.345"), 2, "2,35"),  # half up, not banker's
        (Decimal("2.5"), None, "2,5"),
        (Decimal("12.00"), None, "12"),
        (Decimal("12345.5"), None, "12\u00a0345,5"),
        (2.5, None, "2,5"),
        (12, None, "12"),
        ("7.50", None, "7,5"),
        (Decimal("-0.001"), 2, "0,00"),
        (Decimal("0.25"), None, "0,25"),
    ],
)
def test_a_decimal_prints_with_a_comma_and_the_digits_a_reader_needs(
    value: object, places: int | None, expected: str
) -> None:
    assert decimal_text(value, places) == expected  # type: ignore[arg-type]


def test_text_that_is_no_number_is_printed_as_it_is() -> None:
    assert decimal_text("щотижня") == "щотижня"


def test_the_payment_calculation_writes_the_ratio_with_a_comma() -> None:
    from socdesk.domain.payment import payment

    steps = payment(1_609_200, 298_000, 120_000).steps
    assert "= 5,40 прожиткового мінімуму" in steps[1], steps[1]
