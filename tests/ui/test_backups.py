"""«Резервні копії»: the coordinator sets the folder and the count, makes a copy now, and asks
for a restore, which closes the main window with the request (ui.app restores once the store
is closed); a foreign backup is refused in the dialog, before anything closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from support import FAST_KDF, LOGIN, PASSWORD, add_person, make_paths

from socdesk.domain.people import Role
from socdesk.store.autobackup import BackupSettings, backup_settings, local_folder
from socdesk.store.database import NewUser, Store
from socdesk.ui.backups import restore_and_tell
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner


@pytest.fixture
def window(store: Store, qtbot: QtBot) -> MainWindow:
    main = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))
    qtbot.addWidget(main)
    main.show()
    return main


def test_settings_saved_and_a_copy_made_now(window: MainWindow, tmp_path: Path) -> None:
    dialog = window.show_backups()
    assert dialog.keep_spin.isEnabled()  # a coordinator
    drive = tmp_path / "usb"
    drive.mkdir()
    dialog.choose_folder(str(drive))
    dialog.keep_spin.setValue(3)
    dialog.save()
    with window.store.read() as conn:
        assert backup_settings(conn) == BackupSettings(3, str(drive))
    dialog = window.show_backups()
    dialog.backup_now()
    assert dialog.copies.count() == 1 and "Копію збережено" in dialog.status.text()
    assert len(list(drive.glob("socdesk-auto-*.socbackup"))) == 1


def test_restore_asked_closes_the_window_then_restores(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, body: told.append(body))
    add_person(window.store, "Збережена")
    dialog = window.show_backups()
    dialog.backup_now()
    add_person(window.store, "Пізніша")
    dialog.copies.setCurrentRow(0)
    asked = dialog.ask_restore()
    assert asked is not None and asked.login() == LOGIN
    asked.password_edit.setText(PASSWORD)
    asked.accept()
    request = window.restore_request
    assert request is not None and request.password == PASSWORD
    assert not window.isVisible()  # closed: ui.app restores once the store is closed
    paths = window.store.paths
    window.store.close()
    assert restore_and_tell(paths, request, None)
    assert "Дані відновлено" in told[0]
    with Store.open(paths, LOGIN, PASSWORD) as restored, restored.read() as conn:
        names = set(conn.execute(text("SELECT surname FROM person")).scalars())
    assert "Збережена" in names and "Пізніша" not in names


def test_a_foreign_backup_is_refused_before_anything_closes(
    window: MainWindow, tmp_path: Path
) -> None:
    other, _ = Store.create(
        make_paths(tmp_path / "other"),
        NewUser(LOGIN, PASSWORD, "Інша", Role.COORDINATOR),
        FAST_KDF,
    )
    foreign = other.backup(tmp_path / "foreign")
    other.close()
    dialog = window.show_backups()
    assert dialog.ask_restore(str(foreign)) is None
    assert "іншого сховища" in dialog.error_label.text()
    assert window.isVisible() and window.restore_request is None
    assert not list(local_folder(window.store).glob("*"))
