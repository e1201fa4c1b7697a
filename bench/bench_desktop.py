"""Desktop benchmarks (issue 4), each against a bare PySide6 equivalent in the same run.

- cold start to the painted sign-in window vs a PySide6 hello world (target ≤ 4×);
- sign-in to the painted registry on 50,000 recipients, beyond the key derivation (< 1 s), and
  what the user feels, Enter to the painted registry with the key derivation, against one bare
  Argon2id derivation with the same parameters;
- registry first paint and a page scroll vs a bare QAbstractTableModel over an in-memory
  list of the same rows, in the same QTableView (≤ 2×); the whole registry widget (search box,
  filters, summary) is reported beside it against the same bare table;
- keystroke to updated results in the search box, p95 (< 100 ms on 50,000);
- resident memory with the registry open vs the hello world (≤ 3×).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import percentiles, save
from bench.data import load_people, new_store, stored_people

ROUNDS = 5


def _probe(*args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bench.desktop_probe", *args],
        env=env,
        capture_output=True,
        check=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_s"] = time.perf_counter() - started
    return result


def _median(runs: list[dict[str, float]], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 3)


def _build(folder: Path, n: int) -> None:
    store = new_store(folder)
    key = store._key
    rows = stored_people(n, store.device_id)
    store.close()
    load_people(folder, key, rows)


def _in_process(folder: Path) -> dict[str, Any]:
    """Registry paint/scroll vs a bare model, and keystroke latency, in this process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTableView

    from socdesk.paths import resolve
    from socdesk.store.database import Store
    from socdesk.store.people import list_person_ids
    from socdesk.store.people import person_rows as rows_of
    from socdesk.ui.registry.view import PersonListModel, RegistryView

    app = QApplication.instance() or QApplication(sys.argv)
    store = Store.open(resolve(folder, {}), "bench", "bench")
    with store.read() as conn:
        ids = list_person_ids(conn)
        data = [
            (r.full_name, r.birth_date, r.rnokpp, r.phone, r.settlement) for r in rows_of(conn, ids)
        ]

    class Bare(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(data)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 5

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return (
                str(data[index.row()][index.column()])
                if role == Qt.ItemDataRole.DisplayRole
                else None
            )

    def paint_and_scroll(make_view: Any) -> tuple[float, float]:
        start = time.perf_counter()
        view = make_view()
        view.resize(1200, 700)
        view.show()
        app.processEvents()
        first = time.perf_counter() - start
        table = view if isinstance(view, QTableView) else view.table
        start = time.perf_counter()
        for step in range(50):
            table.scrollTo(table.model().index((step * 997) % len(data), 0))
            app.processEvents()
        per_scroll = (time.perf_counter() - start) / 50
        view.close()
        return first * 1000, per_scroll * 1000

    def bare_view() -> QTableView:
        view = QTableView()
        view.setModel(Bare())
        return view

    def model_view() -> QTableView:
        """The same table view over SocDesk's model, which reads the store as it paints."""
        view = QTableView()
        model = PersonListModel(store, view)
        model.reload()
        view.setModel(model)
        return view

    # The criterion compares models (the lazy, store-backed one against a bare one over an
    # in-memory list) in the same view; the whole registry widget, with its search box and
    # filters, is reported beside it.
    product = [paint_and_scroll(model_view) for _ in range(ROUNDS)]
    bare = [paint_and_scroll(bare_view) for _ in range(ROUNDS)]
    widget = [paint_and_scroll(lambda: RegistryView(store)) for _ in range(ROUNDS)]
    view = RegistryView(store)
    view.show()
    latencies = []
    for query in ("ков", "шевч", "мельн", "андр", "бонд", "олен", "067", "ткач", "лис", "гнат") * 2:
        view.search.clear()
        app.processEvents()
        start = time.perf_counter()
        for ch in query:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                view.search,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
        view._timer.stop()
        view._apply_search()
        app.processEvents()
        latencies.append((time.perf_counter() - start) * 1000)
    view.close()
    store.close()
    p_first, p_scroll = (
        statistics.median(p[0] for p in product),
        statistics.median(p[1] for p in product),
    )
    b_first, b_scroll = statistics.median(b[0] for b in bare), statistics.median(b[1] for b in bare)
    w_first = statistics.median(w[0] for w in widget)
    return {
        "registry_widget_first_paint_ms": round(w_first, 1),
        "registry_widget_first_paint_ratio": round(w_first / b_first, 2),
        "registry_first_paint_ms": round(p_first, 1),
        "bare_first_paint_ms": round(b_first, 1),
        "first_paint_ratio": round(p_first / b_first, 2),
        "registry_scroll_ms": round(p_scroll, 2),
        "bare_scroll_ms": round(b_scroll, 2),
        "scroll_ratio": round(p_scroll / b_scroll, 2),
        "keystroke_to_results": percentiles(latencies),
    }


def run(n: int = 50_000) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "s"
        _build(folder, n)
        hello = [_probe("hello") for _ in range(ROUNDS)]
        signin = [_probe("signin", str(folder)) for _ in range(ROUNDS)]
        registry = [_probe("registry", str(folder)) for _ in range(ROUNDS)]
        inside = _in_process(folder)
    result = {
        "recipients": n,
        "hello_start_s": _median(hello, "process_s"),
        "signin_start_s": _median(signin, "process_s"),
        "cold_start_ratio": round(_median(signin, "process_s") / _median(hello, "process_s"), 2),
        "signin_to_registry_s": _median(registry, "signin_to_registry_s"),
        # What the user feels: Enter at sign-in to the painted registry, key derivation included,
        # against one bare Argon2id derivation with the same parameters (the floor).
        "enter_to_registry_s": _median(registry, "enter_to_registry_s"),
        "store_open_s": _median(registry, "open_s"),
        "kdf_alone_s": _median(registry, "kdf_alone_s"),
        "enter_to_registry_ratio": round(
            _median(registry, "enter_to_registry_s") / _median(registry, "kdf_alone_s"), 2
        ),
        "hello_rss_mb": _median(hello, "rss_mb"),
        "registry_rss_mb": _median(registry, "rss_mb"),
        "memory_ratio": round(_median(registry, "rss_mb") / _median(hello, "rss_mb"), 2),
        **inside,
        "targets": "cold start <= 4x; sign-in to registry < 1 s; paint and scroll <= 2x; "
        "keystroke p95 < 100 ms; memory <= 3x",
    }
    save("desktop", result)
    return result
