"""The person card's tabs beyond personal data: categories, consent, household, history.

Categories are part of the card and saved with it. Consent and household changes are their
own small units of work, done at once (a person joins a household on a day, whatever else
the card says); they need a saved card, and say so on a new one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.consent import (
    GROUND_LABELS,
    PAPER_REF_MAX,
    WITHDRAWN_NOTE,
    LegalGround,
    check_paper,
)
from socdesk.domain.errors import ValidationError
from socdesk.domain.identifiers import Sex, format_phone
from socdesk.domain.people import HouseholdRole
from socdesk.store.consents import (
    DEFAULT_SCOPE,
    consents,
    give_consent,
    withdraw_consent,
)
from socdesk.store.database import Store
from socdesk.store.history import CREATED, HistoryEntry, person_history
from socdesk.store.people import (
    list_categories,
)
from socdesk.ui.changes import Writer, own_writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import default_failure
from socdesk.ui.person.fields import LABELS
from socdesk.ui.widgets import RowsModel, error_label, lay_out_form_dialog, rows_table

ROLE_TEXT = {
    HouseholdRole.HEAD: noop("PersonPanels", "голова домогосподарства"),
    HouseholdRole.SPOUSE: noop("PersonPanels", "чоловік / дружина"),
    HouseholdRole.CHILD: noop("PersonPanels", "син / дочка"),
    HouseholdRole.PARENT: noop("PersonPanels", "батько / мати"),
    HouseholdRole.SIBLING: noop("PersonPanels", "брат / сестра"),
    HouseholdRole.GRANDCHILD: noop("PersonPanels", "онук / онука"),
    HouseholdRole.GRANDPARENT: noop("PersonPanels", "дід / баба"),
    HouseholdRole.OTHER_RELATIVE: noop("PersonPanels", "інший родич"),
    HouseholdRole.NOT_RELATED: noop("PersonPanels", "не родич, проживає разом"),
}
# A role as said of a man and of a woman; ROLE_TEXT when the card records no sex.
ROLE_BY_SEX = {
    HouseholdRole.SPOUSE: (noop("PersonPanels", "чоловік"), noop("PersonPanels", "дружина")),
    HouseholdRole.CHILD: (noop("PersonPanels", "син"), noop("PersonPanels", "дочка")),
    HouseholdRole.PARENT: (noop("PersonPanels", "батько"), noop("PersonPanels", "мати")),
    HouseholdRole.SIBLING: (noop("PersonPanels", "брат"), noop("PersonPanels", "сестра")),
    HouseholdRole.GRANDCHILD: (noop("PersonPanels", "онук"), noop("PersonPanels", "онука")),
    HouseholdRole.GRANDPARENT: (noop("PersonPanels", "дід"), noop("PersonPanels", "баба")),
    HouseholdRole.OTHER_RELATIVE: (
        noop("PersonPanels", "інший родич"),
        noop("PersonPanels", "інша родичка"),
    ),
    HouseholdRole.NOT_RELATED: (
        noop("PersonPanels", "не родич, проживає разом"),
        noop("PersonPanels", "не родичка, проживає разом"),
    ),
}
EXTRA_LABELS = {
    "categories": noop("PersonPanels", "Категорії"),
    "household_role": noop("PersonPanels", "Роль у домогосподарстві"),
    "merged_into": noop("PersonPanels", "Об’єднано з іншим записом"),
    "deleted": noop("PersonPanels", "Видалено"),
}


def role_text(role: HouseholdRole, sex: Sex | None = None) -> str:
    """The role as said of this person («дружина», «син»); both forms when no sex is known."""
    forms = ROLE_BY_SEX.get(role)
    if forms is None or sex is None:
        return tr("PersonPanels", ROLE_TEXT[role])
    return tr("PersonPanels", forms[0] if sex is Sex.MALE else forms[1])


def role_combo(parent: QWidget, roles: list[HouseholdRole]) -> QComboBox:
    combo = QComboBox(parent)
    for role in roles:
        combo.addItem(role_text(role), role.value)
    return combo


def parse_day(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise ValidationError(
            tr("PersonPanels", "Дату введіть як ДД.ММ.РРРР, наприклад 05.03.2026."), "date"
        ) from None


# ---------------------------------------------------------------------------------- categories
class CategoriesPanel(QWidget):
    """Recipient categories as check boxes; part of the card's Save."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("categories_list")
        with store.read() as conn:
            for code, name in list_categories(conn, dt.date.today()):
                item = QListWidgetItem(name, self.list)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("PersonPanels", "Категорії отримувача:"), self))
        layout.addWidget(self.list)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def categories(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_categories(self, codes: list[str]) -> None:
        self.list.blockSignals(True)
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)


