"""An act or a scale filled in on screen, rendered from its versioned definition
(`domain.forms`): no form is written in code here.

A draft saves itself a moment after each change, so nothing typed is lost; "Завершити" checks
every required field that shows and lists what is missing; a completed act is read-only, and a
correction makes a new version with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.forms import FormDefinition, FormField, evaluate
from socdesk.store.database import Store
from socdesk.store.forms import COMPLETED, complete_form, correct_form, definitions, save_form_draft
from socdesk.store.uow import UnitOfWork
from socdesk.ui.changes import Writer, error_to, own_writer
from socdesk.ui.i18n import tr
from socdesk.ui.widgets import error_label

SAVE_DELAY_MS = 700  # a pause in typing this long saves the draft
NO_DATE = QDate(1900, 1, 1)  # a date field not filled in yet shows as empty


class FieldWidget:
    """One field's widget and how to read and set its answer (JSON-ready values)."""

    def __init__(self, field: FormField, parent: QWidget, changed: Callable[[], None]) -> None:
        self.field = field
        self.widget: QWidget
        match field.type:
            case "text" | "number":
                edit = QLineEdit(parent)
                edit.textChanged.connect(changed)
                self.widget = edit
            case "long_text":
                text = QPlainTextEdit(parent)
                text.setTabChangesFocus(True)
                text.setFixedHeight(64)
                text.textChanged.connect(changed)
                self.widget = text
            case "date":
                date = QDateEdit(parent)
                date.setDisplayFormat("dd.MM.yyyy")
                date.setCalendarPopup(True)
                date.setMinimumDate(NO_DATE)
                date.setSpecialValueText(" ")
                date.setDate(NO_DATE)
                date.dateChanged.connect(changed)
                self.widget = date
            case "bool":
                box = QCheckBox(field.label, parent)
                box.toggled.connect(changed)
                self.widget = box
            case "choice":
                combo = QComboBox(parent)
                combo.addItem("—", None)
                for c in field.choices:
                    points = f" ({c.points})" if c.points is not None else ""
                    combo.addItem(c.label + points, c.value)
                combo.currentIndexChanged.connect(changed)
                self.widget = combo
            case _:  # multi
                lst = QListWidget(parent)
                for c in field.choices:
                    item = QListWidgetItem(c.label, lst)
                    item.setData(Qt.ItemDataRole.UserRole, c.value)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                lst.setFixedHeight(min(22 * len(field.choices) + 6, 180))
                lst.itemChanged.connect(changed)
                self.widget = lst
        self.widget.setObjectName(f"field_{field.key}")

    def value(self) -> Any:
        w = self.widget
        match self.field.type:
            case "text":
                return w.text().strip()  # type: ignore[attr-defined]
            case "number":
                text = w.text().strip().replace(",", ".")  # type: ignore[attr-defined]
                try:
                    number = float(text)
                except ValueError:
                    return text or None  # kept as typed; "complete" reports it
                return int(number) if number.is_integer() else text
            case "long_text":
                return w.toPlainText().strip()  # type: ignore[attr-defined]
            case "date":
                day = w.date()  # type: ignore[attr-defined]
                return None if day == NO_DATE else day.toString("yyyy-MM-dd")
            case "bool":
                return w.isChecked()  # type: ignore[attr-defined]
            case "choice":
                return w.currentData()  # type: ignore[attr-defined]
        lst: QListWidget = w  # type: ignore[assignment]
        return [
            lst.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(lst.count())
            if lst.item(r).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        w = self.widget
        match self.field.type:
            case "text" | "number":
                w.setText("" if value is None else str(value))  # type: ignore[attr-defined]
            case "long_text":
                w.setPlainText(value or "")  # type: ignore[attr-defined]
            case "date":
                day = QDate.fromString(value or "", "yyyy-MM-dd")
                w.setDate(day if day.isValid() else NO_DATE)  # type: ignore[attr-defined]
            case "bool":
                w.setChecked(bool(value))  # type: ignore[attr-defined]
            case "choice":
                w.setCurrentIndex(max(0, w.findData(value)))  # type: ignore[attr-defined]
            case _:
                lst: QListWidget = w  # type: ignore[assignment]
                chosen = set(value or [])
                for r in range(lst.count()):
                    item = lst.item(r)
                    on = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_read_only(self, read_only: bool) -> None:
        if isinstance(self.widget, QLineEdit | QPlainTextEdit):
            self.widget.setReadOnly(read_only)
        else:
            self.widget.setEnabled(not read_only)


class FormEditor(QWidget):
    """The fields of one definition, in its sections, with the calculated values under them."""

    edited = Signal()

    def __init__(self, definition: FormDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = definition
        self.fields: dict[str, FieldWidget] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._loading = False
        body = QWidget(self)
        column = QVBoxLayout(body)
        for section in definition.sections:
            box = QGroupBox(section.title, body)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            # Labels above their fields: the acts' labels are long, and a wrapped label beside
            # a one-line field is cut.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for field in section.fields:
                fw = FieldWidget(field, box, self._changed)
                self.fields[field.key] = fw
                if field.type == "bool":
                    form.addRow(fw.widget)
                else:
                    label = QLabel(field.label + (" *" if field.required else ""), box)
                    label.setBuddy(fw.widget)
                    form.addRow(label, fw.widget)
                self._rows[field.key] = (form, fw.widget)
            column.addWidget(box)
        self.calculated = QLabel(body)
        self.calculated.setObjectName("calculated")
        self.calculated.setWordWrap(True)
        column.addWidget(self.calculated)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._refresh()

    def answers(self) -> dict[str, Any]:
        return {key: fw.value() for key, fw in self.fields.items()}

    def load(self, answers: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, fw in self.fields.items():
                fw.set_value(answers.get(key))
        finally:
            self._loading = False
        self._refresh()

    def set_read_only(self, read_only: bool) -> None:
        for fw in self.fields.values():
            fw.set_read_only(read_only)

    def _changed(self) -> None:
        if self._loading:
            return
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        result = evaluate(self.definition, self.answers())
        for key, (form, widget) in self._rows.items():
            form.setRowVisible(widget, key in result.visible)
        lines = []
        for calc in self.definition.calculated:
            value = result.values.get(calc.key)
            if value is None:
                lines.append(
                    tr("FormEditor", "%1: з'явиться, коли буде обрано всі пункти.").replace(
                        "%1", calc.label
                    )
                )
            else:
                lines.append(f"{calc.label}: {value} — {result.interpretations.get(calc.key, '')}")
        self.calculated.setText("\n".join(lines))


class FormDialog(QDialog):
    """One act of a case: the draft saves as the worker types; complete, or correct."""

    saved = Signal()  # a draft was saved (completing and correcting announce on the bus)

    def __init__(  # noqa: PLR0913 - the act, where it belongs, and the record if it exists
        self,
        store: Store,
        definition: FormDefinition,
        *,
        case_id: str | None,
        person_id: str | None,
        record: Any = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._today = store, today
        self._writer = writer or own_writer(store, self)
        self._case_id, self._person_id = case_id, person_id
        self.record_id: str | None = record.id if record is not None else None
        self.setWindowTitle(definition.title)
        self.editor = FormEditor(definition, self)
        if record is not None:
            self.editor.load(dict(record.answers))
        self.status = QLabel(self)
        self.status.setObjectName("form_status")
        self.status.setWordWrap(True)
        self.error_label = error_label(self)
        self.complete_button = QPushButton(tr("FormEditor", "&Завершити акт"), self)
        self.complete_button.clicked.connect(self.complete)
        self.correct_button = QPushButton(tr("FormEditor", "&Виправити…"), self)
        self.correct_button.clicked.connect(self.correct)
        close = QPushButton(tr("FormEditor", "Закрити"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        source = QLabel(
            tr("FormEditor", "Версія форми %1 (чинна з %2). * — обов'язкові поля.")
            .replace("%1", definition.version)
            .replace("%2", definition.effective_from.strftime("%d.%m.%Y")),
            self,
        )
        source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_draft)
        self.editor.edited.connect(self._timer.start)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft)
        self._show_status(record.status if record is not None else None)
        self.resize(860, 720)

    def _show_status(self, status: str | None) -> None:
        done = status == COMPLETED
        self.editor.set_read_only(done)
        self.complete_button.setEnabled(not done)
        self.correct_button.setEnabled(done)
        if done:
            self.status.setText(
                tr("FormEditor", "Акт завершено і не змінюється; виправлення — нова версія.")
            )
        elif status is None:
            self.status.setText(tr("FormEditor", "Чернетку буде збережено, щойно ви почнете."))

    def save_draft(self) -> None:
        """Saves what is on screen as the draft now (also on close and before completing),
        through the window's writer: the writes run in order, and the id of a new draft is
        kept as the write runs, so the write queued after it (completing) finds it."""
        self._timer.stop()
        definition, answers = self.editor.definition, self.editor.answers()
        case_id, person_id = self._case_id, self._person_id

        def work(uow: UnitOfWork) -> None:
            self.record_id = save_form_draft(
                uow, self.record_id, definition, answers, case_id=case_id, person_id=person_id
            )

        def done(_: None) -> None:
            self.status.setText(
                tr("FormEditor", "Чернетку збережено о %1.").replace(
                    "%1", dt.datetime.now().strftime("%H:%M:%S")
                )
            )
            self.saved.emit()

        self._writer.write(work, done, error_to(self.error_label))

    def complete(self) -> None:
        """Saves the draft, then completes the act (a refusal leaves the draft saved)."""
        self.save_draft()
        today = self._today()

        def work(uow: UnitOfWork) -> bool:
            if self.record_id is None:  # the draft was refused: its error is shown
                return False
            complete_form(uow, self.record_id, today)
            return True

        def done(completed: bool) -> None:
            if completed:
                self.error_label.setText("")
                self._show_status(COMPLETED)  # the case window reloads from the bus

        self._writer.write(work, done, error_to(self.error_label))

    def correct(self, reason: str | None = None) -> None:
        """A new version of the completed act, editable, with the reason asked for."""
        if self.record_id is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                tr("FormEditor", "Виправлення акта"),
                tr("FormEditor", "Чому виправляєте завершений акт?"),
            )
            if not ok:
                return
        record_id = self.record_id

        def done(new_id: str) -> None:
            self.record_id = new_id
            self.error_label.setText("")
            self._show_status("draft")
            self.status.setText(tr("FormEditor", "Нова версія акта; попередня збережена."))

        self._writer.write(
            lambda uow: correct_form(uow, record_id, reason), done, error_to(self.error_label)
        )

    def done(self, result: int) -> None:
        if self._timer.isActive():
            self.save_draft()
        super().done(result)


def definition_of(record: Any) -> FormDefinition:
    """The definition a stored act was filled in (old acts keep their version)."""
    return definitions()[(record.form_code, record.form_version)]
