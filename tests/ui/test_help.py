"""A newcomer's way in: an empty register says how to start, and F1 opens the user guide
shipped with the app (Ukrainian, illustrated, every daily task, nothing from the web)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support import add_person

from socdesk.store.database import Store
from socdesk.ui.help import GuideWindow, guide_path
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard

DAILY_TASKS = (
    "Вхід",
    "Знайти особу",
    "Додати особу",
    "Звернення",
    "Оцінювання",
    "Договір",
    "План",
    "Послуги",
    "Друк",
    "Резервна копія",
    "Блокування",
)


def _window(store: Store, qtbot: QtBot) -> MainWindow:
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    return window


def test_an_empty_register_says_how_to_start(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported: list[bool] = []
    monkeypatch.setattr(MainWindow, "import_recipients", lambda _self: imported.append(True))
    window = _window(store, qtbot)
    window.show()
    registry = window.registry
    assert registry.empty_panel.isVisible() and not registry.table.isVisible()
    registry.import_button.click()
    assert imported == [True]
    with qtbot.waitSignal(registry.add_requested):
        registry.add_button.click()
    cards = [w for w in window.findChildren(PersonCard) if w.isVisible()]
    assert len(cards) == 1
    cards[0].close()
    add_person(store, "Бондар", "Іван")
    registry.model.reload()
    assert not registry.empty_panel.isVisible() and registry.table.isVisible()


def test_a_search_that_finds_nobody_is_not_an_empty_register(store: Store, qtbot: QtBot) -> None:
    add_person(store, "Бондар", "Іван")
    window = _window(store, qtbot)
    window.show()
    window.registry.model.set_query("шевченко")
    window.registry.search.setText("шевченко")
    window.registry.model.reload()
    assert not window.registry.empty_panel.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_f1_opens_the_guide(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.registry.search, Qt.Key.Key_F1)
    guides = [g for g in window.findChildren(GuideWindow) if g.isVisible()]
    assert len(guides) == 1
    assert "Додати особу" in guides[0].browser.toPlainText()
    window.guide_action.trigger()  # again: the same window, raised
    assert len(window.findChildren(GuideWindow)) == 1


def test_the_guide_covers_the_daily_tasks_with_shipped_pictures() -> None:
    html = guide_path().read_text(encoding="utf-8")
    headings = " ".join(re.findall(r"<h2[^>]*>(.*?)</h2>", html))
    for task in DAILY_TASKS:
        assert task.lower() in headings.lower(), task
    pictures = re.findall(r'<img[^>]*src="([^"]+)"', html)
    assert len(pictures) >= 6
    for picture in pictures:
        assert (guide_path().parent / picture).is_file(), picture
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing fetched from the web
