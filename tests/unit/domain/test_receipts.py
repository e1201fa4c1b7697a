"""Payments received: a month's charge from the contract, the balance (arrears or credit), and
a payment as typed, checked with messages in Ukrainian."""

from __future__ import annotations

import datetime as dt

import pytest

from socdesk.domain.errors import ValidationError
from socdesk.domain.payment import PaymentCategory
from socdesk.domain.receipts import (
    ContractTerm,
    balance,
    check_receipt,
    month_charge,
    months_between,
    payment_id,
    receipt_number,
)

D = PaymentCategory.DIFFERENTIATED
TODAY = dt.date(2026, 12, 6)


def test_a_free_contract_charges_nothing() -> None:
    term = ContractTerm(PaymentCategory.FREE, 45000, dt.date(2026, 1, 1))
    assert month_charge(term, dt.date(2026, 3, 1)) == 0


@pytest.mark.parametrize("category", [PaymentCategory.DIFFERENTIATED, PaymentCategory.PAID])
def test_a_whole_month_in_force_charges_the_monthly_amount(category: PaymentCategory) -> None:
    term = ContractTerm(category, 45000, dt.date(2026, 1, 1))
    assert month_charge(term, dt.date(2026, 3, 1)) == 45000


def test_the_first_and_last_months_are_charged_for_their_days_in_force() -> None:
    # Signed 11.03 (21 of 31 days), ends 15.06 (15 of 30 days); rounded half up.
    term = ContractTerm(D, 45000, dt.date(2026, 3, 11), valid_to=dt.date(2026, 6, 15))
    assert month_charge(term, dt.date(2026, 3, 1)) == 30484  # 45000 × 21 / 31 = 30483.87
    assert month_charge(term, dt.date(2026, 4, 1)) == 45000
    assert month_charge(term, dt.date(2026, 6, 1)) == 22500
    assert month_charge(term, dt.date(2026, 7, 1)) == 0
    assert month_charge(term, dt.date(2026, 2, 1)) == 0


def test_the_day_of_termination_is_not_charged() -> None:
    term = ContractTerm(D, 30000, dt.date(2026, 1, 1), terminated_on=dt.date(2026, 4, 11))
    assert month_charge(term, dt.date(2026, 4, 1)) == 10000  # 10 of 30 days
    assert month_charge(term, dt.date(2026, 5, 1)) == 0
    ended_first = ContractTerm(D, 30000, dt.date(2026, 1, 1), terminated_on=dt.date(2026, 4, 1))
    assert month_charge(ended_first, dt.date(2026, 4, 1)) == 0


def test_the_balance_counts_arrears_credit_and_unpaid_months() -> None:
    owed = balance([(45000, 45000), (45000, 0), (45000, 20000)])
    assert (owed.charged_kop, owed.received_kop, owed.arrears_kop, owed.credit_kop) == (
        135000,
        65000,
        70000,
        0,
    )
    assert owed.months_unpaid == 1
    ahead = balance([(45000, 90000), (45000, 0)])
    assert (ahead.arrears_kop, ahead.credit_kop, ahead.months_unpaid) == (0, 0, 1)
    assert balance([(10000, 25000)]).credit_kop == 15000
    assert balance([]).balance_kop == 0


def test_months_between_spans_years() -> None:
    assert months_between(dt.date(2025, 11, 20), dt.date(2026, 2, 3)) == [
        dt.date(2025, 11, 1),
        dt.date(2025, 12, 1),
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 1),
    ]
    assert months_between(dt.date(2026, 3, 5), dt.date(2026, 2, 1)) == []


def test_a_contract_month_has_one_id_on_every_device() -> None:
    assert payment_id("c1", dt.date(2026, 3, 1)) == payment_id("c1", dt.date(2026, 3, 1))
    assert payment_id("c1", dt.date(2026, 3, 1)) != payment_id("c1", dt.date(2026, 4, 1))
    assert payment_id("c1", dt.date(2026, 3, 1)) != payment_id("c2", dt.date(2026, 3, 1))


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("000123", "000123"),
        ("№ 123", "123"),
        ("№123", "123"),
        ("N 45", "45"),
        ("кв-000123", "КВ-000123"),
        ("  КВ   12/4 ", "КВ 12/4"),
        ("AB.1234", "AB.1234"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_receipt_numbers_as_people_write_them(typed: str, kept: str) -> None:
    assert receipt_number(typed) == kept


@pytest.mark.parametrize("typed", ["абв", "12;3", "-12", "1" * 31, "№ ?", "12,5"])
def test_a_receipt_number_that_is_not_one_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="Номер квитанції") as caught:
        receipt_number(typed)
    assert caught.value.field == "receipt"


def test_a_payment_is_checked_as_typed() -> None:
    paid = check_receipt("1 234,50", dt.date(2026, 12, 1), "№ 77", TODAY)
    assert (paid.received_kop, paid.received_on, paid.receipt) == (
        123450,
        dt.date(2026, 12, 1),
        "77",
    )
    nothing = check_receipt("", None, "", TODAY)
    assert (nothing.received_kop, nothing.received_on) == (0, None)


@pytest.mark.parametrize(
    ("amount", "on", "receipt", "field", "message"),
    [
        ("-5", TODAY, "1", "Сплачено", "від'ємним"),
        ("12,345", TODAY, "1", "Сплачено", "двох знаків"),
        ("сто", TODAY, "1", "Сплачено", "не число"),
        ("100", None, "1", "received_on", "дату оплати"),
        ("100", TODAY + dt.timedelta(days=1), "1", "received_on", "в майбутньому"),
        ("100", TODAY, "", "receipt", "номер квитанції"),
    ],
)
def test_a_wrong_payment_says_what_to_fix(
    amount: str, on: dt.date | None, receipt: str, field: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        check_receipt(amount, on, receipt, TODAY)
    assert caught.value.field == field
