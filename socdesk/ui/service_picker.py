"""Services picked from the classifier with a search box, wherever a screen names a service:
the appeal's services, an act's «Потрібні соціальні послуги», a plan's measure, a contract's
line, a day's round. A code or any part of a name finds it («догляд», «015»); names are the
classifier's as people read them (its notes stay in the reference data).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socdesk.store.cases import service_types
from socdesk.store.database import Store
from socdesk.ui.i18n import tr
from socdesk.ui.widgets import lay_out_form_dialog

_CODE = Qt.ItemDataRole.UserRole
_APOSTROPHES = str.maketrans("", "", "'ʼ’`")


def search_key(text: str) -> str:
    """What a search compares: case and apostrophes ignored."""
    return text.casefold().translate(_APOSTROPHES)


def service_label(code: str, name: str) -> str:
    return f"{code} {name}"


class ServicePicker(QWidget):
    """A search box over the classifier's services: ticks for several (`multi`), or one."""

    def __init__(
        self,
        services: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        multi: bool = True,
    ) -> None:
        super().__init__(parent)
        self._multi = multi
        self.search = QLineEdit(self)
        self.search.setObjectName("service_search")
        self.search.setPlaceholderText(tr("ServicePicker", "Пошук послуги за кодом або назвою…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("services_list")
        for code, name in services:
            item = QListWidgetItem(service_label(code, name), self.list)
            item.setData(_CODE, code)
            if multi:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.empty = QLabel(tr("ServicePicker", "Такої послуги в Класифікаторі немає."), self)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)

    def _items(self) -> Iterable[QListWidgetItem]:
        return (self.list.item(r) for r in range(self.list.count()))

    def _filter(self, text: str) -> None:
        words = search_key(text).split()
        shown = 0
        for item in self._items():
            hit = all(w in search_key(item.text()) for w in words)
            item.setHidden(not hit)
            shown += hit
        self.empty.setVisible(shown == 0)
        current: QListWidgetItem | None = self.list.currentItem()
        if current is None or current.isHidden():
            first = next((i for i in self._items() if not i.isHidden()), None)
            if first is not None:
                self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search box goes to the list; Enter there ticks the current one."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down:
                self.list.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._multi:
                item: QListWidgetItem | None = self.list.currentItem()
                if item is not None and not item.isHidden():
                    self._toggle(item)
                    return True
        return super().eventFilter(watched, event)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def check(self, code: str, on: bool = True) -> None:
        """Ticks (or, single, chooses) the service `code`."""
        for item in self._items():
            if item.data(_CODE) == code:
                if self._multi:
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                else:
                    self.list.setCurrentItem(item)
                return
        raise LookupError(code)

    def chosen(self) -> list[str]:
        """The codes ticked (several) or the one chosen, in the classifier's order."""
        if not self._multi:
            item: QListWidgetItem | None = self.list.currentItem()
            return [str(item.data(_CODE))] if item is not None and not item.isHidden() else []
        return [
            str(item.data(_CODE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def labels(self) -> list[str]:
        """ "Code name" of each chosen service (as an act's text field writes them)."""
        chosen = set(self.chosen())
        return [item.text() for item in self._items() if item.data(_CODE) in chosen]


class ServicePickerDialog(QDialog):
    """The picker in a dialog, for a field or a table cell that names services."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        multi: bool = True,
        on: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ServicePicker", "Послуги з Класифікатора"))
        with store.read() as conn:
            services = service_types(conn, on or dt.date.today())
        self.picker = ServicePicker(services, self, multi=multi)
        if not multi:
            self.picker.list.itemDoubleClicked.connect(self.accept)
        lay_out_form_dialog(self, QVBoxLayout(), [self.picker], self.accept)
        self.picker.search.setFocus()
        self.resize(640, 480)


def make_searchable(combo: QComboBox) -> None:
    """A long list of services in a combo box: typing any part of a code or name finds it."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def pick_button(
    store: Store,
    table: QTableWidget,
    column: int,
    add_row: Callable[[str], int],
    parent: QWidget,
) -> QPushButton:
    """«Послуга з Класифікатора…» under a table of services: the service picked with the
    search box goes into the current row's code cell (a new row when none is current)."""
    button = QPushButton(tr("ServicePicker", "Послуга з Класифікатора…"), parent)
    button.setObjectName("pick_service")

    def pick() -> ServicePickerDialog:
        dialog = ServicePickerDialog(store, parent, multi=False)
        row = table.currentRow()
        current = table.item(row, column) if row >= 0 else None
        if current is not None and current.text().strip():
            with contextlib.suppress(LookupError):
                dialog.picker.check(current.text().strip())

        def chosen() -> None:
            codes = dialog.picker.chosen()
            if not codes:
                return
            target = table.currentRow()
            if target < 0:
                target = add_row(codes[0])
            table.setItem(target, column, QTableWidgetItem(codes[0]))
            table.setCurrentCell(target, column)

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    button.clicked.connect(pick)
    return button
