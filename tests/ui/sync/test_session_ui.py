"""«Сеанс цього пристрою» on the sync screen (ASVS 7.5.2), against the real server in-process:
the screen shows when the device's token was issued, last used and when it is rotated at the
latest; «Завершити сеанс цього пристрою…» asks first, then ends the token on the server and
disconnects this computer, which connects again with a new code; a device the server no
longer accepts is told why, and its button waits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui.sync.test_sync_ui import connected, north_code, open_window

from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.store.database import Store
from socdesk.sync import link, session

Territory = tuple[Path, dict[str, str]]


def local(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%d.%m.%Y %H:%M}"


def test_the_screen_shows_the_session_and_ends_it_after_asking(
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
    screen = window.sync.show_screen()
    box = screen.session_box
    qtbot.waitUntil(lambda: "токен видано" in box.label.text())
    found = session.session(a, client=client)
    assert found.device_id == a.device_id
    assert found.expires_at - found.token_issued_at == dt.timedelta(days=90)
    text = box.label.text()
    assert local(found.token_issued_at) in text and local(found.expires_at) in text
    assert box.isVisible() and box.end_button.isEnabled()
    assert box.end_button.text() == "Завершити сеанс цього пристрою…"
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    box.end_button.setFocus()
    qtbot.keyClick(box.end_button, Qt.Key.Key_Space)  # from the keyboard
    assert "Завершити сеанс цього пристрою на сервері?" in asked[0]
    assert link.linked(a) is not None  # «Ні»: nothing ended
    assert not any(d["revoked"] for d in admin.list_devices(server_settings))
    answer = QMessageBox.StandardButton.Yes
    box.end_button.click()
    assert link.linked(a) is None
    assert [d["revoked"] for d in admin.list_devices(server_settings)] == [True]
    assert "Сеанс завершено" in box.label.text() and "новий код" in box.label.text()
    assert not box.end_button.isVisible()
    qtbot.waitUntil(lambda: not window.sync.status.isVisible())
    connected(window, north_code(server_settings, territory[1]), qtbot)  # a new code
    assert link.history(a, 1)[0].outcome == "ok"
    assert session.session(a, client=client).device_id != found.device_id  # a new device


def test_a_device_the_server_refuses_is_told_why_and_its_button_waits(
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
    assert admin.revoke(server_settings, a.device_id)  # by the coordinator, not synced yet
    screen = window.sync.show_screen()
    box = screen.session_box
    qtbot.waitUntil(lambda: "невідомий" in box.label.text())
    assert "відключено від сервера" in box.label.text()  # the server's own words
    assert not box.end_button.isEnabled()
    assert link.linked(a) is not None
