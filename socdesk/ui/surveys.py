"""The recipient satisfaction questionnaire (CMU 449) on a person's card and in a case window:
the person's questionnaires, a new one, and opening one to fill in, complete or correct. The
questionnaire is a form definition filled in the form dialog every act uses, so it is a form
record that syncs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socdesk.domain.surveys import OVERALL, SURVEY_FORM
from socdesk.store.database import Store
from socdesk.store.forms import COMPLETED, definitions
from socdesk.store.surveys import FilledSurvey, person_surveys, survey_definition, survey_row
from socdesk.ui.case.form_editor import FormDialog
from socdesk.ui.changes import Writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.widgets import RowsModel, rows_table

Today = Callable[[], dt.date]


class SurveysModel(RowsModel[FilledSurvey]):
    context = "Surveys"
    headers = (
        noop("Surveys", "Дата"),
        noop("Surveys", "Стан"),
        noop("Surveys", "Загальна оцінка"),
    )

    def cell(self, row: FilledSurvey, column: int) -> str:
        match column:
            case 0:
                day = str(row.answers.get("surveyed_on") or "")
                try:
                    return dt.date.fromisoformat(day).strftime("%d.%m.%Y")
                except ValueError:
                    return day
            case 1:
                if row.status == COMPLETED and row.completed_on is not None:
                    return tr("Surveys", "завершено %1").replace(
                        "%1", row.completed_on.strftime("%d.%m.%Y")
                    )
                return tr("Surveys", "чернетка")
        return _overall_label(row)


def _overall_label(row: FilledSurvey) -> str:
    definition = definitions().get((SURVEY_FORM, row.form_version))
    value = row.answers.get(OVERALL)
    if definition is None or value is None:
        return ""
    field = definition.fields().get(OVERALL)
    label = next((c.label for c in field.choices if c.value == value), "") if field else ""
    return tr("Forms", label) if label else str(value)


class SurveysPanel(QWidget):
    """A recipient's satisfaction questionnaires, newest first; a new one, or open one."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        person_id: Callable[[], str | None],
        today: Today,
        parent: QWidget,
        writer: Writer | None,
        case_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._person_id, self._today = store, person_id, today
        self._writer, self._case_id = writer, case_id
        self.model = SurveysModel(self)
        self.table = rows_table(self, self.model, "surveys_table")
        self.table.doubleClicked.connect(lambda index: self.open_survey(index.row()))
        self.new_button = QPushButton(tr("Surveys", "&Нова анкета…"), self)
        self.new_button.setObjectName("new_survey")
        self.new_button.clicked.connect(lambda: self.new_survey())
        self.open_button = QPushButton(tr("Surveys", "Від&крити анкету"), self)
        self.open_button.clicked.connect(lambda: self.open_survey(self.table.currentIndex().row()))
        self.note = QLabel(
            tr(
                "Surveys",
                "Анкета оцінки задоволеності якістю соціальних послуг (Порядок моніторингу та "
                "оцінки якості, ПКМУ № 449): відповіді отримувача або його представника.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        person_id = self._person_id()
        self.new_button.setEnabled(person_id is not None)
        if person_id is None:
            self.model.set_rows([])
            self.open_button.setEnabled(False)
            return
        with self._store.read() as conn:
            self.model.set_rows(person_surveys(conn, person_id))
        self.open_button.setEnabled(bool(self.model.rows))

    def new_survey(self) -> FormDialog | None:
        person_id = self._person_id()
        if person_id is None:
            return None
        with self._store.read() as conn:
            definition = survey_definition(self._today(), conn)
        dialog = FormDialog(
            self._store,
            definition,
            case_id=self._case_id,
            person_id=person_id,
            today=self._today,
            parent=self,
            writer=self._writer,
        )
        today = self._today().isoformat()
        dialog.editor.load({"surveyed_on": today, "respondent": "recipient"})
        return self._show(dialog)

    def open_survey(self, row: int) -> FormDialog | None:
        if not 0 <= row < len(self.model.rows):
            return None
        filled = self.model.rows[row]
        definition = definitions()[(SURVEY_FORM, filled.form_version)]
        with self._store.read() as conn:
            record = survey_row(conn, filled.id)
        dialog = FormDialog(
            self._store,
            definition,
            case_id=filled.case_id,
            person_id=filled.person_id,
            record=record,
            today=self._today,
            parent=self,
            writer=self._writer,
        )
        return self._show(dialog)

    def _show(self, dialog: FormDialog) -> FormDialog:
        dialog.saved.connect(self.refresh)
        dialog.saved.connect(self.changed.emit)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog
