"""The case's income tab: the family's income declaration and the payment it gives."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.domain.numbers import decimal_text
from socdesk.domain.payment import income_months, to_kop, uah
from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.ui.case.tabs import (
    CATEGORY_TEXT,
    CaseTab,
    Today,
    cell_text,
    check_item,
    is_checked,
    new_table,
)
from socdesk.ui.changes import Writer, error_to
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.widgets import (
    error_label,
)


# ------------------------------------------------------------------------------ income
class IncomeTab(CaseTab):
    """The income declaration (a line per member and income type, six months) and the payment
    it gives, step by step as a person would check it by hand."""

    def __init__(
        self, store: Store, case_id: str, today: Today, parent: QWidget, writer: Writer
    ) -> None:
        super().__init__(store, case_id, today, parent, writer)
        with store.read() as conn:
            received = cw.case_header(conn, case_id).received_on
        self.months = income_months(received)
        headers = [
            tr("CaseTabs", "ПІБ члена сім’ї"),
            tr("CaseTabs", "Отримувач"),
            tr("CaseTabs", "Працездатний"),
            tr("CaseTabs", "Вид доходу"),
        ] + [f"{m:02d}.{y}" for y, m in self.months]
        self.table = new_table(self, headers, "income_table")
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
        self.table.setItem(row, 1, check_item(recipient))
        self.table.setItem(row, 2, check_item(able))
        combo = QComboBox(self.table)
        for code, text in cw.INCOME_TYPES.items():
            combo.addItem(domain_tr(text), code)
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
                            decimal_text(Decimal(line.amount_kop) / 100, 2)
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
            name = cell_text(self.table, row, 0)
            combo = self.table.cellWidget(row, 3)
            kind = combo.currentData() if isinstance(combo, QComboBox) else "other"
            member = by_name.setdefault(
                name,
                {"recipient": False, "able": False, "incomes": []},
            )
            member["recipient"] |= is_checked(self.table, row, 1)
            member["able"] |= is_checked(self.table, row, 2)
            for i, month in enumerate(self.months):
                text = cell_text(self.table, row, 4 + i)
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
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return
        case_id, today = self._case_id, self._today()

        def done(_: object) -> None:
            self.error_label.setText("")
            self.calculate()

        self._writer.write(
            lambda uow: cw.save_income(uow, case_id, today, members),
            done,
            error_to(self.error_label),
        )

    def calculate(self) -> None:
        try:
            tariff = to_kop(self.tariff.text(), tr("CaseTabs", "Тариф"))
            with self._store.read() as conn:
                result = cw.case_payment(conn, self._case_id, self._today(), tariff)
        except (SocDeskError, LookupError) as exc:
            self.steps.setPlainText(domain_tr(str(exc)))
            return
        category = tr("CaseTabs", CATEGORY_TEXT[result.result.category])
        steps = result.steps if tariff else [s for s in result.steps if not s.startswith("Плата:")]
        lines = [
            *map(domain_tr, steps),
            "",
            tr("CaseTabs", "Категорія: %1").replace("%1", category),
        ]
        if tariff:
            lines.append(
                tr("CaseTabs", "До сплати на місяць: %1").replace(
                    "%1", domain_tr(uah(result.result.amount_kop))
                )
            )
        self.steps.setPlainText("\n".join(lines))
