"""`socdesk server admin report`: the registry's reports over the server's current rows (the
whole community), the same code as on a desktop. The server here holds the current rows of the
fixture district's two starosta districts (copied into its tables as sync leaves them: the
same tables and columns); its community report is the sum of the district reports. On
PostgreSQL the command says it is not there yet (the report SQL is SQLite's)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import report_fixture
from sqlalchemy import insert, select

from socdesk.cli import Io, main
from socdesk.domain.report_scope import ReportScope
from socdesk.reports.output import as_data
from socdesk.reports.registry import run
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
    if server_settings.database_url:  # PostgreSQL
        assert code == 2 and "PostgreSQL" in err and not out.exists()
        return
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
        if server_settings.database_url:
            assert code == 2, err
            continue
        assert code == 0, err
        data = json.loads((tmp_path / f"{kind}.json").read_text(encoding="utf-8"))
        assert data["tables"] == as_data(run(store, kind, H1))["tables"]
