"""Every cell of every report over a small district built from records, against values
counted by hand (tests/reports/data/fixture_expected.json)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import report_fixture

from socdesk.domain.report_scope import ReportScope
from socdesk.reports.model import Cell, Table
from socdesk.reports.registry import kinds, run
from socdesk.store.database import Store

EXPECTED = json.loads(
    (Path(__file__).parent / "data" / "fixture_expected.json").read_text(encoding="utf-8")
)["reports"]


def _same(cell: Cell, expected: Any) -> bool:
    if isinstance(cell, Decimal):
        return expected is not None and cell == Decimal(str(expected))
    return cell == expected and type(cell) is type(expected)


def _check(table: Table, expected: dict[str, Any]) -> None:
    assert len(table.rows) == len(expected["rows"]), (table.code, table.rows)
    for row, want in zip(table.rows, expected["rows"], strict=True):
        assert len(row) == len(want)
        assert all(_same(c, w) for c, w in zip(row, want, strict=True)), (table.code, row, want)
    if expected["total"] is None:
        assert table.total is None, table.code
    else:
        assert table.total is not None
        pairs = zip(table.total, expected["total"], strict=True)
        assert all(_same(c, w) for c, w in pairs), (table.code, table.total)


@pytest.fixture
def district(store: Store) -> Store:
    report_fixture.build(store)
    return store


@pytest.mark.parametrize("case", EXPECTED, ids=lambda c: f"{c['kind']}:{c['from']}")
def test_every_cell_is_the_hand_counted_value(district: Store, case: dict[str, Any]) -> None:
    scope = ReportScope(
        dt.date.fromisoformat(case["from"]),
        dt.date.fromisoformat(case["to"]),
        urban_population=case.get("urban_population"),
        rural_population=case.get("rural_population"),
    )
    report = run(district, case["kind"], scope)
    assert [t.code for t in report.tables] == list(case["tables"])
    for table in report.tables:
        _check(table, case["tables"][table.code])


def test_every_kind_has_hand_counted_values() -> None:
    assert {case["kind"] for case in EXPECTED} == set(kinds())
