"""The keyboard alone: from the search box down to the results, tab switching in every tabbed
window, and a layout-proof shortcut for every action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from support import add_person, populate

from socdesk.domain.people import Role
from socdesk.store.database import Store
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _shown(qtbot: QtBot, window: QWidget) -> None:
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def test_down_from_the_search_box_goes_to_the_highlighted_first_result(
    store: Store, qtbot: QtBot
) -> None:
    populate(store)
    window = MainWindow(store, "Олена")
    _shown(qtbot, window)
    registry = window.registry
    registry.search.setFocus()
    qtbot.waitUntil(registry.search.hasFocus)
    QTest.keyClick(registry.search, Qt.Key.Key_Down)
    qtbot.waitUntil(registry.table.hasFocus)
    assert registry.table.currentIndex().row() == 0
    assert registry.table.selectionModel().isRowSelected(0)
    palette = registry.table.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        assert palette.color(QPalette.ColorGroup.Inactive, role) == palette.color(
            QPalette.ColorGroup.Active, role
        )


def _switches_tabs(qtbot: QtBot, tabs: QTabWidget, focus: QWidget) -> None:
    assert tabs.count() > 2
    tabs.setCurrentIndex(0)
    focus.setFocus()
    qtbot.waitUntil(focus.hasFocus)
    for key, modifiers, expected in (
        (Qt.Key.Key_Tab, CTRL, 1),
        (Qt.Key.Key_PageDown, CTRL, 2),
        (Qt.Key.Key_PageUp, CTRL, 1),
        (Qt.Key.Key_Backtab, CTRL | SHIFT, 0),
        (Qt.Key.Key_PageUp, CTRL, tabs.count() - 1),  # round to the last
        (Qt.Key.Key_Tab, CTRL, 0),
    ):
        widget = QApplication.focusWidget() or focus
        QTest.keyClick(widget, key, modifiers)
        assert tabs.currentIndex() == expected, (key, modifiers)


def test_ctrl_tab_and_ctrl_page_keys_switch_the_person_cards_tabs(
    store: Store, qtbot: QtBot
) -> None:
    person = add_person(store, "Коваль")
    card = PersonCard(store, TaskRunner(ImmediatePool()), person)
    _shown(qtbot, card)
    _switches_tabs(qtbot, card.tabs, card.tabs.widget(0).findChildren(QWidget)[0])


def test_ctrl_tab_and_ctrl_page_keys_switch_the_case_windows_tabs(
    store: Store, qtbot: QtBot
) -> None:
    from ui.case.test_window import _yes, appeal  # noqa: F401  # _yes: its questions say yes

    window = appeal(store, qtbot, "015.1")
    _shown(qtbot, window)
    _switches_tabs(qtbot, window.tabs, window.acts.table)


def _menu_actions(window: MainWindow) -> list[QAction]:
    """Every command in the menu bar and on the window. The print menu's documents depend on
    the selected row: Ctrl+P opens that menu, and the arrows pick from it."""
    found: list[QAction] = list(window.actions())

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator() and action not in found:
                found.append(action)

    for action in window.menuBar().actions():
        assert action.menu() is not None
        if action.menu() is not window.print_menu:
            walk(action.menu())
    return found


# An open menu asks the offscreen plugin for things it cannot do; harmless there.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_every_menu_action_has_an_ordinary_shortcut(store: Store, qtbot: QtBot) -> None:
    populate(store)
    assert store.role == Role.COORDINATOR  # sees every menu
    window = MainWindow(store, "Олена")
    _shown(qtbot, window)
    actions = _menu_actions(window)
    assert len(actions) > 15
    missing = [a.text() for a in actions if a.shortcut().isEmpty()]
    assert missing == []
    keys = [a.shortcut().toString() for a in actions]
    assert not [k for k in keys if keys.count(k) > 1]  # each once
    assert not [k for k in keys if "Alt" in k]  # not a mnemonic: any layout reaches it
    window.registry.table.setFocus()
    QTest.keyClick(window.registry.table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(window.print_menu.isVisible)
    window.print_menu.close()


def test_a_ctrl_shortcut_works_under_a_cyrillic_layout(store: Store, qtbot: QtBot) -> None:
    """Under ЙЦУКЕН the F key types «а»: Qt matches the shortcut by the key, not the text."""
    populate(store)
    window = MainWindow(store, "Олена")
    _shown(qtbot, window)
    window.registry.table.setFocus()
    qtbot.waitUntil(window.registry.table.hasFocus)
    QTest.sendKeyEvent(QTest.KeyAction.Click, window.registry.table, Qt.Key.Key_F, "а", CTRL)
    qtbot.waitUntil(window.registry.search.hasFocus)
