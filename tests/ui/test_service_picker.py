"""Services are picked from the classifier with a search box wherever a screen names one, and
shown by their names without the reference data's notes."""

from __future__ import annotations

import datetime as dt

import pytest
from case_support import open_case
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from support import add_person, type_text

from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard
from socdesk.ui.service_picker import ServicePicker, ServicePickerDialog


@pytest.fixture(autouse=True)
def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def shown(lst: QListWidget) -> list[str]:
    return [lst.item(r).text() for r in range(lst.count()) if not lst.item(r).isHidden()]


def test_the_appeal_picks_services_with_a_search_box(store: Store, qtbot: QtBot) -> None:
    person = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1944, 5, 1))
    card = PersonCard(store, TaskRunner(ImmediatePool()), person)
    qtbot.addWidget(card)
    dialog = card.cases.new_appeal()
    assert dialog is not None
    picker = dialog.findChild(ServicePicker)
    assert picker is not None
    every = shown(picker.list)
    assert not [t for t in every if "уточнити" in t or "різновид" in t]  # names as read
    picker.search.setFocus()
    type_text(picker.search, "догляд вд")
    assert shown(picker.list) == ["015.1 Догляд вдома"]
    picker.search.clear()
    type_text(picker.search, "015.")
    assert len(shown(picker.list)) > 1 and all(t.startswith("015.") for t in shown(picker.list))
    picker.search.clear()
    type_text(picker.search, "догляд вд")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter ticks the one found
    assert dialog.chosen_services() == ["015.1"]


def test_an_acts_services_are_picked_from_the_classifier(store: Store, qtbot: QtBot) -> None:
    window = open_case(store, qtbot)
    row = next(i for i, r in enumerate(window.acts.model.rows) if r[0] == cw.ASSESSMENT_FORM)
    act = window.acts.open_act(row)
    assert act is not None
    assert "services_needed" in act.editor.pick_buttons
    picking = act.pick_services("services_needed")
    assert isinstance(picking, ServicePickerDialog)
    picking.picker.check("015.1")
    picking.picker.check("002.1")
    picking.accept()
    text = act.editor.answers()["services_needed"]
    assert text.splitlines() == ["002.1 Консультування", "015.1 Догляд вдома"]


def test_a_plans_measure_takes_its_service_from_the_picker(store: Store, qtbot: QtBot) -> None:
    window = open_case(store, qtbot)
    plan = window.plan.new_plan()
    pick = plan.findChild(QPushButton, "pick_service")
    assert pick is not None
    pick.click()
    dialog = plan.findChildren(ServicePickerDialog)[-1]
    type_text(dialog.picker.search, "денний")
    assert dialog.picker.chosen() == ["015.3"]  # the one found is the current one
    dialog.accept()
    assert plan.measures.item(plan.measures.rowCount() - 1, 1).text() == "015.3"  # type: ignore[union-attr]
