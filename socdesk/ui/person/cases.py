"""The person card's cases: the person's cases on their legal path, and a new appeal
(заява, звернення, повідомлення) registered as a case numbered from the workplace's series.

This tab shows where each case stands, opens new ones, and opens a case in its own window
(`case_window`) for the acts, the moves, the plan, the contract and the service log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.cases import STATE_NAMES, Channel
from socdesk.store.cases import Appeal, CaseRow, cases_of_person, open_case, service_types
from socdesk.store.database import Store
from socdesk.store.people import load_person
from socdesk.store.service_log import workers
from socdesk.store.territory import workplace_prefix
from socdesk.store.uow import UnitOfWork
from socdesk.ui.case.window import CaseWindow, show_case
from socdesk.ui.changes import Writer, error_to, own_writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.service_picker import ServicePicker
from socdesk.ui.widgets import RowsModel, error_label, lay_out_form_dialog, rows_table

CHANNEL_TEXT = {
    Channel.APPLICATION: noop("CasesPanel", "заява"),
    Channel.E_APPLICATION: noop("CasesPanel", "електронна заява"),
    Channel.REQUEST: noop("CasesPanel", "звернення"),
    Channel.NOTICE: noop("CasesPanel", "повідомлення про особу в СЖО"),
}
_HEADERS = (
    noop("CasesPanel", "Номер"),
    noop("CasesPanel", "Стан"),
    noop("CasesPanel", "Надійшло"),
    noop("CasesPanel", "Як"),
)


class CasesModel(RowsModel[CaseRow]):
    context = "CasesPanel"
    headers = _HEADERS

    def cell(self, case: CaseRow, column: int) -> str:
        match column:
            case 0:
                return case.number + (" ⚡" if case.urgent else "")
            case 1:
                return domain_tr(STATE_NAMES[case.state])
            case 2:
                return case.received_on.strftime("%d.%m.%Y")
            case _:
                return tr("CasesPanel", CHANNEL_TEXT[case.channel])


class AppealDialog(QDialog):
    """A new appeal: how it came, from whom, which services, how urgent."""

    opened = Signal(str)  # the new case's number

    def __init__(
        self,
        store: Store,
        person_id: str,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._person_id = store, person_id
        self._writer = writer or own_writer(store, self)
        self.setWindowTitle(tr("CasesPanel", "Нове звернення"))
        self.channel = QComboBox(self)
        for channel, text in CHANNEL_TEXT.items():
            self.channel.addItem(tr("CasesPanel", text), channel.value)
        self.received_edit = QLineEdit(dt.date.today().strftime("%d.%m.%Y"), self)
        self.applicant_edit = QLineEdit(self)
        self.applicant_edit.setPlaceholderText(
            tr("CasesPanel", "Якщо звернулася не сама особа: хто (законний представник, …)")
        )
        self.on_behalf = QCheckBox(tr("CasesPanel", "В інтересах особи"), self)
        self.family = QCheckBox(
            tr("CasesPanel", "Справа сім’ї: послуги плануються для членів домогосподарства"), self
        )
        self.family.setObjectName("family_case")
        self.urgent = QCheckBox(
            tr("CasesPanel", "Екстрено (кризово): загроза життю чи здоров’ю"), self
        )
        self.worker = QComboBox(self)
        self.worker.setObjectName("case_worker")
        self.worker.addItem(tr("CasesPanel", "— не призначено —"), None)
        with store.read() as conn:
            self._household = load_person(conn, person_id).household_id
            for worker_id, worker in workers(conn):
                self.worker.addItem(worker, worker_id)
            self.services = ServicePicker(service_types(conn, dt.date.today()), self)
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(tr("CasesPanel", "Як надійшло:"), self.channel)
        form.addRow(tr("CasesPanel", "Дата надходження:"), self.received_edit)
        form.addRow(tr("CasesPanel", "Хто звернувся:"), self.applicant_edit)
        form.addRow(self.on_behalf)
        form.addRow(self.family)
        form.addRow(self.urgent)
        form.addRow(tr("CasesPanel", "Відповідальний працівник:"), self.worker)
        form.addRow(tr("CasesPanel", "Послуги, яких просять:"), self.services)
        self.buttons = lay_out_form_dialog(self, form, [self.error_label], self.register)
        self.family.setEnabled(self._household is not None)
        self.resize(720, 560)

    def check(self, code: str) -> None:
        """Ticks the service `code` (keyboard users and tests)."""
        self.services.check(code)

    def chosen_services(self) -> list[str]:
        return self.services.chosen()

    def register(self) -> None:
        try:
            received = dt.datetime.strptime(self.received_edit.text().strip(), "%d.%m.%Y").date()
        except ValueError:
            self.error_label.setText(tr("CasesPanel", "Дату надходження введіть як ДД.ММ.РРРР."))
            return
        if received > dt.date.today():
            self.error_label.setText(
                tr("CasesPanel", "Дата надходження не може бути в майбутньому.")
            )
            return
        appeal = Appeal(
            self._person_id,
            Channel(self.channel.currentData()),
            received,
            self.chosen_services(),
            self.applicant_edit.text(),
            self.on_behalf.isChecked(),
            self.urgent.isChecked(),
            household_id=self._household if self.family.isChecked() else None,
            worker_id=self.worker.currentData(),
        )

        def work(uow: UnitOfWork) -> str:
            return open_case(uow, appeal, workplace_prefix(uow.connection))[1]

        def done(number: str) -> None:
            self.opened.emit(number)
            self.accept()

        self._writer.write(work, done, error_to(self.error_label))


class CasesPanel(QWidget):
    def __init__(
        self,
        store: Store,
        person_id: Callable[[], str | None],
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._person_id, self._writer = store, person_id, writer
        self.model = CasesModel(self)
        self.table = rows_table(self, self.model, "cases_table")
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.new_button = QPushButton(tr("CasesPanel", "Нове звернення…"), self)
        self.new_button.clicked.connect(self.new_appeal)
        self.open_button = QPushButton(tr("CasesPanel", "&Відкрити справу"), self)
        self.open_button.setObjectName("open_case")
        self.open_button.clicked.connect(lambda: self.open_case(self.table.currentIndex().row()))
        self.table.doubleClicked.connect(lambda index: self.open_case(index.row()))
        self.table.activated.connect(lambda index: self.open_case(index.row()))
        # Enter on a row opens its case, and stops there: the view passes the key on, and the
        # card would press its default «Зберегти» (and close) as well.
        self.table.installEventFilter(self)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.state)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_case(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        person_id = self._person_id()
        self.new_button.setEnabled(person_id is not None)
        if person_id is None:
            self.model.set_rows([])
            self.state.setText(
                tr("CasesPanel", "Звернення можна зареєструвати після збереження картки.")
            )
            return
        with self._store.read() as conn:
            self.model.set_rows(cases_of_person(conn, person_id))
        self.state.setText("")

    def new_appeal(self) -> AppealDialog | None:
        person_id = self._person_id()
        if person_id is None:
            return None
        dialog = AppealDialog(self._store, person_id, self, self._writer)
        dialog.opened.connect(self._opened)
        dialog.open()
        return dialog

    def open_case(self, row: int) -> CaseWindow | None:
        if not 0 <= row < len(self.model.rows):
            return None
        case_id = self.model.rows[row].id
        return show_case(self._store, case_id, self, self._writer, on_changed=self.refresh)

    def _opened(self, number: str) -> None:
        self.refresh()
        self.state.setText(tr("CasesPanel", "Зареєстровано справу № %1.").replace("%1", number))
