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
    return out


sys.stdout.write("\n".join(rows()) + "\n")
