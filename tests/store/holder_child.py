"""A second process that keeps a store open until its stdin closes (tests of the folder lock).

Usage: python holder_child.py DATA_DIR LOGIN PASSWORD
"""

from __future__ import annotations

import sys
from pathlib import Path

from socdesk.paths import AppPaths
from socdesk.store.database import Store


def main() -> None:
    folder = Path(sys.argv[1])
    with Store.open(AppPaths(folder, folder / "logs"), sys.argv[2], sys.argv[3]):
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        sys.stdin.read()


if __name__ == "__main__":
    main()
