"""The Reports window: a kind from the registry, the period (a month, quarter, half-year, year
or any range), the district and the service; the report is counted in a worker (progress and
Cancel below, the window stays responsive) and shown as a tab per table with its chart; the
export buttons write it to XLSX, PDF, CSV or JSON."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import Cancelled, SocDeskError
from socdesk.domain.progress import Progress
from socdesk.domain.report_scope import PeriodKind, ReportScope, period_of
from socdesk.reports.model import ColumnKind, Report, Table
from socdesk.reports.output import ReportFormat, export_report, text_of
from socdesk.reports.registry import kinds
from socdesk.reports.registry import run as run_report
from socdesk.store.database import Store
from socdesk.store.district_access import offered_districts
from socdesk.store.report_data import service_names
from socdesk.ui import screen
from socdesk.ui.i18n import tr
from socdesk.ui.ops import POLL_MS, TaskRunner, default_failure
from socdesk.ui.report_charts import chart_view
from socdesk.ui.widgets import date_edit, date_of

Index = QModelIndex | QPersistentModelIndex
FILTERS = {
    ReportFormat.XLSX: "Excel (*.xlsx)",
    ReportFormat.PDF: "PDF (*.pdf)",
    ReportFormat.CSV: "CSV (*.csv)",
    ReportFormat.JSON: "JSON (*.json)",
}


class ReportTableModel(QAbstractTableModel):
    """A report's table as on paper: its rows, then the «Усього» row in bold."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.rows = [*table.rows, *([table.total] if table.total is not None else [])]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.table.columns[index.column()]
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text_of(value, column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind is not ColumnKind.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _is_total(self, row: int) -> bool:
        return self.table.bold(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section].title
        return None


def _presets(today: dt.date) -> list[tuple[str, tuple[dt.date, dt.date]]]:
    """The periods people report for, this year's and last year's."""
    year = today.year
    quarter = (today.month - 1) // 3 + 1
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    found = [
        (tr("ReportsWindow", "Цей місяць"), period_of(PeriodKind.MONTH, year, today.month)),
        (
            tr("ReportsWindow", "Минулий місяць"),
            period_of(PeriodKind.MONTH, last_month.year, last_month.month),
        ),
        (tr("ReportsWindow", "Цей квартал"), period_of(PeriodKind.QUARTER, year, quarter)),
        (
            tr("ReportsWindow", "I півріччя %1").replace("%1", str(year)),
            period_of(PeriodKind.HALF_YEAR, year, 1),
        ),
        (
            tr("ReportsWindow", "II півріччя %1").replace("%1", str(year)),
            period_of(PeriodKind.HALF_YEAR, year, 2),
        ),
        (tr("ReportsWindow", "%1 рік").replace("%1", str(year)), period_of(PeriodKind.YEAR, year)),
        (
            tr("ReportsWindow", "II півріччя %1").replace("%1", str(year - 1)),
            period_of(PeriodKind.HALF_YEAR, year - 1, 2),
        ),
        (
            tr("ReportsWindow", "%1 рік").replace("%1", str(year - 1)),
            period_of(PeriodKind.YEAR, year - 1),
        ),
    ]
    return found


def last_half_year(today: dt.date) -> tuple[dt.date, dt.date]:
    """The half-year that ended last: the first of this year after June, else last year's
    second."""
    if today.month > 6:
        return period_of(PeriodKind.HALF_YEAR, today.year, 1)
    return period_of(PeriodKind.HALF_YEAR, today.year - 1, 2)


class ReportsWindow(QDialog):
    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ReportsWindow", "Звіти"))
        self._store, self._runner = store, runner
        self.report: Report | None = None
        self.progress: Progress | None = None
        self._today = today or dt.date.today()
        self._build_filters()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("report_tabs")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton(tr("ReportsWindow", "Скасувати"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_buttons: dict[ReportFormat, QPushButton] = {}
        foot = QHBoxLayout()
        foot.addWidget(self.bar, 1)
        foot.addWidget(self.cancel_button)
        foot.addStretch(1)
        foot.addWidget(QLabel(tr("ReportsWindow", "Зберегти як:"), self))
        for fmt in ReportFormat:
            button = QPushButton(fmt.value.upper() + "…", self)
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, f=fmt: self.ask_export(f))
            foot.addWidget(button)
            self.export_buttons[fmt] = button
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters_row)
        layout.addLayout(self.period_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(foot)
        self._running(False)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._kind_changed()
        self.status.setText(
            tr("ReportsWindow", "Оберіть звіт і період, натисніть «Сформувати» (Enter).")
        )
        # Tab walks the filters as a person fills them, ending on «Сформувати».
        chain = (
            self.kind,
            self.preset,
            self.start_edit,
            self.end_edit,
            self.district,
            self.service,
            self.run_button,
        )
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        screen.fit_resize(self, 1340, 700)

    # ------------------------------------------------------------------ filters
    def _build_filters(self) -> None:
        self.kind = QComboBox(self)
        for kind in kinds().values():
            self.kind.addItem(kind.title, kind.code)
            self.kind.setItemData(
                self.kind.count() - 1, kind.description, Qt.ItemDataRole.ToolTipRole
            )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        with self._store.read() as conn:
            districts = offered_districts(conn)  # a specialist: their own only
            services = sorted(service_names(conn, self._today).items())
        self.district = QComboBox(self)
        self.district.addItem(tr("ReportsWindow", "Усі округи"), None)
        for district_id, name in districts:
            self.district.addItem(name, district_id)
        self.service = QComboBox(self)
        self.service.addItem(tr("ReportsWindow", "Усі послуги"), None)
        for code, (name, _unit) in services:
            self.service.addItem(f"{code} {name}", code)
        self.service.setMaximumWidth(320)
        self.run_button = QPushButton(tr("ReportsWindow", "Сформувати"), self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.filters_row = QHBoxLayout()
        for label, box in (
            (tr("ReportsWindow", "Звіт:"), self.kind),
            (tr("ReportsWindow", "Округ:"), self.district),
            (tr("ReportsWindow", "Послуга:"), self.service),
        ):
            self.filters_row.addWidget(QLabel(label, self))
            self.filters_row.addWidget(box)
        self.filters_row.addStretch(1)
        self.preset = QComboBox(self)
        self.preset.addItem(tr("ReportsWindow", "Довільний період"), None)
        for label, period in _presets(self._today):
            self.preset.addItem(label, period)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        first, last = last_half_year(self._today)
        self.start_edit = date_edit(self, first, "report_from")
        self.end_edit = date_edit(self, last, "report_to")
        self.urban = self._population("urban_population")
        self.rural = self._population("rural_population")
        self.period_row = QHBoxLayout()
        self.population_labels = [
            QLabel(tr("ReportsWindow", "Населення: міське"), self),
            QLabel(tr("ReportsWindow", "сільське"), self),
        ]
        for widget in (
            QLabel(tr("ReportsWindow", "Період:"), self),
            self.preset,
            QLabel(tr("ReportsWindow", "з"), self),
            self.start_edit,
            QLabel(tr("ReportsWindow", "по"), self),
            self.end_edit,
            self.population_labels[0],
            self.urban,
            self.population_labels[1],
            self.rural,
        ):
            self.period_row.addWidget(widget)
        self.period_row.addStretch(1)
        self.period_row.addWidget(self.run_button)

    def _population(self, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(0, 10_000_000)
        box.setGroupSeparatorShown(True)
        box.setToolTip(
            tr("ReportsWindow", "Для нормативів чисельності працівників; 0 — не враховувати")
        )
        return box

    def _kind_changed(self) -> None:
        workload = self.kind.currentData() == "workload"
        for widget in (self.urban, self.rural, *self.population_labels):
            widget.setVisible(workload)

    def _preset_chosen(self) -> None:
        period = self.preset.currentData()
        if period is not None:
            first, last = period
            self.start_edit.setDate(first)
            self.end_edit.setDate(last)

    def scope(self) -> ReportScope:
        district, service = self.district.currentData(), self.service.currentData()
        urban, rural = self.urban.value(), self.rural.value()
        population = self.kind.currentData() == "workload" and (urban or rural)
        return ReportScope(
            date_of(self.start_edit),
            date_of(self.end_edit),
            (district,) if district else None,
            (service,) if service else None,
            urban if population else None,
            rural if population else None,
        )

    # ------------------------------------------------------------------ the work
    def start(self) -> None:
        try:
            scope = self.scope()
        except SocDeskError as exc:
            self.status.setText(str(exc))
            return
        code = str(self.kind.currentData())
        progress = self.progress = Progress()
        self._running(True)
        self.status.setText(tr("ReportsWindow", "Рахую звіт…"))
        self._timer.start()
        self._runner.run(
            lambda: run_report(self._store, code, scope, progress), self._shown, self._failed
        )

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.status.setText(tr("ReportsWindow", "Зупиняю…"))

    def _poll(self) -> None:
        if self.progress is not None:
            snap = self.progress.snapshot()
            self.bar.setMaximum(snap.total or 0)
            self.bar.setValue(min(snap.done, snap.total or 0))

    def _running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.bar.setVisible(running)
        for button in getattr(self, "export_buttons", {}).values():
            button.setEnabled(not running and self.report is not None)

    def _shown(self, report: Report) -> None:
        self._timer.stop()
        self.report = report
        self._running(False)
        self.show_report(report)
        self.status.setText("; ".join(f"{what}: {value}" for what, value in report.filters))

    def _failed(self, exc: BaseException) -> None:
        self._timer.stop()
        self._running(False)
        if isinstance(exc, Cancelled):
            self.status.setText(tr("ReportsWindow", "Звіт скасовано."))
            return
        self.status.setText("")
        default_failure(self, exc)

    def show_report(self, report: Report) -> None:
        self.tabs.clear()
        for table in report.tables:
            page = QSplitter(Qt.Orientation.Vertical, self.tabs)
            holder = QWidget(page)
            inner = QVBoxLayout(holder)
            inner.setContentsMargins(0, 0, 0, 0)
            view = _table_view(holder, ReportTableModel(table, holder))
            inner.addWidget(view, 1)
            if table.note:
                note = QLabel(table.note, holder)
                note.setWordWrap(True)
                inner.addWidget(note)
            page.addWidget(holder)
            chart = chart_view(table, page)
            if chart is not None:
                page.addWidget(chart)
                page.setSizes([300, 260])
            self.tabs.addTab(
                page, table.title if len(table.title) <= 36 else table.title[:34] + "…"
            )
            self.tabs.setTabToolTip(self.tabs.count() - 1, table.title)

    # ------------------------------------------------------------------ export
    def ask_export(self, fmt: ReportFormat) -> None:
        if self.report is None:
            return
        scope = self.report.scope
        suggested = f"{self.report.kind}_{scope.start:%Y%m%d}-{scope.end:%Y%m%d}.{fmt.value}"
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("ReportsWindow", "Зберегти звіт"), suggested, FILTERS[fmt]
        )
        if name:
            self.export(Path(name), fmt)

    def export(self, path: Path, fmt: ReportFormat) -> None:
        report = self.report
        if report is None:
            return
        self.status.setText(tr("ReportsWindow", "Зберігаю…"))
        self._runner.run(
            lambda: export_report(self._store, report, path, fmt),
            lambda _none: self.status.setText(
                tr("ReportsWindow", "Збережено: %1").replace("%1", str(path))
            ),
            self._failed,
        )


def _table_view(parent: QWidget, model: ReportTableModel) -> QWidget:
    from socdesk.ui.widgets import rows_table

    view = rows_table(parent, model, "report_table")
    view.horizontalHeader().setStretchLastSection(False)
    return view
