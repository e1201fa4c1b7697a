"""The English interface is complete: with the English translation installed, the main screens
(the registry, a person's card, a case window with every tab, the print menu) show no Ukrainian
text except the data (names, places, numbers, the classifier's service names)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from case_support import open_case
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support import LOGIN, type_text

from socdesk.domain.cases import CaseState
from socdesk.paths import resources_dir
from socdesk.store.database import Store
from socdesk.ui.case.lead import OPEN_ACT, NextStep
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard

CATEGORIES = [
    str(item["name"])
    for item in json.loads(
        (resources_dir() / "reference" / "recipient_categories.json").read_text(encoding="utf-8")
    )["items"]
]
CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")
TAGS = re.compile(r"<[^>]+>")


@pytest.fixture
def english(tmp_path: Path, qtbot: QtBot) -> Iterator[None]:
    """SocDesk's English translation, built from the .ts (the .qm files are not in git)."""
    del qtbot
    app = QCoreApplication.instance()
    assert app is not None
    qm = tmp_path / "socdesk_en.qm"
    ts = resources_dir() / "translations" / "socdesk_en.ts"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    ukrainian = list(getattr(app, "ukrainian_translators", []))  # see conftest.py
    for other in ukrainian:
        app.removeTranslator(other)
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)
    for other in ukrainian:
        app.installTranslator(other)


def own_texts(child: QWidget) -> list[str]:
    """What a person reads on one widget (its children aside)."""
    if isinstance(child, QLabel):
        return [TAGS.sub("", child.text())]
    if isinstance(child, QAbstractButton):
        return [child.text()]
    if isinstance(child, QGroupBox):
        return [child.title()]
    if isinstance(child, QTabWidget):
        return [child.tabText(i) for i in range(child.count())]
    if isinstance(child, QComboBox):
        return [child.itemText(i) for i in range(child.count())]
    if isinstance(child, QLineEdit):
        return [child.placeholderText()]
    if isinstance(child, QPlainTextEdit):
        return [child.toPlainText(), child.placeholderText()]
    if isinstance(child, QMenu):
        return [a.text() for a in child.actions()]
    if isinstance(child, QTableView | QTreeView) and child.model() is not None:
        header = child.header() if isinstance(child, QTreeView) else child.horizontalHeader()
        model = child.model()
        return [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(header.count())
        ]
    return []


def visible_texts(widget: QWidget) -> list[str]:
    """What a person reads on `widget` and its children: titles, labels, buttons, tabs, group
    titles, placeholders, texts, combo items, menu items, column headers."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += own_texts(child)
    return texts


def ukrainian(texts: list[str], data: list[str]) -> list[str]:
    """The texts with Ukrainian left once the data in them is taken out."""
    left = []
    for text in texts:
        rest = text
        for value in sorted(data, key=len, reverse=True):
            rest = rest.replace(value, "")
        if CYRILLIC.search(rest):
            left.append(text)
    return left


# The data on these screens: the person's name (and its declined forms), the worker's name and
# position, the place, the case number's prefix, and the classifiers' names (services and
# recipient categories are reference data, shown as the law names them).
DATA = [
    "Коваль",
    *("Ганна", "Ганни", "Ганні", "Ганну", "Ганною"),
    "Г.",  # the initial in the case window's title («БАБ-2026-0001 — Коваль Г.»)
    "Олена Тестова, Координатор",
    "БАБ",
    "Бабенкове",
    "Догляд вдома",
    *CATEGORIES,
]


def test_the_main_screens_speak_english(english: None, store: Store, qtbot: QtBot) -> None:
    del english
    window = open_case(store, qtbot)
    card = window._card  # type: ignore[attr-defined]
    main = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))
    qtbot.addWidget(main)
    found = {"registry": ukrainian(visible_texts(main), DATA)}
    found["card"] = ukrainian(visible_texts(card), DATA)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
    window.lead.other_menu.aboutToShow.emit()
    window.print_menu.aboutToShow.emit()
    window.income.calculate()  # no declaration yet: the store's message, in English
    found["case"] = ukrainian(visible_texts(window), DATA)
    move = window.path.move_to(CaseState.CLOSED)  # a rarer move asks its reason
    found["move"] = ukrainian(visible_texts(move), DATA)
    for code, _title, _record in window.acts.model.rows:  # every act and scale, filled in
        act = window.take_step(NextStep(CaseState.ASSESSING, OPEN_ACT, "", code))
        assert act is not None
        found[code] = ukrainian(visible_texts(act), DATA)
    found["print menu"] = ukrainian([a.text() for a in window.print_menu.actions()], DATA)
    left = {k: v for k, v in found.items() if v}
    assert not left, "\n".join(f"{k}: {v}" for k, v in left.items())


def cut_headers(widget: QWidget) -> list[str]:
    """The column headers narrower than their text, on `widget` and its children."""
    cut = []
    for view in widget.findChildren(QTableView):
        header = view.horizontalHeader()
        model = view.model()
        if model is None or not header.isVisible():
            continue
        metrics = header.fontMetrics()
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = metrics.horizontalAdvance(text) + 4  # the text and a little margin
            if header.sectionSize(column) < needed:
                cut.append(f"{view.objectName()}: {text!r} {header.sectionSize(column)} < {needed}")
    return cut


@pytest.mark.parametrize("language", ["uk", "en"])
def test_column_headers_fit_their_text(
    language: str, store: Store, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = open_case(store, qtbot)
    main = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))
    qtbot.addWidget(main)
    cut = []
    for screen in (main, window._card, window):  # type: ignore[attr-defined]
        screen.resize(1366, 740)
        screen.show()
        for tabs in screen.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.wait(1)
                cut += cut_headers(tabs.widget(i))
        cut += cut_headers(screen)
    assert not cut, "\n".join(sorted(set(cut)))


def test_the_cards_validation_speaks_english(english: None, store: Store, qtbot: QtBot) -> None:
    """The domain's messages (a date that does not exist, an empty surname, a name in Latin
    letters, a wrong tax number and phone) reach the card in the interface's language."""
    del english
    card = PersonCard(store, TaskRunner(ImmediatePool()), None)
    qtbot.addWidget(card)
    for name, value in {
        "given_name": "Iван",
        "birth_date": "31.04.1950",
        "rnokpp": "1759013770",
        "phone": "12345",
    }.items():
        widget = card.fields[name]
        assert isinstance(widget, QLineEdit)
        type_text(widget, value)
    card.save()
    shown = card.error_label.text()
    assert "31.04.1950: there is no such date: April has 30 days." in shown
    assert "Surname" in shown
    assert (
        ukrainian(shown.splitlines(), ["31.04.1950", "Iван", "Іван", "1759013770", "12345"]) == []
    )
