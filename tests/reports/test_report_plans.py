"""The report queries' plans on SQLite: no query searches a whole table again for each row
(a correlated subquery over a table scan: at 50,000 recipients the documents' count of
living-conditions acts searched every form once per act, and the report never finished)."""

from __future__ import annotations

from typing import Any

import report_fixture
from report_fixture import EXPECTED, expected_scope
from sqlalchemy import event

from socdesk.reports.registry import compute
from socdesk.store.database import Store


def _statements(store: Store) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def keep(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, params))

    with store.read() as conn:
        event.listen(conn, "before_cursor_execute", keep)
        for case in EXPECTED:
            compute(conn, case["kind"], expected_scope(case))
        event.remove(conn, "before_cursor_execute", keep)
    return seen


def test_no_report_query_scans_a_table_per_row(store: Store) -> None:
    report_fixture.build(store)
    statements = _statements(store)
    assert any("service_entry" in s for s, _ in statements)
    with store.read() as conn:
        for statement, params in statements:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            correlated = {row[0] for row in plan if str(row[3]).startswith("CORRELATED")}
            for _node, parent, _, detail in plan:
                scans = str(detail).startswith("SCAN ") and "CONSTANT ROW" not in detail
                assert not (parent in correlated and scans), (statement, plan)
