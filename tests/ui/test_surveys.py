"""The satisfaction questionnaire on screen: started from the person card or the case window
(prefilled with today and the recipient as respondent), filled in the form dialog as a form
record, and listed with its overall rating."""

from __future__ import annotations

import datetime as dt

from payment_support import paid_case
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from refdoc_support import NEW_VERSION, form_2027

from socdesk.domain import refdocs as rd
from socdesk.domain.surveys import SURVEY_FORM
from socdesk.store import refdocs
from socdesk.store.database import Store
from socdesk.store.surveys import person_surveys
from socdesk.ui.case.form_editor import FormDialog
from socdesk.ui.case.window import CaseWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard

TODAY = dt.date(2026, 5, 20)
ANSWERS = {
    "timely": "yes",
    "polite": "yes",
    "complete": "partly",
    "regular": "yes",
    "needs_met": "yes",
    "informed": "no",
    "overall": "good",
}


def new_from_case(store: Store, qtbot: QtBot) -> tuple[str, str, CaseWindow, FormDialog]:
    """A new questionnaire, started from the case window's surveys tab."""
    person, case, _ = paid_case(store, "Коваль")
    window = CaseWindow(store, case, lambda: TODAY)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.surveys)
    dialog = window.surveys.new_survey()
    assert dialog is not None
    return person, case, window, dialog


def test_a_questionnaire_is_filled_from_the_case_window(store: Store, qtbot: QtBot) -> None:
    person, case, window, dialog = new_from_case(store, qtbot)
    answers = dialog.editor.answers()
    assert answers["surveyed_on"] == "2026-05-20" and answers["respondent"] == "recipient"
    dialog.editor.load({**answers, **ANSWERS})
    dialog.complete()
    assert dialog.error_label.text() == ""
    window.refresh()
    (row,) = window.surveys.model.rows
    assert row.case_id == case and row.status == "completed"
    assert [window.surveys.model.cell(row, c) for c in range(3)] == [
        "20.05.2026",
        "завершено 20.05.2026",
        "Добре",
    ]
    with store.read() as conn:
        assert [s.id for s in person_surveys(conn, person)] == [row.id]


def test_a_missing_answer_keeps_the_questionnaire_a_draft(store: Store, qtbot: QtBot) -> None:
    person, _, _ = paid_case(store, "Коваль")
    card = PersonCard(store, TaskRunner(ImmediatePool()), person)
    qtbot.addWidget(card)
    card.tabs.setCurrentWidget(card.surveys)
    dialog = card.surveys.new_survey()
    assert dialog is not None
    dialog.editor.load({**dialog.editor.answers(), **ANSWERS, "overall": None})
    dialog.complete()
    assert "Не заповнено обов’язкових полів: 1" in dialog.error_label.text()
    assert "Загальна оцінка якості послуг" in dialog.missing_list.item(0).text()  # type: ignore[union-attr]
    card.surveys.refresh()
    (row,) = card.surveys.model.rows
    assert row.status == "draft" and row.case_id is None
    reopened = card.surveys.open_survey(0)
    assert reopened is not None and reopened.record_id == row.id


def test_the_questionnaire_calls_itself_a_questionnaire_not_an_act(
    store: Store, qtbot: QtBot
) -> None:
    dialog = new_from_case(store, qtbot)[3]
    assert dialog.complete_button.text() == "&Завершити анкету"
    assert "без них анкету не завершити" in dialog.required_hint.text()
    source = dialog.findChild(QLabel, "form_source")
    assert source is not None and source.text() == "Форма від 01.06.2020."
    dialog.editor.load({**dialog.editor.answers(), **ANSWERS})
    dialog.complete()
    assert dialog.status.text().startswith("Анкету завершено")
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert " акт" not in texts and "2026-12-06" not in texts


def test_a_new_questionnaire_is_in_the_version_the_centre_published(
    store: Store, qtbot: QtBot
) -> None:
    refdocs.publish(store, rd.FORM, form_2027(SURVEY_FORM), TODAY)
    *_, dialog = new_from_case(store, qtbot)
    assert dialog.editor.definition.version == NEW_VERSION
    dialog.close()
