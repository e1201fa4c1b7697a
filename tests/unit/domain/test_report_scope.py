"""Report periods, shares and the staffing norms (REFERENCE.md §10.2)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from socdesk.domain.errors import ValidationError
from socdesk.domain.report_scope import (
    PeriodKind,
    ReportScope,
    change,
    managers_needed,
    months_in,
    period_of,
    share,
    specialists_needed,
    years_in,
)

D = dt.date


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        (PeriodKind.MONTH, 2, (D(2028, 2, 1), D(2028, 2, 29))),
        (PeriodKind.QUARTER, 3, (D(2028, 7, 1), D(2028, 9, 30))),
        (PeriodKind.HALF_YEAR, 1, (D(2028, 1, 1), D(2028, 6, 30))),
        (PeriodKind.HALF_YEAR, 2, (D(2028, 7, 1), D(2028, 12, 31))),
        (PeriodKind.YEAR, 1, (D(2028, 1, 1), D(2028, 12, 31))),
    ],
)
def test_periods_people_report_for(kind: PeriodKind, number: int, expected: tuple[D, D]) -> None:
    assert period_of(kind, 2028, number) == expected


def test_a_period_number_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="no quarter number 5"):
        period_of(PeriodKind.QUARTER, 2026, 5)


def test_a_scope_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError, match="раніше за його початок"):
        ReportScope(D(2026, 7, 1), D(2026, 6, 30))


def test_years_and_months_a_period_touches_are_clipped_to_it() -> None:
    assert years_in(D(2025, 11, 15), D(2026, 2, 3)) == [
        (2025, D(2025, 11, 15), D(2025, 12, 31)),
        (2026, D(2026, 1, 1), D(2026, 2, 3)),
    ]
    assert months_in(D(2025, 11, 15), D(2026, 2, 3)) == [
        (2025, 11),
        (2025, 12),
        (2026, 1),
        (2026, 2),
    ]


def test_shares_round_half_up_to_one_decimal_and_say_nothing_of_nothing() -> None:
    assert share(1, 3) == Decimal("33.3")
    assert share(2, 3) == Decimal("66.7")
    assert share(1, 8) == Decimal("12.5")
    assert share(0, 0) is None
    assert change(3, 1) == Decimal("200.0")
    assert change(1, 3) == Decimal("-66.7")
    assert change(5, 0) is None


@pytest.mark.parametrize(
    ("urban", "rural", "managers"),
    [(0, 0, 0), (30_000, 0, 1), (30_001, 0, 2), (0, 3_000, 1), (46_051, 3_781, 4)],
)
def test_social_managers_per_urban_and_rural_population(
    urban: int, rural: int, managers: int
) -> None:
    assert managers_needed(urban, rural) == managers


@pytest.mark.parametrize(
    ("population", "specialists"),
    [(1_000, 1), (4_999, 5), (5_000, 5), (5_001, 4), (10_000, 7), (10_001, 5), (49_832, 20)],
)
def test_specialists_by_the_community_size(population: int, specialists: int) -> None:
    assert specialists_needed(population) == specialists
