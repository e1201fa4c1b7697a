"""Sign-in dialog and main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from support import LOGIN, PASSWORD, populate, type_text

from socdesk.paths import AppPaths
from socdesk.store.database import Store
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.signin import SignInDialog


def test_sign_in_wrong_then_right(store_paths: AppPaths, qtbot: QtBot) -> None:
    dialog = SignInDialog(store_paths, runner=TaskRunner(ImmediatePool()))
    qtbot.addWidget(dialog)
    type_text(dialog.login_edit, LOGIN)
    type_text(dialog.password_edit, "не той пароль")
    dialog.buttons.accepted.emit()
    assert "пароль" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    assert dialog.store() is None
    type_text(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()
    store = dialog.store()
    assert store is not None
    store.close()


def test_sign_in_needs_both_fields(store_paths: AppPaths, qtbot: QtBot) -> None:
    dialog = SignInDialog(store_paths, runner=TaskRunner(ImmediatePool()))
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert "Введіть" in dialog.error_label.text()


def test_main_window_ctrl_f_focuses_search(store: Store, qtbot: QtBot) -> None:
    populate(store)
    window = MainWindow(store, "Олена")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.registry.table.setFocus()
    qtbot.keyClick(window.registry.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.findChild(QLineEdit, "search_edit")
    assert search is not None
    qtbot.waitUntil(search.hasFocus)
    assert "5" in window.registry.summary.text()
    assert "Олена" in window.user_label.text()


def test_sign_in_runs_off_the_gui_thread(store_paths: AppPaths, qtbot: QtBot) -> None:
    import threading

    threads: list[str] = []

    def opener(paths: AppPaths, login: str, password: str) -> Store:
        threads.append(threading.current_thread().name)
        return Store.open(paths, login, password)

    dialog = SignInDialog(store_paths, opener=opener)
    qtbot.addWidget(dialog)
    type_text(dialog.login_edit, LOGIN)
    type_text(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.accepted.emit()
        assert not dialog.password_edit.isEnabled()  # busy while the worker derives the key
        assert "Перевіряю" in dialog.error_label.text()
    assert threads and threads[0] != threading.main_thread().name
    store = dialog.store()
    assert store is not None
    store.close()


def test_throttled_sign_in_shows_the_wait(store_paths: AppPaths, qtbot: QtBot) -> None:
    from socdesk.domain.throttle import SignInThrottled

    def opener(paths: AppPaths, login: str, password: str) -> Store:
        raise SignInThrottled(90)

    dialog = SignInDialog(store_paths, opener=opener, runner=TaskRunner(ImmediatePool()))
    qtbot.addWidget(dialog)
    type_text(dialog.login_edit, LOGIN)
    type_text(dialog.password_edit, PASSWORD)
    dialog.buttons.accepted.emit()
    assert "1 хв 30 с" in dialog.error_label.text()
    assert dialog.login_edit.isEnabled()


def test_layout_is_remembered_per_user(store: Store, qtbot: QtBot) -> None:
    from support import FAST_KDF

    from socdesk.domain.people import Role
    from socdesk.store.database import NewUser

    window = MainWindow(store, "Олена")
    qtbot.addWidget(window)
    window.resize(700, 500)  # within the offscreen screen (800×600): restoring fits the screen
    window.registry.table.horizontalHeader().resizeSection(0, 411)
    window.close()  # saves the layout
    again = MainWindow(store, "Олена")
    qtbot.addWidget(again)
    assert again.registry.table.horizontalHeader().sectionSize(0) == 411
    assert (again.size().width(), again.size().height()) == (700, 500)
    other_id = store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    store.user_id = other_id  # Петро signs in on the same store
    his = MainWindow(store, "Петро")
    qtbot.addWidget(his)
    assert his.registry.table.horizontalHeader().sectionSize(0) != 411


def test_status_bar_reports_the_real_store_check(store: Store, qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    assert window.store_label.text() == "Сховище: зашифроване, справне"
    monkeypatch.setattr(Store, "quick_check", lambda self: False)
    broken = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(broken)
    assert "пошкоджене" in broken.store_label.text()


def test_one_person_one_card_named_by_the_person_and_new_windows_cascade(
    store: Store, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QGuiApplication
    from support import add_person

    first_id = add_person(store, "Коваль", "Олена", patronymic="Іванівна")
    second_id = add_person(store, "Бондар", "Іван")
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    window.resize(1300, 700)
    window.show()
    first = window.open_card(first_id)
    assert first.windowTitle() == "Коваль Олена Іванівна — картка"
    assert window.open_card(first_id) is first  # raised, not opened twice
    second = window.open_card(second_id)
    assert second is not first
    step = second.pos() - first.pos()
    assert step.x() > 0 and step.y() > 0  # not on top of each other
    screen = QGuiApplication.primaryScreen().availableGeometry()
    cards = [first, second] + [window.new_person() for _ in range(12)]
    for card in cards:
        assert screen.contains(card.frameGeometry())  # the whole card, its buttons too
    assert cards[-1].windowTitle() == "Нова особа — картка"
    first.reject()
    assert window.open_card(first_id) is not first  # closed: a new card opens
