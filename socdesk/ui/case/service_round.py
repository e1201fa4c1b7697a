"""A day's round of visits entered at once (the chosen worker's recipients due that day by
plan and contract, those not yet logged ticked, with the plan's usual amount), and the
workers' totals for a period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.domain.numbers import decimal_text
from socdesk.domain.payment import parse_amount
from socdesk.domain.rounds import DAY_HOURS_LIMIT, day_too_long
from socdesk.domain.text import quantity
from socdesk.store.cases import service_types
from socdesk.store.database import Store
from socdesk.store.service_log import (
    Delivered,
    RoundStop,
    WorkerTotal,
    log_services,
    round_stops,
    service_units,
    worker_day_hours,
    worker_totals,
    workers,
)
from socdesk.ui.changes import Writer, error_to, own_writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.service_picker import make_searchable
from socdesk.ui.widgets import (
    RowsModel,
    date_edit,
    date_of,
    error_label,
    lay_out_form_dialog,
    rows_table,
)

Today = Callable[[], dt.date]
HOME_CARE = "015.1"
WEEKDAYS = (
    noop("ServiceRound", "понеділок"),
    noop("ServiceRound", "вівторок"),
    noop("ServiceRound", "середа"),
    noop("ServiceRound", "четвер"),
    noop("ServiceRound", "пʼятниця"),
    noop("ServiceRound", "субота"),
    noop("ServiceRound", "неділя"),
)
VISITS_PER_MONTH = Decimal(13)  # three visits a week: a plan's monthly volume ÷ this = one visit


def visit_amount(stop: RoundStop) -> Decimal:
    """One visit's usual amount: the plan's monthly volume spread over a month's visits,
    rounded to a quarter of a unit; one unit where the plan does not say."""
    if stop.volume <= 0:
        return Decimal(1)
    per_visit = stop.volume / VISITS_PER_MONTH
    return max(Decimal("0.25"), (per_visit * 4).to_integral_value() / 4)


class RoundDialog(QDialog):
    """The day's round: date, service, worker; one row per recipient, ticked and with the
    amount (editable); saved as one transaction."""

    def __init__(
        self,
        store: Store,
        district_ids: list[str] | None,
        today: Today = dt.date.today,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._districts, self._today = store, district_ids, today
        self._writer = writer or own_writer(store, self)
        self.setWindowTitle(tr("ServiceRound", "Обхід за день"))
        with store.read() as conn:
            services = service_types(conn, today())
            staff = workers(conn)
            self._units = service_units(conn, today())
        self.on = date_edit(self, today())
        self.on.setObjectName("round_date")
        self.service = QComboBox(self)
        self.service.setObjectName("round_service")
        for code, name in services:
            self.service.addItem(f"{code} {name}", code)
        self.service.setCurrentIndex(max(0, self.service.findData(HOME_CARE)))
        make_searchable(self.service)
        self.worker = QComboBox(self)
        self.worker.setObjectName("round_worker")
        self.worker.addItem(tr("ServiceRound", "— виберіть працівника —"), None)
        for worker_id, name in staff:
            self.worker.addItem(name, worker_id)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("round_table")
        self.table.setHorizontalHeaderLabels(
            [
                tr("ServiceRound", "Отримувач"),
                tr("ServiceRound", "Населений пункт"),
                tr("ServiceRound", "Уже записано"),
                tr("ServiceRound", "Кількість"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.error_label = error_label(self)
        self.service.currentIndexChanged.connect(self.load)
        self.worker.currentIndexChanged.connect(self.load)
        self.on.dateChanged.connect(self.load)
        form = QFormLayout()
        form.addRow(tr("ServiceRound", "Дата:"), self.on)
        form.addRow(tr("ServiceRound", "Послуга:"), self.service)
        form.addRow(tr("ServiceRound", "Працівник:"), self.worker)
        form.addRow(self.table)
        form.addRow(self.count)
        self.buttons = lay_out_form_dialog(self, form, [self.error_label], self.save)
        self._stops: list[RoundStop] = []
        self.resize(760, 620)
        self.load()

    def load(self) -> None:
        """The chosen worker's recipients due on the chosen day; those already logged that
        day are shown and left unticked."""
        code, worker, on = self.service.currentData(), self.worker.currentData(), date_of(self.on)
        self._stops = []
        if worker is not None:
            with self._store.read() as conn:
                self._stops = round_stops(conn, code, self._districts, on=on, worker_id=worker)
        unit = self._units.get(code, "")
        self.table.setRowCount(len(self._stops))
        for row, stop in enumerate(self._stops):
            name = QTableWidgetItem(stop.name)
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            done = stop.logged > 0
            name.setCheckState(Qt.CheckState.Unchecked if done else Qt.CheckState.Checked)
            place = QTableWidgetItem(stop.settlement)
            place.setFlags(Qt.ItemFlag.ItemIsEnabled)
            logged = QTableWidgetItem(quantity(stop.logged, unit) if done else "—")
            logged.setFlags(Qt.ItemFlag.ItemIsEnabled)
            amount = QTableWidgetItem(decimal_text(visit_amount(stop)))
            for column, item in enumerate((name, place, logged, amount)):
                self.table.setItem(row, column, item)
        self.count.setText(self._count_text(worker, on, unit))
        self.save_button().setEnabled(bool(self._stops))
        self.error_label.setText("")

    def _count_text(self, worker: str | None, on: dt.date, unit: str) -> str:
        if worker is None:
            return tr(
                "ServiceRound", "Виберіть працівника: буде показано його отримувачів на цей день."
            )
        if not self._stops:
            return (
                tr(
                    "ServiceRound",
                    "%1, %2: за договорами цього працівника послугу цього дня не надають. "
                    "Виберіть інший день.",
                )
                .replace("%1", on.strftime("%d.%m.%Y"))
                .replace("%2", tr("ServiceRound", WEEKDAYS[on.weekday()]))
            )
        return (
            tr(
                "ServiceRound",
                "Отримувачів на цей день: %1 (одиниця: %2). Зніміть позначку з тих, кого не "
                "відвідали; кому вже записано, позначки не мають.",
            )
            .replace("%1", str(len(self._stops)))
            .replace("%2", unit)
        )

    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def lines(self) -> list[Delivered]:
        on, code = date_of(self.on), self.service.currentData()
        found = []
        for row, stop in enumerate(self._stops):
            if self.table.item(row, 0).checkState() != Qt.CheckState.Checked:  # type: ignore[union-attr]
                continue
            amount = parse_amount(self.table.item(row, 3).text(), stop.name)  # type: ignore[union-attr]
            found.append(
                Delivered(stop.case_id, stop.person_id, code, on, amount, self.worker.currentData())
            )
        return found

    def save(self) -> None:
        try:
            lines = self.lines()
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return
        if not lines:
            self.error_label.setText(tr("ServiceRound", "Не позначено жодного отримувача."))
            return
        if not self._day_confirmed(lines):
            return
        today = self._today()
        self._writer.write(
            lambda uow: log_services(uow, lines, today),
            lambda _: self.accept(),
            error_to(self.error_label),
        )

    def _day_confirmed(self, lines: list[Delivered]) -> bool:
        """A worker's day beyond a working day (domain.rounds) is recorded only when confirmed."""
        worker, on = self.worker.currentData(), date_of(self.on)
        if self._units.get(self.service.currentData()) != "година":
            return True
        with self._store.read() as conn:
            hours = worker_day_hours(conn, worker, on) + sum((n.units for n in lines), Decimal(0))
        if not day_too_long(hours):
            return True
        answer = QMessageBox.question(
            self,
            tr("ServiceRound", "Задовгий робочий день"),
            tr(
                "ServiceRound",
                "Разом із цим обходом у працівника %1 за %2 буде %3 — більше, ніж %4 робочого "
                "дня. Перевірте кількість. Записати все одно?",
            )
            .replace("%1", self.worker.currentText())
            .replace("%2", on.strftime("%d.%m.%Y"))
            .replace("%3", quantity(hours, "година"))
            .replace("%4", quantity(DAY_HOURS_LIMIT, "година")),
        )
        return answer == QMessageBox.StandardButton.Yes


