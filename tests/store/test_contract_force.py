"""Which contract of a case is in force on a date (store/contract_force.py): one rule for the
payments and the reports. A renewal (a new contract of the same case) replaces the earlier
one from its signing day; the order is the signing day, then the id, never the last change."""

from __future__ import annotations

import datetime as dt

from payment_support import paid_case

from socdesk.domain.report_scope import ReportScope
from socdesk.store import report_data
from socdesk.store.contract_force import in_force_on
from socdesk.store.database import Store
from socdesk.store.payments import month_list
from socdesk.store.schema import Contract

D = dt.date


def _renew(store: Store, case: str, signed: dt.date, number: str, row_id: str | None = None) -> str:
    values = {
        "case_id": case,
        "number": number,
        "signed_on": signed,
        "services": [{"code": "015.1"}],
        "payment_category": "differentiated",
        "amount_kop": 31000,
    }
    with store.write() as uow:
        return uow.insert(Contract, values, row_id=row_id)


def test_a_renewal_replaces_the_earlier_contract_from_its_signing_day(store: Store) -> None:
    _, case, first = paid_case(store, "Журавель", signed=D(2026, 3, 2), valid_to=D(2026, 12, 31))
    second = _renew(store, case, D(2026, 4, 11), "Д-2")
    with store.write() as uow:  # the first edited after the renewal: its clock is the newest
        uow.update(Contract, first, {"number": "Д-1 (виправлено)"})
    with store.read() as conn:
        found = [in_force_on(conn, case, day) for day in (D(2026, 3, 1), D(2026, 3, 2))]
        found += [in_force_on(conn, case, day) for day in (D(2026, 4, 10), D(2026, 4, 11))]
    assert found == [None, first, first, second]


def test_two_contracts_signed_the_same_day_the_greater_id_is_in_force(store: Store) -> None:
    _, case, first = paid_case(store, "Гребінь", signed=D(2026, 3, 2))
    low = _renew(store, case, D(2026, 5, 4), "Д-a", row_id="00000000-0000-4000-8000-000000000001")
    high = _renew(store, case, D(2026, 5, 4), "Д-b", row_id="ffffffff-ffff-4fff-8fff-ffffffffffff")
    with store.read() as conn:
        assert in_force_on(conn, case, D(2026, 5, 3)) == first
        assert in_force_on(conn, case, D(2026, 5, 4)) == high
        assert low not in report_data.contract_ids(conn, ReportScope(D(2026, 5, 1), D(2026, 5, 31)))


def test_the_reports_count_a_renewed_contract_once_and_charge_both_like_payments(
    store: Store,
) -> None:
    _, case, first = paid_case(store, "Журавель", signed=D(2026, 3, 2), valid_to=D(2026, 12, 31))
    second = _renew(store, case, D(2026, 4, 11), "Д-2")
    april = ReportScope(D(2026, 4, 1), D(2026, 4, 30))
    with store.read() as conn:
        charged = {line.contract_id for line in month_list(conn, april.start)}
        in_force = report_data.contract_ids(conn, april)
        counted = report_data.contracts_in_force(conn, april)
        march = report_data.contracts_in_force(conn, ReportScope(D(2026, 3, 1), D(2026, 3, 31)))
        may = report_data.contract_ids(conn, ReportScope(D(2026, 5, 1), D(2026, 5, 31)))
    # In the month of the change both were in force some days and both charge for them ...
    assert charged == in_force == {first, second}
    # ... but the case has one contract in force: the renewal, once (recipients, contracts).
    assert counted == [("differentiated", 1, 1)]
    assert march == [("differentiated", 1, 1)]
    assert may == {second}
