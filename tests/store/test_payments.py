"""Payments received under contracts: one row per contract and month with the charge computed
from the contract, recorded through the unit of work by the synced worker; the monthly list of
a district, a contract's months, the ledger and the arrears per recipient, by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from payment_support import paid_case, two_districts
from sqlalchemy import select

from socdesk.domain.errors import ValidationError
from socdesk.domain.payment import PaymentCategory
from socdesk.domain.receipts import Receipt, payment_id
from socdesk.store.database import Store
from socdesk.store.payments import (
    arrears,
    contract_months,
    ledger,
    month_list,
    record_payment,
    remove_payment,
)
from socdesk.store.schema import (
    AppUser,
    Contract,
    ContractPayment,
    OutboxEntry,
    SocialCase,
    Worker,
)

_pay = ContractPayment.__table__  # type: ignore[attr-defined]
MARCH, APRIL, MAY = dt.date(2026, 3, 1), dt.date(2026, 4, 1), dt.date(2026, 5, 1)


def paid(amount: int, on: dt.date, receipt: str = "77") -> Receipt:
    return Receipt(amount, on, receipt)


def test_a_payment_is_one_synced_row_per_contract_and_month(store: Store) -> None:
    _, case, contract = paid_case(store, "Коваль", amount_kop=45000)
    with store.write() as uow:
        first = record_payment(
            uow, contract, dt.date(2026, 4, 17), paid(20000, dt.date(2026, 4, 20))
        )
    with store.write() as uow:
        again = record_payment(uow, contract, APRIL, paid(45000, dt.date(2026, 4, 25), "78"))
    assert first == again == payment_id(contract, APRIL)
    with store.read() as conn:
        rows = conn.execute(select(_pay)).all()
        worker_of_user = conn.execute(
            select(AppUser.__table__.c.worker_id).where(AppUser.__table__.c.id == store.user_id)  # type: ignore[attr-defined]
        ).scalar_one()
        outbox = conn.execute(
            select(OutboxEntry.__table__.c.table_name).where(  # type: ignore[attr-defined]
                OutboxEntry.__table__.c.row_id == first  # type: ignore[attr-defined]
            )
        ).all()
        workers = conn.execute(select(Worker.__table__.c.id)).scalars().all()  # type: ignore[attr-defined]
        case_district = conn.execute(
            select(SocialCase.__table__.c.district_id).where(SocialCase.__table__.c.id == case)  # type: ignore[attr-defined]
        ).scalar_one()
    assert len(rows) == 1
    row = rows[0]
    assert (row.month, row.charged_kop, row.received_kop, row.receipt) == (
        APRIL,
        45000,
        45000,
        "78",
    )
    assert (row.received_on, row.case_id, row.payment_category) == (
        dt.date(2026, 4, 25),
        case,
        "differentiated",
    )
    assert row.recorded_by == worker_of_user and row.recorded_by in workers  # never the login
    assert row.recorded_by != store.user_id
    assert row.district_id == case_district
    assert outbox and {t for (t,) in outbox} == {"contract_payment"}


def test_the_charge_stays_as_recorded_when_the_contract_changes(store: Store) -> None:
    from socdesk.store.schema import Contract

    _, _, contract = paid_case(store, "Коваль", amount_kop=45000)
    with store.write() as uow:
        record_payment(uow, contract, APRIL, paid(45000, dt.date(2026, 4, 5)))
        uow.update(Contract, contract, {"amount_kop": 60000})
    with store.write() as uow:
        record_payment(uow, contract, APRIL, paid(40000, dt.date(2026, 4, 5)))
    with store.read() as conn:
        lines = {line.month: line for line in ledger(conn, APRIL, MAY)}
    assert lines[APRIL].charged_kop == 45000 and lines[APRIL].received_kop == 40000
    assert lines[MAY].charged_kop == 60000 and lines[MAY].payment_id is None


def test_a_payment_before_the_contract_is_refused(store: Store) -> None:
    _, _, contract = paid_case(store, "Коваль", signed=dt.date(2026, 3, 10))
    with pytest.raises(ValidationError, match=r"підписано 10\.03\.2026"), store.write() as uow:
        record_payment(uow, contract, dt.date(2026, 2, 1), paid(100, dt.date(2026, 3, 12)))
    with pytest.raises(ValidationError, match="раніша за день підписання"), store.write() as uow:
        record_payment(uow, contract, MARCH, paid(100, dt.date(2026, 3, 9)))
    with store.read() as conn:
        assert conn.execute(select(_pay)).all() == []


def test_the_month_list_has_one_line_per_paid_contract_in_force(store: Store) -> None:
    paid_case(store, "Шевченко", amount_kop=30000)
    paid_case(store, "Бойко", category="paid", amount_kop=90000)
    paid_case(store, "Антоненко", category="free", amount_kop=0)
    paid_case(store, "Гнатюк", signed=dt.date(2026, 5, 2))  # not yet in April
    paid_case(store, "Дмитренко", terminated_on=dt.date(2026, 4, 1))  # ended before April
    _, _, half = paid_case(store, "Ґава", amount_kop=30000, valid_to=dt.date(2026, 4, 15))
    with store.write() as uow:
        record_payment(uow, half, APRIL, paid(15000, dt.date(2026, 4, 10), "КВ-1"))
    with store.read() as conn:
        lines = month_list(conn, dt.date(2026, 4, 20))
    assert [(line.name, line.category, line.charged_kop, line.received_kop) for line in lines] == [
        ("Бойко Олена", PaymentCategory.PAID, 90000, 0),
        ("Ґава Олена", PaymentCategory.DIFFERENTIATED, 15000, 15000),
        ("Шевченко Олена", PaymentCategory.DIFFERENTIATED, 30000, 0),
    ]
    assert lines[1].receipt == "КВ-1" and lines[1].payment_id == payment_id(half, APRIL)
    assert all(line.month == APRIL for line in lines)


def test_the_month_list_keeps_to_the_districts_asked_for(store: Store) -> None:
    places = two_districts(store)
    paid_case(store, "Шевченко", settlement_id=places["Бабенкове"])
    paid_case(store, "Бойко", settlement_id=places["Копанки"])
    with store.read() as conn:
        north = month_list(conn, APRIL, [places["Північний"]])
        both = month_list(conn, APRIL, [places["Північний"], places["Південний"]])
    assert [(line.name, line.settlement) for line in north] == [("Шевченко Олена", "Бабенкове")]
    assert len(both) == 2


def test_a_contracts_months_run_from_its_signing(store: Store) -> None:
    _, _, contract = paid_case(store, "Коваль", amount_kop=31000, signed=dt.date(2026, 3, 11))
    with store.write() as uow:
        record_payment(uow, contract, MARCH, paid(21000, dt.date(2026, 3, 31)))
    with store.read() as conn:
        months = contract_months(conn, contract, dt.date(2026, 5, 3))
    assert [(m.month, m.charged_kop, m.received_kop) for m in months] == [
        (MARCH, 21000, 21000),  # 21 of 31 days
        (APRIL, 31000, 0),
        (MAY, 31000, 0),
    ]


def test_arrears_per_recipient_are_charged_minus_received(store: Store) -> None:
    kovalenko, _, first = paid_case(store, "Коваленко", amount_kop=45000)
    _, _, second = paid_case(store, "Бондар", amount_kop=20000)
    with store.write() as uow:
        record_payment(uow, first, MARCH, paid(45000, dt.date(2026, 3, 30)))
        record_payment(uow, first, APRIL, paid(10000, dt.date(2026, 4, 30)))
        record_payment(uow, second, MARCH, paid(60000, dt.date(2026, 3, 30)))  # paid ahead
    with store.read() as conn:
        found = arrears(conn, dt.date(2026, 5, 10), since=MARCH)
        alone = arrears(conn, dt.date(2026, 5, 10), person_id=kovalenko)
    # March is charged for 30 of 31 days (signed 02.03): 45000 × 30 / 31 = 43548.39.
    assert [(a.name, a.balance.charged_kop, a.balance.received_kop) for a in found] == [
        ("Бондар Олена", 19355 + 20000 + 20000, 60000),
        ("Коваленко Олена", 43548 + 45000 + 45000, 55000),
    ]
    assert found[0].balance.credit_kop == 645 and found[0].balance.arrears_kop == 0
    assert found[1].balance.arrears_kop == 78548 and found[1].balance.months_unpaid == 1
    assert [a.person_id for a in alone] == [kovalenko]


def test_a_removed_payment_leaves_the_month_charged_and_unpaid(store: Store) -> None:
    _, _, contract = paid_case(store, "Коваль", amount_kop=45000)
    with store.write() as uow:
        row = record_payment(uow, contract, APRIL, paid(45000, dt.date(2026, 4, 5)))
    with store.write() as uow:
        remove_payment(uow, row)
    with store.read() as conn:
        (line,) = ledger(conn, APRIL, APRIL)
    assert (line.charged_kop, line.received_kop, line.payment_id) == (45000, 0, None)
    with store.write() as uow:  # entered again: the same row, alive
        assert record_payment(uow, contract, APRIL, paid(100, dt.date(2026, 4, 5))) == row
    with store.read() as conn:
        (line,) = ledger(conn, APRIL, APRIL)
    assert line.received_kop == 100 and line.payment_id == row


def test_a_renewed_contract_is_not_charged_beside_its_successor(store: Store) -> None:
    _, case, first = paid_case(store, "Журавель", amount_kop=31000, valid_to=dt.date(2026, 12, 31))
    with store.write() as uow:  # signed again before the first runs out (a renewal)
        second = uow.insert(
            Contract,
            {
                "case_id": case,
                "number": "Д-Журавель-2",
                "signed_on": dt.date(2026, 4, 11),
                "valid_to": dt.date(2027, 12, 31),
                "services": [],
                "payment_category": "differentiated",
                "amount_kop": 31000,
            },
        )
        record_payment(uow, first, APRIL, paid(10000, dt.date(2026, 4, 10)))
    with store.read() as conn:
        may = month_list(conn, MAY)
        april = month_list(conn, APRIL)
        tab = contract_months(conn, first, dt.date(2026, 6, 1))
    assert [(line.contract_id, line.charged_kop) for line in may] == [(second, 31000)]
    # April: the first to the 10th, the second from the 11th (a month's charge in all)
    assert [(line.contract_id, line.charged_kop) for line in april] == [
        (first, 10333),
        (second, 20667),
    ]
    assert [line.month for line in tab] == [MARCH, APRIL]


def test_a_terminated_contract_is_not_charged_after_its_end(store: Store) -> None:
    paid_case(store, "Дмитренко", terminated_on=dt.date(2026, 4, 16))
    with store.read() as conn:
        assert [line.charged_kop for line in month_list(conn, APRIL)] == [22500]
        assert month_list(conn, MAY) == []
