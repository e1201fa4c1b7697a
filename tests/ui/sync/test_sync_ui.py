"""The desktop's sync against the real server in-process (tests/server_support.py): a
coordinator connects with the address and a one-time code and sees the workplace and
districts; F9 from a person's card sends the change; a revoked computer says what to do;
disconnecting asks first; the sync screen lists the history, the changes waiting, the records
held and the conflicts, and a conflict opens the conflicts view on its record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from replicas import deliver
from support import FAST_KDF, TODAY, add_person, type_text

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.people import PersonInput, Role
from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.store.database import NewUser, Store
from socdesk.store.people import create_person
from socdesk.store.schema import Person
from socdesk.sync import link
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.sync import install
from socdesk.ui.sync.backend import ServerSync

BASE = "http://testserver"
Territory = tuple[Path, dict[str, str]]


def open_window(store: Store, client: TestClient, qtbot: QtBot, monkeypatch: Any) -> MainWindow:
    monkeypatch.setattr(install, "default_link", lambda: ServerSync(client))
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    window.show()
    return window


def connected(window: MainWindow, code: str, qtbot: QtBot) -> None:
    dialog = window.sync.show_connect()
    type_text(dialog.url_edit, BASE)
    type_text(dialog.code_edit, code)
    dialog.submit()
    qtbot.waitUntil(lambda: link.history(window.store, 1) != [])  # the first sync ran
    dialog.close()


def north_code(settings: ServerSettings, ids: dict[str, str]) -> str:
    return admin.enrol(settings, "Бабенківський офіс", [ids["Північний"]])


def test_the_form_says_what_is_wrong_before_anything_is_sent(
    desks: tuple[Store, Store], client: TestClient, qtbot: QtBot, monkeypatch: Any
) -> None:
    window = open_window(desks[0], client, qtbot, monkeypatch)
    dialog = window.sync.show_connect()
    dialog.submit()
    assert dialog.error_label.text().splitlines() == [
        "Введіть адресу сервера, яку дав координатор, напр. https://socdesk.gromada.gov.ua.",
        "Введіть код підключення від координатора, напр. ABCD-EFGH.",
    ]
    type_text(dialog.url_edit, "socdesk.gromada.gov.ua")
    type_text(dialog.code_edit, "АВСД-ЕФГХ")  # the Ukrainian layout
    dialog.submit()
    assert "має починатися з https://" in dialog.error_label.text()
    assert "Перемкніть розкладку на англійську" in dialog.error_label.text()
    assert link.linked(desks[0]) is None
    assert not window.sync.status.isVisible()  # not connected: no sync words at all


def test_connecting_shows_the_workplace_and_districts_and_syncs(
    desks: tuple[Store, Store],
    territory: Territory,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
    monkeypatch: Any,
) -> None:
    window = open_window(desks[0], client, qtbot, monkeypatch)
    dialog = window.sync.show_connect()
    type_text(dialog.url_edit, BASE + "/")
    type_text(dialog.code_edit, "AAAA-BBBB")
    dialog.submit()
    assert "код" in dialog.error_label.text().lower()  # refused: a wrong code
    dialog.code_edit.clear()
    type_text(dialog.code_edit, north_code(server_settings, territory[1]).lower())
    dialog.submit()
    assert "Робоче місце: Бабенківський офіс." in dialog.result_label.text()
    assert "Округи: Північний." in dialog.result_label.text()
    assert dialog.error_label.text() == "" and dialog.code_edit.text() == ""
    qtbot.waitUntil(lambda: link.history(desks[0], 1) != [])
    assert link.history(desks[0], 1)[0].outcome == "ok"
    qtbot.waitUntil(lambda: "Синхронізовано щойно" in window.sync.status.label.text())
    assert window.sync.status.isVisible()
    assert "Бабенківський офіс" in dialog.current_label.text()


def test_f9_from_a_card_sends_the_change_and_the_other_desk_gets_it(
    desks: tuple[Store, Store],
    territory: Territory,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
    monkeypatch: Any,
) -> None:
    a, b = desks
    ids = territory[1]
    window = open_window(a, client, qtbot, monkeypatch)
    connected(window, north_code(server_settings, ids), qtbot)
    link.connect(b, BASE, north_code(server_settings, ids), client=client)
    card = window.new_person()
    person = PersonInput("Гнатюк", "Марія", settlement_id=ids["Бабенкове"])  # type: ignore[arg-type]
    window.writer.write(lambda uow: create_person(uow, person, None, TODAY))  # a person's save
    assert "1 зміна очікує" in window.sync.status.label.text()
    assert "debounce" in window.sync.controller.timers_active()  # it would go by itself soon
    qtbot.keyClick(card, Qt.Key.Key_F9)  # from the card, not the main window
    assert link.status(a).pending == 0
    assert "очікує" not in window.sync.status.label.text()
    link.sync_now(b, client=client)
    with b.read() as conn:
        assert [p.surname for p in conn.execute(Person.__table__.select())] == ["Гнатюк"]  # type: ignore[attr-defined]


def test_a_revoked_computer_says_what_to_do(
    desks: tuple[Store, Store],
    territory: Territory,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
    monkeypatch: Any,
    messages: list[str],
) -> None:
    a, _ = desks
    window = open_window(a, client, qtbot, monkeypatch)
    connected(window, north_code(server_settings, territory[1]), qtbot)
    assert admin.revoke(server_settings, a.device_id)
    window.sync.sync_now()  # F9
    status = window.sync.status.label
    assert "Відключено від сервера: потрібен новий код" in status.text()
    assert "Попросіть координатора створити новий код" in status.toolTip()
    assert window.sync.controller.timers_active() == []  # no more tries
    window.sync.sync_now()  # F9 again: it says why nothing happens
    assert "Попросіть координатора створити новий код" in messages[-1]


def test_disconnecting_asks_first(
    desks: tuple[Store, Store],
    territory: Territory,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
    monkeypatch: Any,
) -> None:
    a, _ = desks
    window = open_window(a, client, qtbot, monkeypatch)
    connected(window, north_code(server_settings, territory[1]), qtbot)
    dialog = window.sync.show_connect()
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.disconnect_button.click()
    assert "Відключити цей комп’ютер від сервера?" in asked[0]
    assert link.linked(a) is not None
    answer = QMessageBox.StandardButton.Yes
    dialog.disconnect_button.click()
    assert link.linked(a) is None
    assert dialog.result_label.text() == "Комп’ютер відключено від сервера."
    assert not window.sync.status.isVisible() and not dialog.disconnect_button.isVisible()


def test_the_sync_screen_lists_history_waiting_held_and_conflicts(
    desks: tuple[Store, Store],
    territory: Territory,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
    monkeypatch: Any,
) -> None:
    a, b = desks
    ids = territory[1]
    window = open_window(b, client, qtbot, monkeypatch)
    link.connect(a, BASE, north_code(server_settings, ids), client=client)
    connected(window, north_code(server_settings, ids), qtbot)
    pid = add_person(a, "Гнатюк", "Марія", settlement_id=ids["Бабенкове"])
    link.sync_now(a, client=client)
    window.sync.sync_now()
    for desk, phone in ((a, "+380671111111"), (b, "+380502222222")):
        with desk.write() as uow:
            uow.update(Person, pid, {"phone": phone})
    link.sync_now(a, client=client)
    window.sync.sync_now()  # b's edit meets a's: a conflict, kept on the server and here
    add_person(b, "Ковальчук", "Ольга", settlement_id=ids["Бабенкове"])  # waits
    stranger = ChangeRecord("c-1", "no_such_table", "r-1", "d-1", 1, "", {"x": FieldChange(1, "0")})
    deliver(b, [stranger.to_json()], "peer")  # a record of a newer SocDesk: held here
    screen = window.sync.show_screen()
    qtbot.addWidget(screen)
    lists = screen.lists
    assert [line.cells[1] for line in lists.history][:2] == ["Успішно", "Успішно"]
    assert [line.cells[0] for line in lists.waiting] == ["Ковальчук Ольга"]
    assert lists.waiting[0].cells[3] == "ще не надіслано"
    (held,) = lists.held
    assert held.cells[1:] == (
        "тут",
        "Запис новішої версії SocDesk.",
        "Оновіть SocDesk: після оновлення запис застосується.",
    )
    (conflict,) = lists.conflicts
    assert (conflict.conflict.row_id, conflict.conflict.field) == (pid, "phone")
    assert screen.tabs.tabText(3) == "Конфлікти (1)"
    assert screen.tabs.tabText(1) == "Очікують надсилання (1)"
    view = screen._open_conflict(screen.conflicts_model.index(0, 0))
    assert view is not None and view.model.rows[0].conflict.row_id == pid


def test_the_sync_menu_has_f9_for_everyone_and_connecting_for_coordinators(
    store: Store, qtbot: QtBot
) -> None:
    def menu_of(desk: Store, name: str) -> dict[str, str]:
        window = MainWindow(desk, name, TaskRunner(ImmediatePool()))
        qtbot.addWidget(window)
        titles = [m.text() for m in window.menuBar().actions()]
        assert titles[-2:] == ["&Синхронізація", "&Довідка"]  # before the help, as the last
        actions = window.sync.menu.actions()
        found = {a.text(): a.shortcut().toString() for a in actions if a.text()}
        window.close()
        return found

    assert menu_of(store, "Олена") == {
        "Синхронізувати &зараз": "F9",
        "&Стан синхронізації…": "Shift+F9",
        "&Експорт для центру…": "Ctrl+Shift+E",
        "&Імпорт від центру…": "Ctrl+Shift+I",
        "Стан &обміну пакетами…": "Ctrl+Shift+H",
        "&Підключення до сервера…": "Ctrl+F9",
    }
    store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    with Store.open(store.paths, "petro", "пароль-петра") as specialist:
        assert "&Підключення до сервера…" not in menu_of(specialist, "Петро")
