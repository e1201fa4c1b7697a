"""A backup that stops half-way, to be killed (tests of what a killed backup leaves).

Usage: python backup_child.py DATA_DIR LOGIN PASSWORD TARGET
"""

from __future__ import annotations

import sys
import tarfile
import time
from pathlib import Path
from typing import Any

from socdesk.paths import AppPaths
from socdesk.store.database import Store

_real_add = tarfile.TarFile.add


def _add_then_hang(self: tarfile.TarFile, name: Any, *args: Any, **kwargs: Any) -> None:
    _real_add(self, name, *args, **kwargs)
    sys.stdout.write("ready\n")  # the store's copy exists and the archive is half written
    sys.stdout.flush()
    time.sleep(120)


def main() -> None:
    folder = Path(sys.argv[1])
    with Store.open(AppPaths(folder, folder / "logs"), sys.argv[2], sys.argv[3]) as store:
        tarfile.TarFile.add = _add_then_hang  # type: ignore[method-assign]
        store.backup(Path(sys.argv[4]))


if __name__ == "__main__":
    main()
