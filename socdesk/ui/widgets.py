"""Small widgets and models that look and behave the same wherever they appear."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from socdesk.ui.i18n import tr

ERROR_COLOUR = "#b00020"
Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


def error_label(parent: QWidget) -> QLabel:
    """The red, wrapping label under a form that says what to fix (object name `error_label`)."""
    label = QLabel(parent)
    label.setObjectName("error_label")
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    label.setWordWrap(True)
    return label


def date_edit(parent: QWidget, day: dt.date, name: str = "") -> QDateEdit:
    """A date field as Ukrainian documents write dates (ДД.ММ.РРРР), with a calendar (Alt+↓)."""
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    if name:
        edit.setObjectName(name)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def rows_table(parent: QWidget, model: QAbstractTableModel, name: str) -> QTableView:
    """A read-only table of a short list: whole rows selected, columns sized to their contents,
    the last one stretched, no row numbers (object name `name`)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def lay_out_form_dialog(
    dialog: QDialog,
    form: QLayout,
    below: Sequence[QWidget],
    on_ok: Callable[[], None],
) -> QDialogButtonBox:
    """The form, the widgets below it (the error label, a note), then OK and Cancel; OK calls
    `on_ok`, which accepts the dialog once the form is right. Returns the button box."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    layout.addWidget(buttons)
    return buttons


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A short list of rows as a table (users, import problems, history, audit entries).

    Subclasses give the translation context, the column headers (marked with `noop`) and
    `cell(row, column)`. For long lists use an id-backed model (registry.PersonListModel).
    """

    context = ""
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows += rows
            self.endInsertRows()

    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self.cell(self.rows[index.row()], index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.context, self.headers[section])
        return None
