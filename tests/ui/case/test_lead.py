"""The case window leads a newcomer: its own deadline at the top, the usual next step as one
marked button that opens what it needs, and the rarer moves apart, each asking its reason."""

from __future__ import annotations

import datetime as dt

import pytest
from case_support import open_case, state
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from support import TODAY

from socdesk.domain.cases import CaseState
from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.ui.case.form_editor import FormDialog
from socdesk.ui.case.window import CaseWindow, MoveDialog


@pytest.fixture(autouse=True)
def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def test_the_next_step_is_first_marked_and_opens_what_it_needs(store: Store, qtbot: QtBot) -> None:
    window = open_case(store, qtbot)
    lead = window.lead
    assert lead.next_button.isDefault() and not lead.next_button.isHidden()
    assert "оцінювання потреб" in lead.next_button.text()
    dialog = window.take_step(lead.step)  # type: ignore[arg-type]
    assert isinstance(dialog, MoveDialog)
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert state(store, window) is CaseState.ASSESSING
    # Now the act is what is missing: the button opens it.
    assert "акт оцінки" in lead.next_button.text()
    lead.next_button.click()
    assert window.findChildren(FormDialog)
    act = window.findChildren(FormDialog)[-1]
    assert act.editor.definition.code == cw.ASSESSMENT_FORM


def test_the_case_shows_its_own_deadline_and_when_it_is_overdue(store: Store, qtbot: QtBot) -> None:
    window = open_case(store, qtbot)
    assert "Строк:" in window.lead.deadline.text()
    assert "ПРОСТРОЧЕНО" not in window.lead.deadline.text()
    late = CaseWindow(store, window._case_id, lambda: TODAY + dt.timedelta(days=60))
    qtbot.addWidget(late)
    assert "ПРОСТРОЧЕНО" in late.lead.deadline.text()
    assert "#f8d7da" in late.lead.deadline.styleSheet()


def test_rarer_moves_are_apart_and_ask_their_reason(store: Store, qtbot: QtBot) -> None:
    window = open_case(store, qtbot)
    names = {a.objectName() for a in window.lead.other_menu.actions()}
    assert "other_closed" in names and "other_assessing" not in names
    close = next(a for a in window.lead.other_menu.actions() if a.objectName() == "other_closed")
    close.trigger()
    dialog = window.findChildren(MoveDialog)[-1]
    assert dialog.choice.currentIndex() == -1  # nothing chosen for the worker
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert "Оберіть" in dialog.error_label.text()
    assert state(store, window) is CaseState.APPLIED
    dialog.choice.setCurrentIndex(dialog.choice.findData("withdrawn"))
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert state(store, window) is CaseState.CLOSED
