"""An act or a scale filled in on screen, rendered from its versioned definition
(`domain.forms`): no form is written in code here.

A draft saves itself a moment after each change, so nothing typed is lost; "Завершити" checks
every required field that shows and lists what is missing; a completed act is read-only, and a
correction makes a new version with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
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

from socdesk.domain.forms import FormDefinition, FormField, Missing, evaluate
from socdesk.domain.numbers import decimal_text
from socdesk.store.database import Store
from socdesk.store.forms import COMPLETED, complete_form, correct_form, definitions, save_form_draft
from socdesk.store.sensitive import shown_answers
from socdesk.store.uow import UnitOfWork
from socdesk.ui.case.form_words import WORDS
from socdesk.ui.case.sensitive import Concealed, ask_reason, hidden_value, read_only_note
from socdesk.ui.changes import Writer, error_to, own_writer
from socdesk.ui.i18n import tr
from socdesk.ui.names import form_text, form_title
from socdesk.ui.screen import fit_resize
from socdesk.ui.service_picker import ServicePickerDialog
from socdesk.ui.widgets import ERROR_COLOUR, error_label

_CODE = re.compile(r"\d{3}\.\d")  # a line that starts with a classifier code
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
                box = QCheckBox(form_text(field.label), parent)
                box.toggled.connect(changed)
                self.widget = box
            case "choice":
                combo = QComboBox(parent)
                combo.addItem("—", None)
                for c in field.choices:
                    points = f" ({c.points})" if c.points is not None else ""
                    combo.addItem(form_text(c.label) + points, c.value)
                combo.currentIndexChanged.connect(changed)
                self.widget = combo
            case _:  # multi
                lst = QListWidget(parent)
                for c in field.choices:
                    item = QListWidgetItem(form_text(c.label), lst)
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
                typed = w.text()  # type: ignore[attr-defined]
                text = "".join(typed.split()).replace(",", ".")  # «1 500,5» as typed or shown
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
            case "text":
                w.setText("" if value is None else str(value))  # type: ignore[attr-defined]
            case "number":  # as people write it: «2,5», never «2.5»
                w.setText("" if value is None else decimal_text(value))  # type: ignore[attr-defined]
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
        """A completed act stays readable: its fields keep their normal colours (never the pale
        disabled look) and take no input."""
        w = self.widget
        if isinstance(w, QLineEdit | QPlainTextEdit | QDateEdit):
            w.setReadOnly(read_only)
        if isinstance(w, QDateEdit):
            w.setCalendarPopup(not read_only)
            w.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.NoButtons
                if read_only
                else QAbstractSpinBox.ButtonSymbols.UpDownArrows
            )
        elif isinstance(w, QComboBox | QCheckBox | QListWidget):
            target = w.viewport() if isinstance(w, QListWidget) else w
            if read_only:
                target.installEventFilter(_INPUT_EATER)
                w.installEventFilter(_INPUT_EATER)
            else:
                target.removeEventFilter(_INPUT_EATER)
                w.removeEventFilter(_INPUT_EATER)
        w.setProperty("readOnly", read_only)

    def mark_missing(self, missing: bool) -> None:
        """A required field left empty is marked at the field (red frame, a tooltip)."""
        self.widget.setStyleSheet(
            f"#{self.widget.objectName()} {{ border: 2px solid {ERROR_COLOUR}; }}"
            if missing
            else ""
        )
        self.widget.setToolTip(
            tr("FormEditor", "Обов’язкове поле: заповніть його.") if missing else ""
        )
        self.widget.setProperty("missing", missing)


class _InputEater(QObject):
    """Eats the clicks, keys and wheel turns that would change a read-only field (Tab still
    moves on, so a completed act is read with the keyboard too)."""

    _EATEN = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
        }
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._EATEN:
            return True
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            return key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        return False


_INPUT_EATER = _InputEater()


class FormEditor(QWidget):
    """The fields of one definition, in its sections, with the calculated values under them."""

    edited = Signal()

    def __init__(
        self,
        definition: FormDefinition,
        parent: QWidget | None = None,
        pick_services: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.pick_buttons: dict[str, QPushButton] = {}
        self.fields: dict[str, FieldWidget] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self.sections: dict[str, QFormLayout] = {}
        self.concealed = Concealed()  # sensitive fields not shown (store/sensitive.py)
        self._loading = False
        body = QWidget(self)
        column = QVBoxLayout(body)
        for section in definition.sections:
            box = QGroupBox(form_text(section.title), body)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            # Labels above their fields: the acts' labels are long, and a wrapped label beside
            # a one-line field is cut.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            self.sections[section.key] = form
            for field in section.fields:
                fw = FieldWidget(field, box, self._changed)
                self.fields[field.key] = fw
                if field.type == "bool":
                    form.addRow(fw.widget)
                else:
                    label = QLabel(form_text(field.label) + (" *" if field.required else ""), box)
                    if field.required:
                        label.setToolTip(tr("FormEditor", "Обов’язкове поле"))
                    label.setBuddy(fw.widget)
                    row: QWidget = fw.widget
                    if field.pick == "services" and pick_services is not None:
                        row = self._with_picker(field.key, fw.widget, pick_services)
                    form.addRow(label, row)
                    self._rows[field.key] = (form, row)
                    continue
                self._rows[field.key] = (form, fw.widget)
            column.addWidget(box)
        self.calculated = QLabel(body)
        self.calculated.setObjectName("calculated")
        self.calculated.setWordWrap(True)
        column.addWidget(self.calculated)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self._marked: set[str] = set()
        self._refresh()

    def mark_missing(self) -> list[Missing]:
        """Marks every required field still empty (among those shown) and returns them in the
        form's order; a mark goes as soon as its field is filled."""
        missing = list(evaluate(self.definition, self.answers()).missing)
        keys = {m.key for m in missing}
        for key in self._marked | keys:
            self.fields[key].mark_missing(key in keys)
        self._marked = keys
        return missing

    def go_to(self, key: str) -> None:
        """Scrolls to a field and puts the cursor in it."""
        widget = self.fields[key].widget
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _with_picker(self, key: str, widget: QWidget, pick: Callable[[str], object]) -> QWidget:
        """A text that names services, with the button that picks them from the classifier."""
        row = QWidget(widget.parentWidget())
        button = QPushButton(tr("FormEditor", "Обрати з Класифікатора…"), row)
        button.setObjectName(f"pick_{key}")
        button.clicked.connect(lambda: pick(key))
        self.pick_buttons[key] = button
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(widget, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

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

    def reveal(self, answers: dict[str, Any]) -> None:
        """Every section shown, with all the answers (after a break-the-glass access)."""
        self.concealed.clear()
        self.load(answers)

    def set_read_only(self, read_only: bool) -> None:
        for fw in self.fields.values():
            fw.set_read_only(read_only)
        for button in self.pick_buttons.values():
            button.setVisible(not read_only)

    def _changed(self) -> None:
        if self._loading:
            return
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        if self._marked:
            self.mark_missing()
        result = evaluate(self.definition, self.answers())
        for key, (form, widget) in self._rows.items():
            form.setRowVisible(widget, key in result.visible and key not in self.concealed.fields)
        lines = []
        for calc in self.definition.calculated:
            value = result.values.get(calc.key)
            if calc.key in self.concealed.calculated:
                lines.append(hidden_value(form_text(calc.label)))
            elif value is None:
                lines.append(
                    tr("FormEditor", "%1: з’явиться, коли буде обрано всі пункти.").replace(
                        "%1", form_text(calc.label)
                    )
                )
            else:
                band = form_text(result.interpretations.get(calc.key, ""))
                lines.append(f"{form_text(calc.label)}: {value} — {band}")
        self.calculated.setText("\n".join(lines))


class FormDialog(QDialog):
    """One act (or survey) of a case: the draft saves as the worker types; complete, or
    correct. Its words name the form by its kind («Завершити акт», «Завершити анкету»)."""

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
        self.setWindowTitle(form_title(definition.title))
        self._words = WORDS.get(definition.kind, WORDS["act"])
        self.editor = FormEditor(definition, self, self.pick_services)
        if record is not None:
            with store.read() as conn:  # without the sensitive sections the reader may not see
                shown = shown_answers(conn, record, dt.datetime.now(dt.UTC))
            if shown.any:
                self.editor.concealed.hide(definition, self.editor.sections, shown, self._ask)
            self.editor.load(shown.answers)
        self.status = QLabel(self)
        self.status.setObjectName("form_status")
        self.status.setWordWrap(True)
        self.error_label = error_label(self)
        self.missing_list = QListWidget(self)
        self.missing_list.setObjectName("missing_list")
        self.missing_list.setMaximumHeight(110)
        self.missing_list.setToolTip(tr("FormEditor", "Оберіть рядок, щоб перейти до поля."))
        self.missing_list.itemActivated.connect(self._go_to_missing)
        self.missing_list.itemClicked.connect(self._go_to_missing)
        self.missing_list.hide()
        self.complete_button = QPushButton(self._say("complete"), self)
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
        # The date the form is in force from; its version code is for support, in the tooltip.
        source = QLabel(
            tr("FormEditor", "Форма від %1.").replace(
                "%1", definition.effective_from.strftime("%d.%m.%Y")
            ),
            self,
        )
        source.setObjectName("form_source")
        source.setToolTip(tr("FormEditor", "Версія форми: %1").replace("%1", definition.version))
        source.setWordWrap(True)
        self.required_hint = QLabel(self._say("required"), self)
        self.required_hint.setObjectName("required_hint")
        self.required_hint.setWordWrap(True)
        self.required_hint.setStyleSheet("font-weight: bold")
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(self.required_hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.missing_list)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_draft)
        self.editor.edited.connect(self._timer.start)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft)
        self._show_status(record.status if record is not None else None)
        fit_resize(self, 860, 720)

    def _say(self, what: str) -> str:
        """One of the dialog's sentences, with the form's noun (акт, анкета)."""
        return tr("FormEditor", self._words[what])

    def _show_status(self, status: str | None) -> None:
        done = status == COMPLETED
        concealed = bool(self.editor.concealed)  # read-only: a save would lose the hidden
        self.editor.set_read_only(done or concealed)
        self.complete_button.setEnabled(not done and not concealed)
        self.correct_button.setEnabled(done and not concealed)
        self.required_hint.setVisible(not done and not concealed)
        if concealed:
            self.status.setText(read_only_note())
        elif done:
            self.status.setText(self._say("completed"))
        elif status is None:
            self.status.setText(tr("FormEditor", "Чернетку буде збережено, щойно ви почнете."))

    def save_draft(self) -> None:
        """Saves what is on screen as the draft now (also on close and before completing),
        through the window's writer: the writes run in order, and the id of a new draft is
        kept as the write runs, so the write queued after it (completing) finds it."""
        self._timer.stop()
        if self.editor.concealed:
            return
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
        """Saves the draft, then completes the act (a refusal leaves the draft saved); with
        required fields empty it only saves, and marks and lists what is missing."""
        self.save_draft()
        if self._list_missing():
            return
        today = self._today()

        def work(uow: UnitOfWork) -> bool:
            if self.record_id is None:  # the draft was refused: its error is shown
                return False
            complete_form(uow, self.record_id, today)
            return True

        def done(completed: bool) -> None:
            if completed:
                self.error_label.setText("")
                self.missing_list.hide()
                self._show_status(COMPLETED)  # the case window reloads from the bus

        self._writer.write(work, done, error_to(self.error_label))

    def _ask(self) -> None:
        ask_reason(self, self._writer, self.record_id, self._revealed, self.error_label)

    def _revealed(self, row: Any) -> None:
        self.editor.reveal(dict(row.answers))
        self._show_status(row.status)

    def pick_services(self, key: str) -> ServicePickerDialog:
        """Picks the services a text field names from the classifier (those it names already
        ticked); the chosen ones are written as "code name" lines, other lines kept."""
        dialog = ServicePickerDialog(self._store, self, on=self._today())
        field = self.editor.fields[key]
        lines = [line for line in str(field.value() or "").splitlines() if line.strip()]
        for line in lines:
            try:
                dialog.picker.check(line.split()[0])
            except LookupError:
                continue

        def chosen() -> None:
            codes = {label.split()[0] for label in dialog.picker.labels()}
            other = [ln for ln in lines if ln.split()[0] not in codes and not _CODE.match(ln)]
            field.set_value("\n".join(dialog.picker.labels() + other))

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def _list_missing(self) -> bool:
        """Marks the empty required fields and lists them (a click goes to the field); False
        when nothing is missing."""
        missing = self.editor.mark_missing()
        self.missing_list.clear()
        for m in missing:
            item = QListWidgetItem(
                f"{form_text(m.section)} — {form_text(m.label)}", self.missing_list
            )
            item.setData(Qt.ItemDataRole.UserRole, m.key)
        self.missing_list.setVisible(bool(missing))
        if missing:
            self.error_label.setText(
                tr(
                    "FormEditor", "Не заповнено обов’язкових полів: %1. Їх позначено червоним."
                ).replace("%1", str(len(missing)))
            )
            self.missing_list.setCurrentRow(0)
            self.editor.go_to(missing[0].key)
        return bool(missing)

    def _go_to_missing(self, item: QListWidgetItem) -> None:
        self.editor.go_to(item.data(Qt.ItemDataRole.UserRole))

    def correct(self, reason: str | None = None) -> None:
        """A new version of the completed act, editable, with the reason asked for."""
        if self.record_id is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self._say("correct_title"),
                self._say("correct_why"),
            )
            if not ok:
                return
        record_id = self.record_id

        def done(new_id: str) -> None:
            self.record_id = new_id
            self.error_label.setText("")
            self._show_status("draft")
            self.status.setText(self._say("corrected"))

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
