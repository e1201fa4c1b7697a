"""Auto-lock and Ctrl+L: windows hidden, forms kept, the password brings them back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from support import PASSWORD, type_text

from socdesk.store.database import Store
from socdesk.ui.lock import IdleWatcher
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner


@pytest.fixture(autouse=True)
def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)


def _window(store: Store, qtbot: QtBot) -> MainWindow:
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_ctrl_l_locks_and_the_password_unlocks_keeping_the_form(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot)
    card = window.new_person()
    surname = card.findChild(QLineEdit, "surname_edit")
    type_text(surname, "Незбережена")
    qtbot.keyClick(window.registry.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.is_locked()
    assert not window.isVisible() and not card.isVisible()  # nothing personal on screen
    dialog = window.locker.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.password_edit, "не той")
    dialog.buttons.accepted.emit()
    assert window.locker.is_locked() and dialog.error_label.text() == "Неправильний пароль."
    type_text(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(window.locker.unlocked):
        dialog.buttons.accepted.emit()
    assert window.isVisible() and card.isVisible()
    assert surname.text() == "Незбережена"


def test_escape_does_not_unlock(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot)
    window.locker.lock()
    dialog = window.locker.dialog
    assert dialog is not None
    dialog.reject()
    assert window.locker.is_locked() and not window.isVisible()


def test_idle_time_locks(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot)
    window.idle.set_minutes(0.001)  # 60 ms
    with qtbot.waitSignal(window.locker.locked, timeout=3000):
        pass
    assert not window.isVisible()


def test_activity_postpones_the_lock(qtbot: QtBot) -> None:
    watcher = IdleWatcher(minutes=0.005)  # 300 ms
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    target = QLineEdit()
    qtbot.addWidget(target)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(target, Qt.Key.Key_A)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=3000)


def test_ctrl_l_locks_from_a_card_and_from_a_case_window(store: Store, qtbot: QtBot) -> None:
    import datetime as dt

    from support import add_person

    from socdesk.domain.cases import Channel
    from socdesk.store.cases import Appeal, open_case

    person = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        open_case(uow, Appeal(person, Channel.APPLICATION, dt.date(2026, 3, 2), ["015.1"]), "ІЗМ")
    window = _window(store, qtbot)
    card = window.open_card(person)
    qtbot.keyClick(card.fields["surname"], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.is_locked() and not card.isVisible()
    type_text(window.locker.dialog.password_edit, PASSWORD)  # type: ignore[union-attr]
    with qtbot.waitSignal(window.locker.unlocked):
        window.locker.dialog.buttons.accepted.emit()  # type: ignore[union-attr]
    case = card.cases.open_case(0)
    assert case is not None
    qtbot.addWidget(case)
    qtbot.keyClick(case.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.is_locked() and not case.isVisible() and not card.isVisible()
