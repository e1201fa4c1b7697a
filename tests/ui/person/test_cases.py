"""The card's cases tab: a new appeal becomes a numbered case; what is wrong is said."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import add_person, set_up_places

from socdesk.store.database import Store
from socdesk.store.schema import Workplace
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard
from socdesk.ui.person.cases import CasesModel


@pytest.fixture(autouse=True)
def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def card(store: Store, qtbot: QtBot, person_id: str | None) -> PersonCard:
    shown = PersonCard(store, TaskRunner(ImmediatePool()), person_id)
    qtbot.addWidget(shown)
    return shown


def set_prefix(store: Store, prefix: str) -> None:
    set_up_places(store, "Бабенкове")
    with store.write() as uow:
        workplace = uow.connection.execute(Workplace.__table__.select()).one()  # type: ignore[attr-defined]
        uow.update(Workplace, workplace.id, {"case_prefix": prefix})


def test_an_appeal_is_registered_as_a_numbered_case(
    store: Store, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    set_prefix(store, "БАБ")
    person = add_person(store, "Коваль", "Олена")
    shown = card(store, qtbot, person)  # held: qtbot keeps only a weak reference
    panel = shown.cases
    dialog = panel.new_appeal()
    assert dialog is not None
    dialog.buttons.accepted.emit()
    assert "послуги" in dialog.error_label.text()  # none chosen yet
    dialog.check("015.1")
    dialog.received_edit.setText("31.02.2026")
    dialog.buttons.accepted.emit()
    assert "ДД.ММ.РРРР" in dialog.error_label.text()
    dialog.received_edit.setText("02.03.2026")
    dialog.buttons.accepted.emit()
    assert "БАБ-2026-0001" in panel.state.text()
    assert isinstance(panel.model, CasesModel)
    qtmodeltester.check(panel.model)
    assert [panel.model.index(0, c).data() for c in range(4)] == [
        "БАБ-2026-0001",
        "звернення",
        "02.03.2026",
        "заява",
    ]


def test_without_a_prefix_the_coordinator_is_asked_for(store: Store, qtbot: QtBot) -> None:
    set_prefix(store, "")
    person = add_person(store, "Коваль", "Олена")
    shown = card(store, qtbot, person)  # held: qtbot keeps only a weak reference
    dialog = shown.cases.new_appeal()
    assert dialog is not None
    dialog.urgent.setChecked(True)  # urgent needs no services listed
    dialog.buttons.accepted.emit()
    assert "префікс" in dialog.error_label.text()


def test_a_new_card_registers_appeals_once_saved(store: Store, qtbot: QtBot) -> None:
    shown = card(store, qtbot, None)
    panel = shown.cases
    assert not panel.new_button.isEnabled()
    assert panel.new_appeal() is None


def _card_with_a_case(store: Store, qtbot: QtBot) -> PersonCard:
    from socdesk.domain.cases import Channel
    from socdesk.store.cases import Appeal, open_case

    set_prefix(store, "ІЗМ")
    person = add_person(store, "Коваль", "Олена", patronymic="Іванівна")
    with store.write() as uow:
        open_case(uow, Appeal(person, Channel.APPLICATION, dt.date(2026, 3, 2), ["015.1"]), "ІЗМ")
    shown = card(store, qtbot, person)
    shown.show()
    shown.tabs.setCurrentWidget(shown.cases)
    return shown


def test_enter_on_a_case_row_opens_the_case_and_leaves_the_card_open(
    store: Store, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    from socdesk.ui.case.window import CaseWindow

    shown = _card_with_a_case(store, qtbot)
    table = shown.cases.table
    table.setFocus()
    table.setCurrentIndex(shown.cases.model.index(0, 0))
    with qtbot.assertNotEmitted(shown.saved):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shown.isVisible() and shown.result() == 0  # not saved, not closed
    windows = [w for w in shown.findChildren(CaseWindow) if w.isVisible()]
    assert len(windows) == 1
    for window in windows:
        qtbot.addWidget(window)


def test_one_case_one_window_named_by_its_number_and_person(store: Store, qtbot: QtBot) -> None:
    shown = _card_with_a_case(store, qtbot)
    first = shown.cases.open_case(0)
    assert first is not None
    qtbot.addWidget(first)
    assert first.windowTitle() == "ІЗМ-2026-0001 — Коваль О. І."
    assert shown.cases.open_case(0) is first  # raised, not opened again
    first.reject()
    again = shown.cases.open_case(0)
    assert again is not None and again is not first and again.isVisible()
    qtbot.addWidget(again)