# ---------------------------------------------------------------------------------- consent
class ConsentDialog(QDialog):
    """The date and purpose of a consent; `accepted_form` on OK (the panel checks and writes,
    then accepts the dialog)."""

    accepted_form = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("PersonPanels", "Згода на обробку персональних даних"))
        self.date_edit = QLineEdit(dt.date.today().strftime("%d.%m.%Y"), self)
        self.scope_edit = QLineEdit(DEFAULT_SCOPE, self)
        self.scope_edit.setMinimumWidth(520)
        self.ground_combo = QComboBox(self)
        self.ground_combo.setObjectName("consent_ground")
        for ground, label in GROUND_LABELS.items():
            self.ground_combo.addItem(domain_tr(label), ground.value)
        self.paper_edit = QLineEdit(self)
        self.paper_edit.setObjectName("consent_paper")
        self.paper_edit.setMaxLength(PAPER_REF_MAX)
        self.paper_edit.setPlaceholderText(tr("PersonPanels", "номер у справі або назва скану"))
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(tr("PersonPanels", "&Підстава обробки:"), self.ground_combo)
        form.addRow(tr("PersonPanels", "Дата згоди:"), self.date_edit)
        form.addRow(tr("PersonPanels", "Мета й обсяг:"), self.scope_edit)
        form.addRow(tr("PersonPanels", "Підписана згода:"), self.paper_edit)
        self.buttons = lay_out_form_dialog(self, form, [self.error_label], self.accepted_form.emit)


