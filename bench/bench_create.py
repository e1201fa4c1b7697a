"""Creating recipients through the unit of work (units of 1,000) vs raw executemany.

Product: validation, UUIDv7, HLC and per-field clocks, the person row, its change record, a
hash-chained audit entry, FTS and sort key by trigger; one transaction per 1,000 people.
Baseline: the same stored rows, `executemany` into the same encrypted schema (same triggers),
in one transaction. Target: product ≥ 0.2× raw (QUALITY-TARGETS C2 P1-style ratio).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import save, timed
from bench.data import TODAY, new_store, people, raw_insert
from socdesk.store.engine import connect_raw
from socdesk.store.people import create_person

UNIT = 1_000


def run(n: int = 50_000) -> dict[str, object]:
    inputs = people(n, seed=11)
    with tempfile.TemporaryDirectory() as tmp:
        store = new_store(Path(tmp) / "product")

        def product() -> None:
            for start in range(0, n, UNIT):
                with store.write() as uow:
                    for person in inputs[start : start + UNIT]:
                        create_person(uow, person, None, TODAY)

        product_s, _ = timed(product)
        with store.read() as conn:  # the very rows the product stored
            rows = [dict(r) for r in conn.exec_driver_sql("SELECT * FROM person").mappings()]
        store.close()

        base = new_store(Path(tmp) / "raw")
        key = base._key
        base.close()
        conn = connect_raw(Path(tmp) / "raw" / "socdesk.db", key)
        raw_s, _ = timed(lambda: raw_insert(conn, rows))
        conn.close()
    result = {
        "recipients": n,
        "product_rows_per_s": round(n / product_s),
        "raw_rows_per_s": round(n / raw_s),
        "ratio": round(raw_s / product_s, 3),
        "target": "ratio >= 0.2",
    }
    save("create_recipients", result)
    return result
