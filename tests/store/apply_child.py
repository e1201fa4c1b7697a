"""Child process of test_apply_crash.py: applies a file of change records, a page per
transaction, until it is killed.

Usage: python apply_child.py DATA_DIR RECORDS point NAME:N  (SIGKILL itself at the Nth NAME)
       python apply_child.py DATA_DIR RECORDS loop          (apply until the parent kills it)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from crash_child_support import KillAt, open_store

from socdesk.store.replica import apply_remote

PAGE = 20


def main() -> None:
    folder, records_file, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    records = [r.encode() for r in json.loads(records_file.read_text(encoding="utf-8"))]
    fault = KillAt(sys.argv[4] if mode == "point" else None)
    store = open_store(folder, fault)
    for _ in range(1000 if mode == "loop" else 1):
        for start in range(0, len(records), PAGE):
            with store.write() as uow:
                apply_remote(uow, records[start : start + PAGE], os.environ["CRASH_PEER"])
    sys.stdout.write("finished without being killed\n")


main()