class ConsentPanel(QWidget):
    """The consents of a saved person: give, withdraw; every one stays listed."""

    def __init__(
        self,
        store: Store,
        person_id: Callable[[], str | None],
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._person_id = store, person_id
        self._writer = writer or own_writer(store, self)
        self.state = QLabel(self)
        self.state.setObjectName("consent_state")
        self.state.setWordWrap(True)
        self.history = QListWidget(self)
        self.give_button = QPushButton(tr("PersonPanels", "Записати згоду…"), self)
        self.withdraw_button = QPushButton(tr("PersonPanels", "Відкликати згоду…"), self)
        self.export_button = QPushButton(tr("PersonPanels", "Усі &дані про особу…"), self)
        self.export_button.setToolTip(
            tr(
                "PersonPanels",
                "Запит особи на доступ до своїх даних: файл PDF і машиночитний JSON з усім, "
                "що SocDesk зберігає про неї, і хто з даними працював.",
            )
        )
        self.error_label = error_label(self)
        self.give_button.clicked.connect(self.ask_consent)
        self.withdraw_button.clicked.connect(self.ask_withdrawal)
        self.export_button.clicked.connect(lambda: self.export_data())
        self.export_label = QLabel(self)
        self.export_label.setObjectName("export_done")
        buttons = QHBoxLayout()
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("PersonPanels", "Згода на обробку персональних даних:"), self))
        layout.addWidget(self.state)
        layout.addWidget(self.history)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.export_label)
        self.refresh()

    def refresh(self) -> None:
        person_id = self._person_id()
        self.history.clear()
        if person_id is None:
            self.state.setText(tr("PersonPanels", "Згоду можна записати після збереження картки."))
            self.give_button.setEnabled(False)
            self.withdraw_button.setEnabled(False)
            self.export_button.setEnabled(False)
            return
        with self._store.read() as conn:
            every = consents(conn, person_id)
        current = next((c for c in every if c.withdrawn_on is None), None)
        for consent in every:
            text = f"{consent.given_on:%d.%m.%Y} — {consent.scope}"
            if consent.ground is not LegalGround.CONSENT:
                text += f" [{domain_tr(GROUND_LABELS[consent.ground])}]"
            elif consent.paper_ref:
                text += " " + tr("PersonPanels", "(папір: %1)").replace("%1", consent.paper_ref)
            if consent.withdrawn_on:
                text += " " + tr("PersonPanels", "(відкликано %1)").replace(
                    "%1", f"{consent.withdrawn_on:%d.%m.%Y}"
                )
            self.history.addItem(text)
        withdrawn = None if current else next((c.withdrawn_on for c in every), None)
        if withdrawn is not None:
            self.state.setText(domain_tr(WITHDRAWN_NOTE).replace("%1", f"{withdrawn:%d.%m.%Y}"))
        elif current is None:
            self.state.setText(
                tr("PersonPanels", "Чинної згоди немає: запишіть її до надання послуг.")
            )
        elif current.ground is not LegalGround.CONSENT:
            self.state.setText(domain_tr(GROUND_LABELS[current.ground]))
        else:
            self.state.setText(
                tr("PersonPanels", "Згоду надано %1.").replace("%1", f"{current.given_on:%d.%m.%Y}")
            )
        self.give_button.setEnabled(current is None)
        self.withdraw_button.setEnabled(current is not None)
        self.export_button.setEnabled(True)

    def export_data(self, folder: Path | None = None) -> Path | None:
        """The person's data as PDF and JSON in a chosen folder (subject access, audited)."""
        person_id = self._person_id()
        if person_id is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, tr("PersonPanels", "Куди записати дані про особу")
            )
            if not chosen:
                return None
            folder = Path(chosen)
        from socdesk.documents.subject_access import export_subject

        try:
            files = export_subject(self._store, person_id, folder, dt.date.today())
        except Exception as exc:  # noqa: BLE001 - shown like every failed operation
            default_failure(self, exc)
            return None
        self.export_label.setText(
            tr("PersonPanels", "Дані записано: %1 і %2.")
            .replace("%1", files.pdf_path.name)
            .replace("%2", files.json_path.name)
        )
        return files.pdf_path

    def ask_consent(self) -> ConsentDialog:
        dialog = ConsentDialog(self)
        dialog.accepted_form.connect(lambda: self._give(dialog))
        dialog.open()
        return dialog

    def _give(self, dialog: ConsentDialog) -> None:
        person_id = self._person_id()
        assert person_id is not None
        try:
            on = parse_day(dialog.date_edit.text())
        except ValidationError as exc:
            dialog.error_label.setText(domain_tr(str(exc)))
            return
        scope = dialog.scope_edit.text()
        ground = LegalGround(dialog.ground_combo.currentData())
        paper = dialog.paper_edit.text()
        try:
            check_paper(ground, paper)
        except ValidationError as exc:
            dialog.error_label.setText(domain_tr(str(exc)))
            return

        def done(_: object) -> None:
            dialog.accept()
            self.refresh()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                dialog.error_label.setText(domain_tr(str(exc)))
            else:
                default_failure(self, exc)

        self._writer.write(
            lambda uow: give_consent(uow, person_id, on, scope, dt.date.today(), ground, paper),
            done,
            failed,
        )

    def ask_withdrawal(self) -> None:
        person_id = self._person_id()
        if person_id is None:
            return
        answer = QMessageBox.question(
            self,
            tr("PersonPanels", "Відкликання згоди"),
            tr("PersonPanels", "Записати, що особа відкликала згоду сьогодні?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(uow: Any) -> None:
            every = consents(uow.connection, person_id)
            current = next((c for c in every if c.withdrawn_on is None), None)
            if current is not None:
                today = dt.date.today()
                withdraw_consent(uow, current.id, today, today)

        self._writer.write(work, lambda _: self.refresh())


# ---------------------------------------------------------------------------------- household
# ---------------------------------------------------------------------------------- history
_HISTORY_HEADERS = (
    noop("PersonPanels", "Коли"),
    noop("PersonPanels", "Хто"),
    noop("PersonPanels", "Поле"),
    noop("PersonPanels", "Було"),
    noop("PersonPanels", "Стало"),
)


class HistoryModel(RowsModel[HistoryEntry]):
    context = "PersonPanels"
    headers = _HISTORY_HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}  # category code -> name

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows(entries)

    def cell(self, entry: HistoryEntry, column: int) -> str:
        match column:
            case 0:
                return entry.at.astimezone().strftime("%d.%m.%Y %H:%M")
            case 1:
                return entry.user
            case 2:
                return field_text(entry.field)
            case 3:
                return value_text(entry.field, entry.old, self.names)
            case _:
                return value_text(entry.field, entry.new, self.names)


def field_text(name: str) -> str:
    if name == CREATED:
        return tr("PersonPanels", "Картку створено")
    if name in LABELS:
        return tr("PersonCard", LABELS[name])
    if name in EXTRA_LABELS:
        return tr("PersonPanels", EXTRA_LABELS[name])
    return name


def value_text(name: str, value: object, names: dict[str, str] | None = None) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if name == "birth_date" and isinstance(value, str):
        return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
    if name == "phone" and isinstance(value, str):
        return format_phone(value)
    if name == "household_role" and isinstance(value, str):
        return role_text(HouseholdRole(value))
    if isinstance(value, list):
        return ", ".join((names or {}).get(str(v), str(v)) for v in value)
    if isinstance(value, bool):
        return tr("PersonPanels", "так") if value else tr("PersonPanels", "ні")
    return str(value)


class HistoryPanel(QWidget):
    def __init__(
        self, store: Store, person_id: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._person_id = store, person_id
        self.model = HistoryModel(self)
        self.table = rows_table(self, self.model, "history_table")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        person_id = self._person_id()
        if person_id is None:
            self.model.set_entries([])
            return
        with self._store.read() as conn:
            self.model.names = dict(list_categories(conn, dt.date.today()))
            self.model.set_entries(person_history(conn, person_id))
