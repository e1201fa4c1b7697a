"""What the case's tabs share (income, plan, contract, service log; each in its own module:
`income`, `plan`, `contract`, `log`). Each tab reads and writes through
`store.casework` and `store.service_log`; none holds SQL. Rules (money typed in, codes in the
classifier, volumes from the plan) live in `domain` and `store`, so that the CLI and sync obey
them too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.domain.payment import PaymentCategory
from socdesk.store.database import Store
from socdesk.store.uow import UnitOfWork
from socdesk.ui.changes import Writer, error_to, own_writer
from socdesk.ui.i18n import noop
from socdesk.ui.messages import domain_tr

Today = Callable[[], dt.date]
T = TypeVar("T")
CATEGORY_TEXT = {
    PaymentCategory.FREE: noop("CaseTabs", "безоплатно"),
    PaymentCategory.DIFFERENTIATED: noop("CaseTabs", "з диференційованою платою"),
    PaymentCategory.PAID: noop("CaseTabs", "платно"),
}


def new_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def set_row(table: QTableWidget, row: int, values: list[str]) -> None:
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


def is_checked(table: QTableWidget, row: int, column: int) -> bool:
    item = table.item(row, column)
    return item is not None and item.checkState() == Qt.CheckState.Checked


def check_item(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class CaseTab(QWidget):
    """A tab of the case window: the case it shows and the window's writer (what the tab
    writes reloads the window, `refresh` included)."""

    def __init__(
        self, store: Store, case_id: str, today: Today, parent: QWidget, writer: Writer
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._today = store, case_id, today
        self._writer = writer


class CaseDialog(QDialog):
    """A dialog that writes one thing of a case (a contract, a plan revision): `submit` reads
    the form, shows what is wrong in `error_label` or writes it and closes."""

    error_label: QLabel  # made by the dialog with the rest of its form

    def __init__(
        self, store: Store, case_id: str, parent: QWidget | None, writer: Writer | None
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id = store, case_id
        self._writer = writer or own_writer(store, self)

    def submit(self, read: Callable[[], T], write: Callable[[UnitOfWork, T], object]) -> None:
        try:
            value = read()
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return
        self._writer.write(
            lambda uow: write(uow, value), lambda _: self.accept(), error_to(self.error_label)
        )
