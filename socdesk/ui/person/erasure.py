"""Rectification and erasure of a person's data from their card (виправлення і знищення даних
особи; the Law «Про захист персональних даних», Art. 8 and 16; issue 17).

A coordinator on a device of every district (`refusal` says why anyone else may not: the
server quarantines an erasure from a district's device) corrects wrong details or erases
details processed unlawfully. Each dialog says what happens (irreversible; the old values go
from the history, the sync conflicts, the change log and the backups, here at once and on
every replica after sync), checks the form, asks naming the person, then writes off the GUI
thread through the card's `Writer` (store/erasure.py's `rectify` and `erase_fields`); the card
reloads through the Changes signal. The card also lists the person's erasures: kind, date,
fields and reason, never a value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.dates import read_day
from socdesk.domain.errors import ValidationError
from socdesk.domain.identifiers import DocumentType, Sex
from socdesk.domain.people import (
    PersonInput,
    RnokppStatus,
    Role,
    person_problems,
    validate_person,
)
from socdesk.domain.retention import KIND_NAMES, PERSON_DETAILS, WHOLE_PERSON, Erasure
from socdesk.store import erasure
from socdesk.store.database import Store
from socdesk.store.people import list_settlements, load_person
from socdesk.store.territory import all_districts, served_districts
from socdesk.store.uow import UnitOfWork
from socdesk.sync import link
from socdesk.sync.bundles import is_centre
from socdesk.ui.changes import Writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import default_failure
from socdesk.ui.person.fields import CHOICES, LABELS, shown_value
from socdesk.ui.widgets import ERROR_COLOUR, date_edit, date_of, error_label

REASON_MIN = 10  # characters: a reason says whose request or decision, with its number
RECTIFY_KEYS, ERASE_KEYS = "Ctrl+Shift+R", "Ctrl+Shift+X"
# The card's fields a coordinator may correct, in the card's order; erasure adds name forms.
RECTIFIABLE = tuple(name for name in LABELS if name in PERSON_DETAILS)
ERASABLE = (*RECTIFIABLE, "name_forms")
EXTRA_LABELS = {
    "name_forms": noop("Erasure", "Відмінки імені"),
    WHOLE_PERSON: noop("Erasure", "усі дані особи"),
}
NOT_COORDINATOR = noop("Erasure", "Виправляти й знищувати дані особи може лише координатор.")
PART_DEVICE = noop(
    "Erasure",
    "Це робоче місце працює лише з частиною округів, і сервер не прийме звідси виправлення "
    "чи знищення даних. Зробіть це на робочому місці координатора для всіх округів.",
)
WHAT_HAPPENS = noop(
    "Erasure",
    "Старі значення буде знищено назавжди: з історії змін, конфліктів синхронізації, журналу "
    "змін і резервних копій — на цьому комп’ютері одразу, на інших робочих місцях і на "
    "сервері після синхронізації. У журналі дій залишиться лише, які поля, коли і чому, без "
    "самих значень. Скасувати це неможливо.",
)


def refusal(store: Store) -> str | None:
    """Why this user on this device may not rectify or erase (translated), or None: they may.
    A coordinator, on a device linked to the server for every district or not linked to one
    (a centre, or a workplace serving every district of the store)."""
    if store.role != Role.COORDINATOR:
        return tr("Erasure", NOT_COORDINATOR)
    server = link.linked(store)
    if server is not None:
        return None if server.districts is None else tr("Erasure", PART_DEVICE)
    if is_centre(store):
        return None
    with store.read() as conn:
        served = {d for d, _ in served_districts(conn)}
        every = {d for d, _ in all_districts(conn)}
    return None if not served or every <= served else tr("Erasure", PART_DEVICE)


def field_name(name: str) -> str:
    if name in LABELS:
        return tr("PersonCard", LABELS[name])
    return tr("Erasure", EXTRA_LABELS.get(name, name))


def erasure_line(done: Erasure) -> str:
    """One erasure as the card lists it: date, kind, fields and reason (never a value)."""
    order = {name: i for i, name in enumerate(ERASABLE)}  # as the card lists them
    fields = ", ".join(field_name(f) for f in sorted(done.fields, key=lambda f: order.get(f, 99)))
    return (
        tr("Erasure", "%1 — %2 (%3). Підстава: %4")
        .replace("%1", f"{done.on:%d.%m.%Y}")
        .replace("%2", domain_tr(KIND_NAMES[done.kind]))
        .replace("%3", fields)
        .replace("%4", done.reason)
    )


def full_name(person: PersonInput) -> str:
    parts = (person.surname, person.given_name, person.patronymic)
    return " ".join(p for p in parts if p) or "—"


class ErasurePanel(QWidget):
    """The card's two actions and the list of the person's erasures."""

    def __init__(
        self,
        store: Store,
        person_id: Callable[[], str | None],
        writer: Writer,
        today: Callable[[], dt.date],
        busy: Callable[[], bool],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._store, self._person_id, self._writer = store, person_id, writer
        self._today, self._busy = today, busy
        self._refusal = refusal(store)  # the user and the device do not change while open
        self.dialog: _ErasureDialog | None = None
        self.list_label = QLabel(self)
        self.list_label.setObjectName("erasures")
        self.list_label.setWordWrap(True)
        self.note = error_label(self)
        self.note.setObjectName("erasure_note")
        self.rectify_button = QPushButton(tr("Erasure", "Виправити дані…"), self)
        self.rectify_button.setObjectName("rectify")
        self.erase_button = QPushButton(tr("Erasure", "Знищити незаконно оброблювані дані…"), self)
        self.erase_button.setObjectName("erase")
        self.rectify_button.clicked.connect(lambda: self.ask(RectifyDialog))
        self.erase_button.clicked.connect(lambda: self.ask(EraseDialog))
        for key, button in ((RECTIFY_KEYS, self.rectify_button), (ERASE_KEYS, self.erase_button)):
            QShortcut(QKeySequence(key), parent, button.click)  # wherever the card's focus is
        row = QHBoxLayout()
        row.addWidget(self.rectify_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_label)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        person_id = self._person_id()
        done: list[Erasure] = []
        if person_id is not None:
            with self._store.read() as conn:
                done = erasure.erasures_of(conn, person_id)
        self.list_label.setVisible(bool(done))
        self.list_label.setText(
            tr("Erasure", "Знеособлення, виправлення й знищення даних:")
            + "".join(f"\n• {erasure_line(e)}" for e in done)
        )
        why = self._refusal
        if why is None and person_id is None:
            why = tr("Erasure", "Спершу збережіть картку.")
        for button, key in ((self.rectify_button, RECTIFY_KEYS), (self.erase_button, ERASE_KEYS)):
            button.setEnabled(why is None)
            button.setToolTip(why or f"{button.text().rstrip('…')} ({key})")

    def ask(self, kind: type[_ErasureDialog]) -> _ErasureDialog | None:
        """Opens the dialog, or says why not (the card has unsaved changes)."""
        person_id = self._person_id()
        if person_id is None or self._refusal is not None:
            return None
        if self._busy():
            self.note.setText(
                tr(
                    "Erasure",
                    "Картку змінено: спершу збережіть зміни або закрийте картку без "
                    "збереження, а тоді виправляйте чи знищуйте дані.",
                )
            )
            return None
        self.note.clear()
        self.dialog = kind(self._store, person_id, self._writer, self._today(), self)
        self.dialog.open()
        return self.dialog


Editor = QLineEdit | QComboBox | QPlainTextEdit


class _ErasureDialog(QDialog):
    """What both dialogs share: the explanation, the fields, the reason and the date, the
    checks, the question naming the person and the write."""

    title = ""
    intro = ""
    ok_text = ""
    date_text = ""
    question = ""
    fields: tuple[str, ...] = ()

    def __init__(
        self, store: Store, person_id: str, writer: Writer, today: dt.date, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._store, self._person_id, self._writer, self._today = store, person_id, writer, today
        with store.read() as conn:
            self.person = load_person(conn, person_id)
            self._settlements = list_settlements(conn)
        self.name = full_name(self.person)
        self.setWindowTitle(tr("Erasure", self.title).replace("%1", self.name))
        intro = QLabel(tr("Erasure", self.intro) + "\n\n" + tr("Erasure", WHAT_HAPPENS), self)
        intro.setObjectName("what_happens")
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.ticks: dict[str, QCheckBox] = {}
        self.editors: dict[str, Editor] = {}  # the correct values (rectification only)
        grid = QGridLayout()
        for row, name in enumerate(self.fields):
            tick = QCheckBox(field_name(name), self)
            tick.setObjectName(f"{name}_tick")
            self.ticks[name] = tick
            grid.addWidget(tick, row, 0)
            self._add_editor(grid, row, name)
        grid.setColumnStretch(1, 1)
        inner = QWidget(self)
        inner.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)  # Tab goes on to the date, not into the text
        self.reason.setFixedHeight(54)
        self.reason.setPlaceholderText(
            tr("Erasure", "напр. заява особи від 01.12.2026 № 15; рішення суду від …")
        )
        self.on: QDateEdit = date_edit(self, today, "on")
        form = QFormLayout()
        form.addRow(tr("Erasure", "&Підстава:"), self.reason)
        form.addRow(tr("Erasure", self.date_text), self.on)
        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(
            tr("Erasure", self.ok_text), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("ok")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.resize(680, 660)

    def _add_editor(self, grid: QGridLayout, row: int, name: str) -> None:
        """A field's own widget beside its tick box (none for erasure)."""

    # ------------------------------------------------------------------ checks
    def chosen(self) -> list[str]:
        return [name for name in self.fields if self.ticks[name].isChecked()]

    def problems(self) -> list[str]:
        """Everything wrong with the form, in the interface's language (empty: it is right)."""
        found: list[str] = []
        if not self.chosen():
            found.append(tr("Erasure", "Позначте хоча б одне поле."))
        if len(" ".join(self.reason.toPlainText().split())) < REASON_MIN:
            found.append(
                tr(
                    "Erasure",
                    "Напишіть підставу, щонайменше %1 символів: чия заява чи яке рішення, "
                    "їхні номер і дата. Її буде записано в журнал дій.",
                ).replace("%1", str(REASON_MIN))
            )
        if date_of(self.on) > self._today:
            found.append(tr("Erasure", "Дата не може бути пізнішою за сьогоднішню."))
        return found

    def submit(self) -> bool:
        """Checks, asks naming the person, then writes off the GUI thread; whether it set
        out to write."""
        problems = self.problems()
        self.error_label.setText("\n".join(problems))
        if problems:
            return False
        names = ", ".join(field_name(f) for f in self.chosen())
        text = (
            tr("Erasure", self.question).replace("%1", self.name).replace("%2", names)
            + "\n\n"
            + tr(
                "Erasure",
                "Старі значення буде знищено назавжди, на інших робочих місцях — після "
                "синхронізації. Скасувати це неможливо.",
            )
        )
        answer = QMessageBox.question(self, self.windowTitle(), text)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        work = self.work()
        store = self._store

        def run(uow: UnitOfWork) -> Erasure:  # in the worker thread
            store.require_coordinator()
            return work(uow)

        self.ok_button.setEnabled(False)
        self._writer.write(run, lambda _done: self.accept(), self._failed)
        return True

    def work(self) -> Callable[[UnitOfWork], Erasure]:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.error_label.setText(domain_tr(str(exc)))
        else:
            default_failure(self, exc)

    def reason_text(self) -> str:
        return " ".join(self.reason.toPlainText().split())


