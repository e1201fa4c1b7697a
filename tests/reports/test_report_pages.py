"""What a person reads in a report's files: no internal references, pages that fit the tables."""

from __future__ import annotations

import datetime as dt

import report_fixture

from socdesk.domain.report_scope import ReportScope
from socdesk.reports.model import Report
from socdesk.reports.registry import run
from socdesk.store.database import Store

H1 = ReportScope(dt.date(2026, 1, 1), dt.date(2026, 6, 30))


def _report(store: Store, kind: str) -> Report:
    report_fixture.build(store)
    return run(store, kind, H1)


def test_the_staffing_norms_cite_the_law_not_an_internal_file(store: Store) -> None:
    note = _report(store, "workload").table("staffing").note
    assert "REFERENCE" not in note and "§" not in note
    assert "«Про соціальні послуги»" in note and "2671-VIII" in note
