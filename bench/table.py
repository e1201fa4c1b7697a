"""Prints the README's benchmark table from bench/results/*.json: `python -m bench.table`."""

from __future__ import annotations

import json
import sys
from typing import Any

from bench.common import RESULTS


def _load(name: str) -> dict[str, Any]:
    return json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def rows() -> list[str]:
    out = [
        "| benchmark | product | bare baseline (same run) | ratio | target |",
        "| --- | --- | --- | --- | --- |",
    ]
    create = _load("create_recipients")
    out.append(
        f"| create {create['recipients']:,} recipients, units of 1,000 | "
        f"{create['product_rows_per_s']:,} rows/s | {create['raw_rows_per_s']:,} rows/s "
        f"(`executemany`, one transaction) | {create['ratio']}× | ≥ 0.2× |"
    )
    search = _load("search_recipients")
    for size in (k for k in search if k.isdigit()):
        for kind, r in search[size].items():
            p, b = r["product"], r["bare_fts"]
            out.append(
                f"| search {int(size):,}: {kind.replace('_', ' ')} | p50 {p['p50_ms']} / "
                f"p95 {p['p95_ms']} ms | p50 {b['p50_ms']} / p95 {b['p95_ms']} ms (bare MATCH) | "
                f"{r['p50_ratio']}× / {r['p95_ratio']}× | ≤ 3×"
                + ("; p95 < 50 ms |" if size == "500000" else " |")
            )
    check = _load("check_and_backup")
    out.append(
        f"| `admin check` + backup, {check['recipients']:,} recipients ({check['store_mb']} MB) | "
        f"{check['product_s']} s | {check['bare_s']} s (`integrity_check` + backup API) | "
        f"{check['ratio']}× | ≤ 1.5× |"
    )
    if (RESULTS / "backup_restore.json").exists():  # by name only: python -m bench backup
        b = _load("backup_restore")
        size = f"{b['recipients']:,} recipients ({b['store_mb']} MB)"
        drill = "ok" if b["drill_integrity"] == "ok" and b["drill_counts_equal"] else "FAILED"
        out += [
            f"| automatic backup, {size} | {b['backup_s']} s ({b['backup_mb']} MB) | "
            f"{b['bare_backup_s']} s (backup API into a keyed copy) | {b['backup_ratio']}× | "
            "— |",
            f"| restore with its checks, {size}; drill: integrity and {b['drill_tables']} "
            f"tables' counts {drill} | {b['restore_s']} s | {b['bare_restore_s']} s (file copy "
            f"+ `integrity_check`) | {b['restore_ratio']}× | — |",
        ]
    if (RESULTS / "desktop.json").exists():
        d = _load("desktop")
        k = d["keystroke_to_results"]
        out += [
            f"| cold start to the painted sign-in window | {d['signin_start_s']} s | "
            f"{d['hello_start_s']} s (PySide6 hello world) | {d['cold_start_ratio']}× | ≤ 4× |",
            f"| sign-in to the painted registry, {d['recipients']:,} recipients (after the key) | "
            f"{d['signin_to_registry_s']} s | — | — | < 1 s |",
            f"| Enter at sign-in to the painted registry, {d['recipients']:,} recipients (what the "
            f"user feels: key derivation included) | {d['enter_to_registry_s']} s | "
            f"{d['kdf_alone_s']} s (Argon2id alone, same parameters) | "
            f"{d['enter_to_registry_ratio']}× | < 1 s |",
            f"| registry first paint, {d['recipients']:,} | {d['registry_first_paint_ms']} ms | "
            f"{d['bare_first_paint_ms']} ms (bare `QAbstractTableModel` over a list, same view) | "
            f"{d['first_paint_ratio']}× | ≤ 2× |",
            f"| the whole registry widget's first paint, {d['recipients']:,} | "
            f"{d['registry_widget_first_paint_ms']} ms | {d['bare_first_paint_ms']} ms (the same "
            f"bare table) | {d['registry_widget_first_paint_ratio']}× | (≤ 2×) |",
            f"| registry scroll step, {d['recipients']:,} | {d['registry_scroll_ms']} ms | "
            f"{d['bare_scroll_ms']} ms (same bare model) | {d['scroll_ratio']}× | ≤ 2× |",
            f"| keystroke to results, {d['recipients']:,} | p50 {k['p50_ms']} / "
            f"p95 {k['p95_ms']} ms | — | — | p95 < 100 ms |",
            f"| memory with the registry open | {d['registry_rss_mb']} MB | {d['hello_rss_mb']} MB "
            f"(hello world) | {d['memory_ratio']}× | ≤ 3× |",
        ]
    if (RESULTS / "cases.json").exists():
        c = _load("cases")
        a, o, d = c["save_completed_assessment"], c["open_case"], c["deadlines_view"]
        out += [
            f"| save a completed act of needs assessment (one transaction) | "
            f"p50 {a['product']['p50_ms']} / p95 {a['product']['p95_ms']} ms | "
            f"p50 {a['bare_insert_same_rows']['p50_ms']} / p95 "
            f"{a['bare_insert_same_rows']['p95_ms']} ms (INSERT of the same rows: act, change "
            f"record, audit, history) | {a['p50_ratio']}× / {a['p95_ratio']}× | "
            "p95 < 100 ms, ≤ 5× |",
            f"| open a case with {o['entries']:,} service-log entries (the window's reads) | "
            f"p50 {o['product']['p50_ms']} ms | p50 {o['bare_selects']['p50_ms']} ms (bare "
            f"SELECTs of the same rows) | {o['p50_ratio']}× | ≤ 3× |",
            f"| deadlines of a district of {d['recipients']:,} recipients ({d['cases']:,} cases, "
            f"{d['due_steps']:,} steps) | p50 {d['product']['p50_ms']} ms | p50 "
            f"{d['bare_selects']['p50_ms']} ms (bare SELECTs of the cases and their dates) | "
            f"{d['p50_ratio']}× | ≤ 3× |",
        ]
    if (RESULTS / "documents.json").exists():
        doc = _load("documents")
        c, r, b = doc["contracts"], doc["register"], doc["batch_plans_gui"]
        out += [
            f"| {c['contracts']} contracts ({c['pages_each']} pages each) | "
            f"{c['product_pages_per_s']} pages/s | {c['bare_pages_per_s']} pages/s (bare "
            f"reportlab Paragraphs of the same text) | {c['ratio']}× | ≥ 0.5× |",
            f"| register of {r['rows']} rows, {r['pages']} pages | {r['product_s']} s "
            f"({r['pages_per_s']} pages/s, {r['product_kb']} KB; bare {r['bare_kb']} KB) | "
            f"{r['bare_s']} s (bare reportlab `Table` of the same cells; plain strings that "
            f"overflow: {r['bare_plain_strings_s']} s) | {r['ratio']}× | < 2 s, ≥ 0.5× |",
            f"| batch print of {b['plans']} plans in one file, GUI open | {b['seconds']} s, "
            f"longest event-loop gap {b['max_event_loop_gap_ms']} ms | — | — | ≤ 100 ms |",
        ]
    if (RESULTS / "reports.json").exists():
        rep = _load("reports")
        h, x = rep["half_year_report"], rep["xlsx_export"]
        out += [
            f"| half-year report, {rep['recipients']:,} recipients, {rep['service_lines']:,} "
            f"service lines ({rep['service_lines_in_half_year']:,} in the half-year) | "
            f"{h['seconds']} s | {h['bare_sql_seconds']} s (the bare aggregate SQL of the same "
            f"tables) | {h['ratio']}× | ≤ 3× |",
            f"| its XLSX export ({x['tables']} sheets, {x['cells']:,} cells) | {x['ms']} ms | "
            f"{x['bare_openpyxl_ms']} ms (bare openpyxl, the same cells) | {x['ratio']}× | ≤ 2× |",
        ]
    if (RESULTS / "sync_apply.json").exists():
        y = _load("sync_apply")
        before, after = y["search_before"], y["search_after"]
        out += [
            f"| apply {y['records']:,} change records from another replica into "
            f"{y['recipients']:,} recipients (one transaction) | {y['product_rows_per_s']:,} "
            f"records/s ({y['product_s']} s) | {y['bare_rows_per_s']:,} rows/s "
            f"(`executemany` of the same rows, one transaction) | {y['ratio']}× | ≥ 0.3× |",
            f"| person search right after that apply | p95 {after['p95_ms']} ms | p95 "
            f"{before['p95_ms']} ms (the same searches just before it) | "
            f"{round(after['p95_ms'] / before['p95_ms'], 2)}× | — |",
        ]
    if (RESULTS / "server_sync.json").exists():
        out += _server(_load("server_sync"))
    return out


