"""The sync screen as a new user reads it, against a fake link: every kind of record and
every changed field by its Ukrainian name, the real number of changes waiting (and a note
when the list shows only the oldest of them), and on a computer not connected, why «Sync
now» is greyed and what to do, without an empty server line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from support import FAST_KDF

from socdesk.domain.people import Role
from socdesk.store.database import NewUser, Store
from socdesk.store.schema import SYNC_TABLES
from socdesk.store.sync_lists import WaitingChange
from socdesk.ui.changes import own_writer
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.sync.controller import SyncController, Timing
from socdesk.ui.sync.names import BOOKKEEPING, field_label, table_label
from socdesk.ui.sync.screen import SyncScreen
from socdesk.ui.sync.words import SyncView

HLC = "0001764979200000-0000-dev"


class ListsLink:
    """A link that only answers what the screen reads."""

    def __init__(self, linked: bool = True, pending: int = 0) -> None:
        self.linked, self.pending = linked, pending
        self.changes: list[WaitingChange] = []

    def view(self, store: Store) -> SyncView:
        return SyncView(linked=self.linked, pending=self.pending)

    def reachable(self, store: Store) -> bool:
        return False

    def sync_now(self, store: Store, progress: Any) -> Any: ...
    def connect(self, store: Store, url: str, code: str) -> Any: ...
    def disconnect(self, store: Store) -> None: ...
    def session(self, store: Store) -> None: ...
    def end_session(self, store: Store) -> None: ...
    def history(self, store: Store, limit: int = 100) -> list[Any]:
        return []

    def waiting(self, store: Store) -> list[WaitingChange]:
        return self.changes

    def held(self, store: Store) -> list[Any]:
        return []


@pytest.fixture
def open_screen(qtbot: QtBot) -> Iterator[Any]:
    made: list[SyncController] = []

    def build(store: Store, link: ListsLink) -> SyncScreen:
        writer = own_writer(store, None)
        runner = TaskRunner(ImmediatePool())
        controller = SyncController(writer, runner, link, sync_runner=runner, timing=Timing())
        made.append(controller)
        controller.refresh()
        screen = SyncScreen(controller, writer)
        qtbot.addWidget(screen)
        screen.resize(1366 - 40, 768 - 80)
        screen.show()
        return screen

    yield build
    for controller in made:
        controller.shutdown()


def test_every_synced_table_and_field_has_a_ukrainian_name() -> None:
    unnamed = []
    for model in SYNC_TABLES:
        table = model.__tablename__  # type: ignore[attr-defined]
        if table_label(table) == table:
            unnamed.append(table)
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            if column.name not in BOOKKEEPING and field_label(table, column.name) == column.name:
                unnamed.append(f"{table}.{column.name}")
    assert unnamed == []


def test_waiting_changes_are_named_in_ukrainian(
    store: Store, open_screen: Any, qtbot: QtBot
) -> None:
    link = ListsLink(pending=2)
    link.changes = [
        WaitingChange("community", "c", ("id", "katottg", "name", "oblast", "raion"), HLC, False),
        WaitingChange("worker", "w", ("district_id", "position", "surname"), HLC, True),
    ]
    screen = open_screen(store, link)
    assert [line.cells[:2] for line in screen.lists.waiting] == [
        ("Громада", "Код КАТОТТГ, Назва, Область, Район"),
        ("Працівник", "Старостинський округ, Посада, Прізвище"),
    ]
    model, table = screen.waiting_model, screen.waiting_table
    assert model.headerData(1, table.horizontalHeader().orientation()) == "Змінені поля"
    # The fields' column fits the window, so that its header is in sight.
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(table.isVisible)
    header = table.horizontalHeader()
    assert table.viewport().width() > 900
    assert header.sectionViewportPosition(1) + header.sectionSize(1) <= table.viewport().width()


def test_the_waiting_tab_counts_them_all_and_says_the_list_is_cut(
    store: Store, open_screen: Any
) -> None:
    link = ListsLink(pending=3321)
    link.changes = [
        WaitingChange("settlement", f"s{i}", ("name",), HLC, False) for i in range(1000)
    ]
    screen = open_screen(store, link)
    assert screen.tabs.tabText(1) == "Очікують надсилання (3\u00a0321)"
    assert screen.summary.text() == "Ще не синхронізовано; 3\u00a0321 зміна очікує"
    assert screen.waiting_note.text() == "показано перші 1\u00a0000"
    assert not screen.waiting_note.isHidden()
    link.pending = 1000
    screen.controller.refresh()
    screen.reload()
    assert screen.tabs.tabText(1) == "Очікують надсилання (1\u00a0000)"
    assert screen.waiting_note.isHidden()


def test_a_computer_not_connected_says_how_to_connect(store: Store, open_screen: Any) -> None:
    screen = open_screen(store, ListsLink(linked=False))
    assert not screen.sync_button.isEnabled()
    assert screen.advice.text() == (
        "Комп’ютер не підключено до сервера — Синхронізація → Підключення до сервера… (Ctrl+F9)"
    )
    assert not screen.advice.isHidden()
    assert screen.server_label.isHidden()


def test_a_specialist_is_told_to_ask_the_coordinator(store: Store, open_screen: Any) -> None:
    store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    with Store.open(store.paths, "petro", "пароль-петра") as specialist:
        screen = open_screen(specialist, ListsLink(linked=False))
        assert screen.advice.text() == (
            "Комп’ютер не підключено до сервера — зверніться до координатора"
        )
        assert screen.server_label.isHidden()
        screen.close()
