"""Sensitive sections of a filled form on screen (domain/sensitive.py, store/sensitive.py):
what a reader not entitled to them sees in their place, and the reason asked before they show
(«break the glass»): written down, kept as a synced record, shown to the coordinator; the
access lasts a working day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import ValidationError
from socdesk.domain.forms import FormDefinition
from socdesk.domain.sensitive import (
    LABELS,
    Redacted,
    Sensitivity,
    check_reason,
    field_kinds,
    grant_until,
)
from socdesk.store.sensitive import reveal_form
from socdesk.ui.changes import Writer, error_to
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.widgets import error_label


def hidden_note(
    parent: QWidget, key: str, kinds: Sequence[Sensitivity], reveal: Callable[[], object]
) -> QWidget:
    """What stands in a section for its hidden fields: what is hidden and who sees it, and
    the button that asks for them with a reason."""
    note = QWidget(parent)
    note.setObjectName(f"hidden_{key}")
    text = QLabel(
        tr(
            "FormEditor",
            "Приховано: чутливі дані (%1). Їх бачать відповідальний фахівець справи, "
            "працівники, які надають особі послуги, і керівник.",
        ).replace("%1", ", ".join(domain_tr(LABELS[k]) for k in kinds)),
        note,
    )
    text.setWordWrap(True)
    text.setStyleSheet("font-style: italic")
    button = QPushButton(tr("FormEditor", "Переглянути з обґрунтуванням…"), note)
    button.setObjectName(f"reveal_{key}")
    button.clicked.connect(reveal)
    line = QHBoxLayout(note)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(text, 1)
    line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return note


class Concealed:
    """The sensitive fields and calculated values a form editor keeps hidden, and the notes
    that stand in their sections."""

    def __init__(self) -> None:
        self.fields: set[str] = set()
        self.calculated: set[str] = set()
        self.notes: dict[str, tuple[QFormLayout, QWidget]] = {}

    def __bool__(self) -> bool:
        return bool(self.fields)

    def hide(
        self,
        definition: FormDefinition,
        sections: Mapping[str, QFormLayout],
        shown: Redacted,
        reveal: Callable[[], object],
    ) -> None:
        """Hides the sensitive fields (their values never came from the store); each section
        that had some says so, with the button that asks for them with a reason."""
        self.fields = set(field_kinds(definition))
        self.calculated = set(shown.hidden_calculated)
        for key, kinds in shown.hidden.items():
            form = sections[key]
            note = hidden_note(cast(QWidget, form.parentWidget()), key, kinds, reveal)
            form.insertRow(0, note)
            self.notes[key] = (form, note)

    def clear(self) -> None:
        for form, note in self.notes.values():
            form.removeRow(note)
        self.notes.clear()
        self.fields.clear()
        self.calculated.clear()


def hidden_value(label: str) -> str:
    """A calculated value made of hidden answers (the Barthel score)."""
    return tr("FormEditor", "%1: приховано (чутливі дані).").replace("%1", label)


def read_only_note() -> str:
    return tr("FormEditor", "Чутливі розділи приховано, тому акт відкрито лише для читання.")


def ask_reason(
    parent: QWidget,
    writer: Writer,
    record_id: str | None,
    revealed: Callable[[Any], None],
    errors: QLabel,
) -> ReasonDialog:
    """Asks the reason; given, records the access (store/sensitive.reveal_form) and hands
    the form's whole row to `revealed`."""
    dialog = ReasonDialog(parent)

    def given() -> None:
        if record_id is None:
            return
        reason, now = dialog.reason, dt.datetime.now(dt.UTC)

        def done(row: Any) -> None:
            errors.setText("")
            revealed(row)

        writer.write(lambda uow: reveal_form(uow, record_id, reason, now), done, error_to(errors))

    dialog.accepted.connect(given)
    dialog.open()
    return dialog


class ReasonDialog(QDialog):
    """Asks why the sensitive sections are needed; `reason` holds it once accepted."""

    def __init__(self, parent: QWidget | None = None, now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ReasonDialog", "Доступ до чутливих даних"))
        self.reason = ""
        until = grant_until(now or dt.datetime.now(dt.UTC)).astimezone()
        intro = QLabel(
            tr(
                "ReasonDialog",
                "Ви не працюєте з цією справою, тому відомості про здоров’я, інвалідність, "
                "насильство чи залежності приховано. Опишіть, навіщо вони вам. Доступ діятиме "
                "до %1; його запишуть у журнал і покажуть координатору.",
            ).replace("%1", until.strftime("%d.%m.%Y %H:%M")),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reason")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            tr("ReasonDialog", "Наприклад: заміщую відсутнього фахівця на екстреному виклику")
        )
        self.error_label = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.show_button = buttons.addButton(
            tr("ReasonDialog", "&Переглянути"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.text.setFocus()

    def accept(self) -> None:
        try:
            self.reason = check_reason(self.text.toPlainText())
        except ValidationError as error:
            self.error_label.setText(domain_tr(str(error)))
            self.text.setFocus()
            return
        super().accept()
