"""One signal for changes: a person's write runs off the GUI thread and announces the unit of
work's `Changes`; every open window reloads from the bus, whoever wrote (sync, later, too)."""

from __future__ import annotations

import gc
import threading

import pytest
from pytestqt.qtbot import QtBot
from support import LOGIN, TODAY, add_person, kovalchuk

from socdesk.domain.changes import Changes
from socdesk.domain.errors import ValidationError
from socdesk.store.consents import give_consent
from socdesk.store.database import Store
from socdesk.store.people import count_people, create_person
from socdesk.store.uow import UnitOfWork
from socdesk.ui.changes import ChangeBus, Writer
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard


def collect_on_the_gui_thread() -> None:
    """Earlier tests' windows are garbage: collected here, not by a worker thread's
    allocation (a Qt object deleted off the GUI thread can crash the process)."""
    gc.collect()


def test_a_write_announces_what_it_changed(store: Store, qtbot: QtBot) -> None:
    del qtbot
    bus = ChangeBus()
    heard: list[Changes] = []
    bus.changed.connect(heard.append)
    writer = Writer(store, TaskRunner(ImmediatePool()), bus)
    pid = add_person(store, "Гнатюк", "Марія")
    results: list[str] = []

    def consent(uow: UnitOfWork) -> str:
        return give_consent(uow, pid, TODAY, "облік", TODAY)

    writer.write(consent, results.append)
    assert len(results) == 1
    assert heard == [Changes(recipients=True, sync_outbox=True)]


def test_a_failed_write_announces_nothing(store: Store, qtbot: QtBot) -> None:
    del qtbot
    bus = ChangeBus()
    heard: list[Changes] = []
    bus.changed.connect(heard.append)
    errors: list[BaseException] = []
    pid = add_person(store, "Гнатюк", "Марія")

    def broken(uow: UnitOfWork) -> None:
        give_consent(uow, pid, TODAY, "облік", TODAY)
        raise ValidationError("не так", "x")

    Writer(store, TaskRunner(ImmediatePool()), bus).write(broken, None, errors.append)
    assert [type(e) for e in errors] == [ValidationError] and heard == []
    bus.emit(Changes())  # nothing changed: nothing said
    assert heard == []


def test_writes_run_off_the_gui_thread(store: Store, qtbot: QtBot) -> None:
    collect_on_the_gui_thread()
    bus = ChangeBus()
    runner = TaskRunner()  # a real pool, as the app has
    threads: list[threading.Thread] = []

    def work(uow: UnitOfWork) -> None:
        threads.append(threading.current_thread())
        pid, _ = create_person(uow, kovalchuk(), None, TODAY)
        give_consent(uow, pid, TODAY, "облік", TODAY)

    with qtbot.waitSignal(bus.changed, timeout=5000) as blocker:
        Writer(store, runner, bus).write(work)
    runner.shutdown()
    assert threads and threads[0] is not threading.main_thread()
    assert blocker.args == [Changes(recipients=True, sync_outbox=True)]


@pytest.fixture
def window(store: Store, qtbot: QtBot) -> MainWindow:
    shown = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))
    qtbot.addWidget(shown)
    return shown


def test_changes_from_elsewhere_reload_the_registry(store: Store, window: MainWindow) -> None:
    assert window.registry.model.rowCount() == 0
    add_person(store, "Гнатюк", "Марія")  # as a sync would write it
    window.bus.emit(Changes(cases=True))  # not what the registry shows
    assert window.registry.model.rowCount() == 0
    window.bus.emit(Changes(recipients=True))
    assert window.registry.model.rowCount() == 1


def test_every_open_card_hears_a_write_made_in_another(store: Store, window: MainWindow) -> None:
    pid = add_person(store, "Гнатюк", "Марія")
    first = window.open_card(pid)
    assert window.open_card(pid) is first  # one person, one card
    # Another window showing the person (a card opened on the bus, as a case window is).
    second = PersonCard(store, window.runner, pid, parent=window, writer=window.writer)
    assert "Чинної згоди немає" in second.consent.state.text()
    dialog = first.consent.ask_consent()
    dialog.scope_edit.setText("облік і соціальні послуги")
    dialog.paper_edit.setText("справа 1")
    dialog.accepted_form.emit()
    assert "Згоду надано" in second.consent.state.text()
    assert window.registry.model.rowCount() == 1


def test_the_status_bar_counts_reload_by_their_flags(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(window, "refresh_deadlines", lambda: calls.append("deadlines"))
    monkeypatch.setattr(window, "refresh_conflicts", lambda: calls.append("conflicts"))
    window.bus.emit(Changes(users=True))
    window.bus.emit(Changes(cases=True))
    window.bus.emit(Changes(sync_conflicts=True))
    assert calls == ["deadlines", "conflicts"]


def test_a_closed_window_stops_listening(
    store: Store, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = window.open_card(add_person(store, "Гнатюк", "Марія"))
    reloads: list[str] = []
    monkeypatch.setattr(card.consent, "refresh", lambda: reloads.append("consent"))
    window.bus.emit(Changes(recipients=True))
    assert reloads == ["consent"]
    card.reject()  # nothing typed: closes at once
    card.reject()  # a second close disconnects nothing twice
    window.bus.emit(Changes(recipients=True))
    assert reloads == ["consent"]


def test_the_app_writes_in_order_on_one_thread_and_finishes_them_on_close(
    store: Store, qtbot: QtBot
) -> None:
    collect_on_the_gui_thread()
    window = MainWindow(store, LOGIN)  # the app's own runners
    qtbot.addWidget(window)
    threads: set[str] = set()

    def work(uow: UnitOfWork) -> None:
        threads.add(threading.current_thread().name)
        create_person(uow, kovalchuk(phone=""), None, TODAY)

    for _ in range(5):
        window.writer.write(work)
    window.close()  # waits for the writes (the store closes after the window)
    assert len(threads) == 1 and next(iter(threads)).startswith("socdesk-write")
    with store.read() as conn:
        assert count_people(conn) == 5
