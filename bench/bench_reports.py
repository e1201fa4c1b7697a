"""Reports (issue 16), each against its bare baseline in the same run.

1. The territorial centre's half-year report on a district of 50,000 recipients with
   2,000,000 service-log lines, vs the bare aggregate SQL it needs (the same counts written
   plainly: per service, sex, settlement, category; appeals, decisions, contracts, documents,
   payments, questionnaires), on the same store and connection. Target: ≤ 3× the bare SQL;
   its absolute time is reported.
2. Its XLSX export (`reports.output.write_xlsx`) vs bare openpyxl writing the same cells
   (a sheet per table, values only). Target: ≤ 2×.

The store: the demo district of 50,000 (`bench.fixtures.demo_store`), topped up to 2,000,000
service lines by copying its own lines to random days of the last year and a half with one
`INSERT … SELECT` on a raw connection without journal (a fixture, not a measured path); how
long that takes is reported.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import save, timed
from bench.data import open_store
from bench.fixtures import FIXTURE_CACHE_KIB, demo_store, private_copy
from socdesk.domain.report_scope import PeriodKind, ReportScope, period_of
from socdesk.paths import DB_FILE
from socdesk.reports.model import Report
from socdesk.reports.output import write_xlsx
from socdesk.reports.registry import run as run_report
from socdesk.store.database import Store
from socdesk.store.engine import connect_raw

LINES = 2_000_000
ROUNDS = 3
SPAN_START = dt.date(2025, 6, 1)  # added lines fall from here to SPAN_END
SPAN_END = dt.date(2026, 11, 30)
# A fixture's connection, as `bench.fixtures.replicate` has it: no journal, no fsync.
BULK_PRAGMAS = (
    "PRAGMA foreign_keys = OFF",
    "PRAGMA journal_mode = OFF",
    "PRAGMA synchronous = OFF",
    "PRAGMA secure_delete = OFF",
    "PRAGMA temp_store = MEMORY",
)

# The counts the half-year report gives, written plainly: what a person would type into a
# database shell to get the same tables (no merged records, no names as of each day).
BARE = (
    """SELECT service_code, unit, COUNT(DISTINCT person_id), COUNT(*), SUM(units_x100)
       FROM service_entry WHERE deleted = 0 AND "on" BETWEEN :start AND :end
       GROUP BY service_code, unit""",
    """SELECT p.sex, COUNT(DISTINCT e.person_id), COUNT(*) FROM service_entry e
       JOIN person p ON p.id = e.person_id
       WHERE e.deleted = 0 AND e."on" BETWEEN :start AND :end GROUP BY p.sex""",
    """SELECT p.district_id, p.settlement_id, COUNT(DISTINCT e.person_id), COUNT(*)
       FROM service_entry e JOIN person p ON p.id = e.person_id
       WHERE e.deleted = 0 AND e."on" BETWEEN :start AND :end GROUP BY 1, 2""",
    """SELECT c.value, COUNT(*) FROM (SELECT DISTINCT person_id FROM service_entry
       WHERE deleted = 0 AND "on" BETWEEN :start AND :end) s
       JOIN person p ON p.id = s.person_id, json_each(p.categories) c GROUP BY c.value""",
    """SELECT channel, COUNT(*) FROM social_case
       WHERE deleted = 0 AND received_on BETWEEN :start AND :end GROUP BY channel""",
    """SELECT kind, ground, COUNT(*) FROM case_decision
       WHERE deleted = 0 AND decided_on BETWEEN :start AND :end GROUP BY kind, ground""",
    """SELECT payment_category, COUNT(*) FROM contract WHERE deleted = 0
       AND signed_on <= :end AND (terminated_on IS NULL OR terminated_on >= :start)
       GROUP BY payment_category""",
    """SELECT COUNT(*) FROM contract WHERE deleted = 0 AND signed_on BETWEEN :start AND :end""",
    """SELECT COUNT(*) FROM form_record WHERE deleted = 0 AND form_code = 'living_conditions'
       AND completed_on BETWEEN :start AND :end""",
    """SELECT revision = 1, COUNT(*) FROM care_plan
       WHERE deleted = 0 AND made_on BETWEEN :start AND :end GROUP BY 1""",
    """SELECT payment_category, SUM(charged_kop), SUM(received_kop) FROM contract_payment
       WHERE deleted = 0 AND month BETWEEN :start AND :end GROUP BY payment_category""",
    """SELECT answers FROM form_record WHERE deleted = 0 AND form_code = 'satisfaction_survey'
       AND status = 'completed' AND completed_on BETWEEN :start AND :end""",
)


def add_lines(folder: Path, total: int) -> tuple[int, float]:
    """Tops the store's service log up to `total` lines (copies of its own lines on random
    days); (lines before, seconds taken).

    The bulk path of `bench.fixtures.replicate`: no journal, no fsync, no secure delete, a
    cache that holds the indexes; the log's own indexes dropped and built again in one sort
    each; the copies' ids ascend past every id the log has (UUIDv7's shape, `f` first), so
    that the primary key takes them at its end instead of at 1.7 million random places."""
    store = open_store(folder)
    key = store._key
    store.close()
    started = time.perf_counter()
    conn = connect_raw(folder / DB_FILE, key, cache_kib=FIXTURE_CACHE_KIB)
    try:
        for pragma in BULK_PRAGMAS:
            conn.execute(pragma)
        before = conn.execute("SELECT COUNT(*) FROM service_entry").fetchone()[0]
        if before >= total:
            return int(before), 0.0
        span = (SPAN_END - SPAN_START).days + 1
        columns = (
            "hlc, origin, deleted, field_clocks, district_id, case_id, person_id, "
            "service_code, units_x100, unit, worker_id, note"
        )
        indexes = [
            sql
            for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'service_entry' AND sql IS NOT NULL"
            )
        ]
        conn.execute("BEGIN")
        for sql in indexes:
            conn.execute("DROP INDEX " + sql.split(" ON ")[0].split()[-1])
        have, batch_no = before, 0
        while have < total:
            batch = min(before, total - have)
            conn.execute(
                f'INSERT INTO service_entry (id, "on", {columns}) '
                "SELECT printf('f%07x-%04x-7%03x-a%03x-%012x', :batch, abs(random()) % 65536, "
                "abs(random()) % 4096, abs(random()) % 4096, rowid), "
                f"date(:first, '+' || (abs(random()) % {span}) || ' days'), {columns} "
                "FROM service_entry WHERE deleted = 0 AND rowid <= :last ORDER BY rowid LIMIT :n",
                {"first": SPAN_START.isoformat(), "last": before, "n": batch, "batch": batch_no},
            )
            have, batch_no = have + batch, batch_no + 1
        for sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return int(before), time.perf_counter() - started


def _bare(store: Store, scope: ReportScope) -> int:
    params = {"start": scope.start.isoformat(), "end": scope.end.isoformat()}
    rows = 0
    with store.read() as conn:
        for sql in BARE:
            rows += len(conn.exec_driver_sql(sql, params).fetchall())
    return rows


def _bare_xlsx(report: Report) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for number, table in enumerate(report.tables):
        sheet = book.create_sheet(f"t{number}")
        sheet.append([c.title for c in table.columns])
        for row in [*table.rows, *([table.total] if table.total else [])]:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _ours_xlsx(report: Report) -> bytes:
    out = io.BytesIO()
    write_xlsx(report, out)
    return out.getvalue()


def _median(fn: Any, rounds: int) -> float:
    return statistics.median(timed(fn)[0] for _ in range(rounds))


def measure(
    folder: Path, scope: ReportScope, rounds: int
) -> tuple[Report, int, list[float], list[float]]:
    """The centre's report and the bare SQL over the store in `folder`, `rounds` times each
    in turns after one warming run of both: (the report, lines in the period, the report's
    seconds, the bare SQL's seconds). Also run alone on a store built before (an A/B)."""
    with open_store(folder) as store:
        with store.read() as conn:
            in_period = conn.exec_driver_sql(
                'SELECT COUNT(*) FROM service_entry WHERE "on" BETWEEN ? AND ?',
                (scope.start.isoformat(), scope.end.isoformat()),
            ).scalar_one()
        _bare(store, scope)  # both warm the cache alike
        report = run_report(store, "centre", scope)
        report_times, bare_times = [], []
        for _ in range(rounds):  # side by side, in turns
            report_times.append(timed(lambda: run_report(store, "centre", scope))[0])
            bare_times.append(timed(lambda: _bare(store, scope))[0])
    return report, int(in_period), report_times, bare_times


def run(recipients: int = 50_000, lines: int = LINES) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="socdesk-bench-reports-") as tmp:
        started = time.perf_counter()
        folder = private_copy(demo_store(recipients), Path(tmp) / "store")
        fixture_s = time.perf_counter() - started
        before, lines_s = add_lines(folder, lines)
        scope = ReportScope(*period_of(PeriodKind.HALF_YEAR, 2026, 1))
        report, in_period, report_times, bare_times = measure(folder, scope, ROUNDS)
        ours_s, bare_s = statistics.median(report_times), statistics.median(bare_times)
        xlsx_ours = _median(lambda: _ours_xlsx(report), 5)
        xlsx_bare = _median(lambda: _bare_xlsx(report), 5)
    cells = sum(len(t.rows) * len(t.columns) for t in report.tables)
    result = {
        "recipients": recipients,
        "service_lines": lines,
        "service_lines_in_half_year": int(in_period),
        "fixture": {
            "demo_store_s": round(fixture_s, 1),
            "lines_from": before,
            "lines_added_s": round(lines_s, 1),
        },
        "half_year_report": {
            "seconds": round(ours_s, 2),
            "bare_sql_seconds": round(bare_s, 2),
            "ratio": round(ours_s / bare_s, 2),
            "target_ratio": 3.0,
            "rounds": ROUNDS,
        },
        "xlsx_export": {
            "tables": len(report.tables),
            "cells": cells,
            "ms": round(xlsx_ours * 1000, 1),
            "bare_openpyxl_ms": round(xlsx_bare * 1000, 1),
            "ratio": round(xlsx_ours / xlsx_bare, 2),
            "target_ratio": 2.0,
        },
    }
    save("reports", result)
    return result
