"""Runs the benchmarks: `python -m bench [--quick] [name ...]` (make bench)."""

from __future__ import annotations

import json
import sys

from bench import (
    bench_cases,
    bench_create,
    bench_desktop,
    bench_documents,
    bench_maintenance,
    bench_search,
)


def main() -> None:
    quick = "--quick" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("--")] or [
        "create",
        "search",
        "maintenance",
        "cases",
        "documents",
    ]
    runs = {
        "create": lambda: bench_create.run(5_000 if quick else 50_000),
        "search": lambda: bench_search.run((5_000,) if quick else (50_000, 500_000)),
        "maintenance": lambda: bench_maintenance.run(10_000 if quick else 100_000),
        "cases": lambda: bench_cases.run(5_000 if quick else 50_000),
        "documents": bench_documents.run,
        "desktop": lambda: bench_desktop.run(5_000 if quick else 50_000),
    }
    for name in names:
        result = runs[name]()
        sys.stdout.write(f"{name}: {json.dumps(result, ensure_ascii=False, indent=1)}\n")


main()
