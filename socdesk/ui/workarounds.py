"""Workarounds for Qt for Python behaviour that costs SocDesk's users something.

Each names what it works around and can be deleted when the pinned PySide6 no longer needs it.
"""

from __future__ import annotations

import gc
import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)


def _uses_pyside(module: ModuleType) -> bool:
    """The check PySide6 makes, "PySide6" in the module's source, without keeping the source."""
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return False  # built-in or compiled: PySide's own check says False for these too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def stop_source_caching() -> None:
    """WORKAROUND (PySide6 6.11): the `__feature__` import hook asks `inspect.getsource` of
    every module imported after PySide6 whether it uses PySide6, and `linecache` then keeps
    every line of it. For SQLAlchemy, SQLModel and SocDesk that is ~20 MB of resident memory
    that never comes back (bench/desktop: registry 149 MB → ~127 MB). The same check without
    the cache; a no-op if a later PySide6 has no such hook."""
    import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        log.info("PySide6 has no feature import hook: nothing to work around")
        return
    setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010 - a private attribute


def settle_heap(*, collect: bool = True) -> None:
    """Moves every object alive now out of the garbage collector's reach (`gc.freeze`).

    A full collection walks the whole heap holding the GIL: with the app's modules, Qt wrappers
    and a store loaded, that is 120–160 ms, and a worker thread that allocates (reportlab
    drawing a batch of documents) triggers one every few seconds, freezing the window for that
    long (measured by bench/bench_documents.py). Objects alive after start-up live as long as
    the app, so freezing them loses nothing; collections then walk only what came later.
    Before long work the GUI starts, `collect=False`: freezing alone takes no time.
    """
    if collect:
        gc.collect()
    gc.freeze()
