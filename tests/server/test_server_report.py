"""`socdesk server admin report`: the registry's reports over the server's current rows (the
whole community), the same code as on a desktop. The server here holds the current rows of the
fixture district's two starosta districts (copied into its tables as sync leaves them: the
same tables and columns); its community report is the sum of the district reports. Each test
runs on SQLite and on PostgreSQL (under scripts/pg-test): the report queries are one code path
for both, and give the hand-counted cells on both."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
import report_fixture
from report_fixture import EXPECTED, check_tables, expected_scope
from sqlalchemy import insert, select

from socdesk.cli import Io, main
from socdesk.domain.report_scope import ReportScope
from socdesk.reports.output import as_data
from socdesk.reports.registry import compute, run
from socdesk.server.admin import current_rows
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, connect, create_schema
from socdesk.store.database import Store

H1 = ReportScope(dt.date(2026, 1, 1), dt.date(2026, 6, 30))


def _to_server(store: Store, settings: ServerSettings) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = connect(settings.url)
    try:
        create_schema(engine)
        with store.read() as src, engine.begin() as dst:
            for table in CURRENT.values():
                rows = [dict(r._mapping) for r in src.execute(select(table))]
                if rows:
                    dst.execute(insert(table), rows)
    finally:
        engine.dispose()


def _server_report(settings: ServerSettings, kind: str, out: Path) -> tuple[int, str]:
    argv = ["server", "admin", "report", kind, "--from", "01.01.2026", "--to", "30.06.2026"]
    argv += ["--data-dir", str(settings.data_dir), "--format", "json", "--out", str(out)]
    if settings.database_url:
        argv += ["--database-url", settings.database_url]
    err = io.StringIO()
    return main(argv, Io({}, io.StringIO(), err, False)), err.getvalue()


def _totals(data: dict[str, Any]) -> dict[tuple[str, str], Any]:
    return {
        (table["code"], key): value
        for table in data["tables"]
        if table["total"] is not None
        for key, value in table["total"].items()
        if isinstance(value, int | float) and not isinstance(value, bool)
    }


def test_the_community_report_on_the_server_is_the_sum_of_its_district_reports(
    store: Store, server_settings: ServerSettings, tmp_path: Path
) -> None:
    ids = report_fixture.build(store)
    _to_server(store, server_settings)
    out = tmp_path / "community.json"
    code, err = _server_report(server_settings, "centre", out)
    assert code == 0, err
    community = json.loads(out.read_text(encoding="utf-8"))
    desktop = as_data(run(store, "centre", H1))
    assert community["tables"] == desktop["tables"]  # the same code over the same rows
    districts = [
        _totals(as_data(run(store, "centre", ReportScope(H1.start, H1.end, (ids[d],)))))
        for d in ("D1", "D2")
    ]
    totals = _totals(community)
    assert totals[("services", "recipients")] == 4 and totals[("by_payment", "contracts")] == 3
    for key, value in totals.items():
        assert value == round(sum(d.get(key, 0) for d in districts), 2), key


def test_every_kind_runs_on_the_server(
    store: Store, server_settings: ServerSettings, tmp_path: Path
) -> None:
    report_fixture.build(store)
    _to_server(store, server_settings)
    for kind in ("monitoring", "workload"):
        code, err = _server_report(server_settings, kind, tmp_path / f"{kind}.json")
        assert code == 0, err
        data = json.loads((tmp_path / f"{kind}.json").read_text(encoding="utf-8"))
        assert data["tables"] == as_data(run(store, kind, H1))["tables"]


@pytest.fixture
def server_district(store: Store, server_settings: ServerSettings) -> ServerSettings:
    """The server (SQLite or PostgreSQL) holding the fixture district's current rows."""
    report_fixture.build(store)
    _to_server(store, server_settings)
    return server_settings


@pytest.mark.parametrize("case", EXPECTED, ids=lambda c: f"{c['kind']}:{c['from']}")
def test_every_cell_on_the_server_is_the_hand_counted_value(
    server_district: ServerSettings, case: dict[str, Any]
) -> None:
    with current_rows(server_district) as conn:
        report = compute(conn, case["kind"], expected_scope(case), heading={})
    check_tables(report.tables, case)


def test_the_server_filters_by_district_and_service_as_a_desktop_does(
    store: Store, server_settings: ServerSettings
) -> None:
    ids = report_fixture.build(store)
    _to_server(store, server_settings)
    scope = ReportScope(H1.start, H1.end, (ids["D1"],), services=("015.1", "012.0"))
    for kind in ("centre", "monitoring", "workload"):
        with current_rows(server_settings) as conn:
            server = as_data(compute(conn, kind, scope, heading={}))
        assert server["tables"] == as_data(run(store, kind, scope))["tables"], kind
