"""The case's service log: fast entry of delivered services, the log, and the month's act."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.domain.numbers import decimal_text
from socdesk.domain.payment import parse_amount
from socdesk.domain.text import quantity
from socdesk.store import casework as cw
from socdesk.store.cases import service_types
from socdesk.store.database import Store
from socdesk.store.service_log import (
    Delivered,
    LogLine,
    case_log,
    log_services,
    monthly_act,
    remove_line,
    workers,
)
from socdesk.ui.case.tabs import (
    CaseTab,
    Today,
)
from socdesk.ui.changes import Writer, error_to
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.service_picker import service_label
from socdesk.ui.widgets import (
    RowsModel,
    date_edit,
    date_of,
    error_label,
    rows_table,
)


# ------------------------------------------------------------------------------ service log
class LogModel(RowsModel[LogLine]):
    context = "CaseTabs"
    headers = (
        noop("CaseTabs", "Дата"),
        noop("CaseTabs", "Послуга"),
        noop("CaseTabs", "Кількість"),
        noop("CaseTabs", "Працівник"),
        noop("CaseTabs", "Примітка"),
    )

    def cell(self, row: LogLine, column: int) -> str:
        match column:
            case 0:
                return row.on.strftime("%d.%m.%Y")
            case 1:
                return row.service_code
            case 2:
                return quantity(row.units, row.unit)
            case 3:
                return row.worker
        return row.note


class ServiceLogTab(CaseTab):
    """Fast entry of delivered services (Enter adds the line), the log, and the month's act."""

    def __init__(
        self, store: Store, case_id: str, today: Today, parent: QWidget, writer: Writer
    ) -> None:
        super().__init__(store, case_id, today, parent, writer)
        with store.read() as conn:
            header = cw.case_header(conn, case_id)
            staff = workers(conn)
        self._person_id = header.person_id
        with store.read() as conn:
            people = cw.case_people(conn, case_id)
            names = dict(service_types(conn, today()))
        self.person = QComboBox(self)
        self.person.setObjectName("log_person")
        for pid, name in people:
            self.person.addItem(name, pid)
        self.person.setVisible(len(people) > 1)  # a family's case: whom the visit served
        self.on = date_edit(self, today(), "log_date")
        self.service = QComboBox(self)
        self.service.setObjectName("log_service")
        for code in header.services:  # the case's services, named as the classifier names them
            self.service.addItem(service_label(code, names.get(code, "")).strip(), code)
        self.units = QLineEdit("1", self)
        self.units.setObjectName("log_units")
        self.units.returnPressed.connect(self.add)
        self.worker = QComboBox(self)
        self.worker.setObjectName("log_worker")
        self.worker.addItem("—", None)
        for worker_id, name in staff:
            self.worker.addItem(name, worker_id)
        self.note = QLineEdit(self)
        self.note.returnPressed.connect(self.add)
        add = QPushButton(tr("CaseTabs", "&Додати"), self)
        add.setObjectName("log_add")
        add.clicked.connect(self.add)
        remove = QPushButton(tr("CaseTabs", "Вилучити помилковий рядок"), self)
        remove.clicked.connect(self.remove_selected)
        self.model = LogModel(self)
        self.table = rows_table(self, self.model, "log_table")
        self.month = QDateEdit(QDate(today().year, today().month, 1), self)
        self.month.setDisplayFormat("MM.yyyy")
        self.month.dateChanged.connect(self._show_act)
        self.act = QLabel(self)
        self.act.setObjectName("month_act")
        self.act.setWordWrap(True)
        self.error_label = error_label(self)
        entry = QHBoxLayout()
        entry.addWidget(self.person)
        entry.addWidget(self.on)
        entry.addWidget(self.service)
        entry.addWidget(QLabel(tr("CaseTabs", "кількість:"), self))
        entry.addWidget(self.units)
        entry.addWidget(self.worker, 1)
        entry.addWidget(self.note, 1)
        entry.addWidget(add)
        act_row = QHBoxLayout()
        act_row.addWidget(QLabel(tr("CaseTabs", "Акт наданих послуг за місяць:"), self))
        act_row.addWidget(self.month)
        act_row.addWidget(self.act, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(act_row)

    def refresh(self) -> None:
        with self._store.read() as conn:
            self.model.set_rows(case_log(conn, self._case_id))
        if self.model.rows and self.units.text() == "1":  # the last visit's amount and worker
            last = self.model.rows[0]
            self.units.setText(decimal_text(last.units))
            self.service.setCurrentIndex(max(0, self.service.findData(last.service_code)))
            self.worker.setCurrentIndex(
                max(0, self.worker.findText(last.worker, Qt.MatchFlag.MatchStartsWith))
            )
        self._show_act()

    def _show_act(self) -> None:
        month = self.month.date()
        with self._store.read() as conn:
            lines = monthly_act(conn, self._person_id, month.year(), month.month())
        self.act.setText(
            "; ".join(
                f"{a.code} {a.name}: {quantity(a.units, a.unit)}, "
                f"{quantity(Decimal(a.days), 'день')}"
                for a in lines
            )
            or tr("CaseTabs", "за цей місяць послуг не записано")
        )

    def add(self) -> None:
        try:
            units = parse_amount(self.units.text(), tr("CaseTabs", "Кількість"))
            line = Delivered(
                self._case_id,
                self.person.currentData() or self._person_id,
                str(self.service.currentData() or ""),
                date_of(self.on),
                units,
                self.worker.currentData(),
                self.note.text(),
            )
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return
        today = self._today()

        def done(_: object) -> None:  # the case window reloaded from the bus
            self.error_label.setText("")
            self.note.clear()
            self.units.selectAll()
            self.units.setFocus()

        self._writer.write(
            lambda uow: log_services(uow, [line], today), done, error_to(self.error_label)
        )

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        line = self.model.rows[index.row()]
        answer = QMessageBox.question(
            self,
            tr("CaseTabs", "Вилучити рядок"),
            tr("CaseTabs", "Вилучити запис %1 від %2?")
            .replace("%1", line.service_code)
            .replace("%2", line.on.strftime("%d.%m.%Y")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._writer.write(lambda uow: remove_line(uow, line.id))
