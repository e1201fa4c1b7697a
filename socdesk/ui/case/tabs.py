"""What the case's tabs share (income, plan, contract, service log; each in its own module:
`income`, `plan`, `contract`, `log`). Each tab reads and writes through
`store.casework` and `store.service_log`; none holds SQL. Rules (money typed in, codes in the
classifier, volumes from the plan) live in `domain` and `store`, so that the CLI and sync obey
them too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from socdesk.domain.payment import PaymentCategory
from socdesk.ui.i18n import noop

Today = Callable[[], dt.date]
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