def _server(s: dict[str, Any]) -> list[str]:
    """The sync server's rows (bench/bench_server.py, PostgreSQL under scripts/pg-test)."""
    i, w = s["ingest"], s["payload"]
    out = [
        f"| a page of {w['records']:,} change records on the wire (zstd JSON Lines) | "
        f"{w['wire_bytes']:,} bytes | {w['plain_json_bytes']:,} bytes (plain JSON; gzip-6 "
        f"{w['gzip6_bytes']:,}) | {w['wire_share_of_json']}× | ≤ 1/6 of plain JSON |",
        f"| server ingest of {i['records']:,} records through the push endpoint ({s['database']}, "
        f"pages of 500) | {i['product_records_per_s']:,} records/s ({i['product_s']} s) | "
        f"{i['bare_records_per_s']:,} rows/s (`executemany` of the same rows, one transaction) "
        f"| {i['ratio']}× | ≥ 0.2× |",
    ]
    for n in (1, 2):
        d = s[f"devices_{n}_process"]
        out.append(
            f"| {d['devices']} devices syncing at once (push 5 × 100, pull the feed), {n} server "
            f"process{'es' if n > 1 else ''} | {d['records_per_s']:,} records/s, "
            f"{d['requests_per_s']} requests/s, p50 {d['p50_ms']} / p95 {d['p95_ms']} ms, "
            f"{d['errors']} errors | — | — | 0 errors |"
        )
    return out


sys.stdout.write("\n".join(rows()) + "\n")
