"""A case on its legal path: where it stands, what comes next and what is missing for it, the
moves (with the ground or reason each needs), and the tabs for its acts, income and payment,
individual plan, contract and service log.

Every move goes through `store.casework`, which reads the facts from the records; a refused
move shows the law's reason and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from socdesk.documents.registry import Subject
from socdesk.domain.cases import (
    STATE_NAMES,
    CaseState,
    CloseReason,
    RefusalGround,
    SuspensionReason,
    TerminationGround,
)
from socdesk.domain.changes import Changes
from socdesk.domain.text import short_name
from socdesk.store import casework as cw
from socdesk.store.cases import case_events
from socdesk.store.database import Store
from socdesk.store.forms import (
    COMPLETED,
    current_definition,
    definitions,
)
from socdesk.store.people import load_person
from socdesk.store.service_log import workers
from socdesk.store.territory import workplace_prefix
from socdesk.store.uow import UnitOfWork
from socdesk.ui.case.contract import ContractTab
from socdesk.ui.case.form_editor import FormDialog, definition_of
from socdesk.ui.case.income import IncomeTab
from socdesk.ui.case.lead import (
    DELIVER,
    LOG_SERVICES,
    NEW_CONTRACT,
    NEW_PLAN,
    OPEN_ACT,
    CaseLead,
    NextStep,
)
from socdesk.ui.case.log import ServiceLogTab
from socdesk.ui.case.plan import PlanTab
from socdesk.ui.changes import Writer, error_to, listen_while_open, own_writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.keyboard import tab_keys
from socdesk.ui.messages import domain_tr
from socdesk.ui.names import form_title
from socdesk.ui.printing.menu import print_menu
from socdesk.ui.surveys import SurveysPanel
from socdesk.ui.widgets import (
    RowsModel,
    date_edit,
    date_of,
    error_label,
    lay_out_form_dialog,
    rows_table,
)

Today = Callable[[], dt.date]

REFUSAL_TEXT = {
    RefusalGround.NO_NEED: noop("CaseWindow", "відсутність потреби за результатами оцінювання"),
    RefusalGround.NO_SUCH_SERVICE: noop("CaseWindow", "надавач не надає потрібних послуг"),
    RefusalGround.MEDICAL_CONTRAINDICATIONS: noop("CaseWindow", "медичні протипоказання"),
}
TERMINATION_TEXT = {
    TerminationGround.NO_NEED: noop("CaseWindow", "відсутність потреби"),
    TerminationGround.CONTRACT_EXPIRED: noop("CaseWindow", "закінчення строку договору"),
    TerminationGround.MOVED: noop("CaseWindow", "зміна місця проживання"),
    TerminationGround.DEATH: noop("CaseWindow", "смерть отримувача"),
    TerminationGround.RECIPIENT_REFUSED: noop("CaseWindow", "письмова відмова отримувача"),
    TerminationGround.CONTRACT_BREACH: noop("CaseWindow", "порушення умов договору"),
    TerminationGround.RESIDENTIAL_CARE: noop("CaseWindow", "влаштування до інтернатного закладу"),
    TerminationGround.COURT_DECISION: noop("CaseWindow", "рішення суду"),
    TerminationGround.PROVIDER_LIQUIDATED: noop("CaseWindow", "ліквідація надавача"),
}
SUSPENSION_TEXT = {
    SuspensionReason.HOSPITAL: noop("CaseWindow", "лікування в стаціонарі"),
    SuspensionReason.TEMPORARY_ABSENCE: noop("CaseWindow", "тимчасова відсутність"),
    SuspensionReason.RECIPIENT_REQUEST: noop("CaseWindow", "на прохання отримувача"),
}
CLOSE_TEXT = {
    CloseReason.WITHDRAWN: noop("CaseWindow", "заяву відкликано"),
    CloseReason.DEATH: noop("CaseWindow", "особа померла"),
    CloseReason.DECISION_DELIVERED: noop("CaseWindow", "рішення вручено"),
    CloseReason.URGENT_DONE: noop("CaseWindow", "акт складено, інших потреб немає"),
}
_CLOSE_CHOICES = {
    CaseState.APPLIED: (CloseReason.WITHDRAWN, CloseReason.DEATH),
    CaseState.ASSESSING: (CloseReason.WITHDRAWN, CloseReason.DEATH),
    CaseState.URGENT: (CloseReason.URGENT_DONE,),
    CaseState.REFUSED: (CloseReason.DECISION_DELIVERED,),
    CaseState.TERMINATED: (CloseReason.DECISION_DELIVERED,),
}
_DECISIONS = {
    CaseState.GRANTED: cw.GRANT,
    CaseState.REFUSED: cw.REFUSE,
    CaseState.TERMINATED: cw.TERMINATE,
}
FORM_CODES = (
    cw.ASSESSMENT_FORM,
    "living_conditions",
    "adl_barthel",
    "iadl_lawton",
    "sjo_factors",
    cw.URGENT_FORM,
)


class MoveDialog(QDialog):
    """One move of the case: its date, and the ground or reason the move needs."""

    def __init__(  # noqa: PLR0913 - the move, where it is shown, and the window's writer
        self,
        store: Store,
        case_id: str,
        source: CaseState,
        target: CaseState,
        today: Today,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._target = store, case_id, target
        self._writer = writer or own_writer(store, self)
        self._source = source
        self.setWindowTitle(
            tr("CaseWindow", "Крок: %1").replace("%1", domain_tr(STATE_NAMES[target]))
        )
        self.on_edit = date_edit(self, today(), "move_date")
        self.choice = QComboBox(self)
        self.choice.setObjectName("move_reason")
        self.needs_changed = QCheckBox(
            tr("CaseWindow", "Потреби отримувача змінилися (перегляд раніше строку)"), self
        )
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(tr("CaseWindow", "Дата:"), self.on_edit)
        choices: dict[Any, str] = {}
        label = ""
        if target is CaseState.REFUSED:
            choices, label = REFUSAL_TEXT, tr("CaseWindow", "Підстава відмови (ст. 24):")
        elif target is CaseState.TERMINATED:
            choices, label = TERMINATION_TEXT, tr("CaseWindow", "Підстава припинення (ст. 24):")
        elif target is CaseState.SUSPENDED:
            choices, label = SUSPENSION_TEXT, tr("CaseWindow", "Причина призупинення:")
        elif target is CaseState.CLOSED:
            choices = {r: CLOSE_TEXT[r] for r in _CLOSE_CHOICES.get(source, ())}
            label = tr("CaseWindow", "Чому закривається:")
        for value, text in choices.items():
            self.choice.addItem(tr("CaseWindow", text), value.value)
        # A rare move is never made with a ground nobody chose: the list starts empty.
        self.choice.setPlaceholderText(tr("CaseWindow", "— оберіть —"))
        self.choice.setCurrentIndex(-1)
        if choices:
            form.addRow(label, self.choice)
        else:
            self.choice.hide()
        if target is CaseState.REVIEW:
            form.addRow(self.needs_changed)
        else:
            self.needs_changed.hide()
        form.addRow(tr("CaseWindow", "Примітка:"), self.note)
        self.error_label = error_label(self)
        lay_out_form_dialog(self, form, [self.error_label], self.apply)
        self.resize(560, 220)

    def apply(self) -> None:
        on = date_of(self.on_edit)
        if self.choice.count() and self.choice.currentIndex() < 0:
            self.error_label.setText(tr("CaseWindow", "Оберіть підставу чи причину зі списку."))
            self.choice.setFocus()
            return
        reason = self.choice.currentData() or ""
        case_id, target, note = self._case_id, self._target, self.note.text().strip()
        stated: dict[str, Any] = {}
        if target is CaseState.SUSPENDED:
            stated["suspension_reason"] = SuspensionReason(reason)
        elif target is CaseState.CLOSED and reason:
            stated["close_reason"] = CloseReason(reason)
        elif target is CaseState.REVIEW and self.needs_changed.isChecked():
            stated["review_due"] = True

        def work(uow: UnitOfWork) -> None:
            if target in _DECISIONS:
                prefix = workplace_prefix(uow.connection)
                cw.decide(uow, case_id, _DECISIONS[target], on, prefix, ground=reason)
            else:
                cw.advance(uow, case_id, target, on, stated=stated, reason=reason, note=note)

        self._writer.write(work, lambda _: self.accept(), error_to(self.error_label))


class EventsModel(RowsModel[tuple[dt.date, CaseState, CaseState, str]]):
    context = "CaseWindow"
    headers = (
        noop("CaseWindow", "Дата"),
        noop("CaseWindow", "Було"),
        noop("CaseWindow", "Стало"),
        noop("CaseWindow", "Підстава"),
    )

    def cell(self, row: tuple[dt.date, CaseState, CaseState, str], column: int) -> str:
        on, source, target, reason = row
        match column:
            case 0:
                return on.strftime("%d.%m.%Y")
            case 1:
                return domain_tr(STATE_NAMES[source])
            case 2:
                return domain_tr(STATE_NAMES[target])
        return reason


class PathTab(QWidget):
    """Where the case stands, its moves so far, and the next steps with what each lacks."""

    def __init__(
        self, store: Store, case_id: str, today: Today, parent: QWidget, writer: Writer
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._today = store, case_id, today
        self._writer = writer  # the case window's: what it writes reloads the window
        self.events = EventsModel(self)
        self.table = rows_table(self, self.events, "events_table")
        self.next_label = QLabel(tr("CaseWindow", "Що далі:"), self)
        self.steps = QGridLayout()
        self.steps.setColumnStretch(1, 1)
        self.deliver_button = QPushButton(tr("CaseWindow", "Рішення вручено або надіслано…"), self)
        self.deliver_button.clicked.connect(self.deliver)
        self.error_label = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.next_label)
        layout.addLayout(self.steps)
        layout.addWidget(self.deliver_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        self.step_buttons: dict[CaseState, QPushButton] = {}

    def refresh(self) -> None:
        with self._store.read() as conn:
            self.events.set_rows(case_events(conn, self._case_id))
            steps = cw.next_steps(conn, self._case_id, self._today())
            decision = cw.latest_decision(conn, self._case_id)
        while self.steps.count():
            item = self.steps.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.step_buttons = {}
        for row, (target, missing) in enumerate(steps):
            button = QPushButton("→ " + domain_tr(STATE_NAMES[target]), self)
            button.setObjectName(f"step_{target.value}")
            button.clicked.connect(lambda _=False, t=target: self.move_to(t))
            note = QLabel(domain_tr(missing) or tr("CaseWindow", "усе потрібне є"), self)
            note.setWordWrap(True)
            if missing:
                note.setStyleSheet("color: #8a5a00")
            self.steps.addWidget(button, row, 0)
            self.steps.addWidget(note, row, 1)
            self.step_buttons[target] = button
        if not steps:
            self.steps.addWidget(QLabel(tr("CaseWindow", "Справу закрито."), self), 0, 0)
        self.deliver_button.setVisible(decision is not None and decision.delivered_on is None)

    def move_to(self, target: CaseState) -> MoveDialog:
        with self._store.read() as conn:
            source = cw.case_header(conn, self._case_id).state
        dialog = MoveDialog(
            self._store, self._case_id, source, target, self._today, self, self._writer
        )
        dialog.open()
        return dialog

    def deliver(self) -> None:
        case_id, today = self._case_id, self._today()
        self._writer.write(
            lambda uow: cw.deliver_decision(uow, case_id, today),
            lambda _: self.error_label.setText(""),
            error_to(self.error_label),
        )


class ActsModel(RowsModel[tuple[str, str, Any]]):
    context = "CaseWindow"
    headers = (noop("CaseWindow", "Акт"), noop("CaseWindow", "Стан"))

    def cell(self, row: tuple[str, str, Any], column: int) -> str:
        _code, title, record = row
        if column == 0:
            return title
        if record is None:
            return tr("CaseWindow", "не заповнено")
        if record.status == COMPLETED:
            done = tr("CaseWindow", "завершено %1").replace(
                "%1", record.completed_on.strftime("%d.%m.%Y")
            )
            return done + (tr("CaseWindow", " (виправлення)") if record.supersedes_id else "")
        return tr("CaseWindow", "чернетка")


class ActsTab(QWidget):
    """The case's acts and scales: open one to fill in, complete or correct it."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        case_id: str,
        person_id: str,
        today: Today,
        parent: QWidget,
        writer: Writer,
    ) -> None:
        super().__init__(parent)
        self._writer = writer
        self._store, self._case_id, self._person_id, self._today = (
            store,
            case_id,
            person_id,
            today,
        )
        self.model = ActsModel(self)
        self.table = rows_table(self, self.model, "acts_table")
        self.table.doubleClicked.connect(lambda index: self.open_act(index.row()))
        self.open_button = QPushButton(tr("CaseWindow", "&Відкрити акт"), self)
        self.open_button.clicked.connect(lambda: self.open_act(self.table.currentIndex().row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        rows = []
        with self._store.read() as conn:
            codes = {code for code, _ in definitions()}
            for code in FORM_CODES:
                if code not in codes:
                    continue
                record = cw.latest_form(conn, self._case_id, code)
                title = (
                    form_title(definition_of(record).title)
                    if record is not None
                    else form_title(current_definition(code, self._today(), conn).title)
                )
                rows.append((code, title, record))
        self.model.set_rows(rows)

    def open_act(self, row: int) -> FormDialog | None:
        if not 0 <= row < len(self.model.rows):
            return None
        code, _title, record = self.model.rows[row]
        if record is not None:
            definition = definition_of(record)
        else:  # a new act: the version in force today, the centre's published ones too
            with self._store.read() as conn:
                definition = current_definition(code, self._today(), conn)
        dialog = FormDialog(
            self._store,
            definition,
            case_id=self._case_id,
            person_id=self._person_id,
            record=record,
            today=self._today,
            parent=self,
            writer=self._writer,
        )
        dialog.saved.connect(self.changed.emit)  # its drafts save at once, on the GUI thread
        dialog.open()
        return dialog


class CaseWindow(QDialog):
    """One case: its header, and a tab for each part of the work on it."""

    changed = Signal()  # anything in the case changed: lists showing it reload

    def __init__(
        self,
        store: Store,
        case_id: str,
        today: Today = dt.date.today,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._today = store, case_id, today
        self.writer = writer or own_writer(store, self)
        listen_while_open(self, self.writer.bus, self._changes_applied)
        with store.read() as conn:
            header = cw.case_header(conn, case_id)
            person = load_person(conn, header.person_id)
        self.person_name = " ".join(
            p for p in (person.surname, person.given_name, person.patronymic) if p
        )
        # Whose data it holds: «ІЗМ-2026-0012 — Коваль О. І.»
        self.setWindowTitle(
            f"{header.number} — {short_name(person.surname, person.given_name, person.patronymic)}"
        )
        self.header = QLabel(self)
        self.header.setObjectName("case_header")
        self.header.setWordWrap(True)
        self.worker = QComboBox(self)
        self.worker.setObjectName("case_worker")
        self.worker.addItem(tr("CaseWindow", "— не призначено —"), None)
        with store.read() as conn:
            for worker_id, name in workers(conn):
                self.worker.addItem(name, worker_id)
        self.worker.setCurrentIndex(max(0, self.worker.findData(header.worker_id)))
        self.worker.currentIndexChanged.connect(self._assign)
        self.tabs = QTabWidget(self)
        tab_keys(self.tabs)
        self.path = PathTab(store, case_id, today, self, self.writer)
        self.acts = ActsTab(store, case_id, header.person_id, today, self, self.writer)
        self.income = IncomeTab(store, case_id, today, self, self.writer)
        self.plan = PlanTab(store, case_id, today, self, self.writer)
        self.contract = ContractTab(store, case_id, today, self, self.writer)
        self.services = ServiceLogTab(store, case_id, today, self, self.writer)
        person_id = header.person_id
        self.surveys = SurveysPanel(
            store, lambda: person_id, today, self, self.writer, case_id=case_id
        )
        for tab, title in (
            (self.path, tr("CaseWindow", "&Хід справи")),
            (self.acts, tr("CaseWindow", "&Акти")),
            (self.income, tr("CaseWindow", "&Доходи і плата")),
            (self.plan, tr("CaseWindow", "&План")),
            (self.contract, tr("CaseWindow", "Д&оговір")),
            (self.services, tr("CaseWindow", "Пос&луги")),
            (self.surveys, tr("CaseWindow", "Анке&ти")),
        ):
            self.tabs.addTab(tab, title)
        self.acts.changed.connect(self.refresh)  # acts save as drafts on the GUI thread
        self.print_error = error_label(self)
        self.print_button = QPushButton(tr("CaseWindow", "Д&рук"), self)
        self.print_button.setObjectName("case_print")
        self.print_menu = print_menu(store, self._print_subjects, self, self.print_error.setText)
        self.print_button.setMenu(self.print_menu)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(QLabel(tr("CaseWindow", "Відповідальний:"), self))
        top.addWidget(self.worker)
        top.addWidget(self.print_button)
        self.lead = CaseLead(store, case_id, today, self)
        self.lead.chosen.connect(self.take_step)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lead)
        layout.addWidget(self.print_error)
        layout.addWidget(self.tabs, 1)
        self.resize(980, 680)
        self.refresh()

    def take_step(self, step: NextStep) -> QWidget | None:
        """Opens what `step` needs: its act, the plan or contract dialog, the services tab, or
        the move's own dialog (which asks for the ground or reason)."""
        if step.action == OPEN_ACT:
            self.tabs.setCurrentWidget(self.acts)
            rows = [code for code, _title, _record in self.acts.model.rows]
            return self.acts.open_act(rows.index(step.form_code))
        if step.action == NEW_PLAN:
            self.tabs.setCurrentWidget(self.plan)
            return self.plan.new_plan()
        if step.action == NEW_CONTRACT:
            self.tabs.setCurrentWidget(self.contract)
            return self.contract.new_contract()
        if step.action == LOG_SERVICES:
            self.tabs.setCurrentWidget(self.services)
            return None
        self.tabs.setCurrentWidget(self.path)
        if step.action == DELIVER:
            self.path.deliver()
            return None
        return self.path.move_to(step.target)

    def _print_subjects(self) -> dict[Subject, str]:
        """What this case's documents are printed for: the case, this month of it, the person
        (the services act takes the month chosen on the services tab)."""
        self.print_error.setText("")
        month = self.services.month.date()
        with self._store.read() as conn:
            person = cw.case_header(conn, self._case_id).person_id
        return {
            Subject.CASE: self._case_id,
            Subject.CASE_MONTH: f"{self._case_id}:{month.year():04d}-{month.month():02d}",
            Subject.PERSON: person,
        }

    def _assign(self) -> None:
        case_id, worker_id = self._case_id, self.worker.currentData()
        self.writer.write(lambda uow: cw.assign_worker(uow, case_id, worker_id))

    def _changes_applied(self, changes: Changes) -> None:
        """The bus says what changed (here, in another window, or by sync): an open case
        window reloads when cases or people did."""
        if changes.cases or changes.recipients:
            self.refresh()

    def refresh(self) -> None:
        with self._store.read() as conn:
            header = cw.case_header(conn, self._case_id)
        urgent = tr("CaseWindow", " · екстрено (кризово)") if header.urgent else ""
        self.header.setText(
            tr("CaseWindow", "<b>%1</b> · %2 · стан: <b>%3</b> · надійшло %4%5")
            .replace("%1", header.number)
            .replace("%2", self.person_name)
            .replace("%3", domain_tr(STATE_NAMES[header.state]))
            .replace("%4", header.received_on.strftime("%d.%m.%Y"))
            .replace("%5", urgent)
        )
        for tab in (self.path, self.acts, self.income, self.plan, self.contract, self.services):
            tab.refresh()
        self.surveys.refresh()
        self.lead.refresh()
        self.changed.emit()


def show_case(
    store: Store,
    case_id: str,
    parent: QWidget,
    writer: Writer | None,
    today: Today = dt.date.today,
    on_changed: Callable[[], None] | None = None,
) -> CaseWindow:
    """One case, one window: the open one is raised; else a new window, cascaded, whose
    `changed` calls `on_changed`."""
    windows = writer.bus.windows if writer is not None else None
    if windows is not None:
        found = windows.raise_open("case", case_id)
        if isinstance(found, CaseWindow):
            return found
    window = CaseWindow(store, case_id, today, parent, writer)
    if on_changed is not None:
        window.changed.connect(on_changed)
    if windows is not None:
        windows.add("case", case_id, window)
    window.show()
    return window
