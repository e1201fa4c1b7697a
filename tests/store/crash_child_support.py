"""What the crash tests' child processes share: killing themselves at a named point."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from socdesk.paths import AppPaths
from socdesk.store.database import Store


class KillAt:
    def __init__(self, spec: str | None) -> None:
        self.point, _, nth = (spec or ":0").partition(":")
        self.left = int(nth)

    def __call__(self, point: str) -> None:
        if point == self.point:
            self.left -= 1
            if self.left == 0:
                os.kill(os.getpid(), signal.SIGKILL)


def open_store(folder: Path, fault: KillAt) -> Store:
    """The store in `folder` with the parent's key and device, its writes passing `fault`;
    says "ready" when it is open."""
    store = Store(
        AppPaths(folder, folder / "logs"),
        bytes.fromhex(os.environ["CRASH_KEY"]),
        "crash",
        fault=fault,
    )
    store.device_id = os.environ["CRASH_DEVICE"]
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    return store
