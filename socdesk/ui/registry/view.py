"""The recipient registry: an id-backed lazy model and its view with incremental search.

The model holds only ids (`tuple[str, ...]`) and fetches rows in blocks into a small cache;
sorting and searching re-query the store (ORDER BY over the indexed Ukrainian sort key, FTS5),
never `QStandardItemModel` (STYLE.md point 8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.cases import ACTIVE_STATES, STATE_NAMES
from socdesk.store.database import Store
from socdesk.store.fts import SearchCursor
from socdesk.store.people import (
    NO_FILTER,
    SEARCH_PAGE,
    PersonFilter,
    PersonOrder,
    PersonRow,
    count_people,
    filter_ids,
    list_categories,
    list_person_ids,
    list_settlements,
    person_rows,
    search_cursor,
)
from socdesk.ui.i18n import tr, tr_n
from socdesk.ui.keyboard import strong_highlight
from socdesk.ui.messages import domain_tr
from socdesk.ui.registry.columns import RecipientColumn
from socdesk.ui.widgets import Index

if TYPE_CHECKING:
    from socdesk.store.handles import Connection

SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
BLOCK = 40  # rows fetched per cache miss: one screen at 1366×768 and some margin
CACHE_LIMIT = 5000
CHUNK = 250  # ids read at a time when listing the whole register: about ten screens
SEARCH_DELAY_MS = 300
FILTER_PAGES = 40  # search pages read per fetch when filters drop most hits
COLUMNS = list(RecipientColumn)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class LazyIds(Sequence[str]):
    """Ids read as rows are asked for: a subclass says how long it is and gives one id."""

    def _at(self, index: int) -> str:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(len(self)))]
        return self._at(index + len(self) if index < 0 else index)


class IdWindow(LazyIds):
    """The ids of the listed register: its size from one COUNT, the ids a chunk at a time as
    rows are asked for (OFFSET over the covering index). The first paint of 50,000 people
    reads one chunk, not 50,000 ids."""

    def __init__(
        self,
        store: Store,
        order: PersonOrder,
        descending: bool,
        where: PersonFilter,
        conn: Connection,
    ) -> None:
        self._store, self._order, self._descending, self._where = store, order, descending, where
        self._count = count_people(conn, where)
        self._chunks: dict[int, list[str]] = {0: self._read(conn, 0)}

    def _read(self, conn: Connection, chunk: int) -> list[str]:
        return list_person_ids(
            conn, self._order, self._descending, self._where, chunk * CHUNK, CHUNK
        )

    def _chunk(self, number: int) -> list[str]:
        found = self._chunks.get(number)
        if found is None:
            with self._store.read() as conn:
                found = self._chunks[number] = self._read(conn, number)
        return found

    def __len__(self) -> int:
        return self._count

    def _at(self, index: int) -> str:
        chunk = self._chunk(index // CHUNK)
        offset = index % CHUNK
        # The register changed since the count (another window saved): an empty id shows an
        # empty row until the list reloads, which every save does.
        return chunk[offset] if offset < len(chunk) else ""


class Pinned(LazyIds):
    """A list with some ids put first: people just added whom the filters would hide."""

    def __init__(self, pins: list[str], rest: Sequence[str]) -> None:
        self.pins, self._rest = pins, rest

    def __len__(self) -> int:
        return len(self.pins) + len(self._rest)

    def _at(self, index: int) -> str:
        pinned = len(self.pins)
        return self.pins[index] if index < pinned else self._rest[index - pinned]


class PersonListModel(QAbstractTableModel):
    """Recipients as table rows; data is fetched lazily from the store by id."""

    loaded = Signal()  # after every reload and fetchMore, even one that found nothing more

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ids: Sequence[str] = ()
        self._cache: dict[str, PersonRow] = {}
        self._shown: dict[str, tuple[str, ...]] = {}  # display texts of cached rows
        self._query = ""
        self._cursor: SearchCursor | None = None
        self._order = PersonOrder.NAME
        self._descending = False
        self._filter = NO_FILTER
        self._pins: list[str] = []  # shown first until the search or a filter changes

    # ------------------------------------------------------------------ queries
    def set_query(self, text: str) -> None:
        self._query = text.strip()
        self._pins = []
        self.reload()

    def set_filter(self, where: PersonFilter) -> None:
        self._filter = where
        self._pins = []
        self.reload()

    def row_of(self, person_id: str) -> int:
        """The row that shows `person_id`; a person the search or filters hide (one just
        added, say) is put first and stays there until they change."""
        row = self._find(person_id)
        if row is None:
            self._pins.insert(0, person_id)
            self.reload()
            row = 0
        return row

    def _find(self, person_id: str) -> int | None:
        ids = self._ids
        if isinstance(ids, Pinned) and person_id in ids.pins:
            return ids.pins.index(person_id)
        if isinstance(ids, list):  # a search's loaded pages
            return ids.index(person_id) if person_id in ids else None
        with self._store.read() as conn:
            if not filter_ids(conn, [person_id], self._filter):
                return None
        # In the listed register: read it chunk by chunk (a new person is usually found in
        # the first chunks read; the chunks stay cached for the view).
        return next((row for row in range(len(ids)) if ids[row] == person_id), None)

    def reload(self) -> None:
        self._cursor = search_cursor(self._query) if self._query else None
        ids: Sequence[str]
        with self._store.read() as conn:
            if self._cursor is not None:
                ids = self._next_search_page(conn, self._cursor)
            elif self._query:
                ids = []  # nothing searchable typed (e.g. only punctuation)
            else:
                ids = IdWindow(self._store, self._order, self._descending, self._filter, conn)
            if self._pins and self._cursor is None:  # a pin the filters pass is listed in place
                passing = set(filter_ids(conn, self._pins, self._filter))
                self._pins = [p for p in self._pins if p not in passing]
            if self._pins:
                rest = [i for i in ids if i not in self._pins] if isinstance(ids, list) else ids
                ids = Pinned(self._pins, rest)
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._shown.clear()
        self.endResetModel()
        self.loaded.emit()

    def filtered(self) -> bool:
        return self._filter.active

    def has_more(self) -> bool:
        """Whether a search has matches beyond the rows loaded so far."""
        return self._cursor is not None and not self._cursor.done

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.has_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor is None:
            return
        with self._store.read() as conn:
            more = self._next_search_page(conn, self._cursor)
        known = set(self._ids)
        more = [i for i in more if i not in known]  # an edit between pages must not duplicate
        if more:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._ids = [*self._ids, *more]
            self.endInsertRows()
        self.loaded.emit()

    def _next_search_page(self, conn: Connection, cursor: SearchCursor) -> list[str]:
        """The next page of search hits that pass the filters. A narrow filter over a broad
        search reads several pages, at most `FILTER_PAGES` at a time; scrolling reads on."""
        found: list[str] = []
        for _ in range(FILTER_PAGES):
            found += filter_ids(conn, cursor.next_page(conn, SEARCH_PAGE), self._filter)
            if len(found) >= SEARCH_PAGE or cursor.done:
                break
        return found

    def person_id(self, row: int) -> str:
        return self._ids[row]

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for a dozen roles per cell on every paint: answer the common ones
        # first, from texts formatted once per person.
        if role in (_DISPLAY, _TOOLTIP):
            texts = self._texts(index.row())
            return None if texts is None else texts[index.column()]
        if role == SortRole:
            row = self._row(index.row())
            return None if row is None else COLUMNS[index.column()].value.raw(row)
        if role == IdRole:
            return self._ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].label if 0 <= section < len(COLUMNS) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = COLUMNS[column].value if 0 <= column < len(COLUMNS) else None
        if spec is None or spec.order is None:
            return
        self._order = spec.order
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # ------------------------------------------------------------------ cache
    def _texts(self, row: int) -> tuple[str, ...] | None:
        if not 0 <= row < len(self._ids):
            return None
        person_id = self._ids[row]
        texts = self._shown.get(person_id)
        if texts is None:
            fetched = self._row(row)
            if fetched is None:
                return None
            texts = self._shown[person_id] = tuple(c.value.display(fetched) for c in COLUMNS)
        return texts

    def _row(self, row: int) -> PersonRow | None:
        person_id = self._ids[row]
        cached = self._cache.get(person_id)
        if cached is not None:
            return cached
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
            self._shown.clear()
        start = max(0, row - BLOCK // 4)
        block = list(self._ids[start : start + BLOCK])
        with self._store.read() as conn:
            for fetched in person_rows(conn, block):
                self._cache[fetched.id] = fetched
        return self._cache.get(person_id)


class RegistryView(QWidget):
    """Search box over the recipient table; typing searches after a short pause. An empty
    register says how to start instead (`add_requested`, `import_requested`)."""

    add_requested = Signal()
    import_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PersonListModel(store, self)
        self.empty_panel = self._start_panel()
        self.search = QLineEdit(self)
        self.search.setObjectName("search_edit")
        self.search.setPlaceholderText(
            tr("RegistryView", "Пошук: прізвище, ім’я, РНОКПП, документ, телефон, село")
        )
        self.search.setClearButtonEnabled(True)
        self.settlement_filter = QComboBox(self)
        self.settlement_filter.setObjectName("settlement_filter")
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("category_filter")
        self.case_filter = QComboBox(self)
        self.case_filter.setObjectName("case_filter")
        self._fill_filters(store)
        self.table = QTableView(self)
        self.table.setObjectName("recipient_table")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary_label")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.model.loaded.connect(self._update_summary)
        self._build()  # loads the list
        self._timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._timer.start)
        self.settlement_filter.currentIndexChanged.connect(self._apply_filter)
        self.category_filter.currentIndexChanged.connect(self._apply_filter)
        self.case_filter.currentIndexChanged.connect(self._apply_filter)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.to_results)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)

    def to_results(self) -> None:
        """Down in the search box: into the results, on the current row (the first at first)."""
        if self._timer.isActive():  # typed just now: search first
            self._timer.stop()
            self._apply_search()
        if not self.model.rowCount():
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.table.currentIndex()
        if not current.isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.selectRow(self.table.currentIndex().row())

    def _fill_filters(self, store: Store) -> None:
        """Settlements and categories as the combo boxes offer them ("all" first)."""
        with store.read() as conn:
            settlements = list_settlements(conn)
            categories = list_categories(conn, dt.date.today())
        self.settlement_filter.addItem(tr("RegistryView", "Усі населені пункти"), None)
        for settlement_id, name in settlements:
            self.settlement_filter.addItem(name, settlement_id)
        self.category_filter.addItem(tr("RegistryView", "Усі категорії"), None)
        for code, name in categories:
            self.category_filter.addItem(name, code)
        self.case_filter.addItem(tr("RegistryView", "Усі, зі справами й без"), None)
        self.case_filter.addItem(
            tr("RegistryView", "З активною справою"), [s.value for s in ACTIVE_STATES]
        )
        for state in ACTIVE_STATES:  # indented under "active": one stage of the path
            self.case_filter.addItem("   " + domain_tr(STATE_NAMES[state]), [state.value])
        for combo in (self.settlement_filter, self.category_filter, self.case_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)

    def current_filter(self) -> PersonFilter:
        return PersonFilter(
            self.settlement_filter.currentData(),
            self.category_filter.currentData(),
            tuple(states) if (states := self.case_filter.currentData()) else None,
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _build(self) -> None:
        self.table.setModel(self.model)
        # Enabling sorting sorts by the indicator, which loads the list: exactly once.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # two to merge
        self.table.setAlternatingRowColors(True)
        strong_highlight(self.table)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for i, column in enumerate(COLUMNS):  # never narrower than its header's text
            header.resizeSection(i, max(column.value.width, header.sectionSizeHint(i)))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.settlement_filter)
        top.addWidget(self.category_filter)
        top.addWidget(self.case_filter)
        layout.addLayout(top)
        layout.addWidget(self.empty_panel)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)

    def _start_panel(self) -> QWidget:
        """What an empty register shows: how to start, with a button for each way."""
        panel = QWidget(self)
        panel.setObjectName("empty_registry")
        text = QLabel(
            tr(
                "RegistryView",
                "<h2>Реєстр поки порожній</h2>"
                "<p>Почніть з першої особи: натисніть «Додати особу» (Ctrl+N) і заповніть "
                "картку. Якщо ви вже вели журнал в Excel або таблиці, імпортуйте його: "
                "SocDesk сам знайде прізвища, дати й телефони і покаже, що перевірити.</p>"
                "<p>Як працювати далі — у посібнику: меню «Довідка» або F1.</p>",
            ),
            panel,
        )
        text.setWordWrap(True)
        self.add_button = QPushButton(tr("RegistryView", "Додати особу"), panel)
        self.add_button.setObjectName("empty_add_person")
        self.add_button.clicked.connect(self.add_requested)
        self.import_button = QPushButton(tr("RegistryView", "Імпортувати журнал…"), panel)
        self.import_button.setObjectName("empty_import")
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        panel.setMaximumWidth(720)
        panel.hide()
        return panel

    def is_empty(self) -> bool:
        """The register itself is empty (not a search or a filter that found nobody)."""
        return (
            self.model.rowCount() == 0
            and not self.search.text().strip()
            and not self.model.filtered()
        )

    def show_person(self, person_id: str) -> None:
        """Selects `person_id` (a person just added), shown first if the search or the
        filters would hide them."""
        index = self.model.index(self.model.row_of(person_id), 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _apply_search(self) -> None:
        self.model.set_query(self.search.text())

    def _update_summary(self) -> None:
        empty = self.is_empty()
        self.empty_panel.setVisible(empty)
        self.table.setVisible(not empty)
        n = self.model.rowCount()
        if not self.search.text().strip() and not self.model.filtered():
            text = tr_n("RegistryView", "У реєстрі %n отримувач", n)
        elif self.model.has_more():
            text = tr_n("RegistryView", "Показано %n перших збігів; гортайте, щоб побачити ще.", n)
        else:
            text = tr_n("RegistryView", "Знайдено %n особу", n)
        self.summary.setText(text)
