"""Conflicts of sync for a coordinator to settle (конфлікти синхронізації).

Each open conflict is one field of one record that two workplaces changed at once: the value
the record holds now and the other one, side by side, with who made each and when. A
coordinator keeps the current value, takes the other one, or types the right one; the store
makes that an ordinary change that travels (`store.conflicts.resolve`). Others see the list
read-only. The list reloads whenever the bus says conflicts changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.changes import Changes, JsonValue
from socdesk.domain.errors import SocDeskError, ValidationError
from socdesk.domain.identifiers import normalize_phone
from socdesk.domain.people import Role
from socdesk.store.conflicts import Conflict, Resolution, Side, open_conflicts, resolve
from socdesk.store.database import Store
from socdesk.store.people import list_settlements, person_rows
from socdesk.store.sensitive import shown_value
from socdesk.store.uow import UnitOfWork
from socdesk.ui.changes import Writer, listen_while_open
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import default_failure
from socdesk.ui.person.fields import CHOICES
from socdesk.ui.person.panels import field_text, value_text
from socdesk.ui.widgets import RowsModel, error_label, lay_out_form_dialog, rows_table

# What a record of each synced table is called, when it is not a person (whose name is shown).
TABLE_NAMES = {
    "household": noop("ConflictsView", "Домогосподарство"),
    "household_membership": noop("ConflictsView", "Членство в домогосподарстві"),
    "consent": noop("ConflictsView", "Згода на обробку даних"),
    "social_case": noop("ConflictsView", "Справа"),
    "case_event": noop("ConflictsView", "Крок справи"),
    "form_record": noop("ConflictsView", "Форма"),
    "income_declaration": noop("ConflictsView", "Декларація про доходи"),
    "case_decision": noop("ConflictsView", "Рішення"),
    "contract": noop("ConflictsView", "Договір"),
    "care_plan": noop("ConflictsView", "Індивідуальний план"),
    "service_entry": noop("ConflictsView", "Надана послуга"),
    "printed_document": noop("ConflictsView", "Надрукований документ"),
    "settlement": noop("ConflictsView", "Населений пункт"),
    "workplace": noop("ConflictsView", "Робоче місце"),
    "worker": noop("ConflictsView", "Працівник"),
}
# Fields of other records than the card's (the card's are labelled as on the card).
FIELD_NAMES = {
    "name": noop("ConflictsView", "Назва"),
    "address": noop("ConflictsView", "Адреса"),
    "scope": noop("ConflictsView", "Мета й обсяг"),
    "given_on": noop("ConflictsView", "Дата згоди"),
    "withdrawn_on": noop("ConflictsView", "Дата відкликання"),
    "role": noop("ConflictsView", "Роль"),
    "state": noop("ConflictsView", "Стан"),
    "number": noop("ConflictsView", "Номер"),
    "worker_id": noop("ConflictsView", "Працівник"),
    "note": noop("ConflictsView", "Примітка"),
}
ROW_AIR = 12  # pixels
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TYPED_DAY = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One conflict as the list shows it."""

    conflict: Conflict
    subject: str  # the person's name, or what the record is
    field: str  # the field's label
    kept: str  # the current value, who and when
    lost: str  # the other value, who and when
    kept_value: str  # the current value alone (what "type a value" starts from)


class ConflictsModel(RowsModel[ConflictRow]):
    context = "ConflictsView"
    headers = (
        noop("ConflictsView", "Запис"),
        noop("ConflictsView", "Поле"),
        noop("ConflictsView", "Поточне значення"),
        noop("ConflictsView", "Інше значення"),
    )

    def cell(self, row: ConflictRow, column: int) -> str:
        return (row.subject, row.field, row.kept, row.lost)[column]


