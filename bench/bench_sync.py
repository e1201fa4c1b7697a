"""Applying another replica's change records vs a bare executemany of the same rows.

Source: a demo district of another seed (`bench.fixtures.demo_store`), whose outbox holds
every row the demo made as change records — households, people, memberships, consents, cases,
acts, declarations, decisions, contracts, plans, years of service lines, printed documents —
about `records` of them (the source has a tenth as many recipients). Target: a private copy of the
`recipients` store.

Product: `apply_remote` in one transaction (the clock, per-field merge, the change log, audit
and field history, the search index by trigger and its re-rank, the settling of invariants).
Baseline: the same rows (each record's row: the schema's defaults, its values, id, clocks and
origin) inserted with one executemany per table in one transaction into another copy of the
same store (same schema, indexes and triggers). Target: ratio ≥ 0.3 (QUALITY-TARGETS C2).
Search: p95 of person searches (surname prefixes) right after the apply against before it.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import percentiles, save, timed
from bench.data import open_store
from bench.fixtures import UNIT, demo_store, private_copy
from socdesk.domain.changes import ChangeRecord
from socdesk.store import changelog, codec
from socdesk.store.engine import connect_raw
from socdesk.store.people import search_person_ids
from socdesk.store.replica import apply_remote, remote_row
from socdesk.store.schema import TABLES_BY_NAME

RECORDS_PER_RECIPIENT = 10  # the demo's mix: about ten change records per recipient
SEARCHES = 40


def run(recipients: int = 50_000, records: int = 100_000) -> dict[str, object]:
    target = demo_store(recipients)
    per_unit = UNIT * RECORDS_PER_RECIPIENT
    source = demo_store(max(UNIT, -(-records // per_unit) * UNIT), seed=7)
    batch = _records(source)  # all of them: a cut could leave a child without its parent
    with tempfile.TemporaryDirectory() as tmp:
        bare_s = _bare(private_copy(target, Path(tmp) / "bare"), batch)
        store = open_store(private_copy(target, Path(tmp) / "product"))
        try:
            prefixes = _prefixes(store)
            before = _searches(store, prefixes)
            raw = [r.to_json() for r in batch]
            with store.write() as uow:
                product_s, result = timed(lambda: apply_remote(uow, raw, "bench-peer"))
            after = _searches(store, prefixes)
        finally:
            store.close()
    outcome = {
        "recipients": recipients,
        "records": len(batch),
        "applied": len(result.applied),
        "quarantined": len(result.quarantined),
        "product_s": round(product_s, 2),
        "product_rows_per_s": round(len(batch) / product_s),
        "bare_s": round(bare_s, 2),
        "bare_rows_per_s": round(len(batch) / bare_s),
        "ratio": round(bare_s / product_s, 2),  # throughput, product against bare
        "search_before": before,
        "search_after": after,
        "target": "ratio >= 0.3",
    }
    save("sync_apply", outcome)
    return outcome


def _records(source: Path) -> list[ChangeRecord]:
    store = open_store(source)
    try:
        with store.read() as conn:
            return changelog.outgoing(conn, 10**9)
    finally:
        store.close()


def _bare(folder: Path, records: list[ChangeRecord]) -> float:
    """The records' rows, one executemany per table, one transaction, on the raw connection."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        table = TABLES_BY_NAME[record.table]
        values = {n: codec.decode(table, n, f.value) for n, f in record.fields.items()}
        by_table.setdefault(record.table, []).append(remote_row(table, record, values))
    store = open_store(folder)
    key = store._key
    store.close()
    conn = connect_raw(folder / "socdesk.db", key)
    try:
        statements = []
        for name, rows in by_table.items():
            tbl = TABLES_BY_NAME[name].__table__  # type: ignore[attr-defined]
            # Columns the rows leave out get their schema default, as the product's insert
            # does (a derived column such as the sort key, which a trigger fills).
            defaults = {
                c.name: c.default.arg
                for c in tbl.columns
                if c.default is not None and c.default.is_scalar and c.name not in rows[0]
            }
            rows = [{**defaults, **row} for row in rows]
            columns = sorted(rows[0])
            quoted = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            sql = f"INSERT OR IGNORE INTO {name} ({quoted}) VALUES ({marks})"
            processors = [tbl.c[c].type.bind_processor(_DIALECT) for c in columns]
            params = [
                tuple(
                    p(row.get(c)) if p else row.get(c)
                    for c, p in zip(columns, processors, strict=True)
                )
                for row in rows
            ]
            statements.append((sql, params))
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for sql, params in statements:
            conn.executemany(sql, params)
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def _prefixes(store: Any) -> list[str]:
    with store.read() as conn:
        surnames = [row[0] for row in conn.exec_driver_sql("SELECT surname FROM person LIMIT 5000")]
    rng = random.Random(5)
    return [s[:3].lower() for s in rng.sample(surnames, min(SEARCHES, len(surnames)))]


def _searches(store: Any, prefixes: list[str]) -> dict[str, float]:
    samples = []
    for prefix in prefixes:
        with store.read() as conn:
            samples.append(timed(lambda: search_person_ids(conn, prefix))[0] * 1000)  # noqa: B023
    return percentiles(samples)


def _dialect() -> Any:
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()


_DIALECT = _dialect()
