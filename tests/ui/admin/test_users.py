"""The users dialog and changing one's own password, through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import FAST_KDF, LOGIN, PASSWORD, type_text

from socdesk.domain.errors import AuthenticationFailed
from socdesk.domain.people import Role
from socdesk.store.database import NewUser, Store
from socdesk.ui.admin.users import UsersDialog, UsersModel
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner


@pytest.fixture
def dialog(store: Store, qtbot: QtBot) -> UsersDialog:
    shown = UsersDialog(store, TaskRunner(ImmediatePool()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture(autouse=True)
def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)


def test_users_model_passes_qtmodeltester(store: Store, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = UsersModel()
    model.set_users(store.users())
    qtmodeltester.check(model)


def test_the_coordinator_adds_a_user_who_can_then_sign_in(
    dialog: UsersDialog, store: Store
) -> None:
    new = dialog.add_user()
    type_text(new.display_edit, "Петро Іваненко")
    type_text(new.login_edit, "petro")
    new.role_combo.setCurrentIndex(list(Role).index(Role.CENTRE_STAFF))
    type_text(new.password_edit, "пароль-петра")
    type_text(new.repeat_edit, "пароль-петра")
    new.buttons.accepted.emit()
    assert "додано" in dialog.error_label.text()
    assert dialog.model.rowCount() == 2
    with Store.open(store.paths, "petro", "пароль-петра") as opened:
        assert opened.role == Role.CENTRE_STAFF


def test_a_taken_login_is_refused_in_the_form(dialog: UsersDialog) -> None:
    new = dialog.add_user()
    type_text(new.display_edit, "Ще одна Олена")
    type_text(new.login_edit, LOGIN)
    new.password_edit.setText("довгий-пароль")
    new.repeat_edit.setText("довгий-пароль")
    new.buttons.accepted.emit()
    assert new.isVisible()
    assert "уже є" in new.error_label.text()


def test_disable_then_enable_with_a_new_password(dialog: UsersDialog, store: Store) -> None:
    store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    dialog.reload()
    dialog.select_login("petro")
    dialog.toggle_disabled()
    assert "вимкнено" in dialog.error_label.text()
    with pytest.raises(AuthenticationFailed):
        Store.open(store.paths, "petro", "пароль-петра")
    dialog.select_login("petro")
    assert not dialog.password_button.isEnabled()
    enable = dialog.toggle_disabled()
    assert enable is not None
    enable.new_edit.setText("нове-гасло-петра")
    enable.repeat_edit.setText("нове-гасло-петра")
    enable.buttons.accepted.emit()
    Store.open(store.paths, "petro", "нове-гасло-петра").close()


def test_the_last_coordinator_cannot_be_disabled(dialog: UsersDialog) -> None:
    dialog.select_login(LOGIN)
    dialog.toggle_disabled()
    assert "себе" in dialog.error_label.text()


def test_own_password_change_checks_the_current_one(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    wrong = window.change_password()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    wrong.current_edit.setText("не той")
    wrong.new_edit.setText("новий-пароль")
    wrong.repeat_edit.setText("новий-пароль")
    wrong.buttons.accepted.emit()
    assert shown == ["Поточний пароль неправильний."]
    right = window.change_password()
    right.current_edit.setText(PASSWORD)
    right.new_edit.setText("новий-пароль")
    right.repeat_edit.setText("новий-пароль")
    right.buttons.accepted.emit()
    Store.open(store.paths, LOGIN, "новий-пароль").close()


def test_only_coordinators_see_the_users_menu(store: Store, qtbot: QtBot) -> None:
    window = MainWindow(store, LOGIN)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Адміністрування" in menus
    store.add_user(NewUser("ivan", "пароль-івана", "Іван", Role.HEAD), FAST_KDF)
    with Store.open(store.paths, "ivan", "пароль-івана") as head:
        other = MainWindow(head, "ivan")
        qtbot.addWidget(other)
        assert "&Адміністрування" not in [a.text() for a in other.menuBar().actions()]
        other.close()
