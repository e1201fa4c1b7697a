"""Runs the benchmarks: `python -m bench [--quick] [name ...]` (make bench)."""

from __future__ import annotations

import json
import resource
import sys
import time

from bench import (
    bench_backup,
    bench_bundle,
    bench_cases,
    bench_create,
    bench_desktop,
    bench_documents,
    bench_maintenance,
    bench_reports,
    bench_search,
    bench_server,
    bench_sync,
    bench_sync_ui,
)
from bench.common import save


def main() -> None:
    quick = "--quick" in sys.argv
    chosen = [a for a in sys.argv[1:] if not a.startswith("--")]
    names = chosen or [
        "create",
        "search",
        "maintenance",
        "cases",
        "documents",
        "sync",
        "reports",
        "bundle",
        "desktop",  # what a user feels: start, Enter at sign-in to the painted registry, paint
        "sync_ui",  # the window while the sync worker pulls 10,000 records
    ]
    runs = {
        "create": lambda: bench_create.run(5_000 if quick else 50_000),
        "search": lambda: bench_search.run((5_000,) if quick else (50_000, 500_000)),
        # 50,000 recipients: the sync benchmark's store, built once for both (fixtures cache).
        "maintenance": lambda: bench_maintenance.run(4_000 if quick else 50_000),
        "cases": lambda: bench_cases.run(5_000 if quick else 50_000),
        "documents": bench_documents.run,
        "sync": lambda: bench_sync.run(4_000 if quick else 50_000, 10_000 if quick else 100_000),
        "bundle": lambda: bench_bundle.run(
            4_000 if quick else 50_000, 10_000 if quick else 100_000
        ),
        "desktop": lambda: bench_desktop.run(5_000 if quick else 50_000),
        "reports": lambda: bench_reports.run(
            4_000 if quick else 50_000, 200_000 if quick else 2_000_000
        ),
        "sync_ui": lambda: bench_sync_ui.run(150 if quick else 730),
        # By name only: the automatic backup and the restore drill at 100,000 recipients.
        "backup": lambda: bench_backup.run(4_000 if quick else 100_000),
        # PostgreSQL when run under scripts/pg-test (bench/bench_server.py says how).
        "server": lambda: bench_server.run(10_000 if quick else 100_000),
    }
    # Wall time, and CPU time (this process and its children): on a shared machine the
    # second says how long a run takes on its own.
    seconds, cpu_seconds = {}, {}
    started, cpu_started = time.perf_counter(), _cpu()
    for name in names:
        start, cpu_start = time.perf_counter(), _cpu()
        result = runs[name]()
        seconds[name] = round(time.perf_counter() - start)
        cpu_seconds[name] = round(_cpu() - cpu_start)
        sys.stdout.write(f"{name}: {json.dumps(result, ensure_ascii=False, indent=1)}\n")
        sys.stdout.write(f"{name} took {seconds[name]} s ({cpu_seconds[name]} s of CPU)\n")
    seconds["total"] = round(time.perf_counter() - started)
    cpu_seconds["total"] = round(_cpu() - cpu_started)
    if not chosen and not quick:  # the whole `make bench`: how long each part took
        save("durations", {"seconds": seconds, "cpu_seconds": cpu_seconds})


def _cpu() -> float:
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


main()
