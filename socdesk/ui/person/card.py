"""The person's card (особова картка отримувача): create and edit, with inline validation,
warnings to confirm, the duplicate check before a new person is saved, and a draft kept on
every pause in typing. Saving runs off the GUI thread as one unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.changes import Changes
from socdesk.domain.dates import read_day
from socdesk.domain.duplicates import Candidate
from socdesk.domain.errors import ValidationError
from socdesk.domain.identifiers import format_phone
from socdesk.domain.people import (
    PersonInput,
    RnokppStatus,
    person_input,
    person_problems,
    validate_person,
)
from socdesk.store.conflicts import open_conflicts
from socdesk.store.database import Store
from socdesk.store.drafts import PERSON_CARD, discard_draft, save_draft
from socdesk.store.duplicates import find_duplicates, match_fields
from socdesk.store.people import create_person, list_settlements, load_person, update_person
from socdesk.store.uow import UnitOfWork
from socdesk.ui.changes import ChangeBus, Writer, listen_while_open
from socdesk.ui.i18n import tr
from socdesk.ui.keyboard import tab_keys
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import TaskRunner, default_failure
from socdesk.ui.person.cases import CasesPanel
from socdesk.ui.person.duplicates import DuplicatesDialog
from socdesk.ui.person.erasure import ErasurePanel
from socdesk.ui.person.fields import CHOICES, LABELS, TEXT_FIELDS
from socdesk.ui.person.household import HouseholdPanel, Pending
from socdesk.ui.person.name_forms import NameFormsPanel
from socdesk.ui.person.panels import (
    CategoriesPanel,
    ConsentPanel,
    HistoryPanel,
    field_text,
)
from socdesk.ui.surveys import SurveysPanel
from socdesk.ui.widgets import ERROR_COLOUR, error_label

DRAFT_DELAY_MS = 700


@dataclass(frozen=True, slots=True)
class SaveRequest:
    person: PersonInput
    confirmed_warnings: bool
    not_duplicate_reason: str | None
    household: tuple[Pending, ...] = ()  # the household tab's edits, written with the card


class DuplicatesFound(Exception):
    """Raised by the save work so the GUI can show the candidates (not an error)."""

    def __init__(self, candidates: list[Candidate]) -> None:
        super().__init__("possible duplicates")
        self.candidates = candidates


class WarningsToConfirm(Exception):
    def __init__(self, warnings: list[str]) -> None:
        super().__init__("warnings")
        self.warnings = warnings


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """dd.mm.yyyy as people type it on Ukrainian forms; empty is "not known"."""
    return read_day(text, "birth_date", today)


# Fields checked when the person leaves them (the others are choices, always valid).
CHECKED_FIELDS = (
    *("surname", "given_name", "patronymic", "birth_date"),
    *("rnokpp", "document_number", "unzr", "phone"),
)


class PersonCard(QDialog):
    """One person's card. `saved(person_id)` after a successful save."""

    saved = Signal(str)
    open_existing = Signal(str)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        person_id: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._runner, self._person_id, self._today = store, runner, person_id, today
        # The main window's writer and bus; a card opened on its own gets a bus of its own.
        self.writer = writer or Writer(store, runner, ChangeBus(self))
        self._draft_id: str | None = None
        self._dirty = False
        self._loaded: PersonInput | None = None  # what the store held: fields not on the form
        self._problems: dict[str, str] = {}  # field → what is wrong, as shown
        self.fields: dict[str, QLineEdit | QComboBox | QPlainTextEdit] = {}
        self.error_label = error_label(self)
        self.status_label = QLabel(self)  # «Зберігаю…», «Збережено»: what the card is doing
        self.status_label.setObjectName("status_label")
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(tr("PersonCard", "Зберегти"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(
            tr("PersonCard", "Скасувати"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.setToolTip(tr("PersonCard", "Ctrl+S — зберегти, Esc — закрити"))
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._build()
        self._load()
        self._connect()
        if person_id is None:  # a new person starts with the surname
            self.fields["surname"].setFocus()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.setWindowTitle(tr("PersonCard", "Нова особа — картка"))  # _load names the person
        self._build_conflict_notice()
        form = QFormLayout()
        for name in LABELS:
            widget = self._make_field(name)
            widget.setObjectName(f"{name}_edit")
            self.fields[name] = widget
            form.addRow(tr("PersonCard", LABELS[name]) + ":", widget)
        self.fields["birth_date"].setPlaceholderText(tr("PersonCard", "ДД.ММ.РРРР"))
        self.fields["phone"].setPlaceholderText("067 123 45 67")
        personal = QWidget(self)
        column = QVBoxLayout(personal)
        column.addLayout(form)
        saved_id = self.person_id
        # Rectification and erasure (a coordinator of every district), and the erasures made.
        self.erasure = ErasurePanel(
            self._store, saved_id, self.writer, self._today, self.is_dirty, self
        )
        column.addWidget(self.erasure)
        self.categories = CategoriesPanel(self._store, self)
        self.consent = ConsentPanel(self._store, saved_id, self, self.writer)
        self.household = HouseholdPanel(self._store, saved_id, self)  # saved with the card
        self.cases = CasesPanel(self._store, saved_id, self, self.writer)
        self.history = HistoryPanel(self._store, saved_id, self)
        self.name_forms = NameFormsPanel(self._store, saved_id, self, self.writer)
        self.surveys = SurveysPanel(self._store, saved_id, dt.date.today, self, self.writer)
        self.tabs = QTabWidget(self)
        tab_keys(self.tabs)
        self.tabs.addTab(personal, tr("PersonCard", "&Особові дані"))
        self.tabs.addTab(self.categories, tr("PersonCard", "&Категорії"))
        self.tabs.addTab(self.consent, tr("PersonCard", "З&года"))
        self.tabs.addTab(self.household, tr("PersonCard", "&Домогосподарство"))
        self.tabs.addTab(self.cases, tr("PersonCard", "&Випадки"))
        self.tabs.addTab(self.history, tr("PersonCard", "&Історія змін"))
        self.tabs.addTab(self.name_forms, tr("PersonCard", "Відмін&ки"))
        self.tabs.addTab(self.surveys, tr("PersonCard", "Анке&ти"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_notice)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(640)

    def _build_conflict_notice(self) -> None:
        """A line above the tabs when sync left a conflict on this person, with the way to it."""
        self.conflict_notice = QWidget(self)
        self.conflict_notice.setObjectName("conflict_notice")
        self.conflict_text = QLabel(self.conflict_notice)
        self.conflict_text.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold")
        self.conflict_text.setWordWrap(True)
        self.conflict_button = QPushButton(
            tr("PersonCard", "Переглянути конфлікти…"), self.conflict_notice
        )
        self.conflict_button.clicked.connect(self.show_conflicts)
        row = QHBoxLayout(self.conflict_notice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.conflict_text, 1)
        row.addWidget(self.conflict_button)
        self.conflict_notice.hide()

    def refresh_conflicts(self) -> None:
        """Shows or hides the notice of open conflicts on this person."""
        if self._person_id is None:
            self.conflict_notice.hide()
            return
        with self._store.read() as conn:
            fields = [c.field for c in open_conflicts(conn, self._person_id)]
        if fields:
            names = ", ".join(dict.fromkeys(field_text(f) for f in fields))
            self.conflict_text.setText(
                tr(
                    "PersonCard",
                    "Дані цієї особи змінили на двох робочих місцях, не знаючи одне про "
                    "одне (%1): координатор має вибрати правильне значення.",
                ).replace("%1", names)
            )
        self.conflict_notice.setVisible(bool(fields))

    def show_conflicts(self) -> QDialog:
        from socdesk.ui.admin.conflicts import ConflictsView

        view = ConflictsView(self.writer, self._person_id, self)
        view.open()
        return view

    def _changes_applied(self, changes: Changes) -> None:
        """The bus says what changed: the card's lists (and, if untouched, its fields) reload."""
        if self._person_id is None:
            return
        if changes.sync_conflicts or changes.recipients:
            self.refresh_conflicts()
        if changes.recipients:
            self.consent.refresh()
            self.history.refresh()
            self.erasure.refresh()
            if not self._dirty:
                with self._store.read() as conn:
                    self._loaded = load_person(conn, self._person_id)
                self.set_values(_person_texts(self._loaded))
                self._name_title(self._loaded)  # a rectified name
                self._dirty = False  # filled from the store, not typed
                self._draft_timer.stop()
        if changes.households:
            self.household.refresh()
        if changes.cases:
            self.cases.refresh()

    def _make_field(self, name: str) -> QLineEdit | QComboBox | QPlainTextEdit:
        if name in CHOICES:
            combo = QComboBox(self)
            for label, value in CHOICES[name]:
                combo.addItem(tr("PersonCard", label), value)
            return combo
        if name == "settlement_id":
            combo = QComboBox(self)
            combo.addItem("—", None)
            with self._store.read() as conn:
                for sid, title in list_settlements(conn):
                    combo.addItem(title, sid)
            return combo
        if name == "notes":
            notes = QPlainTextEdit(self)
            notes.setFixedHeight(60)
            return notes
        return QLineEdit(self)

    def person_id(self) -> str | None:
        """The saved person's id; None until a new card is saved."""
        return self._person_id

    def _connect(self) -> None:
        listen_while_open(self, self.writer.bus, self._changes_applied)
        self.categories.changed.connect(self._changed)
        self.household.changed.connect(self._changed)  # its edits wait for «Зберегти»
        self.buttons.accepted.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.buttons.rejected.connect(self.reject)
        self._draft_timer.timeout.connect(self._save_draft)
        self.fields["rnokpp"].textEdited.connect(self._rnokpp_typed)  # type: ignore[union-attr]
        for name in CHECKED_FIELDS:
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            edit.editingFinished.connect(lambda name=name: self._left(name))
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._changed)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self._changed)
            else:
                widget.textChanged.connect(self._changed)

    # ------------------------------------------------------------------ values
    def _name_title(self, person: PersonInput) -> None:
        name = " ".join(p for p in (person.surname, person.given_name, person.patronymic) if p)
        self.setWindowTitle(tr("PersonCard", "%1 — картка").replace("%1", name))

    def _load(self) -> None:
        if self._person_id is None:
            return
        with self._store.read() as conn:
            person = load_person(conn, self._person_id)
        person_id = self._person_id  # who opened whose card is recorded (the Law on data)
        self.writer.write(lambda uow: uow.audit_action("open", "person", [], person_id))
        self._loaded = person
        self._name_title(person)
        self.set_values(_person_texts(person))
        self.refresh_conflicts()

    def values(self) -> dict[str, Any]:
        """The form as texts and choice values (what a draft stores)."""
        out: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text()
            else:
                out[name] = widget.toPlainText()
        out["categories"] = self.categories.categories()
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        self.categories.set_categories(list(values.get("categories") or []))
        for name, value in values.items():
            widget = self.fields.get(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif widget is not None:
                widget.setPlainText(str(value or ""))

    def person_input(self) -> PersonInput:
        """The form as a `PersonInput`, or `ValidationError` for a date that does not parse."""
        person, problems = self._checked()
        if "birth_date" in problems:
            raise ValidationError(problems["birth_date"], "birth_date")
        return person

    def _checked(self) -> tuple[PersonInput, dict[str, str]]:
        """The form as a `PersonInput` (a date that does not parse read as unknown) and
        every problem of it, by field, in the interface's language."""
        values = self.values()
        try:
            birth_date = parse_date(values["birth_date"], self._today())
            date_problem = None
        except ValidationError as exc:
            birth_date, date_problem = None, str(exc)
        person = person_input({**values, "birth_date": birth_date})
        if self._loaded is not None:  # household membership is kept by the household tab
            person.household_id = self._loaded.household_id
            person.household_role = self._loaded.household_role
        problems = person_problems(person, self._today())
        if date_problem:
            problems["birth_date"] = date_problem
        return person, {field: domain_tr(text) for field, text in problems.items()}

    def _left(self, name: str) -> None:
        """A field the person typed in and left is checked at once; a problem already shown
        is checked again (so fixing one clears its mark). Untouched fields are not judged."""
        edit = self.fields[name]
        assert isinstance(edit, QLineEdit)
        if not edit.isModified() and name not in self._problems:
            return
        edit.setModified(False)
        _person, problems = self._checked()
        self._problems = {
            field: problems[field]
            for field in CHECKED_FIELDS
            if field in problems and (field == name or field in self._problems)
        }
        self._show_problems(focus=False)

    # ------------------------------------------------------------------ saving
    def save(self, confirmed: bool = False, reason: str | None = None) -> None:
        """Validates here (every problem at once, each at its field), then saves off the GUI
        thread."""
        person, problems = self._checked()
        self._problems = {f: problems[f] for f in CHECKED_FIELDS if f in problems}
        self._show_problems(focus=True)
        if self._problems:
            return
        try:
            validate_person(person, self._today())  # the same rules, in case one is not listed
        except ValidationError as exc:
            self._show_error(exc)
            return
        request = SaveRequest(person, confirmed, reason, tuple(self.household.pending))
        self._set_busy(True)
        self.writer.write(lambda uow: self._write(uow, request), self._saved, self._failed)

    def _write(self, uow: UnitOfWork, request: SaveRequest) -> str:
        """Off the GUI thread, in one unit of work: warnings and duplicates stop it first."""
        today = self._today()
        checked = validate_person(request.person, today)
        if checked.warnings and not request.confirmed_warnings:
            raise WarningsToConfirm(checked.warnings)
        if self._person_id is None and request.not_duplicate_reason is None:
            candidates = find_duplicates(uow.connection, match_fields(checked.values))
            if candidates:
                raise DuplicatesFound(candidates)
        person = request.person
        if request.not_duplicate_reason:
            person.notes = (person.notes + "\n" if person.notes else "") + tr(
                "PersonCard", "Не дублікат: %1"
            ).replace("%1", request.not_duplicate_reason)
        if self._person_id is None:
            self._person_id, _ = create_person(uow, person, None, today)
        else:
            update_person(uow, self._person_id, person, today)
        for edit in request.household:  # after the fields: they keep the household as it was
            edit.work(uow)
        if self._draft_id:
            discard_draft(uow, self._draft_id)
        return self._person_id

    def _saved(self, person_id: str) -> None:
        created = self._loaded is None
        with self._store.read() as conn:  # the household as the save left it, for the next
            self._loaded = load_person(conn, person_id)
        self.household.saved()
        self._dirty = False
        self._draft_timer.stop()  # a saved card leaves no draft behind
        self._draft_id = None
        self.saved.emit(person_id)
        if not created:
            self.accept()
            return
        # A new person: the card stays open on them, so household, consent and appeal follow.
        self._set_busy(False)
        self._name_title(self._loaded)
        for panel in (
            self.consent,
            self.household,
            self.cases,
            self.history,
            self.name_forms,
            self.surveys,
            self.erasure,
        ):
            panel.refresh()
        self.status_label.setText(
            tr("PersonCard", "Збережено. Далі — згода, домогосподарство, звернення.")
        )

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WarningsToConfirm):
            self._confirm_warnings(exc.warnings)
        elif isinstance(exc, DuplicatesFound):
            self._resolve_duplicates(exc.candidates)
        elif isinstance(exc, ValidationError):
            self._show_error(exc)
        else:
            default_failure(self, exc)

    def _confirm_warnings(self, warnings: list[str]) -> None:
        text = (
            "\n".join(domain_tr(w) for w in warnings)
            + "\n\n"
            + tr("PersonCard", "Зберегти картку попри це?")
        )
        answer = QMessageBox.question(self, tr("PersonCard", "Перевірте дані"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.save(confirmed=True)

    def _resolve_duplicates(self, candidates: list[Candidate]) -> None:
        dialog = DuplicatesDialog(self._store, self.values(), candidates, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.chosen_person_id():
            self.open_existing.emit(dialog.chosen_person_id())
            self.reject()
        else:
            self.save(confirmed=True, reason=dialog.reason())

    # ------------------------------------------------------------------ state
    def _show_error(self, exc: ValidationError) -> None:
        field = "document_number" if exc.field == "document" else exc.field
        self._problems = {field or "": domain_tr(str(exc))}
        self._show_problems(focus=True)

    def _show_problems(self, focus: bool) -> None:
        """Every problem under the form, each field with one marked and its problem as a tip;
        with `focus`, the cursor goes to the first of them."""
        self.error_label.setText("\n".join(self._problems.values()))
        for name, widget in self.fields.items():
            problem = self._problems.get(name)
            widget.setProperty("invalid", problem is not None)
            widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR}" if problem else "")
            widget.setToolTip(problem or "")
        first = next((self.fields[n] for n in self._problems if n in self.fields), None)
        if focus and first is not None:
            self.tabs.setCurrentIndex(0)
            first.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.status_label.setText(tr("PersonCard", "Зберігаю…") if busy else "")

    def _rnokpp_typed(self, number: str) -> None:
        """A typed number means "known"; an emptied one "not yet known"; a refusal stays."""
        status = self.fields["rnokpp_status"]
        assert isinstance(status, QComboBox)
        if status.currentData() == RnokppStatus.REFUSED.value:
            return
        wanted = RnokppStatus.KNOWN if number.strip() else RnokppStatus.UNKNOWN
        status.setCurrentIndex(status.findData(wanted.value))

    def _changed(self) -> None:
        self._dirty = True
        self._draft_timer.start()

    def _save_draft(self) -> None:
        if not self._dirty:  # saved or closed since the pause in typing
            return
        person_id, values = self._person_id, self.values()

        def work(uow: UnitOfWork) -> None:
            # Kept at once (writes run in order): the save or discard after it sees the id.
            self._draft_id = save_draft(uow, self._draft_id, PERSON_CARD, person_id, values)

        self.writer.write(work)

    def is_dirty(self) -> bool:
        return self._dirty

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                tr("PersonCard", "Незбережені зміни"),
                tr("PersonCard", "Картку змінено. Закрити без збереження? Чернетку буде видалено."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._draft_timer.stop()
            self._dirty = False
            self.writer.write(self._discard_draft)
        super().reject()

    def _discard_draft(self, uow: UnitOfWork) -> None:
        if self._draft_id:  # read when the write runs: a draft written just before counts
            discard_draft(uow, self._draft_id)
            self._draft_id = None

    def restore_draft(self, draft_id: str, values: dict[str, Any]) -> None:
        """Fills the form from a draft kept before a crash or power cut."""
        self._draft_id = draft_id
        self.set_values(values)
        self._dirty = True


def _person_texts(person: PersonInput) -> dict[str, Any]:
    texts: dict[str, Any] = {name: getattr(person, name) for name in TEXT_FIELDS}
    texts["birth_date"] = person.birth_date.strftime("%d.%m.%Y") if person.birth_date else ""
    for name in ("sex", "rnokpp_status", "document_type"):
        value = getattr(person, name)
        texts[name] = value.value if value else None
    texts["settlement_id"] = person.settlement_id
    texts["notes"] = person.notes
    texts["categories"] = list(person.categories)
    texts["phone"] = format_phone(person.phone)  # as the registry list writes it
    return texts
