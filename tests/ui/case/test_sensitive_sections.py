"""Sensitive sections of an act on screen: a reader not entitled to them sees what is hidden
and a button; with a reason typed (too short first), the values show and the access is kept
for the coordinator, whose list (reached from the menu) shows who, whom, when and why."""

from __future__ import annotations

import datetime as dt

import pytest
from case_support import open_case
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support import type_text

from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.store.forms import current_definition, save_form_draft
from socdesk.store.schema import SensitiveAccess
from socdesk.store.sensitive import reveal_form
from socdesk.ui.admin.sensitive import AccessesDialog
from socdesk.ui.case.form_editor import FormDialog
from socdesk.ui.case.sensitive import ReasonDialog
from socdesk.ui.main_window import MainWindow

CANARY = "Діабет другого типу"
ANSWERS = {"health": "unsatisfactory", "health_note": CANARY, "employment": "pensioner"}
REASON = "Заміщую Петренко на виїзді"


@pytest.fixture
def act(store: Store, qtbot: QtBot) -> FormDialog:
    """The needs assessment of a case nobody is responsible for, opened by the coordinator
    (not entitled: store/sensitive.py), filled by someone on another device."""
    window = open_case(store, qtbot)
    with store.write() as uow:
        definition = current_definition(cw.ASSESSMENT_FORM, window._today())
        save_form_draft(uow, None, definition, ANSWERS, case_id=window._case_id)
    window.acts.refresh()
    row = next(i for i, r in enumerate(window.acts.model.rows) if r[0] == cw.ASSESSMENT_FORM)
    dialog = window.acts.open_act(row)
    assert dialog is not None
    return dialog


def _accesses(store: Store) -> list[str]:
    with store.read() as conn:
        table = SensitiveAccess.__table__  # type: ignore[attr-defined]
        return list(conn.execute(select(table.c.reason)).scalars())


def test_hidden_sections_say_so_and_show_after_a_reason(
    store: Store, qtbot: QtBot, act: FormDialog
) -> None:
    act.show()
    note = act.editor.concealed.notes["person"][1]
    text = " ".join(label.text() for label in note.findChildren(QLabel))
    assert "Приховано: чутливі дані (здоров’я, залежності, інвалідність)" in text
    assert "environment" in act.editor.concealed.notes
    health = act.editor.fields["health_note"]
    assert health.value() == "" and not health.widget.isVisible()
    assert act.editor.fields["employment"].value() == "pensioner"
    assert not act.complete_button.isEnabled()

    qtbot.mouseClick(note.findChild(QPushButton, "reveal_person"), Qt.MouseButton.LeftButton)
    reason = act.findChild(ReasonDialog)
    assert reason is not None and reason.isVisible()
    type_text(reason.text, "треба")
    reason.show_button.click()
    assert "щонайменше 10 символів" in reason.error_label.text()
    assert reason.isVisible() and _accesses(store) == []
    reason.text.clear()
    type_text(reason.text, REASON)
    reason.show_button.click()
    qtbot.waitUntil(lambda: health.widget.isVisible())
    assert health.value() == CANARY
    assert not act.editor.concealed and not act.editor.concealed.notes
    assert act.complete_button.isEnabled()
    assert _accesses(store) == [REASON]


def test_the_coordinator_lists_the_accesses_from_the_menu(
    store: Store, qtbot: QtBot, act: FormDialog
) -> None:
    with store.write() as uow:  # as the dialog's button does
        reveal_form(uow, str(act.record_id), REASON, dt.datetime.now(dt.UTC))
    window = MainWindow(store, "olena")
    qtbot.addWidget(window)
    admin = next(m for m in window.menuBar().findChildren(QMenu) if "Адміністрування" in m.title())
    action = next(a for a in admin.actions() if "чутливих даних" in a.text())
    action.trigger()
    dialog = window.findChild(AccessesDialog)
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[1].startswith("Олена Тестова") and cells[2] == "Коваль Ганна"
    assert cells[3] == REASON
    dialog.close()