def conflict_rows(store: Store, row_id: str | None = None) -> list[ConflictRow]:
    """The open conflicts (of one record, if given) as the list shows them."""
    with store.read() as conn:
        conflicts = open_conflicts(conn, row_id)
        people = {
            p.id: p.full_name
            for p in person_rows(conn, [c.row_id for c in conflicts if c.table == "person"])
        }
        settlements = dict(list_settlements(conn))
        values = {  # a form's answers without the sensitive ones the reader may not see
            c.id: (
                shown_value(conn, c.table, c.row_id, c.field, c.kept.value),
                shown_value(conn, c.table, c.row_id, c.field, c.lost.value),
            )
            for c in conflicts
        }
    rows = []
    for c in conflicts:
        if c.table == "person":
            subject = people.get(c.row_id) or tr("ConflictsView", "Особа (запис не знайдено)")
        else:
            subject = (
                tr("ConflictsView", TABLE_NAMES[c.table]) if c.table in TABLE_NAMES else c.table
            )
        kept = shown(c.field, values[c.id][0], settlements)
        if c.withheld:  # made before an erasure: its value is kept nowhere, a person is told
            rows.append(_withheld_row(c, subject))
            continue
        rows.append(
            ConflictRow(
                c,
                subject,
                label(c.table, c.field),
                kept + "\n" + who_and_when(c.kept),
                shown(c.field, values[c.id][1], settlements) + "\n" + who_and_when(c.lost),
                "" if kept == "—" else kept,
            )
        )
    return rows


def _withheld_row(c: Conflict, subject: str) -> ConflictRow:
    field = label(c.table, c.field)
    told = tr(
        "ConflictsView",
        "Зміну поля «{field}» ({who}) зроблено до знищення даних і не застосовано; "
        "якщо значення правильне, введіть його знову.",
    ).format(field=field, who=who_and_when(c.lost))
    return ConflictRow(c, subject, field, tr("ConflictsView", "Дані знищено"), told, "")


def label(table: str, field: str) -> str:
    """The field's Ukrainian label: the card's for a person, else a short list, else its name."""
    if table == "person" or field not in FIELD_NAMES:
        return field_text(field)
    return tr("ConflictsView", FIELD_NAMES[field])


def shown(field: str, value: JsonValue, settlements: dict[str, str]) -> str:
    """A stored value as a person reads it."""
    if field == "settlement_id" and isinstance(value, str):
        return settlements.get(value, value)
    if field in CHOICES:
        labels = {v: text for text, v in CHOICES[field]}
        return tr("PersonCard", labels[value]) if value in labels and value else "—"
    if isinstance(value, str) and _ISO_DAY.match(value):
        return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
    return value_text(field, value)


def who_and_when(side: Side) -> str:
    who = side.worker or tr("ConflictsView", "невідомо хто")
    if side.at is None:
        return who
    return f"{who}, {side.at.astimezone():%d.%m.%Y %H:%M}"


def typed_value(field: str, text: str) -> JsonValue:
    """What a person typed, in the stored form: dates from ДД.ММ.РРРР, phones in E.164; the
    store says whether the field takes it."""
    text = text.strip()
    if not text:
        return None
    day = _TYPED_DAY.match(text)
    if day:
        try:
            return dt.date(int(day[3]), int(day[2]), int(day[1])).isoformat()
        except ValueError:
            raise ValidationError(
                tr("ConflictsView", "Такої дати немає. Введіть її як ДД.ММ.РРРР."), "value"
            ) from None
    if field == "phone":
        return normalize_phone(text)
    return text


