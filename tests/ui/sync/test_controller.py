"""The sync worker's decisions, against a fake link: nothing runs on a computer that is not
connected; an unreachable server is checked with growing pauses and synced once it answers;
a burst of writes is one sync, and what a sync applied starts none; one sync at a time;
Cancel, locking and quitting stop a running sync cleanly on its own thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from socdesk.domain.changes import Changes
from socdesk.domain.errors import Cancelled, ServerRefusedDevice, ServerUnreachable
from socdesk.domain.progress import Progress
from socdesk.store.database import Store
from socdesk.sync.exchange import SyncReport
from socdesk.sync.link import ServerReplaced
from socdesk.ui.changes import own_writer
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.sync.controller import Backoff, SyncController, Timing
from socdesk.ui.sync.words import SyncView

FAST = Timing(start_ms=0, debounce_ms=30, periodic_ms=60_000, first_probe_s=0.1, max_probe_s=0.4)


class FakeLink:
    """A server link in memory: up or down, a sync that returns at once or runs until it is
    cancelled, and what it was asked."""

    def __init__(self) -> None:
        self.linked, self.up, self.revoked = True, True, False
        self.fail: BaseException | None = None
        self.hold = False  # the sync runs page after page until cancelled
        self.probes = self.syncs = 0
        self.ended = threading.Event()
        self.report = SyncReport(changes=Changes.of("recipients", "sync_outbox"))

    def view(self, store: Store) -> SyncView:
        return SyncView(linked=self.linked, revoked=self.revoked)

    def reachable(self, store: Store) -> bool:
        self.probes += 1
        return self.up

    def sync_now(self, store: Store, progress: Progress) -> SyncReport:
        self.syncs += 1
        self.ended.clear()
        try:
            if self.fail is not None:
                if isinstance(self.fail, ServerRefusedDevice):
                    self.revoked = True
                raise self.fail
            progress.start("Отримую зміни", 1000)
            while self.hold:  # a page at a time, as the exchange does
                time.sleep(0.002)
                progress.advance(1)
            return self.report
        finally:
            self.ended.set()

    def connect(self, store: Store, url: str, code: str) -> Any: ...
    def disconnect(self, store: Store) -> None: ...
    def session(self, store: Store) -> None: ...
    def end_session(self, store: Store) -> None: ...
    def history(self, store: Store, limit: int = 100) -> list[Any]:
        return []

    def waiting(self, store: Store) -> list[Any]:
        return []

    def held(self, store: Store) -> list[Any]:
        return []


@pytest.fixture
def fake() -> FakeLink:
    return FakeLink()


@pytest.fixture
def make(store: Store, fake: FakeLink, qtbot: QtBot) -> Iterator[Any]:
    made: list[SyncController] = []

    def build(threaded: bool = False) -> SyncController:
        writer = own_writer(store, None)
        runner = TaskRunner(ImmediatePool())
        sync_runner = (
            TaskRunner(ThreadPoolExecutor(max_workers=1))
            if threaded
            else TaskRunner(ImmediatePool())
        )
        controller = SyncController(writer, runner, fake, sync_runner=sync_runner, timing=FAST)
        made.append(controller)
        controller.refresh()  # where sync stands (read at once: the reads' pool is immediate)
        return controller

    yield build
    for controller in made:
        controller.shutdown()


def test_backoff_doubles_up_to_its_cap_and_starts_again() -> None:
    backoff = Backoff(15, 900)
    assert [backoff.next() for _ in range(8)] == [15, 30, 60, 120, 240, 480, 900, 900]
    backoff.reset()
    assert backoff.next() == 15


def test_nothing_runs_on_a_computer_not_connected(make: Any, fake: FakeLink, qtbot: QtBot) -> None:
    fake.linked = False
    controller = make()
    controller.start()
    qtbot.wait(50)
    assert (fake.probes, fake.syncs) == (0, 0)
    assert controller.timers_active() == []
    assert not controller.sync_now()
    controller.bus.emit(Changes.of("recipients", "sync_outbox"))  # a write
    assert controller.timers_active() == []


def test_an_unreachable_server_is_checked_with_growing_pauses_then_synced(
    make: Any, fake: FakeLink, qtbot: QtBot
) -> None:
    fake.up = False
    controller = make()
    controller.start()
    qtbot.waitUntil(lambda: fake.probes >= 1)
    assert controller.next_check_ms() == 100 and fake.syncs == 0
    assert controller.view.unreachable_since is not None  # «сервер недоступний з …»
    qtbot.waitUntil(lambda: fake.probes >= 2)
    assert controller.next_check_ms() == 200
    qtbot.waitUntil(lambda: fake.probes >= 3)
    assert controller.next_check_ms() == 400
    qtbot.waitUntil(lambda: fake.probes >= 4)
    assert controller.next_check_ms() == 400  # the cap
    fake.up = True
    qtbot.waitUntil(lambda: fake.syncs == 1)
    assert controller.next_check_ms() is None
    assert controller.view.unreachable_since is None
    assert controller.timers_active() == ["periodic"]  # online: only the quarter-hourly pull


def test_a_burst_of_writes_is_one_sync_and_a_syncs_own_changes_start_none(
    make: Any, fake: FakeLink, qtbot: QtBot
) -> None:
    controller = make()
    assert controller.sync_now()  # online, synced; its report's changes were announced
    assert fake.syncs == 1 and "debounce" not in controller.timers_active()
    for _ in range(3):
        controller.bus.emit(Changes.of("recipients", "sync_outbox"))
    assert "debounce" in controller.timers_active()
    qtbot.waitUntil(lambda: fake.syncs == 2)
    qtbot.wait(60)  # longer than the debounce: no second one
    assert fake.syncs == 2
    controller.bus.emit(Changes.of("users"))  # not a change that travels
    assert "debounce" not in controller.timers_active()


def test_one_sync_at_a_time_and_cancel_stops_it_between_pages(
    make: Any, fake: FakeLink, qtbot: QtBot
) -> None:
    fake.hold = True
    controller = make(threaded=True)
    with qtbot.waitSignal(controller.changed):
        assert controller.sync_now()
    assert controller.running and controller.view.running
    assert not controller.sync_now()  # F9 again while it runs: nothing more
    qtbot.waitUntil(lambda: controller.progress.snapshot().done > 0)
    with qtbot.waitSignal(controller.finished) as ended:
        controller.cancel()
    assert isinstance(ended.args[0], Cancelled)
    assert fake.syncs == 1 and not controller.running
    assert "probe" not in controller.timers_active()  # a cancel is not a failure to retry


def test_locking_cancels_a_running_sync_and_unlocking_resumes(
    make: Any, fake: FakeLink, qtbot: QtBot
) -> None:
    fake.hold = True
    controller = make(threaded=True)
    controller.sync_now()
    qtbot.waitUntil(lambda: controller.progress.snapshot().done > 0)
    with qtbot.waitSignal(controller.finished) as ended:
        controller.pause()
    assert isinstance(ended.args[0], Cancelled) and fake.ended.is_set()
    assert not controller.sync_now() and controller.timers_active() == []
    controller.bus.emit(Changes.of("recipients", "sync_outbox"))
    assert controller.timers_active() == []
    fake.hold = False
    controller.resume()
    qtbot.waitUntil(lambda: fake.syncs == 2)


def test_quitting_cancels_and_waits_for_the_sync_to_end(
    make: Any, fake: FakeLink, qtbot: QtBot
) -> None:
    fake.hold = True
    controller = make(threaded=True)
    controller.sync_now()
    qtbot.waitUntil(lambda: controller.progress.snapshot().done > 0)
    controller.shutdown()  # returns once the sync's thread has stopped
    assert fake.ended.is_set()
    assert not controller.sync_now()


def test_an_unreachable_server_during_a_sync_starts_the_checks(
    make: Any, fake: FakeLink, qtbot: QtBot
) -> None:
    fake.fail = ServerUnreachable()
    controller = make()
    with qtbot.waitSignal(controller.finished):
        controller.sync_now()
    assert controller.timers_active() == ["probe"]
    assert controller.view.unreachable_since is not None


def test_a_replaced_server_is_not_tried_again(make: Any, fake: FakeLink, qtbot: QtBot) -> None:
    fake.fail = ServerReplaced()  # its address answers as another server: a new code is needed
    controller = make()
    controller.sync_now()
    assert controller.timers_active() == []


def test_a_revoked_computer_stops_trying(make: Any, fake: FakeLink, qtbot: QtBot) -> None:
    fake.fail = ServerRefusedDevice()
    controller = make()
    controller.sync_now()
    assert controller.view.revoked
    assert controller.timers_active() == []
    assert not controller.sync_now()
    controller.bus.emit(Changes.of("recipients", "sync_outbox"))
    assert controller.timers_active() == []


def test_quitting_the_main_window_during_a_sync_stops_it_first(
    store: Store, fake: FakeLink, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from socdesk.ui.main_window import MainWindow
    from socdesk.ui.sync import install

    fake.hold = True
    monkeypatch.setattr(install, "default_link", lambda: fake)
    window = MainWindow(store, "Олена")  # its own threads, as in the app
    qtbot.addWidget(window)
    window.show()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.view.linked)
    assert controller.sync_now()
    qtbot.waitUntil(
        lambda: controller.progress is not None and controller.progress.snapshot().done > 0
    )
    window.close()  # before the store closes: cancelled, and its thread has ended
    assert fake.ended.is_set()
