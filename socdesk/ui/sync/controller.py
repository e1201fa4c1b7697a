"""The sync worker: one exchange with the server at a time, off the GUI thread.

`SyncController` decides when to sync and runs `link.sync_now` on a thread of its own, with a
`Progress` the status bar polls and Cancel sets:

- when the server becomes reachable: while it is not, a cheap `link.reachable` check runs
  with a growing pause (`Backoff`: 15 s, 30 s, 1 min … 15 min), and none at all when this
  computer is not connected or was disconnected by the server;
- after a person's write, while the server answers (debounced: a burst of saves is one sync);
- every quarter of an hour while the server answers, so the others' changes arrive;
- on «Синхронізувати зараз» (F9).

Locking the app or quitting it cancels a sync that runs (it stops between pages, each page
whole, STYLE.md point 7) and stops the timers; unlocking starts them again. What a sync
applied is announced on the bus, so open windows reload; the bus's own echo of it does not
start another sync.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from socdesk.domain.changes import Changes
from socdesk.domain.errors import Cancelled, ServerRefusedDevice, ServerUnreachable, SocDeskError
from socdesk.domain.progress import Progress
from socdesk.store.database import Store
from socdesk.sync.link import ServerReplaced
from socdesk.ui.changes import Writer
from socdesk.ui.ops import TaskRunner, default_failure
from socdesk.ui.sync.words import SyncView

log = logging.getLogger(__name__)


class Link(Protocol):
    """What the controller uses of `socdesk.sync.link` (tests may pass a fake hub's link)."""

    def view(self, store: Store) -> SyncView: ...

    def reachable(self, store: Store) -> bool: ...

    def sync_now(self, store: Store, progress: Progress) -> Any: ...

    def connect(self, store: Store, url: str, code: str) -> Any: ...

    def disconnect(self, store: Store) -> None: ...

    def session(self, store: Store) -> Any: ...  # this device's session (sync/session.py)

    def end_session(self, store: Store) -> None: ...

    def history(self, store: Store, limit: int = 100) -> list[Any]: ...

    def waiting(self, store: Store) -> list[Any]: ...

    def held(self, store: Store) -> list[Any]: ...


@dataclass(frozen=True, slots=True)
class Timing:
    """The controller's pauses (tests make them short)."""

    start_ms: int = 3_000  # after sign-in: the window paints and settles first
    debounce_ms: int = 5_000  # after the last of a burst of writes
    periodic_ms: int = 15 * 60_000  # while the server answers: the others' changes
    first_probe_s: float = 15.0
    max_probe_s: float = 15 * 60.0


class Backoff:
    """Pauses between checks of an unreachable server: doubling from `first` up to `cap`."""

    def __init__(self, first: float, cap: float) -> None:
        self.first, self.cap = first, cap
        self._delay = first

    def next(self) -> float:
        delay = self._delay
        self._delay = min(self._delay * 2, self.cap)
        return delay

    def reset(self) -> None:
        self._delay = self.first


class SyncController(QObject):
    """Runs syncs in the background and keeps `view` (where sync stands) up to date."""

    changed = Signal()  # `view` or the running state changed
    finished = Signal(object)  # a sync ended: its report, or the exception it ended with

    def __init__(
        self,
        writer: Writer,
        runner: TaskRunner,
        link: Link,
        *,
        sync_runner: TaskRunner | None = None,
        timing: Timing | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.bus, self.runner, self.link = writer.store, writer.bus, runner, link
        self.timing = timing or Timing()
        # Its own thread: a sync never waits behind, nor holds up, a window's reads.
        self.sync_runner = sync_runner or TaskRunner(
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="socdesk-sync"), parent=self
        )
        self.view = SyncView()
        self.progress: Progress | None = None
        self.last_report: Any = None  # the last good sync's report (what the server refused)
        self.backoff = Backoff(self.timing.first_probe_s, self.timing.max_probe_s)
        self._paused = self._closed = self._probing = self._announcing = False
        self._offline_since: dt.datetime | None = None
        self._probe_timer = self._timer(self._probe)
        self._debounce = self._timer(self._auto_sync)
        self._debounce.setInterval(self.timing.debounce_ms)
        self._periodic = self._timer(self._auto_sync)
        self._periodic.setInterval(self.timing.periodic_ms)
        self.bus.changed.connect(self._bus_changed)

    def _timer(self, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # ------------------------------------------------------------------ state
    @property
    def running(self) -> bool:
        return self.progress is not None

    def timers_active(self) -> list[str]:
        """Which timers wait (tests: nothing waits when not connected)."""
        timers = {"probe": self._probe_timer, "debounce": self._debounce}
        timers["periodic"] = self._periodic
        return [name for name, timer in timers.items() if timer.isActive()]

    def next_check_ms(self) -> int | None:
        """How long until the next check of an unreachable server (None: none waits)."""
        return self._probe_timer.interval() if self._probe_timer.isActive() else None

    def start(self) -> None:
        """After sign-in: read where sync stands, then check the server soon."""
        self.refresh(then=lambda: self._schedule_probe(self.timing.start_ms))

    def relinked(self) -> None:
        """Connected anew (or disconnected): forget the old link's state, sync at once."""
        self._stop()
        self._offline_since = None
        self.backoff.reset()
        self.refresh(then=lambda: self._schedule_probe(0))

    def refresh(self, then: Any = None) -> None:
        """Reads where sync stands (off the GUI thread) and tells the views."""
        store, link = self.store, self.link

        def shown(view: SyncView) -> None:
            self._show(view)
            if then is not None:
                then()

        self.runner.run(lambda: link.view(store), shown)

    def _show(self, view: SyncView) -> None:
        if view.unreachable_since is None and self._offline_since is not None:
            view = replace(view, unreachable_since=self._offline_since)
        self.view = replace(view, running=self.running)
        self.changed.emit()

    def _may_sync(self) -> bool:
        return self.view.linked and not (self.view.revoked or self._paused or self._closed)

    # ------------------------------------------------------------------ when to sync
    def _bus_changed(self, changes: Changes) -> None:
        if self._announcing or not changes.sync_outbox:
            return
        self.refresh()  # one more change waits
        if self._may_sync() and self._offline_since is None:
            self._debounce.start()

    def _schedule_probe(self, delay_ms: int) -> None:
        if self._may_sync() and not self.running:
            self._probe_timer.start(delay_ms)

    def _probe(self) -> None:
        """The cheap check: is the server there? Then sync; if not, check again later."""
        if not self._may_sync() or self.running or self._probing:
            return
        self._probing = True
        store, link = self.store, self.link
        self.runner.run(lambda: link.reachable(store), self._probed, self._probe_failed)

    def _probed(self, reachable: bool) -> None:
        self._probing = False
        if reachable:
            self.sync_now(manual=False)
        else:
            self._went_offline()

    def _probe_failed(self, exc: BaseException) -> None:
        self._probing = False
        log.warning("server check failed: %r", exc)
        self._went_offline()

    def _went_offline(self) -> None:
        if self._offline_since is None:
            self._offline_since = dt.datetime.now(dt.UTC)
            self.refresh()
        self._schedule_probe(int(self.backoff.next() * 1000))

    def _auto_sync(self) -> None:
        self.sync_now(manual=False)

    # ------------------------------------------------------------------ one sync
    def sync_now(self, *, manual: bool = True) -> bool:
        """Starts a sync unless one runs (or the app is locked, or not connected). F9."""
        if not self._may_sync() or self.running:
            return False
        if manual:
            self.backoff.reset()
        for timer in (self._probe_timer, self._debounce, self._periodic):
            timer.stop()
        progress = self.progress = Progress()
        store, link = self.store, self.link
        # The objects alive now (modules, windows, the schema) sit out the collector's full
        # passes until the sync ends: a full pass over all of them, which the pull's garbage
        # sets off, held every thread, the window's too, for a quarter of a second.
        gc.freeze()
        self.view = replace(self.view, running=True)
        self.changed.emit()
        self.sync_runner.run(lambda: link.sync_now(store, progress), self._done, self._failed)
        return True

    def cancel(self) -> None:
        """Cancel: the sync stops after the page it is on; nothing is lost."""
        if self.progress is not None:
            self.progress.cancel()

    def _done(self, report: Any) -> None:
        gc.unfreeze()
        self.progress = None
        self.last_report = report
        self._offline_since = None
        self.backoff.reset()
        changes = getattr(report, "changes", Changes())
        found = getattr(report, "conflicts_here", 0) or getattr(report, "conflicts_there", 0)
        changes |= Changes(sync_conflicts=bool(found))  # the server's, copied here, too
        self._announcing = True  # the bus's echo of what sync applied starts no sync
        try:
            self.bus.emit(changes)
        finally:
            self._announcing = False
        if self._may_sync():
            self._periodic.start()
        self.refresh()
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        gc.unfreeze()
        self.progress = None
        if isinstance(exc, ServerUnreachable):
            self._went_offline()
        elif isinstance(exc, ServerRefusedDevice | ServerReplaced):
            self._offline_since = None  # it answered: only a new code helps, no retry
        elif isinstance(exc, SocDeskError) and not isinstance(exc, Cancelled):
            self._schedule_probe(int(self.backoff.next() * 1000))  # a server fault, say
        elif not isinstance(exc, Cancelled):
            parent = self.parent()
            default_failure(parent if isinstance(parent, QWidget) else None, exc)
        self.refresh()
        self.finished.emit(exc)

    # ------------------------------------------------------------------ lock and quit
    def pause(self) -> None:
        """The app locks: a running sync is cancelled and nothing starts until `resume`."""
        self._paused = True
        self._stop()

    def resume(self) -> None:
        self._paused = False
        self._schedule_probe(self.timing.start_ms)

    def shutdown(self) -> None:
        """The app quits: cancel, and wait for the sync's thread to end before the store
        closes (it stops after the page it is on)."""
        self._closed = True
        self._stop()
        self.sync_runner.shutdown()

    def _stop(self) -> None:
        for timer in (self._probe_timer, self._debounce, self._periodic):
            timer.stop()
        self.cancel()
