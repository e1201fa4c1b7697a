"""The case's tabs for income and payment, the individual plan, the contract and the service
log. Each reads and writes through `store.casework` and `store.service_log`; none holds SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socdesk.documents.kinds.plan import revision_id
from socdesk.domain.errors import SocDeskError, ValidationError
from socdesk.domain.payment import PaymentCategory, income_months, uah
from socdesk.domain.text import quantity
from socdesk.domain.workdays import add_months
from socdesk.store import casework as cw
from socdesk.store.cases import service_types
from socdesk.store.database import Store
from socdesk.store.service_log import (
    Delivered,
    LogLine,
    case_log,
    log_services,
    monthly_act,
    remove_line,
    service_units,
    workers,
)
from socdesk.store.territory import workplace_prefix
from socdesk.ui.i18n import noop, tr
from socdesk.ui.print_preview import PreviewDialog, open_document
from socdesk.ui.widgets import (
    RowsModel,
    date_edit,
    date_of,
    error_label,
    lay_out_form_dialog,
    rows_table,
)

Today = Callable[[], dt.date]
CATEGORY_TEXT = {
    PaymentCategory.FREE: noop("CaseTabs", "безоплатно"),
    PaymentCategory.DIFFERENTIATED: noop("CaseTabs", "з диференційованою платою"),
    PaymentCategory.PAID: noop("CaseTabs", "платно"),
}


def parse_amount(text: str, what: str) -> Decimal:
    """A number as people type it ("1 234,50" or "1234.5"); `ValidationError` names `what`."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".").strip()
    try:
        value = Decimal(cleaned or "0")
    except InvalidOperation:
        raise ValidationError(f"{what}: «{text}» — не число.", what) from None
    if value < 0:
        raise ValidationError(f"{what}: число не може бути від'ємним.", what)
    return value


def to_kop(text: str, what: str) -> int:
    return int((parse_amount(text, what) * 100).quantize(Decimal(1)))


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _set_row(table: QTableWidget, row: int, values: list[str]) -> None:
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


def _checked(table: QTableWidget, row: int, column: int) -> bool:
    item = table.item(row, column)
    return item is not None and item.checkState() == Qt.CheckState.Checked


