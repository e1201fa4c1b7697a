"""Running work off the GUI thread (STYLE.md points 5–7), the one way to do it.

`TaskRunner.run(work, success, failure)` runs `work()` on a worker pool and calls `success`
or `failure` on the GUI thread. The hand-back is a signal of this GUI-thread object connected
to its own bound slot, so Qt queues it into the GUI thread (never a lambda connected to a
worker's signal: that would run in the worker). Writes need no pool of their own: the store
serializes them. Tests pass `ImmediatePool`, which runs work at once, so they are
deterministic.

`ProgressDialog` shows a `domain.progress.Progress` that the work updates, polled on a timer,
with a Cancel button that sets the flag the work checks.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from socdesk.domain.errors import Cancelled, SocDeskError
from socdesk.domain.progress import Progress
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr

log = logging.getLogger(__name__)
POLL_MS = 120


class Pool(Protocol):
    def submit(self, fn: Callable[[], Any], /) -> Future[Any]: ...


class ImmediatePool:
    """A pool that runs the work at once, in the caller's thread (tests)."""

    def submit(self, fn: Callable[[], Any], /) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn())
        except BaseException as exc:  # noqa: BLE001 - handed to the failure callback
            future.set_exception(exc)
        return future


def default_failure(parent: QWidget | None, exc: BaseException) -> None:
    """Known errors get their Ukrainian message; Cancel is silent; bugs go to the crash hook."""
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, SocDeskError):
        QMessageBox.warning(parent, "SocDesk", domain_tr(str(exc)))
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)


class TaskRunner(QObject):
    """Runs work on a pool and hands the outcome back on the GUI thread.

    Its owner calls `shutdown` when it closes: work still running finishes, but nothing is
    handed back to a window that is going away (a signal emitted on a deleted object from a
    worker thread crashes the process).
    """

    _finished = Signal(object)

    def __init__(self, pool: Pool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: Pool = pool or ThreadPoolExecutor(max_workers=4, thread_name_prefix="socdesk")
        self._finished.connect(self._deliver)
        self.pending = 0
        self._closed = False

    def run(
        self,
        work: Callable[[], Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        if self._closed:
            return
        self.pending += 1
        future = self._pool.submit(work)
        future.add_done_callback(lambda f: self._hand_back(f, success, failure))

    def _hand_back(self, future: Future[Any], success: Any, failure: Any) -> None:
        """In the worker thread: queue the outcome to the GUI thread, unless shut down."""
        if not self._closed:
            self._finished.emit((future, success, failure))

    def shutdown(self, *, finish_queued: bool = False) -> None:
        """Stops handing results back and waits for the work in progress (a quick check, a
        save) to end, so nothing runs against a closed window or store. Work still queued is
        dropped, unless `finish_queued` (a person's saves waiting their turn)."""
        self._closed = True
        if isinstance(self._pool, ThreadPoolExecutor):
            self._pool.shutdown(wait=True, cancel_futures=not finish_queued)

    @Slot(object)
    def _deliver(self, payload: tuple[Future[Any], Callable[[Any], None], Any]) -> None:
        future, success, failure = payload
        self.pending -= 1
        exc = future.exception()
        if exc is None:
            success(future.result())
        elif failure is not None:
            failure(exc)
        else:
            parent = self.parent()
            default_failure(parent if isinstance(parent, QWidget) else None, exc)


class ProgressDialog(QProgressDialog):
    """Shows a `Progress` while work runs; Cancel asks the work to stop."""

    def __init__(self, progress: Progress, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setCancelButtonText(tr("ProgressDialog", "Скасувати"))
        self.setMinimumDuration(400)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._progress = progress
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.canceled.connect(self._cancel)
        self._timer.start()

    @Slot()
    def _poll(self) -> None:
        snap = self._progress.snapshot()
        self.setLabelText(snap.label)
        self.setMaximum(snap.total or 0)
        self.setValue(min(snap.done, snap.total or 0))

    @Slot()
    def _cancel(self) -> None:
        self._progress.cancel()
        self.setLabelText(tr("ProgressDialog", "Зупиняю…"))

    def finish(self) -> None:
        self._timer.stop()
        self.close()
