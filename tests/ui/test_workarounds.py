"""PySide6's feature import hook must not keep the source of every module imported after it."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import linecache
from socdesk.ui.workarounds import stop_source_caching
{call}
import sqlalchemy.orm
import sqlmodel
# Entries of four items hold lines (SQLAlchemy registers its generated code too: small).
print(sum(len("".join(entry[2])) for entry in linecache.cache.values() if len(entry) == 4))
"""


def run(call: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CODE.format(call=call)], capture_output=True, text=True, check=True
    )
    return int(done.stdout.strip())


def test_modules_imported_after_pyside_are_not_kept_as_source() -> None:
    kept = run("import PySide6.QtCore")  # what the workaround is for (PySide6 6.11)
    assert kept > 5_000_000  # characters of source: SQLAlchemy's and SQLModel's
    assert run("stop_source_caching()") < kept // 20


def test_settling_the_heap_freezes_what_is_alive() -> None:
    import gc

    from socdesk.ui.workarounds import settle_heap

    before = gc.get_freeze_count()
    alive = [object() for _ in range(1000)]
    settle_heap(collect=False)
    try:
        assert gc.get_freeze_count() >= before + len(alive)
    finally:
        gc.unfreeze()