class TotalsModel(RowsModel[WorkerTotal]):
    context = "ServiceRound"
    headers = (
        noop("ServiceRound", "Працівник"),
        noop("ServiceRound", "Отримувачів"),
        noop("ServiceRound", "Записів"),
        noop("ServiceRound", "Годин"),
    )

    def cell(self, row: WorkerTotal, column: int) -> str:
        match column:
            case 0:
                return row.worker or tr("ServiceRound", "(не зазначено)")
            case 1:
                return str(row.recipients)
            case 2:
                return str(row.visits)
        return decimal_text(row.hours)


class WorkerTotalsDialog(QDialog):
    """Per worker over a period: recipients served, lines logged and hours (workload)."""

    def __init__(
        self,
        store: Store,
        district_ids: list[str] | None,
        today: Today = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._districts = store, district_ids
        self.setWindowTitle(tr("ServiceRound", "Навантаження працівників"))
        day = today()
        self.start = date_edit(self, day.replace(day=1))
        self.end = date_edit(self, day)
        show = QPushButton(tr("ServiceRound", "Показати"), self)
        show.clicked.connect(self.refresh)
        self.model = TotalsModel(self)
        self.table = rows_table(self, self.model, "totals_table")
        self.total = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("ServiceRound", "З:"), self))
        row.addWidget(self.start)
        row.addWidget(QLabel(tr("ServiceRound", "по:"), self))
        row.addWidget(self.end)
        row.addWidget(show)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        self.resize(720, 480)
        self.refresh()

    def refresh(self) -> None:
        with self._store.read() as conn:
            rows = worker_totals(conn, date_of(self.start), date_of(self.end), self._districts)
        self.model.set_rows(rows)
        hours = sum((r.hours for r in rows), Decimal(0))
        self.total.setText(
            tr("ServiceRound", "Усього: %1").replace("%1", quantity(hours, "година"))
        )