class EraseDialog(_ErasureDialog):
    title = noop("Erasure", "Знищення незаконно оброблюваних даних — %1")
    intro = noop(
        "Erasure",
        "Позначте дані, які обробляються незаконно: вони стануть порожніми в картці.",
    )
    ok_text = noop("Erasure", "Зни&щити…")
    date_text = noop("Erasure", "&Дата знищення:")
    question = noop("Erasure", "Знищити дані особи «%1»: %2?")
    fields = ERASABLE

    def work(self) -> Callable[[UnitOfWork], Erasure]:
        person_id, names, reason, on = (
            self._person_id,
            self.chosen(),
            self.reason_text(),
            date_of(self.on),
        )
        return lambda uow: erasure.erase_fields(uow, person_id, names, reason, on)


class RectifyDialog(_ErasureDialog):
    title = noop("Erasure", "Виправлення даних — %1")
    intro = noop(
        "Erasure",
        "Позначте неправдиві дані й уведіть правильні значення: їх буде записано замість "
        "неправдивих.",
    )
    ok_text = noop("Erasure", "&Виправити…")
    date_text = noop("Erasure", "&Дата виправлення:")
    question = noop("Erasure", "Виправити дані особи «%1»: %2?")
    fields = RECTIFIABLE

    def _add_editor(self, grid: QGridLayout, row: int, name: str) -> None:
        editor = self._editor(name)
        editor.setObjectName(f"{name}_value")
        self.editors[name] = editor
        grid.addWidget(editor, row, 1)
        tick = self.ticks[name]
        tick.toggled.connect(editor.setEnabled)
        editor.setEnabled(False)  # ticked first: only chosen fields change

    def _editor(self, name: str) -> Editor:
        value = getattr(self.person, name)
        if name in CHOICES or name == "settlement_id":
            combo = QComboBox(self)
            items = (
                [(tr("PersonCard", label), data) for label, data in CHOICES[name]]
                if name in CHOICES
                else [("—", None), *((title, sid) for sid, title in self._settlements)]
            )
            for label, data in items:
                combo.addItem(label, data)
            current = getattr(value, "value", value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            return combo
        if name == "notes":
            notes = QPlainTextEdit(str(value or ""), self)
            notes.setTabChangesFocus(True)
            notes.setFixedHeight(48)
            return notes
        return QLineEdit(shown_value(self.person, name), self)

    def _typed(self, name: str) -> object:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    def corrected(self) -> tuple[dict[str, object], list[str]]:
        """The chosen fields' correct values as the card stores them, and what is wrong with
        them (every problem, each naming its field)."""
        typed, problems = self._read()
        if problems:
            return {}, problems
        person = dataclasses.replace(self.person, **typed)  # type: ignore[arg-type]
        found = person_problems(person, self._today)
        chosen = self.chosen()
        problems = [f"«{field_name(f)}»: {domain_tr(t)}" for f, t in found.items() if f in chosen]
        if problems:
            return {}, problems
        for field in found:  # a stored problem elsewhere does not block this correction
            person = dataclasses.replace(person, **{field: getattr(self.person, field)})
            if field in ("rnokpp", "document_number"):
                person = dataclasses.replace(person, rnokpp_status=RnokppStatus.UNKNOWN)
        stored = validate_person(person, self._today).values
        before = validate_person_values(self.person)
        values = {name: stored[name] for name in chosen}
        same = [field_name(n) for n, v in values.items() if before.get(n) == v]
        if same:
            problems.append(
                tr(
                    "Erasure",
                    "Нове значення таке саме, як записане (%1): зніміть позначку або "
                    "уведіть правильне.",
                ).replace("%1", ", ".join(same))
            )
        return values, problems

    def _read(self) -> tuple[dict[str, object], list[str]]:
        """The chosen fields as typed, read as the card's values (dates, choices), and what
        keeps them from being read."""
        problems = []
        typed: dict[str, object] = {name: self._typed(name) for name in self.chosen()}
        for name, value in typed.items():
            if value is None or (isinstance(value, str) and not value.strip()):
                problems.append(
                    tr(
                        "Erasure",
                        "«%1»: уведіть правильне значення. Щоб лише прибрати неправдиве, "
                        "скористайтеся знищенням даних.",
                    ).replace("%1", field_name(name))
                )
        if problems:
            return typed, problems
        if "birth_date" in typed:
            try:
                typed["birth_date"] = read_day(str(typed["birth_date"]), "birth_date", self._today)
            except ValidationError as exc:
                problems.append(f"«{field_name('birth_date')}»: {domain_tr(str(exc))}")
        if "rnokpp" in typed and self.person.rnokpp_status is not RnokppStatus.KNOWN:
            problems.append(
                tr(
                    "Erasure",
                    "РНОКПП у картці не позначено як відомий: додайте номер звичайним "
                    "редагуванням картки.",
                )
            )
        for name, kind in (("sex", Sex), ("document_type", DocumentType)):
            if name in typed:
                typed[name] = kind(str(typed[name]))
        return typed, problems

    def problems(self) -> list[str]:
        found = super().problems()
        if self.chosen():
            found += self.corrected()[1]
        return found

    def work(self) -> Callable[[UnitOfWork], Erasure]:
        values, _ = self.corrected()
        person_id, reason, on = self._person_id, self.reason_text(), date_of(self.on)
        return lambda uow: erasure.rectify(uow, person_id, values, reason, on)


def validate_person_values(person: PersonInput) -> dict[str, object]:
    """The stored person's values as `validate_person` gives them (for comparing)."""
    values: dict[str, object] = {name: getattr(person, name) for name in RECTIFIABLE}
    for name in ("sex", "document_type"):
        value = values[name]
        values[name] = getattr(value, "value", value)
    return values
