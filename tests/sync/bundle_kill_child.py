"""Child process of test_bundle_order.py: a clean, single-threaded process that forks one
importer per kill point, so that 50 kills cost one interpreter start, not 50.

Usage: python bundle_kill_child.py BUNDLE HUB_DEVICE_ID (login and password in the
environment: BUNDLE_LOGIN, BUNDLE_PASSWORD). For each line `FOLDER POINT` on stdin it forks an
importer of BUNDLE into the store in FOLDER (opened as the hub) that SIGKILLs itself at its
POINT-th chance (every STEPS SQLite virtual-machine instructions, inside statements and
commits alike), waits, and answers `killed` or `finished`.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import event

from socdesk.paths import AppPaths
from socdesk.store import meta
from socdesk.store.database import Store
from socdesk.sync.bundles import import_bundle

STEPS = 10


def importer(folder: Path, bundle: Path, hub: str, point: int) -> None:
    store = Store.open(
        AppPaths(folder, folder / "logs"), os.environ["BUNDLE_LOGIN"], os.environ["BUNDLE_PASSWORD"]
    )
    with store.writer.begin() as conn:  # a copied folder is a new device: this one is the hub
        meta.put(conn, meta.DEVICE_ID, hub)
    store.device_id = hub
    seen = [0]

    def chance() -> int:
        seen[0] += 1
        if seen[0] == point:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    def install(conn: Any, *_args: object) -> None:
        conn.connection.dbapi_connection.set_progress_handler(chance, STEPS)

    event.listen(store.writer, "before_cursor_execute", install)
    import_bundle(store, bundle)


def main() -> None:
    bundle, hub = Path(sys.argv[1]), sys.argv[2]
    for line in sys.stdin:
        folder, point = line.split()
        child = os.fork()
        if child == 0:
            try:
                importer(Path(folder), bundle, hub, int(point))
            finally:
                os._exit(0)
        _, status = os.waitpid(child, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        sys.stdout.write("killed\n" if killed else f"finished {status}\n")
        sys.stdout.flush()


main()
