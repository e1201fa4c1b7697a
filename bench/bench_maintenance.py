"""`admin check` + backup of a 50,000-recipient store vs bare integrity_check + backup API.

Product: `run_check` (integrity_check, foreign_key_check, schema revision, counts, soft
references, outbox gaps, audit hash chain) and `Store.backup` (online backup into an encrypted
copy, packed with the key file and manifest, written atomically). Baseline: `PRAGMA
integrity_check` plus the bare backup API into a keyed copy. Target: ≤ 1.5×.

The store is the demo's (people in households, cases with years of service log, their change
records and audit chain: about 3.2 GB and well over 100,000 records at 50,000 recipients),
built fast by `bench.fixtures.demo_store` and shared with the sync benchmark, which applies
into a copy of the same store; samples alternate baseline and product (one of each by default:
a pair takes minutes). At 100,000 recipients (4.8 GB) the fixture and the pair took 12 minutes
of a 31-minute `make bench`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import save, timed
from bench.data import open_store
from bench.fixtures import demo_store
from socdesk.store.check import run_check
from socdesk.store.engine import connect_raw

SAMPLES = 1  # one pass of each reads and writes the 3.2 GB store about ten times


def run(n: int = 50_000) -> dict[str, object]:
    folder = demo_store(n)
    size = (folder / "socdesk.db").stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(folder)

        def product() -> None:
            with store.read() as conn:
                assert run_check(conn).ok
            store.backup(Path(tmp) / "product-backup")

        def bare() -> None:
            src = connect_raw(folder / "socdesk.db", store._key)
            assert src.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            dst = connect_raw(Path(tmp) / "bare.db", store._key)
            src.backup(dst, pages=4096)
            dst.close()
            src.close()
            (Path(tmp) / "bare.db").unlink()

        bare_samples, product_samples = [], []
        for _ in range(SAMPLES):
            bare_samples.append(timed(bare)[0])
            product_samples.append(timed(product)[0])
        bare_s, product_s = min(bare_samples), min(product_samples)
        store.close()
    result = {
        "recipients": n,
        "store_mb": round(size / 1e6, 1),
        "product_s": round(product_s, 3),
        "bare_s": round(bare_s, 3),
        "ratio": round(product_s / bare_s, 2),
        "target": "ratio <= 1.5",
    }
    save("check_and_backup", result)
    return result
