"""Every cell of every report over a small district built from records, against values
counted by hand (tests/reports/data/fixture_expected.json; tests/report_fixture.py checks)."""

from __future__ import annotations

from typing import Any

import pytest
import report_fixture
from report_fixture import EXPECTED, check_tables, expected_scope

from socdesk.reports.registry import kinds, run
from socdesk.store.database import Store


@pytest.fixture
def district(store: Store) -> Store:
    report_fixture.build(store)
    return store


@pytest.mark.parametrize("case", EXPECTED, ids=lambda c: f"{c['kind']}:{c['from']}")
def test_every_cell_is_the_hand_counted_value(district: Store, case: dict[str, Any]) -> None:
    report = run(district, case["kind"], expected_scope(case))
    check_tables(report.tables, case)


def test_every_kind_has_hand_counted_values() -> None:
    assert {case["kind"] for case in EXPECTED} == set(kinds())
