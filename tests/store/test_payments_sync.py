"""Payments travel like every record: a month recorded on two devices before either heard of
the other is one row everywhere (its id comes from the contract and the month), the fields
converge, and the concurrent edits are kept as conflicts to look at."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from payment_support import paid_case
from replicas import make_replica, open_conflicts, state, sync

from socdesk.domain.receipts import Receipt, payment_id
from socdesk.store.database import Store
from socdesk.store.payments import ledger, record_payment

HOUR_MS = 3_600_000
APRIL = dt.date(2026, 4, 1)


@pytest.fixture
def star(template_store: Path, tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    hub = make_replica(template_store, tmp_path / "hub", hub=True)
    a = make_replica(template_store, tmp_path / "a", skew_ms=-HOUR_MS)
    b = make_replica(template_store, tmp_path / "b", skew_ms=HOUR_MS)
    yield hub, a, b
    for store in (hub, a, b):
        store.close()


def test_a_month_paid_on_two_devices_is_one_row_everywhere(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, b = star
    _, _, contract = paid_case(a, "Коваль", amount_kop=45000)
    sync(a, hub)
    sync(b, hub)
    with a.write() as uow:
        record_payment(uow, contract, APRIL, Receipt(45000, dt.date(2026, 4, 10), "11"))
    with b.write() as uow:
        record_payment(uow, contract, APRIL, Receipt(20000, dt.date(2026, 4, 12), "12"))
    for _ in range(2):
        sync(a, hub)
        sync(b, hub)
    assert state(a)["contract_payment"] == state(b)["contract_payment"]
    assert state(a)["contract_payment"] == state(hub)["contract_payment"]
    for store in (hub, a, b):
        with store.read() as conn:
            (line,) = ledger(conn, APRIL, APRIL)
        assert line.payment_id == payment_id(contract, APRIL)
        assert (line.received_kop, line.receipt) == (20000, "12")  # B's clock is later
    fields = {c["field"] for c in open_conflicts(hub) if c["table_name"] == "contract_payment"}
    assert {"received_kop", "received_on", "receipt"} <= fields  # the hub saw both
