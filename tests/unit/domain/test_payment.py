"""Payment: the hand-computed table (tests/unit/domain/data/payment_cases.json) and the rules."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from socdesk.domain.errors import ValidationError
from socdesk.domain.payment import (
    DifferentiatedRule,
    FreeReason,
    Imputation,
    MemberIncome,
    Minimum,
    MinimumNotSet,
    amount_on,
    average_income,
    group_of,
    income_months,
    parse_amount,
    payment,
    payment_rules,
    to_kop,
    uah,
)
from socdesk.paths import resources_dir

CASES = json.loads((Path(__file__).parent / "data" / "payment_cases.json").read_text("utf-8"))
MINIMUMS = [
    Minimum(
        item["group"],
        dt.date.fromisoformat(item["valid_from"]),
        dt.date.fromisoformat(item["valid_to"]) if item["valid_to"] else None,
        item["amount_kop"],
    )
    for item in json.loads(
        (resources_dir() / "reference" / "subsistence_minimums.json").read_text("utf-8")
    )["items"]
]


def members_of(case: dict[str, Any], months: list[tuple[int, int]]) -> list[MemberIncome]:
    out = []
    for member in case["members"]:
        amounts = member.get("months") or [member["monthly"]] * len(months)
        out.append(
            MemberIncome(
                member["name"],
                dict(zip(months, amounts, strict=True)),
                is_recipient=member["recipient"],
                able_to_work=member["able"],
            )
        )
    return out


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["id"])
def test_hand_computed_case(case: dict[str, Any]) -> None:
    expected = case["expected"]
    months = income_months(dt.date.fromisoformat(case["application"]))
    imputation = case["imputation"] and Imputation(
        case["imputation"]["lost_capacity"], case["imputation"]["min_wage"]
    )
    income = average_income(members_of(case, months), months, imputation)
    assert (income.total_kop, income.monthly_kop, income.per_member_kop) == (
        expected["total"],
        expected["monthly"],
        expected["per_member"],
    )
    decision = dt.date.fromisoformat(case["decision"])
    recipient = case["recipient"]
    group = group_of(
        dt.date.fromisoformat(recipient["birth_date"]), decision, recipient["able_to_work"]
    )
    assert group == expected["group"]
    minimum = amount_on(MINIMUMS, group, decision)
    assert minimum == expected["minimum"]
    result = payment(
        income.per_member_kop,
        minimum,
        case["tariff"],
        free_reason=FreeReason(case["free_reason"]) if case["free_reason"] else None,
        rule=DifferentiatedRule(case["rule"]),
    )
    assert result.ratio == Decimal(expected["ratio"])
    assert result.category == expected["category"]
    assert (result.limit_kop, result.amount_kop) == (expected["limit"], expected["amount"])


def test_there_are_enough_cases_of_each_kind() -> None:
    cases = CASES["cases"]
    assert len(cases) >= 30
    assert {c["expected"]["category"] for c in cases} == {"free", "differentiated", "paid"}
    assert {c["expected"]["group"] for c in cases} == {
        "child_under_6",
        "child_6_18",
        "able_bodied",
        "lost_capacity",
    }


def test_the_income_period_is_the_six_months_before_the_application() -> None:
    assert income_months(dt.date(2026, 3, 2)) == [
        (2025, 9),
        (2025, 10),
        (2025, 11),
        (2025, 12),
        (2026, 1),
        (2026, 2),
    ]
    assert income_months(dt.date(2026, 1, 31))[-1] == (2025, 12)


def test_steps_read_as_a_person_would_check_them() -> None:
    months = income_months(dt.date(2026, 3, 2))
    income = average_income(
        [MemberIncome("Ковальчук О. І.", dict.fromkeys(months, 700000), is_recipient=True)],
        months,
        None,
    )
    result = payment(income.per_member_kop, 259500, 300000)
    text = "\n".join(income.steps + result.steps)
    assert "42\u00a0000,00 грн ÷ 6 = 7\u00a0000,00 грн" in text
    assert "Гранична величина: 7\u00a0000,00 грн − 5\u00a0190,00 грн = 1\u00a0810,00 грн" in text
    assert uah(-5) == "-0,05 грн"


def test_a_date_outside_the_reference_data_is_an_error_not_a_guess() -> None:
    with pytest.raises(MinimumNotSet):
        amount_on(MINIMUMS, "lost_capacity", dt.date(2019, 6, 1))


def test_a_family_needs_a_member() -> None:
    with pytest.raises(ValueError, match="at least"):
        average_income([], income_months(dt.date(2026, 3, 2)), None)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1 234,50", 123450), ("1234.5", 123450), ("\u00a0100", 10000), ("", 0), ("0,07", 7)],
)
def test_money_is_read_as_people_type_it(typed: str, expected: int) -> None:
    assert to_kop(typed, "Сума") == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12,3,4", "не число"),
        ("сто", "не число"),
        ("NaN", "не число"),
        ("Infinity", "не число"),
        ("-5", "від'ємним"),
        ("1,005", "двох знаків"),
    ],
)
def test_money_that_is_not_a_sum_is_refused(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        to_kop(typed, "Сума")


def test_a_volume_keeps_its_fraction() -> None:
    assert parse_amount("2,25", "Обсяг") == Decimal("2.25")


def test_the_payment_rules_are_read_from_their_document() -> None:
    rules = payment_rules(
        {
            "differentiated_rule": "share_of_tariff",
            "services_free_for_all": [
                {"codes": ["001.0"], "valid_from": "2020-06-01", "valid_to": "2025-12-31"}
            ],
            "categories_free": [{"codes": ["idp"], "valid_from": "2020-06-01", "confidence": "C"}],
            "martial_law_simplified_services": ["015.1"],
        }
    )
    assert rules.rule is DifferentiatedRule.SHARE_OF_TARIFF and not rules.categories_unverified
    on, later = dt.date(2025, 1, 1), dt.date(2026, 1, 1)
    assert rules.free_reason(["001.0"], [], on, False) is FreeReason.SERVICE_FREE_FOR_ALL
    assert rules.free_reason(["001.0"], [], later, False) is None
    assert rules.free_reason(["015.1"], ["idp"], later, False) is FreeReason.CATEGORY
    assert rules.free_reason([], [], later, True) is FreeReason.URGENT
