"""The card's household tab: members and roles now, stays over time, and the edits (a new
household, a member added or moved from another household, a new head, leaving).

The edits belong to the card: they are kept here as pending, shown in the list, and written by
the card's «Зберегти» in the same unit of work as its fields; «Скасувати» drops them. A person
who already lives in another household is marked so in the search list, and moving them is
asked first, naming both households.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.people import HouseholdRole
from socdesk.store.database import Store
from socdesk.store.households import history as stays_of
from socdesk.store.households import (
    households_of,
    join_household,
    leave_household,
    make_head,
    members,
)
from socdesk.store.people import create_household, load_person, person_rows, search_person_ids
from socdesk.store.uow import UnitOfWork
from socdesk.ui.i18n import tr, tr_n
from socdesk.ui.person.panels import role_combo, role_text
from socdesk.ui.widgets import error_label, lay_out_form_dialog

PENDING_COLOUR = "#1f5fa8"


@dataclass(frozen=True, slots=True)
class Pending:
    """An edit of the household waiting for the card's «Зберегти»: what the list shows, and
    the work (which reads the household when it runs, after the edits before it)."""

    text: str
    work: Callable[[UnitOfWork], None]


def _household_of(uow: UnitOfWork, person_id: str) -> str:
    household = load_person(uow.connection, person_id).household_id
    assert household is not None, "a household edit needs the household made first"
    return household


class PersonPicker(QDialog):
    """Find a person by what the registry's search finds, and choose a relationship; the list
    says who already lives in another household."""

    def __init__(self, store: Store, exclude: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._exclude = store, exclude
        self._ids: list[str] = []
        self._names: list[str] = []
        self._elsewhere: dict[str, tuple[str, str]] = {}
        self.setWindowTitle(tr("PersonPanels", "Додати члена домогосподарства"))
        self.search = QLineEdit(self)
        self.search.setObjectName("picker_search")
        self.search.setPlaceholderText(tr("PersonPanels", "Прізвище, РНОКПП або телефон"))
        self.results = QListWidget(self)
        self.role = role_combo(self, [r for r in HouseholdRole if r is not HouseholdRole.HEAD])
        self.search.textChanged.connect(self.find_people)
        form = QFormLayout()
        form.addRow(tr("PersonPanels", "Пошук:"), self.search)
        form.addRow(self.results)
        form.addRow(tr("PersonPanels", "Ким доводиться голові:"), self.role)
        self.buttons = lay_out_form_dialog(self, form, [], self.accept)
        self.resize(560, 420)

    def find_people(self, text: str) -> None:
        with self._store.read() as conn:
            ids = [i for i in search_person_ids(conn, text) if i not in self._exclude]
            rows = person_rows(conn, ids)
            self._elsewhere = households_of(conn, [r.id for r in rows])
        self._ids = [r.id for r in rows]
        self._names = [r.full_name for r in rows]
        self.results.clear()
        for row in rows:
            born = f", {row.birth_date:%d.%m.%Y}" if row.birth_date else ""
            item = QListWidgetItem(f"{row.full_name}{born} {row.settlement}".strip(), self.results)
            if row.id in self._elsewhere:
                head = self._elsewhere[row.id][1] or "—"
                item.setText(
                    item.text()
                    + " — "
                    + tr("PersonPanels", "живе в іншому домогосподарстві (голова: %1)").replace(
                        "%1", head
                    )
                )
                item.setForeground(QBrush(QColor(PENDING_COLOUR)))
        if rows:
            self.results.setCurrentRow(0)

    def chosen(self) -> tuple[str, HouseholdRole] | None:
        row = self.results.currentRow()
        if row < 0:
            return None
        return self._ids[row], HouseholdRole(self.role.currentData())

    def chosen_name(self) -> str:
        row = self.results.currentRow()
        return self._names[row] if row >= 0 else ""

    def elsewhere(self, person_id: str) -> tuple[str, str] | None:
        """(household id, its head's name) if the person lives in another household now."""
        return self._elsewhere.get(person_id)


class HouseholdPanel(QWidget):
    """The person's household now (members and roles) and their stays over time; its edits
    wait for the card's «Зберегти» (`pending`, written by `write_pending`)."""

    changed = Signal()  # an edit is pending: the card has something to save

    def __init__(
        self,
        store: Store,
        person_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._person_id = store, person_id
        self._household: str | None = None
        self._head = ""
        self._member_ids: list[str] = []
        self.pending: list[Pending] = []
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.members = QListWidget(self)
        self.members.setObjectName("household_members")
        self.stays = QListWidget(self)
        self.create_button = QPushButton(tr("PersonPanels", "Створити домогосподарство"), self)
        self.add_button = QPushButton(tr("PersonPanels", "Додати члена…"), self)
        self.head_button = QPushButton(tr("PersonPanels", "Зробити головою"), self)
        self.leave_button = QPushButton(tr("PersonPanels", "Вибути з домогосподарства"), self)
        self.error_label = error_label(self)
        self.create_button.clicked.connect(self.new_household)
        self.add_button.clicked.connect(self.ask_member)
        self.head_button.clicked.connect(self.make_head)
        self.leave_button.clicked.connect(self.leave)
        buttons = QGridLayout()  # two by two: the labels are long in Ukrainian
        buttons.addWidget(self.create_button, 0, 0)
        buttons.addWidget(self.add_button, 0, 1)
        buttons.addWidget(self.head_button, 1, 0)
        buttons.addWidget(self.leave_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(QLabel(tr("PersonPanels", "Члени домогосподарства:"), self))
        layout.addWidget(self.members)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(tr("PersonPanels", "Перебування в домогосподарствах:"), self))
        layout.addWidget(self.stays)
        layout.addWidget(self.error_label)
        self.refresh()

    def refresh(self) -> None:
        person_id = self._person_id()
        self.members.clear()
        self.stays.clear()
        self._member_ids = []
        if person_id is None:
            self._household, self._head = None, ""
            self.state.setText(
                tr("PersonPanels", "Домогосподарство можна вказати після збереження картки.")
            )
            self._enable(False, False)
            return
        with self._store.read() as conn:
            self._household = load_person(conn, person_id).household_id
            people = members(conn, self._household) if self._household else []
            rows = {r.id: r for r in person_rows(conn, [p for p, _ in people])}
            sexes = {p: load_person(conn, p).sex for p in {person_id, *(p for p, _ in people)}}
            stays = stays_of(conn, person_id)
        self._head = ""
        for member_id, role in people:
            name = rows[member_id].full_name if member_id in rows else member_id
            if role is HouseholdRole.HEAD:
                self._head = name
            self.members.addItem(f"{name} — {role_text(role, sexes[member_id])}")
            self._member_ids.append(member_id)
        for edit in self.pending:
            item = QListWidgetItem(edit.text, self.members)
            item.setForeground(QBrush(QColor(PENDING_COLOUR)))
        for stay in stays:
            until = f"{stay.left_on:%d.%m.%Y}" if stay.left_on else tr("PersonPanels", "дотепер")
            said = role_text(stay.role, sexes[person_id])
            self.stays.addItem(f"{stay.joined_on:%d.%m.%Y} — {until}: {said}")
        self.state.setText(self._state_text(len(people)))
        self._enable(True, self._household is not None or self._creating())

    def _state_text(self, count: int) -> str:
        if self.pending:
            return tr(
                "PersonPanels",
                "Зміни запишуться після «Зберегти»; «Скасувати» їх відкине.",
            )
        if self._household is None:
            return tr("PersonPanels", "Особа не входить до жодного домогосподарства.")
        return tr_n("PersonPanels", "У домогосподарстві %n особа.", count)

    def _creating(self) -> bool:
        return any(e.text == self._new_text() for e in self.pending)

    def _enable(self, saved: bool, in_household: bool) -> None:
        self.create_button.setEnabled(saved and not in_household)
        for button in (self.add_button, self.head_button, self.leave_button):
            button.setEnabled(in_household)

    def _add(self, edit: Pending) -> None:
        self.pending.append(edit)
        self.error_label.setText("")
        self.refresh()
        self.changed.emit()

    def write_pending(self, uow: UnitOfWork) -> None:
        """Writes the pending edits, in order (the card's save, in its unit of work)."""
        for edit in self.pending:
            edit.work(uow)

    def saved(self) -> None:
        """The card saved: the edits are in the store now."""
        self.pending = []
        self.refresh()

    def _new_text(self) -> str:
        return tr("PersonPanels", "+ нове домогосподарство, особа — голова (після «Зберегти»)")

    def new_household(self) -> None:
        """A household with this person as its head, at the person's address."""
        person_id = self._person_id()
        assert person_id is not None

        def work(uow: UnitOfWork) -> None:
            person = load_person(uow.connection, person_id)
            # Its district is the store's (from the settlement, or else the head).
            household = create_household(uow, person.settlement_id, person.registered_address, None)
            join_household(uow, person_id, household, HouseholdRole.HEAD, dt.date.today())

        self._add(Pending(self._new_text(), work))

    def ask_member(self) -> PersonPicker:
        person_id = self._person_id()  # the person is not their own relative
        exclude = {*self._member_ids, *([person_id] if person_id else [])}
        picker = PersonPicker(self._store, exclude, self)
        picker.accepted.connect(lambda: self.add_member(picker.chosen(), picker))
        picker.open()
        return picker

    def add_member(
        self, chosen: tuple[str, HouseholdRole] | None, picker: PersonPicker | None = None
    ) -> None:
        """Adds a person with a relationship to the head; one who lives in another household
        is moved only after the person confirms, naming both households."""
        person_id = self._person_id()
        if chosen is None or person_id is None:
            return
        member_id, role = chosen
        name = picker.chosen_name() if picker is not None else member_id
        elsewhere = picker.elsewhere(member_id) if picker is not None else None
        if elsewhere is not None and elsewhere[0] != self._household:
            here = self._head or tr("PersonPanels", "нове, цієї особи")
            answer = QMessageBox.question(
                self,
                tr("PersonPanels", "Перевести з іншого домогосподарства?"),
                tr(
                    "PersonPanels",
                    "%1 живе в домогосподарстві, де голова — %2. Перевести до цього "
                    "домогосподарства (голова — %3)? У тому домогосподарстві особа вибуде.",
                )
                .replace("%1", name)
                .replace("%2", elsewhere[1] or "—")
                .replace("%3", here),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def work(uow: UnitOfWork) -> None:
            household = _household_of(uow, person_id)
            join_household(uow, member_id, household, role, dt.date.today())

        text = f"+ {name} — {role_text(role)} " + tr("PersonPanels", "(після «Зберегти»)")
        self._add(Pending(text, work))

    def make_head(self) -> None:
        person_id = self._person_id()
        if person_id is None:
            return

        def work(uow: UnitOfWork) -> None:
            make_head(uow, person_id, _household_of(uow, person_id), dt.date.today())

        self._add(Pending(tr("PersonPanels", "особа стане головою (після «Зберегти»)"), work))

    def leave(self) -> None:
        person_id = self._person_id()
        if person_id is None:
            return
        answer = QMessageBox.question(
            self,
            tr("PersonPanels", "Вибуття з домогосподарства"),
            tr("PersonPanels", "Записати, що особа вибула з домогосподарства сьогодні?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._add(
                Pending(
                    tr("PersonPanels", "− особа вибуде з домогосподарства (після «Зберегти»)"),
                    lambda uow: leave_household(uow, person_id, dt.date.today()),
                )
            )
