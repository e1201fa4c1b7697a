"""Child process of bench_desktop: starts one scenario, prints JSON timings, exits.

Usage: python -m bench.desktop_probe hello|signin|registry DATA_DIR
"""

from __future__ import annotations

import json
import os
import sys
import time

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    """Resident memory now. (`ru_maxrss` would carry over the parent's peak across exec.)"""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def hello() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel("Привіт")
    label.show()
    app.processEvents()
    return {"painted_s": time.perf_counter() - START, "rss_mb": rss_mb()}


def signin(data_dir: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from socdesk.ui.workarounds import stop_source_caching

    stop_source_caching()  # as run_gui does first

    from socdesk.paths import resolve
    from socdesk.ui.app import SignInDialog, install_translators  # the real start's imports

    app = QApplication(sys.argv)
    install_translators(app)
    dialog = SignInDialog(resolve(data_dir, {}))
    dialog.show()
    app.processEvents()
    return {"painted_s": time.perf_counter() - START, "rss_mb": rss_mb()}


def registry(data_dir: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from socdesk.ui.workarounds import stop_source_caching

    stop_source_caching()  # as run_gui does first

    from socdesk.paths import resolve
    from socdesk.store.database import Store
    from socdesk.store.keys import KdfParams
    from socdesk.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    entered = time.perf_counter()  # Enter in the sign-in dialog: what the user feels from here
    store = Store.open(resolve(data_dir, {}), "bench", "bench")
    opened = time.perf_counter()
    window = MainWindow(store, "bench")
    window.show()
    app.processEvents()
    painted = time.perf_counter()
    # The anchor: one bare Argon2id derivation with the store's parameters, which no sign-in
    # can go below without weakening the key (a security setting, not a speed one).
    start = time.perf_counter()
    KdfParams().derive("bench", b"0123456789abcdef")
    kdf = time.perf_counter() - start
    return {
        "signin_to_registry_s": painted - opened,
        "enter_to_registry_s": painted - entered,
        "open_s": opened - entered,
        "kdf_alone_s": kdf,
        "rss_mb": rss_mb(),
    }


if __name__ == "__main__":
    kind = sys.argv[1]
    result = {
        "hello": hello,
        "signin": lambda: signin(sys.argv[2]),
        "registry": lambda: registry(sys.argv[2]),
    }[kind]()
    sys.stdout.write(json.dumps(result) + "\n")
