"""`admin check` + backup of a 100,000-recipient store vs bare integrity_check + backup API.

Product: `run_check` (integrity_check, foreign_key_check, schema revision, counts, soft
references, outbox gaps, audit hash chain) and `Store.backup` (online backup into an encrypted
copy, packed with the key file and manifest, written atomically). Baseline: `PRAGMA
integrity_check` plus the bare backup API into a keyed copy. Target: ≤ 1.5×.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import save, timed
from bench.data import new_store
from socdesk.demo import build_demo
from socdesk.store.check import run_check
from socdesk.store.engine import connect_raw


def run(n: int = 100_000) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "s"
        store = new_store(folder)
        build_demo(store, n, seed=31)  # through the unit of work: real outbox and audit log
        store.checkpoint()
        size = (folder / "socdesk.db").stat().st_size

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

        bare_s = min(timed(bare)[0] for _ in range(3))
        product_s = min(timed(product)[0] for _ in range(3))
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