class TypedValueDialog(QDialog):
    """Asks for the right value of a conflict's field; stays open until the store takes it."""

    def __init__(self, row: ConflictRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(tr("ConflictsView", "Ввести правильне значення"))
        self.value_edit = QLineEdit(row.kept_value, self)
        self.value_edit.setObjectName("value_edit")
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(tr("ConflictsView", "Запис:"), QLabel(row.subject, self))
        form.addRow(row.field + ":", self.value_edit)
        self.buttons = lay_out_form_dialog(self, form, [self.error_label], self._submit)
        self.setMinimumWidth(420)
        self.submitted: list[JsonValue] = []

    def _submit(self) -> None:
        try:
            value = typed_value(self.row.conflict.field, self.value_edit.text())
        except ValidationError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return
        self.error_label.setText("")
        parent = self.parent()
        if isinstance(parent, ConflictsView):
            parent.settle(self.row, Resolution.TYPED, value, self)


class ConflictsView(QDialog):
    """The list of open conflicts; coordinators settle them here."""

    def __init__(self, writer: Writer, row_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._writer, self._store, self._row_id = writer, writer.store, row_id
        self.may_resolve = self._store.role == Role.COORDINATOR
        self.setWindowTitle(tr("ConflictsView", "SocDesk — конфлікти синхронізації"))
        intro = QLabel(
            tr(
                "ConflictsView",
                "Ці поля змінили на двох робочих місцях, не знаючи одне про одне. У записі "
                "зараз поточне значення; інше збережено лише тут. Виберіть правильне або "
                "введіть своє: "
                "рішення отримають усі робочі місця.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.table = rows_table(self, self.model, "conflicts_table")
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty_label = QLabel(tr("ConflictsView", "Конфліктів немає."), self)
        self.empty_label.setObjectName("empty_label")
        self.keep_button = QPushButton(tr("ConflictsView", "Залишити поточне"), self)
        self.swap_button = QPushButton(tr("ConflictsView", "Взяти інше"), self)
        self.type_button = QPushButton(tr("ConflictsView", "Ввести значення…"), self)
        self.keep_button.clicked.connect(lambda: self._settle_selected(Resolution.KEEP))
        self.swap_button.clicked.connect(lambda: self._settle_selected(Resolution.SWAP))
        self.type_button.clicked.connect(self.ask_value)
        self.error_label = error_label(self)
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.swap_button, self.type_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(tr("ConflictsView", "Закрити"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        if not self.may_resolve:
            note = QLabel(
                tr(
                    "ConflictsView",
                    "Розв’язувати конфлікти може лише координатор; тут їх можна переглянути.",
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            for button in (self.keep_button, self.swap_button, self.type_button):
                button.hide()
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        listen_while_open(self, writer.bus, self._bus_changed)
        self.resize(1100, 520)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(conflict_rows(self._store, self._row_id))
        for column, width in enumerate((250, 200, 320)):  # the other value takes the rest
            self.table.setColumnWidth(column, width)
        self._fit_rows()
        self.empty_label.setVisible(not self.model.rows)
        if self.model.rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()  # now that the last column has its real width

    def _fit_rows(self) -> None:
        """Rows as tall as their two lines, with some air between conflicts."""
        self.table.resizeRowsToContents()
        for row in range(self.model.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + ROW_AIR)

    def _bus_changed(self, changes: Changes) -> None:
        if changes.sync_conflicts or changes.recipients or changes.workplace:
            self.refresh()

    def _enable(self) -> None:
        chosen = self.selected() is not None and self.may_resolve
        for button in (self.keep_button, self.swap_button, self.type_button):
            button.setEnabled(chosen)
        row = self.selected()
        if row is not None and row.conflict.withheld:  # no other value to take: dismiss
            self.swap_button.setEnabled(False)

    def selected(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _settle_selected(self, how: Resolution) -> None:
        row = self.selected()
        if row is not None:
            self.settle(row, how)

    def ask_value(self) -> TypedValueDialog | None:
        row = self.selected()
        if row is None or not self.may_resolve:
            return None
        dialog = TypedValueDialog(row, self)
        dialog.open()
        return dialog

    def settle(
        self,
        row: ConflictRow,
        how: Resolution,
        value: JsonValue = None,
        dialog: TypedValueDialog | None = None,
    ) -> None:
        """Resolves a conflict off the GUI thread; the bus then reloads the list."""
        store = self._store

        def work(uow: UnitOfWork) -> None:
            store.require_coordinator()
            resolve(uow, row.conflict.id, how, value)

        def done(_: None) -> None:
            self.error_label.setText("")
            if dialog is not None:
                dialog.accept()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, SocDeskError):
                default_failure(self, exc)
                return
            (dialog or self).error_label.setText(domain_tr(str(exc)))
            self.refresh()  # settled elsewhere meanwhile: it leaves the list

        for button in (self.keep_button, self.swap_button, self.type_button):
            button.setEnabled(False)
        self._writer.write(work, done, failed)
