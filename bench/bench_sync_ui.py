"""The desktop stays responsive while sync pulls: the longest gap of the main thread's event
loop during a 10,000-record pull run by the sync worker, against a bare thread doing the same
pull (QUALITY-TARGETS C2; issue 14: "never freezing the window").

Source: a demo district (`bench.fixtures.demo_store`, a unit of `recipients` built through the
product, about ten change records per recipient) as the hub (`sync.exchange.StoreHub`, the
hub made of a store: its outbox becomes its feed). Target: a new store.

Product: the main window (registry, status bar, the sync panel) with the real
`SyncController`: F9's path, the pull on the controller's thread in pages of 500, the status
bar polling its progress, and at the end the bus announcing what arrived (the registry
reloads on the main thread). Bare: the same `exchange` on a plain `threading.Thread`, nothing
else on the main thread. Idle: the loop with no work, the timer's own jitter. The main thread
runs a 5 ms timer throughout; its longest gap between ticks is what a person would feel as a
freeze. Target: the product's longest gap ≤ 100 ms, and ≤ 2× the bare one.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import save
from bench.data import new_store, open_store
from bench.fixtures import demo_store, private_copy
from socdesk.domain.progress import Progress
from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.sync.exchange import StoreHub, SyncReport, exchange
from socdesk.ui.sync.words import SyncView

TICK_MS = 5


class HubLink:
    """The sync panel's link to a hub made of a store (no network: the pull is what counts)."""

    def __init__(self, hub: Store) -> None:
        self.hub = StoreHub(hub)
        self.report: SyncReport | None = None

    def view(self, store: Store) -> SyncView:
        return SyncView(linked=True, server="bench")

    def reachable(self, store: Store) -> bool:
        return True

    def sync_now(self, store: Store, progress: Progress) -> SyncReport:
        self.report = exchange(store, self.hub, progress)
        return self.report

    def connect(self, store: Store, url: str, code: str) -> Any: ...
    def disconnect(self, store: Store) -> None: ...
    def history(self, store: Store, limit: int = 100) -> list[Any]:
        return []

    def waiting(self, store: Store) -> list[Any]:
        return []

    def held(self, store: Store) -> list[Any]:
        return []


def run(recipients: int = 730) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    source = demo_store(recipients, seed=7, unit=recipients)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        idle = _loop_gaps(lambda done: threading.Timer(1.0, done).start())
        bare, records = _bare(source, root / "bare")
        product, pulled = _product(source, root / "product")
    del app
    outcome = {
        "records": records,
        "pulled": pulled,
        "product": product,
        "bare": bare,
        "idle": idle,
        "ratio": round(product["max_gap_ms"] / max(bare["max_gap_ms"], TICK_MS), 2),
        "target": "product max_gap_ms <= 100 and ratio <= 2",
    }
    save("sync_ui", outcome)
    return outcome


def _loop_gaps(start: Callable[[Callable[[], None]], None]) -> dict[str, float]:
    """Runs the main thread's event loop with a 5 ms timer until the work `start` began
    calls `done` (from any thread): the longest gap between ticks, the 99th percentile, and
    how long the work took."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, ticks, finished = QEventLoop(), [time.perf_counter()], threading.Event()
    timer = QTimer()
    timer.setInterval(TICK_MS)

    def tick() -> None:
        ticks.append(time.perf_counter())
        if finished.is_set():
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    start(finished.set)
    loop.exec()
    timer.stop()
    gaps = sorted((b - a) * 1000 for a, b in itertools.pairwise(ticks))
    return {
        "max_gap_ms": round(gaps[-1], 1),
        "p99_gap_ms": round(gaps[int(0.99 * (len(gaps) - 1))], 1),
        "seconds": round(time.perf_counter() - started, 2),
    }


def _settle(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _hub(source: Path, folder: Path) -> tuple[Store, int]:
    hub = open_store(private_copy(source, folder))
    with hub.read() as conn:
        return hub, changelog.unconfirmed_count(conn)


def _bare(source: Path, root: Path) -> tuple[dict[str, float], int]:
    hub, records = _hub(source, root / "hub")
    target = new_store(root / "target")
    try:

        def start(done: Callable[[], None]) -> None:
            def work() -> None:
                try:
                    exchange(target, StoreHub(hub))
                finally:
                    done()

            threading.Thread(target=work).start()

        return _loop_gaps(start), records
    finally:
        target.close()
        hub.close()


def _product(source: Path, root: Path) -> tuple[dict[str, float], int]:
    from socdesk.ui import main_window
    from socdesk.ui.sync import install

    hub, _records = _hub(source, root / "hub")
    target = new_store(root / "target")
    link = HubLink(hub)
    install.default_link = lambda: link  # type: ignore[assignment]  # the bench's hub
    window = main_window.MainWindow(target, "bench")
    window.resize(1340, 700)
    window.show()
    _settle(0.5)  # the window's first paint and start-up checks are not the sync's
    try:

        def start(done: Callable[[], None]) -> None:
            window.sync.controller.finished.connect(lambda _outcome: done())
            window.sync.controller.sync_now()

        gaps = _loop_gaps(start)
        return gaps, link.report.pulled if link.report else 0
    finally:
        window.close()
        target.close()
        hub.close()