def _check_item(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


# ------------------------------------------------------------------------------ income
class IncomeTab(QWidget):
    """The income declaration (a line per member and income type, six months) and the payment
    it gives, step by step as a person would check it by hand."""

    changed = Signal()

    def __init__(self, store: Store, case_id: str, today: Today, parent: QWidget) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._today = store, case_id, today
        with store.read() as conn:
            received = cw.case_header(conn, case_id).received_on
        self.months = income_months(received)
        headers = [
            tr("CaseTabs", "ПІБ члена сім'ї"),
            tr("CaseTabs", "Отримувач"),
            tr("CaseTabs", "Працездатний"),
            tr("CaseTabs", "Вид доходу"),
        ] + [f"{m:02d}.{y}" for y, m in self.months]
        self.table = _table(self, headers, "income_table")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        add = QPushButton(tr("CaseTabs", "Додати рядок"), self)
        add.clicked.connect(lambda: self.add_line())
        remove = QPushButton(tr("CaseTabs", "Вилучити рядок"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        save = QPushButton(tr("CaseTabs", "&Зберегти декларацію"), self)
        save.setObjectName("save_income")
        save.clicked.connect(self.save)
        self.tariff = QLineEdit(self)
        self.tariff.setObjectName("tariff")
        self.tariff.setPlaceholderText(tr("CaseTabs", "тариф на місяць, грн"))
        calc = QPushButton(tr("CaseTabs", "Розрахувати плату"), self)
        calc.clicked.connect(self.calculate)
        self.steps = QPlainTextEdit(self)
        self.steps.setObjectName("payment_steps")
        self.steps.setReadOnly(True)
        self.error_label = error_label(self)
        row = QHBoxLayout()
        for w in (add, remove, save):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(QLabel(tr("CaseTabs", "Тариф:"), self))
        row.addWidget(self.tariff)
        row.addWidget(calc)
        note = QLabel(
            tr(
                "CaseTabs",
                "Доходи за шість місяців перед місяцем звернення; суми в гривнях. "
                "Дохід кількох видів — окремими рядками з тим самим ПІБ.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.steps, 1)

    def add_line(
        self, name: str = "", recipient: bool = False, able: bool = False, kind: str = "pension"
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, _check_item(recipient))
        self.table.setItem(row, 2, _check_item(able))
        combo = QComboBox(self.table)
        for code, text in cw.INCOME_TYPES.items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        self.table.setCellWidget(row, 3, combo)
        for column in range(4, 4 + len(self.months)):
            self.table.setItem(row, column, QTableWidgetItem(""))
        return row

    def refresh(self) -> None:
        with self._store.read() as conn:
            members = cw.declared_members(conn, self._case_id)
        self.table.setRowCount(0)
        for member in members or []:
            kinds = sorted({i.type for i in member.incomes}) or ["pension"]
            for kind in kinds:
                row = self.add_line(member.name, member.is_recipient, member.able_to_work, kind)
                for line in member.incomes:
                    if line.type == kind and line.month in self.months:
                        column = 4 + self.months.index(line.month)
                        self.table.item(row, column).setText(  # type: ignore[union-attr]
                            f"{Decimal(line.amount_kop) / 100:.2f}".replace(".", ",")
                        )
        if members is None:
            self.steps.setPlainText(
                tr(
                    "CaseTabs",
                    "Декларацію ще не заповнено (не потрібна, якщо послуга безоплатна для всіх).",
                )
            )
        else:
            self.calculate()

    def declared(self) -> list[cw.DeclaredMember]:
        by_name: dict[str, dict[str, Any]] = {}
        for row in range(self.table.rowCount()):
            name = _cell(self.table, row, 0)
            combo = self.table.cellWidget(row, 3)
            kind = combo.currentData() if isinstance(combo, QComboBox) else "other"
            member = by_name.setdefault(
                name,
                {"recipient": False, "able": False, "incomes": []},
            )
            member["recipient"] |= _checked(self.table, row, 1)
            member["able"] |= _checked(self.table, row, 2)
            for i, month in enumerate(self.months):
                text = _cell(self.table, row, 4 + i)
                if text:
                    amount = to_kop(text, f"{name or '?'}, {month[1]:02d}.{month[0]}")
                    member["incomes"].append(cw.DeclaredIncome(month, kind, amount))
        return [
            cw.DeclaredMember(name, m["recipient"], m["able"], None, tuple(m["incomes"]))
            for name, m in by_name.items()
        ]

    def save(self) -> None:
        try:
            members = self.declared()
            with self._store.write() as uow:
                cw.save_income(uow, self._case_id, self._today(), members)
        except SocDeskError as exc:
            self.error_label.setText(str(exc))
            return
        self.error_label.setText("")
        self.calculate()
        self.changed.emit()

    def calculate(self) -> None:
        try:
            tariff = to_kop(self.tariff.text(), tr("CaseTabs", "Тариф"))
            with self._store.read() as conn:
                result = cw.case_payment(conn, self._case_id, self._today(), tariff)
        except (SocDeskError, LookupError) as exc:
            self.steps.setPlainText(str(exc))
            return
        category = tr("CaseTabs", CATEGORY_TEXT[result.result.category])
        steps = result.steps if tariff else [s for s in result.steps if not s.startswith("Плата:")]
        lines = [*steps, "", tr("CaseTabs", "Категорія: %1").replace("%1", category)]
        if tariff:
            lines.append(
                tr("CaseTabs", "До сплати на місяць: %1").replace(
                    "%1", uah(result.result.amount_kop)
                )
            )
        self.steps.setPlainText("\n".join(lines))


# ------------------------------------------------------------------------------ plan
class PlanDialog(QDialog):
    """A new revision of the individual plan: goals, measures, review date, participation."""

    def __init__(
        self, store: Store, case_id: str, today: Today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id = store, case_id
        with store.read() as conn:
            header = cw.case_header(conn, case_id)
            previous = cw.latest_plan(conn, case_id)
            self._services = dict(service_types(conn, today()))
        self._person_id = header.person_id
        with store.read() as conn:
            self._people = cw.case_people(conn, case_id)
        self.setWindowTitle(
            tr("CaseTabs", "Перегляд індивідуального плану")
            if previous
            else tr("CaseTabs", "Індивідуальний план")
        )
        day = today()
        self.made_on = date_edit(self, day, "plan_made_on")
        self.review_on = date_edit(self, add_months(day, 6), "plan_review_on")
        self.degree = QComboBox(self)
        self.degree.setObjectName("need_degree")
        self.degree.setEditable(True)
        for text in ("", "низький ступінь", "помірний ступінь", "високий ступінь"):
            self.degree.addItem(text)
        self.goals = QPlainTextEdit(self)
        self.goals.setObjectName("plan_goals")
        self.goals.setTabChangesFocus(True)
        self.goals.setPlaceholderText(tr("CaseTabs", "Одна мета в рядку"))
        self.measures = _table(
            self,
            [
                tr("CaseTabs", "Для кого"),
                tr("CaseTabs", "Код послуги"),
                tr("CaseTabs", "Захід"),
                tr("CaseTabs", "Періодичність"),
                tr("CaseTabs", "Обсяг на місяць"),
                tr("CaseTabs", "Відповідальний"),
            ],
            "plan_measures",
        )
        self.measures.setColumnHidden(0, len(self._people) < 2)  # a family's case only
        columns = self.measures.horizontalHeader()
        for column in (0, 1, 3, 4):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.measures.setWordWrap(False)
        add = QPushButton(tr("CaseTabs", "Додати захід"), self)
        add.clicked.connect(lambda: self.add_measure(header.services[0] if header.services else ""))
        remove = QPushButton(tr("CaseTabs", "Вилучити захід"), self)
        remove.clicked.connect(lambda: self.measures.removeRow(self.measures.currentRow()))
        self.participation = QLineEdit(self)
        self.participation.setObjectName("participation")
        if previous is not None:
            self.degree.setCurrentText(previous["need_degree"])
            self.goals.setPlainText("\n".join(previous["goals"]))
            for m in previous["measures"]:
                self.add_measure(
                    m["code"],
                    m["measure"],
                    m["frequency"],
                    str(m["volume"]),
                    m["responsible"],
                    m["person_id"],
                )
            self.participation.setText(previous["participation"])
        form = QFormLayout()
        form.addRow(tr("CaseTabs", "Дата складання:"), self.made_on)
        form.addRow(tr("CaseTabs", "Дата перегляду:"), self.review_on)
        form.addRow(tr("CaseTabs", "Ступінь індивідуальної потреби:"), self.degree)
        form.addRow(tr("CaseTabs", "Мета:"), self.goals)
        form.addRow(tr("CaseTabs", "Заходи:"), self.measures)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(tr("CaseTabs", "Участь отримувача:"), self.participation)
        self.error_label = error_label(self)
        lay_out_form_dialog(self, form, [self.error_label], self.save)
        self.resize(900, 620)

    def add_measure(
        self,
        code: str,
        measure: str = "",
        frequency: str = "",
        volume: str = "",
        who: str = "",
        person_id: str | None = None,
    ) -> int:
        row = self.measures.rowCount()
        self.measures.insertRow(row)
        person = QComboBox(self.measures)
        for pid, name in self._people:
            person.addItem(name, pid)
        person.setCurrentIndex(max(0, person.findData(person_id or self._person_id)))
        self.measures.setCellWidget(row, 0, person)
        _set_row(self.measures, row, ["", code, measure, frequency, volume, who])
        return row

    def draft(self) -> cw.PlanDraft:
        measures = []
        for row in range(self.measures.rowCount()):
            code = _cell(self.measures, row, 1)
            if code not in self._services:
                raise ValidationError(
                    f"Захід {row + 1}: коду «{code}» немає в Класифікаторі соціальних послуг.",
                    "measures",
                )
            measures.append(
                cw.PlanMeasure(
                    _person_of(self.measures, row) or self._person_id,
                    code,
                    _cell(self.measures, row, 2),
                    _cell(self.measures, row, 3),
                    parse_amount(_cell(self.measures, row, 4), f"Захід {row + 1}, обсяг"),
                    _cell(self.measures, row, 5),
                )
            )
        return cw.PlanDraft(
            date_of(self.made_on),
            date_of(self.review_on),
            tuple(self.goals.toPlainText().splitlines()),
            tuple(measures),
            self.degree.currentText(),
            self.participation.text(),
        )

    def save(self) -> None:
        try:
            draft = self.draft()
            with self._store.write() as uow:
                cw.save_plan(uow, self._case_id, draft)
        except SocDeskError as exc:
            self.error_label.setText(str(exc))
            return
        self.accept()


def _person_of(table: QTableWidget, row: int) -> str | None:
    combo = table.cellWidget(row, 0)
    return combo.currentData() if isinstance(combo, QComboBox) else None


def plan_text(plan: Any, names: dict[str, str]) -> str:
    lines = [
        tr("CaseTabs", "Редакція %1 від %2; перегляд %3")
        .replace("%1", str(plan["revision"]))
        .replace("%2", plan["made_on"].strftime("%d.%m.%Y"))
        .replace("%3", plan["review_on"].strftime("%d.%m.%Y")),
    ]
    if plan["need_degree"]:
        lines.append(tr("CaseTabs", "Ступінь потреби: %1").replace("%1", plan["need_degree"]))
    lines.append(tr("CaseTabs", "Мета:"))
    lines += [f"  • {g}" for g in plan["goals"]]
    lines.append(tr("CaseTabs", "Заходи:"))
    lines += [
        f"  {names.get(m['person_id'], '') + ': ' if len(names) > 1 else ''}"
        f"{m['code']} {m['measure']} — {m['frequency']}, {m['volume']} / міс., {m['responsible']}"
        for m in plan["measures"]
    ]
    if plan["participation"]:
        lines.append(tr("CaseTabs", "Участь отримувача: %1").replace("%1", plan["participation"]))
    return "\n".join(lines)


class PlanTab(QWidget):
    """The plan's revisions; each shown with what it changed from the one before."""

    changed = Signal()

    def __init__(self, store: Store, case_id: str, today: Today, parent: QWidget) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._today = store, case_id, today
        self.revision = QComboBox(self)
        self.revision.setObjectName("plan_revision")
        self.revision.currentIndexChanged.connect(self._show)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("plan_text")
        self.text.setReadOnly(True)
        self.new_button = QPushButton(tr("CaseTabs", "Скласти план…"), self)
        self.new_button.setObjectName("new_plan")
        self.new_button.clicked.connect(self.new_plan)
        self.print_button = QPushButton(tr("CaseTabs", "Друкувати цю редакцію…"), self)
        self.print_button.setObjectName("print_revision")
        self.print_button.clicked.connect(self.print_revision)
        self.error_label = error_label(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("CaseTabs", "Редакція:"), self))
        row.addWidget(self.revision)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.text)
        self._plans: list[Any] = []
        self._names: dict[str, str] = {}

    def refresh(self) -> None:
        with self._store.read() as conn:
            self._plans = cw.plan_revisions(conn, self._case_id)
            self._names = dict(cw.case_people(conn, self._case_id))
        self.revision.blockSignals(True)
        self.revision.clear()
        for plan in self._plans:
            self.revision.addItem(f"{plan['revision']} ({plan['made_on']:%d.%m.%Y})")
        self.revision.setCurrentIndex(len(self._plans) - 1)
        self.revision.blockSignals(False)
        self.new_button.setText(
            tr("CaseTabs", "Переглянути план…") if self._plans else tr("CaseTabs", "Скласти план…")
        )
        self.print_button.setEnabled(bool(self._plans))
        self._show()

    def _show(self) -> None:
        i = self.revision.currentIndex()
        if not self._plans or i < 0:
            self.text.setPlainText(tr("CaseTabs", "Плану ще немає."))
            return
        text = plan_text(self._plans[i], self._names)
        if i > 0:
            changes = cw.plan_changes(self._plans[i - 1], self._plans[i])
            text += "\n\n" + tr("CaseTabs", "Зміни щодо редакції %1:").replace(
                "%1", str(self._plans[i - 1]["revision"])
            )
            text += "\n" + ("\n".join(changes) or tr("CaseTabs", "план залишився незмінним"))
        self.text.setPlainText(text)

    def print_revision(self) -> PreviewDialog | None:
        """The revision chosen above, printed (and recorded) as any document is."""
        i = self.revision.currentIndex()
        if not self._plans or i < 0:
            return None
        self.error_label.setText("")
        subject = revision_id(self._case_id, self._plans[i]["revision"])
        return open_document(
            self._store, "plan", subject, self, self._today, self.error_label.setText
        )

    def new_plan(self) -> PlanDialog:
        dialog = PlanDialog(self._store, self._case_id, self._today, self)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()
        return dialog


# ------------------------------------------------------------------------------ contract
class ContractDialog(QDialog):
    """The contract: term, place, representative, services with volume, schedule and price;
    the payment is calculated from the declaration when it is signed."""

    def __init__(
        self, store: Store, case_id: str, today: Today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id = store, case_id
        with store.read() as conn:
            header = cw.case_header(conn, case_id)
            self._units = service_units(conn, today())
            plan = cw.latest_plan(conn, case_id)
        self.setWindowTitle(tr("CaseTabs", "Договір про надання соціальних послуг"))
        day = today()
        self.signed_on = date_edit(self, day, "signed_on")
        self.valid_to = date_edit(self, dt.date(day.year, 12, 31), "valid_to")
        self.open_ended = QCheckBox(tr("CaseTabs", "Безстроково"), self)
        self.open_ended.toggled.connect(lambda on: self.valid_to.setEnabled(not on))
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.addItems(["вдома в отримувача", "за місцезнаходженням надавача"])
        self.representative = QLineEdit(self)
        self.basis = QLineEdit(self)
        self.services = _table(
            self,
            [
                tr("CaseTabs", "Код послуги"),
                tr("CaseTabs", "Обсяг на місяць"),
                tr("CaseTabs", "Розклад"),
                tr("CaseTabs", "Вартість на місяць, грн"),
            ],
            "contract_services",
        )
        volumes: dict[str, Decimal] = {}
        for m in plan["measures"] if plan is not None else []:
            volumes[m["code"]] = volumes.get(m["code"], Decimal(0)) + Decimal(str(m["volume"]))
        for code in header.services:
            row = self.services.rowCount()
            self.services.insertRow(row)
            _set_row(self.services, row, [code, str(volumes.get(code, "")), "", ""])
        add = QPushButton(tr("CaseTabs", "Додати послугу"), self)
        add.clicked.connect(lambda: self.services.insertRow(self.services.rowCount()))
        form = QFormLayout()
        form.addRow(tr("CaseTabs", "Дата підписання:"), self.signed_on)
        term = QHBoxLayout()
        term.addWidget(self.valid_to)
        term.addWidget(self.open_ended)
        form.addRow(tr("CaseTabs", "Діє до:"), term)
        form.addRow(tr("CaseTabs", "Де надаються послуги:"), self.place)
        form.addRow(
            tr("CaseTabs", "Законний представник (якщо підписує він):"), self.representative
        )
        form.addRow(tr("CaseTabs", "Діє на підставі:"), self.basis)
        form.addRow(tr("CaseTabs", "Послуги:"), self.services)
        form.addRow(add)
        self.error_label = error_label(self)
        lay_out_form_dialog(self, form, [self.error_label], self.sign)
        self.resize(860, 560)

    def terms(self) -> cw.ContractTerms:
        services = []
        for row in range(self.services.rowCount()):
            code = _cell(self.services, row, 0)
            if not code:
                continue
            if code not in self._units:
                raise ValidationError(
                    f"Рядок {row + 1}: коду «{code}» немає в Класифікаторі соціальних послуг.",
                    "services",
                )
            services.append(
                cw.ContractService(
                    code,
                    parse_amount(_cell(self.services, row, 1), f"Рядок {row + 1}, обсяг"),
                    self._units[code],
                    _cell(self.services, row, 2),
                    to_kop(_cell(self.services, row, 3), f"Рядок {row + 1}, вартість"),
                )
            )
        return cw.ContractTerms(
            date_of(self.signed_on),
            None if self.open_ended.isChecked() else date_of(self.valid_to),
            self.place.currentText(),
            tuple(services),
            self.representative.text(),
            self.basis.text(),
        )

    def sign(self) -> None:
        try:
            terms = self.terms()
            with self._store.write() as uow:
                cw.sign_contract(uow, self._case_id, terms, workplace_prefix(uow.connection))
        except SocDeskError as exc:
            self.error_label.setText(str(exc))
            return
        self.accept()


def contract_text(contract: Any) -> str:
    term = (
        contract["valid_to"].strftime("%d.%m.%Y")
        if contract["valid_to"]
        else tr("CaseTabs", "безстроково")
    )
    lines = [
        tr("CaseTabs", "Договір № %1 від %2, діє до %3")
        .replace("%1", contract["number"])
        .replace("%2", contract["signed_on"].strftime("%d.%m.%Y"))
        .replace("%3", term),
        tr("CaseTabs", "Де надаються: %1").replace("%1", contract["place"]),
    ]
    if contract["representative"]:
        lines.append(
            tr("CaseTabs", "Представник: %1 (%2)")
            .replace("%1", contract["representative"])
            .replace("%2", contract["representative_basis"])
        )
    lines.append(tr("CaseTabs", "Послуги:"))
    lines += [
        f"  {s['code']}: {s['volume']} {s['unit']} / міс., {s['schedule']}, "
        f"{uah(int(s['tariff_kop']))}"
        for s in contract["services"]
    ]
    category = tr("CaseTabs", CATEGORY_TEXT[PaymentCategory(contract["payment_category"])])
    lines.append(
        tr("CaseTabs", "Оплата: %1, до сплати на місяць %2")
        .replace("%1", category)
        .replace("%2", uah(contract["amount_kop"]))
    )
    lines.append("")
    lines.append(tr("CaseTabs", "Розрахунок (додаток до договору):"))
    lines += contract["payment_steps"]
    if contract["terminated_on"]:
        lines.append(
            tr("CaseTabs", "Припинено %1").replace(
                "%1", contract["terminated_on"].strftime("%d.%m.%Y")
            )
        )
    return "\n".join(lines)


class ContractTab(QWidget):
    changed = Signal()

    def __init__(self, store: Store, case_id: str, today: Today, parent: QWidget) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._today = store, case_id, today
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("contract_text")
        self.text.setReadOnly(True)
        self.sign_button = QPushButton(tr("CaseTabs", "Укласти договір…"), self)
        self.sign_button.setObjectName("sign_contract")
        self.sign_button.clicked.connect(self.new_contract)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        with self._store.read() as conn:
            contract = cw.latest_contract(conn, self._case_id)
        self.text.setPlainText(
            contract_text(contract) if contract else tr("CaseTabs", "Договору ще немає.")
        )
        self.sign_button.setText(
            tr("CaseTabs", "Укласти новий договір…")
            if contract
            else tr("CaseTabs", "Укласти договір…")
        )

    def new_contract(self) -> ContractDialog:
        dialog = ContractDialog(self._store, self._case_id, self._today, self)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()
        return dialog


# ------------------------------------------------------------------------------ service log
class LogModel(RowsModel[LogLine]):
    context = "CaseTabs"
    headers = (
        noop("CaseTabs", "Дата"),
        noop("CaseTabs", "Послуга"),
        noop("CaseTabs", "Кількість"),
        noop("CaseTabs", "Працівник"),
        noop("CaseTabs", "Примітка"),
    )

    def cell(self, row: LogLine, column: int) -> str:
        match column:
            case 0:
                return row.on.strftime("%d.%m.%Y")
            case 1:
                return row.service_code
            case 2:
                return quantity(row.units, row.unit)
            case 3:
                return row.worker
        return row.note


class ServiceLogTab(QWidget):
    """Fast entry of delivered services (Enter adds the line), the log, and the month's act."""

    changed = Signal()

    def __init__(self, store: Store, case_id: str, today: Today, parent: QWidget) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._today = store, case_id, today
        with store.read() as conn:
            header = cw.case_header(conn, case_id)
            staff = workers(conn)
        self._person_id = header.person_id
        with store.read() as conn:
            people = cw.case_people(conn, case_id)
        self.person = QComboBox(self)
        self.person.setObjectName("log_person")
        for pid, name in people:
            self.person.addItem(name, pid)
        self.person.setVisible(len(people) > 1)  # a family's case: whom the visit served
        self.on = date_edit(self, today(), "log_date")
        self.service = QComboBox(self)
        self.service.setObjectName("log_service")
        for code in header.services:
            self.service.addItem(code, code)
        self.units = QLineEdit("1", self)
        self.units.setObjectName("log_units")
        self.units.returnPressed.connect(self.add)
        self.worker = QComboBox(self)
        self.worker.setObjectName("log_worker")
        self.worker.addItem("—", None)
        for worker_id, name in staff:
            self.worker.addItem(name, worker_id)
        self.note = QLineEdit(self)
        self.note.returnPressed.connect(self.add)
        add = QPushButton(tr("CaseTabs", "&Додати"), self)
        add.setObjectName("log_add")
        add.clicked.connect(self.add)
        remove = QPushButton(tr("CaseTabs", "Вилучити помилковий рядок"), self)
        remove.clicked.connect(self.remove_selected)
        self.model = LogModel(self)
        self.table = rows_table(self, self.model, "log_table")
        self.month = QDateEdit(QDate(today().year, today().month, 1), self)
        self.month.setDisplayFormat("MM.yyyy")
        self.month.dateChanged.connect(self._show_act)
        self.act = QLabel(self)
        self.act.setObjectName("month_act")
        self.act.setWordWrap(True)
        self.error_label = error_label(self)
        entry = QHBoxLayout()
        entry.addWidget(self.person)
        entry.addWidget(self.on)
        entry.addWidget(self.service)
        entry.addWidget(QLabel(tr("CaseTabs", "кількість:"), self))
        entry.addWidget(self.units)
        entry.addWidget(self.worker, 1)
        entry.addWidget(self.note, 1)
        entry.addWidget(add)
        act_row = QHBoxLayout()
        act_row.addWidget(QLabel(tr("CaseTabs", "Акт наданих послуг за місяць:"), self))
        act_row.addWidget(self.month)
        act_row.addWidget(self.act, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(act_row)

    def refresh(self) -> None:
        with self._store.read() as conn:
            self.model.set_rows(case_log(conn, self._case_id))
        if self.model.rows and self.units.text() == "1":  # the last visit's amount and worker
            last = self.model.rows[0]
            self.units.setText(str(last.units).replace(".", ","))
            self.service.setCurrentIndex(max(0, self.service.findData(last.service_code)))
            self.worker.setCurrentIndex(
                max(0, self.worker.findText(last.worker, Qt.MatchFlag.MatchStartsWith))
            )
        self._show_act()

    def _show_act(self) -> None:
        month = self.month.date()
        with self._store.read() as conn:
            lines = monthly_act(conn, self._person_id, month.year(), month.month())
        self.act.setText(
            "; ".join(
                f"{a.code} {a.name}: {quantity(a.units, a.unit)}, "
                f"{quantity(Decimal(a.days), 'день')}"
                for a in lines
            )
            or tr("CaseTabs", "за цей місяць послуг не записано")
        )

    def add(self) -> None:
        try:
            units = parse_amount(self.units.text(), tr("CaseTabs", "Кількість"))
            line = Delivered(
                self._case_id,
                self.person.currentData() or self._person_id,
                str(self.service.currentData() or ""),
                date_of(self.on),
                units,
                self.worker.currentData(),
                self.note.text(),
            )
            with self._store.write() as uow:
                log_services(uow, [line], self._today())
        except SocDeskError as exc:
            self.error_label.setText(str(exc))
            return
        self.error_label.setText("")
        self.note.clear()
        self.units.selectAll()
        self.units.setFocus()
        self.refresh()

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        line = self.model.rows[index.row()]
        answer = QMessageBox.question(
            self,
            tr("CaseTabs", "Вилучити рядок"),
            tr("CaseTabs", "Вилучити запис %1 від %2?")
            .replace("%1", line.service_code)
            .replace("%2", line.on.strftime("%d.%m.%Y")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self._store.write() as uow:
            remove_line(uow, line.id)
        self.refresh()
