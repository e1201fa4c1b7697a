"""Payments received for social services: a contract's months on its tab (charged, received,
the balance) with a dialog that enters one month's payment, and the monthly list of the whole
district where received amounts are typed row after row from the keyboard and saved at once.

Amounts are typed as people write them ("450", "1 234,50"), dates as ДД.ММ.РРРР; every check
is `domain.receipts.check_receipt`, every write `store.payments.record_payment`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.dates import read_day
from socdesk.domain.errors import SocDeskError, ValidationError
from socdesk.domain.numbers import decimal_text
from socdesk.domain.payment import PaymentCategory, to_kop, uah
from socdesk.domain.receipts import Receipt, balance, check_receipt
from socdesk.store.database import Store
from socdesk.store.payments import PaymentLine, contract_months, month_list, record_payment
from socdesk.store.territory import served_districts
from socdesk.store.uow import UnitOfWork
from socdesk.ui.changes import Writer, error_to, own_writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.widgets import (
    Index,
    RowsModel,
    date_edit,
    date_of,
    error_label,
    lay_out_form_dialog,
    rows_table,
)

Today = Callable[[], dt.date]
CATEGORY_SHORT = {
    PaymentCategory.FREE: noop("Payments", "безоплатно"),
    PaymentCategory.DIFFERENTIATED: noop("Payments", "диференційовано"),
    PaymentCategory.PAID: noop("Payments", "платно"),
}


def money(amount_kop: int) -> str:
    """1 234,56 (no currency: the column's header says грн)."""
    return decimal_text(Decimal(amount_kop) / 100, 2)


def hryvnias(amount_kop: int) -> str:
    """12 345,67 грн, in the interface's language."""
    return domain_tr(uah(amount_kop))


def typed_money(amount_kop: int) -> str:
    """An amount as a person would type it back ("450" or "450,5" → "450,50")."""
    whole, part = divmod(amount_kop, 100)
    return f"{whole},{part:02d}" if part else str(whole)


def month_text(month: dt.date) -> str:
    return month.strftime("%m.%Y")


def _day_text(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


# ------------------------------------------------------------------------------ one month
class PaymentDialog(QDialog):
    """One contract month's payment: amount, date and receipt number (a correction replaces
    what was entered for the month)."""

    def __init__(
        self,
        store: Store,
        line: PaymentLine,
        today: Today,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._line, self._today = store, line, today
        self._writer = writer or own_writer(store, self)
        self.setWindowTitle(
            tr("Payments", "Оплата за %1, договір № %2")
            .replace("%1", month_text(line.month))
            .replace("%2", line.contract_number)
        )
        recorded = line.payment_id is not None
        self.amount = QLineEdit(typed_money(line.received_kop if recorded else line.charged_kop))
        self.amount.setObjectName("payment_amount")
        self.received_on = date_edit(self, line.received_on or today(), "payment_date")
        self.receipt = QLineEdit(line.receipt, self)
        self.receipt.setObjectName("payment_receipt")
        self.receipt.setPlaceholderText(tr("Payments", "наприклад, 000123 або КВ-12/4"))
        form = QFormLayout()
        form.addRow(tr("Payments", "Отримувач:"), QLabel(line.name or line.case_number, self))
        form.addRow(tr("Payments", "Місяць:"), QLabel(month_text(line.month), self))
        form.addRow(tr("Payments", "Нараховано:"), QLabel(hryvnias(line.charged_kop), self))
        form.addRow(tr("Payments", "Сплачено, грн:"), self.amount)
        form.addRow(tr("Payments", "Дата оплати:"), self.received_on)
        form.addRow(tr("Payments", "Номер квитанції:"), self.receipt)
        self.error_label = error_label(self)
        buttons = lay_out_form_dialog(self, form, [self.error_label], self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(tr("Payments", "Зберегти"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        order = (self.amount, self.received_on, self.receipt, self.save_button, cancel)
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self.amount.selectAll()
        self.amount.setFocus()  # the amount is what is typed: confirm it or type another
        self.resize(460, 240)

    def save(self) -> None:
        try:
            receipt = check_receipt(
                self.amount.text(), date_of(self.received_on), self.receipt.text(), self._today()
            )
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return
        contract_id, month = self._line.contract_id, self._line.month
        self._writer.write(
            lambda uow: record_payment(uow, contract_id, month, receipt),
            lambda _: self.accept(),
            error_to(self.error_label),
        )


MONEY_COLUMNS = (1, 2, 5)  # charged, received, owed: right-aligned, as in the month's list


class MonthsModel(RowsModel[PaymentLine]):
    context = "Payments"
    headers = (
        noop("Payments", "Місяць"),
        noop("Payments", "Нараховано, грн"),
        noop("Payments", "Сплачено, грн"),
        noop("Payments", "Дата оплати"),
        noop("Payments", "Квитанція"),
        noop("Payments", "Борг, грн"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in MONEY_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)

    def cell(self, row: PaymentLine, column: int) -> str:
        match column:
            case 0:
                return month_text(row.month)
            case 1:
                return money(row.charged_kop)
            case 2:
                return money(row.received_kop) if row.payment_id else "—"
            case 3:
                return _day_text(row.received_on)
            case 4:
                return row.receipt
        return money(row.owed_kop)


class ContractPayments(QWidget):
    """The payments under a contract (the contract tab): its months, the balance, and entering
    a month's payment (Enter on a month, or the button for the selected one)."""

    def __init__(self, store: Store, today: Today, parent: QWidget, writer: Writer) -> None:
        super().__init__(parent)
        self._store, self._today, self._writer = store, today, writer
        self._contract_id: str | None = None
        self.model = MonthsModel(self)
        self.table = rows_table(self, self.model, "payment_months")
        self.table.horizontalHeader().setStretchLastSection(False)  # «Борг» beside the rest
        self.table.activated.connect(lambda index: self.enter_payment(index.row()))
        self.balance = QLabel(self)
        self.balance.setObjectName("payment_balance")
        self.balance.setWordWrap(True)
        self.enter_button = QPushButton(tr("Payments", "Внести &оплату…"), self)
        self.enter_button.setObjectName("enter_payment")
        self.enter_button.clicked.connect(lambda: self.enter_payment())
        bottom = QHBoxLayout()
        bottom.addWidget(self.balance, 1)
        bottom.addWidget(self.enter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Payments", "Оплата за договором:"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def show_contract(self, contract_id: str | None, category: PaymentCategory | None) -> None:
        """The months of `contract_id` until this month; hidden for none or a free contract
        with nothing recorded."""
        self._contract_id = contract_id
        lines: list[PaymentLine] = []
        if contract_id is not None:
            with self._store.read() as conn:
                lines = contract_months(conn, contract_id, self._today())
        self.model.set_rows(lines[::-1])  # the newest month first
        self.setVisible(bool(lines) or category not in (None, PaymentCategory.FREE))
        owed = balance((line.charged_kop, line.received_kop) for line in lines)
        text = (
            tr("Payments", "Нараховано %1, сплачено %2.")
            .replace("%1", hryvnias(owed.charged_kop))
            .replace("%2", hryvnias(owed.received_kop))
        )
        if owed.arrears_kop:
            text += " " + tr("Payments", "Борг: %1 (неоплачених місяців: %2).").replace(
                "%1", hryvnias(owed.arrears_kop)
            ).replace("%2", str(owed.months_unpaid))
        elif owed.credit_kop:
            text += " " + tr("Payments", "Переплата: %1.").replace("%1", hryvnias(owed.credit_kop))
        self.balance.setText(text)
        self.enter_button.setEnabled(bool(lines))

    def enter_payment(self, row: int | None = None) -> PaymentDialog | None:
        if row is None:
            selected = self.table.selectionModel().selectedRows()
            row = selected[0].row() if selected else 0
        if not 0 <= row < len(self.model.rows):
            return None
        dialog = PaymentDialog(self._store, self.model.rows[row], self._today, self, self._writer)
        dialog.open()
        return dialog


# ------------------------------------------------------------------------------ the month
NAME, PLACE, CONTRACT, CATEGORY, CHARGED, RECEIVED, DATE, RECEIPT, OWED = range(9)
EDITABLE = (RECEIVED, DATE, RECEIPT)


class EntryTable(QTableWidget):
    """A table typed in from the keyboard: Enter after a cell goes to the same column of the
    next row and opens it for typing, so a column of amounts is entered without the mouse."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        row, column = self.currentRow() + 1, self.currentColumn()
        item = self.item(row, column)
        if item is not None:
            self.setCurrentCell(row, column)
            self.editItem(item)


class PaymentsWindow(QDialog):
    """The month's payments of the district: one row per paid contract; type what each
    recipient paid (the date and the receipt number beside it), then save all at once."""

    def __init__(
        self,
        store: Store,
        today: Today = dt.date.today,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._today = store, today
        self._writer = writer or own_writer(store, self)
        self.setWindowTitle(tr("Payments", "Оплата за соціальні послуги за місяць"))
        self.month = QDateEdit(self)
        self.month.setObjectName("payments_month")
        self.month.setDisplayFormat("MM.yyyy")
        self.month.setCalendarPopup(True)
        day = today()
        self.month.setDate(QDate(day.year, day.month, 1))
        self.month.setMinimumWidth(110)
        self.district = QComboBox(self)
        self.district.setObjectName("payments_district")
        self.district.addItem(tr("Payments", "Усі старостинські округи"), None)
        with store.read() as conn:
            for district_id, name in served_districts(conn):
                self.district.addItem(name, district_id)
        self.table = EntryTable(0, 9, self)
        self.table.setObjectName("payments_table")
        self.table.setHorizontalHeaderLabels(
            [
                tr("Payments", "Отримувач"),
                tr("Payments", "Населений пункт"),
                tr("Payments", "Договір"),
                tr("Payments", "Оплата"),
                tr("Payments", "Нараховано, грн"),
                tr("Payments", "Сплачено, грн"),
                tr("Payments", "Дата оплати"),
                tr("Payments", "Квитанція"),
                tr("Payments", "Борг, грн"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._typed)
        self.totals = QLabel(self)
        self.totals.setObjectName("payments_totals")
        self.totals.setWordWrap(True)
        self.hint = QLabel(
            tr(
                "Payments",
                "Введіть суму в стовпці «Сплачено» і натисніть Enter — курсор перейде до "
                "наступного рядка; дату оплати буде підставлено сьогоднішню, номер квитанції "
                "впишіть поруч. Ctrl+S — зберегти все.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.empty = QLabel(tr("Payments", "У цьому місяці немає платних договорів."), self)
        self.empty.setObjectName("payments_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.error_label = error_label(self)
        self.save_button = QPushButton(tr("Payments", "&Зберегти"), self)
        self.save_button.setObjectName("save_payments")
        self.save_button.clicked.connect(lambda: self.save())
        close = QPushButton(tr("Payments", "&Закрити"), self)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Payments", "&Місяць:"), self, buddy=self.month))  # type: ignore[call-overload]
        top.addWidget(self.month)
        top.addWidget(QLabel(tr("Payments", "&Округ:"), self, buddy=self.district))  # type: ignore[call-overload]
        top.addWidget(self.district)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.lines: list[PaymentLine] = []
        self._loading = False
        self.month.dateChanged.connect(self.load)
        self.district.currentIndexChanged.connect(self.load)
        self.resize(1100, 620)
        self.load()

    def chosen_month(self) -> dt.date:
        return date_of(self.month).replace(day=1)

    def load(self) -> None:
        district = self.district.currentData()
        with self._store.read() as conn:
            self.lines = month_list(conn, self.chosen_month(), [district] if district else None)
        self._loading = True
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            recorded = line.payment_id is not None
            cells = (
                line.name or line.case_number,
                line.settlement,
                line.contract_number,
                tr("Payments", CATEGORY_SHORT[line.category]),
                money(line.charged_kop),
                money(line.received_kop) if recorded else "",
                _day_text(line.received_on),
                line.receipt,
                money(line.owed_kop),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column not in EDITABLE:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column in (CHARGED, RECEIVED, OWED):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._loading = False
        self.error_label.setText("")
        self._show_totals()
        if self.lines:
            self.table.setCurrentCell(0, RECEIVED)
        self.save_button.setEnabled(bool(self.lines))
        for widget in (self.table, self.hint):
            widget.setVisible(bool(self.lines))
        self.empty.setVisible(not self.lines)  # not a blank table: says why it is empty

    def _typed(self, item: QTableWidgetItem) -> None:
        """An amount typed where no date is: today's date goes beside it (edit it if not)."""
        if self._loading or item.column() != RECEIVED:
            return
        row = item.row()
        date, owed = self.table.item(row, DATE), self.table.item(row, OWED)
        self._loading = True
        if item.text().strip() and date is not None and not date.text().strip():
            date.setText(_day_text(self._today()))
        try:
            received = to_kop(item.text(), "") if item.text().strip() else None
        except ValidationError:
            received = None
            if owed is not None:
                owed.setText("?")
        if received is not None:
            item.setText(money(received))  # «1234,5» is shown as «1 234,50»
        if owed is not None and (received is not None or not item.text().strip()):
            owed.setText(money(self.lines[row].charged_kop - (received or 0)))
        self._loading = False
        self._show_totals()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _show_totals(self) -> None:
        charged = sum(line.charged_kop for line in self.lines)
        received = 0
        for row, line in enumerate(self.lines):
            try:
                received += to_kop(self._text(row, RECEIVED), "")
            except ValidationError:
                received += line.received_kop
        self.totals.setText(
            tr("Payments", "Договорів: %1. Нараховано: %2. Сплачено: %3. Борг: %4.")
            .replace("%1", str(len(self.lines)))
            .replace("%2", hryvnias(charged))
            .replace("%3", hryvnias(received))
            .replace("%4", hryvnias(charged - received))
        )

    def entries(self) -> list[tuple[str, dt.date, Receipt]]:
        """The rows changed from what is recorded, checked; `ValidationError` names the row."""
        found = []
        today = self._today()
        for row, line in enumerate(self.lines):
            amount, day, number = (self._text(row, c).strip() for c in EDITABLE)
            recorded = line.payment_id is not None
            if not recorded and not (amount or number):
                continue
            try:
                on = read_day(day, "received_on", today)
                receipt = check_receipt(amount, on, number, today)
            except ValidationError as exc:
                raise ValidationError(
                    tr("Payments", "Рядок %1 (%2): %3")
                    .replace("%1", str(row + 1))
                    .replace("%2", line.name or line.case_number)
                    .replace("%3", domain_tr(str(exc))),
                    exc.field,
                ) from None
            if recorded and receipt == Receipt(line.received_kop, line.received_on, line.receipt):
                continue
            found.append((line.contract_id, line.month, receipt))
        return found

    def has_unsaved(self) -> bool:
        """Something typed that is not saved yet (a wrong entry counts: it is not saved)."""
        self._commit_editor()
        try:
            return bool(self.entries())
        except ValidationError:
            return True

    def _commit_editor(self) -> None:
        """The cell being typed in keeps what is typed (Esc or closing would drop it)."""
        editor = (
            self.table.focusWidget()
            if self.table.state() == self.table.State.EditingState
            else None
        )
        if editor is not None:
            self.table.commitData(editor)

    def reject(self) -> None:
        """Esc, «Закрити» and the window's X: unsaved rows are saved, dropped or kept open,
        as the person answers."""
        if not self.has_unsaved():
            super().reject()
            return
        answer = QMessageBox.question(
            self,
            tr("Payments", "Незбережені оплати"),
            tr("Payments", "Зберегти внесені оплати?"),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.save(then=super().reject)
        elif answer == QMessageBox.StandardButton.No:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()  # asks first; stays open on «Скасувати» or a wrong entry
        if self.isVisible():
            event.ignore()
        else:
            event.accept()

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Saves the changed rows in one go; `then` runs once they are saved."""
        self._commit_editor()
        try:
            entries = self.entries()
        except ValidationError as exc:
            self.error_label.setText(str(exc))
            return
        if not entries:
            self.error_label.setText(tr("Payments", "Змін немає: нічого зберігати."))
            return
        self._writer.write(
            lambda uow: _record_all(uow, entries),
            lambda _: self._saved(len(entries), then),
            error_to(self.error_label),
        )

    def _saved(self, count: int, then: Callable[[], None] | None = None) -> None:
        if then is not None:
            then()
            return
        self.load()
        self.error_label.setText("")
        self.totals.setText(
            self.totals.text()
            + " "
            + tr("Payments", "Збережено рядків: %1.").replace("%1", str(count))
        )


def _record_all(uow: UnitOfWork, entries: Sequence[tuple[str, dt.date, Receipt]]) -> None:
    """The month's changed rows in one transaction: all saved, or none."""
    for contract_id, month, receipt in entries:
        record_payment(uow, contract_id, month, receipt)
