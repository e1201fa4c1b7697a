"""Progress and cancellation for long work, without Qt (STYLE.md point 7).

Workers call `start`, `advance` and `check_cancelled`; a dialog polls `snapshot()` on a timer
and calls `cancel()`. All methods are thread-safe.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from socdesk.domain.errors import Cancelled


@dataclass(frozen=True, slots=True)
class ProgressSnapshot:
    label: str
    done: int
    total: int | None
    cancelled: bool


class Progress:
    """Shared state of one long job."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._label = ""
        self._done = 0
        self._total: int | None = None
        self._cancelled = False

    def start(self, label: str, total: int | None = None) -> None:
        with self._lock:
            self._label, self._done, self._total = label, 0, total

    def advance(self, n: int = 1) -> None:
        with self._lock:
            self._done += n
        self.check_cancelled()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True

    def check_cancelled(self) -> None:
        if self._cancelled:
            raise Cancelled()

    def snapshot(self) -> ProgressSnapshot:
        with self._lock:
            return ProgressSnapshot(self._label, self._done, self._total, self._cancelled)
