"""The deadlines of open cases per district and per worker: overdue, due today, due this week,
in colour and in words (never colour alone), sortable, a case opened with one click."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.changes import Changes
from socdesk.domain.deadlines import Urgency
from socdesk.store.database import Store
from socdesk.store.deadlines import DueCase, cases_due, summary
from socdesk.store.service_log import workers
from socdesk.store.territory import served_districts
from socdesk.ui.case.lead import STEP_TEXT, URGENCY_COLOUR, URGENCY_TEXT
from socdesk.ui.changes import Writer, listen_while_open
from socdesk.ui.i18n import noop, tr
from socdesk.ui.ops import TaskRunner
from socdesk.ui.widgets import Index, RowsModel, rows_table

if TYPE_CHECKING:  # the case window (and its documents) loads when a case is opened
    from socdesk.ui.case.window import CaseWindow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class DeadlinesModel(RowsModel[DueCase]):
    context = "Deadlines"
    headers = (
        noop("Deadlines", "Строк"),
        noop("Deadlines", "Стан строку"),
        noop("Deadlines", "Що зробити"),
        noop("Deadlines", "Справа"),
        noop("Deadlines", "Отримувач"),
        noop("Deadlines", "Округ"),
        noop("Deadlines", "Відповідальний"),
    )

    def cell(self, row: DueCase, column: int) -> str:
        match column:
            case 0:
                return row.step.due.strftime("%d.%m.%Y")
            case 1:
                return tr("Deadlines", URGENCY_TEXT[row.step.urgency])
            case 2:
                return tr("Deadlines", STEP_TEXT.get(row.step.code, row.step.code))
            case 3:
                return row.number
            case 4:
                return row.person
            case 5:
                return row.district
        return row.worker

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = URGENCY_COLOUR.get(row.step.urgency)
            return QBrush(QColor(colour)) if colour else None
        if role == SORT_ROLE:  # dates and urgency sort by value, not by their text
            if index.column() in (0, 1):
                return row.step.due.toordinal()
            return self.cell(row, index.column()).casefold()
        return super().data(index, role)


class DeadlinesView(QDialog):
    """Every open case's next deadlines, filtered by district and worker."""

    def __init__(
        self,
        store: Store,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._today, self._writer = store, today, writer
        # A district of 50,000 people has thousands of open cases: the list is worked out
        # off the GUI thread (about half a second then).
        self._own_runner = runner is None
        self._runner = runner or TaskRunner(parent=self)
        self.setWindowTitle(tr("Deadlines", "Строки за справами"))
        with store.read() as conn:
            districts = served_districts(conn)
            staff = workers(conn)
        self.district = QComboBox(self)
        self.district.setObjectName("deadline_district")
        self.district.addItem(tr("Deadlines", "усі округи робочого місця"), None)
        for did, name in districts:
            self.district.addItem(name, did)
        self.worker = QComboBox(self)
        self.worker.setObjectName("deadline_worker")
        self.worker.addItem(tr("Deadlines", "усі працівники"), None)
        for worker_id, name in staff:
            self.worker.addItem(name, worker_id)
        self.later = QCheckBox(tr("Deadlines", "показати й пізніші"), self)
        for signal in (
            self.district.currentIndexChanged,
            self.worker.currentIndexChanged,
            self.later.toggled,
        ):
            signal.connect(self.refresh)
        self.model = DeadlinesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = rows_table(self, self.proxy, "deadlines_table")  # type: ignore[arg-type]
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self.open_row)
        self.table.clicked.connect(self.open_row)
        self.summary = QLabel(self)
        self.summary.setObjectName("deadline_summary")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Deadlines", "Округ:"), self))
        filters.addWidget(self.district)
        filters.addWidget(QLabel(tr("Deadlines", "Працівник:"), self))
        filters.addWidget(self.worker, 1)
        filters.addWidget(self.later)
        hint = QLabel(tr("Deadlines", "Клацніть рядок або натисніть Enter, щоб відкрити справу."))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        # A workplace serves its districts; one set up without any sees every case.
        self._district_ids = [did for did, _ in districts] or None
        self.resize(1100, 640)
        if writer is not None:  # a case moved, a worker assigned, a sync: the list follows
            listen_while_open(self, writer.bus, self._changes_applied)
        self.refresh()

    def _changes_applied(self, changes: Changes) -> None:
        if changes.cases or changes.recipients or changes.workplace:
            self.refresh()

    def refresh(self) -> None:
        chosen = self.district.currentData()
        districts = [chosen] if chosen else self._district_ids
        worker, today, store = self.worker.currentData(), self._today(), self._store

        def work() -> list[DueCase]:
            with store.read() as conn:
                return cases_due(conn, today, districts, worker)

        self.summary.setText(tr("Deadlines", "Рахую строки…"))
        self._runner.run(work, self._show)

    def _show(self, due: list[DueCase]) -> None:
        counts = summary(due)
        if not self.later.isChecked():
            due = [d for d in due if d.step.urgency is not Urgency.LATER]
        self.model.set_rows(due)
        self.summary.setText(summary_text(counts.overdue, counts.today, counts.this_week))

    def done(self, result: int) -> None:
        if self._own_runner:
            self._runner.shutdown()
        super().done(result)

    def open_row(self, index: Index) -> CaseWindow | None:
        if not index.isValid():
            return None
        from socdesk.ui.case.window import show_case

        row = self.model.rows[self.proxy.mapToSource(index).row()]
        return show_case(self._store, row.case_id, self, self._writer, self._today, self.refresh)


def summary_text(overdue: int, today: int, this_week: int) -> str:
    return (
        tr("Deadlines", "Прострочено: %1 · на сьогодні: %2 · цього тижня: %3")
        .replace("%1", str(overdue))
        .replace("%2", str(today))
        .replace("%3", str(this_week))
    )
