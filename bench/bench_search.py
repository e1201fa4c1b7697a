"""Recipient search vs a bare FTS5 MATCH on the same data (50,000 and 500,000 recipients).

Product: what the registry runs when typing pauses: `search_person_ids` (input folded and
sanitised, the first page of `SEARCH_PAGE` ids in Ukrainian alphabetical order, merged from the
ordered and unordered parts of the index). Baseline: `SELECT rowid FROM person_fts WHERE
person_fts MATCH ?` with the same expression, all rows fetched. Targets: p50/p95 ≤ 3×
the baseline; p95 < 50 ms at 500,000.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from bench.common import percentiles, save
from bench.data import load_people, new_store, open_store, stored_people
from socdesk.store.engine import connect_raw
from socdesk.store.fts import match_expression
from socdesk.store.people import search_person_ids

ROUNDS = 5
BARE = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"


def _queries(rows: list[dict[str, object]], rng: random.Random) -> dict[str, list[str]]:
    """20 queries of each kind, taken from the stored people themselves."""
    sample = rng.sample(rows, 20)
    with_phone = rng.sample([r for r in rows if r["phone"]], 20)
    with_rnokpp = rng.sample([r for r in rows if r["rnokpp"]], 20)
    apostrophe_words = sorted(
        {
            word
            for r in rows
            for word in (str(r["surname"]), str(r["given_name"]), str(r["patronymic"]))
            if "ʼ" in word
        }
    )
    spelled = []  # typed as people type them: ' or ’, in any case, often only the start
    for k, word in enumerate(rng.sample(apostrophe_words, min(20, len(apostrophe_words)))):
        variant = word.replace("ʼ", "'" if k % 2 else "’")
        spelled.append(variant.upper() if k % 3 == 0 else variant[: max(4, len(variant) - 2)])
    return {
        "surname_prefix": [str(r["surname"])[:4].lower() for r in sample],
        "full_name": [f"{r['surname']} {r['given_name']}" for r in sample],
        "rnokpp": [str(r["rnokpp"]) for r in with_rnokpp],
        "phone": [_typed_phone(str(r["phone"])) for r in with_phone],
        "apostrophe": spelled,
    }


def _typed_phone(e164: str) -> str:
    """+380671234567 as a person types it: 067 123 45 67."""
    return f"0{e164[4:6]} {e164[6:9]} {e164[9:11]} {e164[11:]}"


def _measure(n: int, folder: Path) -> dict[str, object]:
    store = new_store(folder)
    key = store._key
    rows = stored_people(n, store.device_id)
    store.close()
    load_people(folder, key, rows)  # the demo's people, fast: what is measured is the search
    raw = connect_raw(folder / "socdesk.db", key)
    queries = _queries(rows, random.Random(5))
    opened = open_store(folder)  # re-ranks the index, as any open after a bulk load does
    out: dict[str, object] = {}
    with opened.read() as conn:
        for kind, texts in queries.items():
            product_ms, bare_ms = [], []
            for _ in range(ROUNDS):
                for q in texts:
                    start = time.perf_counter()
                    search_person_ids(conn, q)
                    product_ms.append((time.perf_counter() - start) * 1000)
                    expression = match_expression(q)
                    start = time.perf_counter()
                    raw.execute(
                        "SELECT rowid FROM person_fts WHERE person_fts MATCH ?", (expression,)
                    ).fetchall()
                    bare_ms.append((time.perf_counter() - start) * 1000)
            p, b = percentiles(product_ms), percentiles(bare_ms)
            out[kind] = {
                "product": p,
                "bare_fts": b,
                "p50_ratio": round(p["p50_ms"] / max(b["p50_ms"], 0.001), 2),
                "p95_ratio": round(p["p95_ms"] / max(b["p95_ms"], 0.001), 2),
            }
    opened.close()
    raw.close()
    return out


def run(sizes: tuple[int, ...] = (50_000, 500_000)) -> dict[str, object]:
    result: dict[str, object] = {"target": "p50/p95 <= 3x bare FTS5; p95 < 50 ms at 500,000"}
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            result[str(n)] = _measure(n, Path(tmp) / "s")
    save("search_recipients", result)
    return result
