"""The case's individual plan: its revisions (each with what it changed) and the dialog that
makes a new one."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from socdesk.documents.kinds.plan import revision_id
from socdesk.domain.numbers import decimal_text
from socdesk.domain.payment import parse_amount
from socdesk.domain.text import quantity
from socdesk.domain.workdays import add_months
from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.store.service_log import service_units
from socdesk.ui.case.tabs import (
    CaseDialog,
    CaseTab,
    Today,
    cell_text,
    new_table,
    set_row,
)
from socdesk.ui.changes import Writer
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.printing.preview import PreviewDialog, open_document
from socdesk.ui.service_picker import pick_button
from socdesk.ui.widgets import (
    date_edit,
    date_of,
    error_label,
    lay_out_form_dialog,
)


# ------------------------------------------------------------------------------ plan
class PlanDialog(CaseDialog):
    """A new revision of the individual plan: goals, measures, review date, participation."""

    def __init__(
        self,
        store: Store,
        case_id: str,
        today: Today,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(store, case_id, parent, writer)
        with store.read() as conn:
            header = cw.case_header(conn, case_id)
            previous = cw.latest_plan(conn, case_id)
        self._person_id = header.person_id
        with store.read() as conn:
            self._people = cw.case_people(conn, case_id)
        self.setWindowTitle(
            tr("CaseTabs", "Перегляд індивідуального плану")
            if previous
            else tr("CaseTabs", "Індивідуальний план")
        )
        day = today()
        self.made_on = date_edit(self, day, "plan_made_on")
        self.review_on = date_edit(self, add_months(day, 6), "plan_review_on")
        self.degree = QComboBox(self)
        self.degree.setObjectName("need_degree")
        self.degree.setEditable(True)
        for text in ("", "низький ступінь", "помірний ступінь", "високий ступінь"):
            self.degree.addItem(text)
        self.goals = QPlainTextEdit(self)
        self.goals.setObjectName("plan_goals")
        self.goals.setTabChangesFocus(True)
        self.goals.setPlaceholderText(tr("CaseTabs", "Одна мета в рядку"))
        self.measures = new_table(
            self,
            [
                tr("CaseTabs", "Для кого"),
                tr("CaseTabs", "Код послуги"),
                tr("CaseTabs", "Захід"),
                tr("CaseTabs", "Періодичність"),
                tr("CaseTabs", "Обсяг на місяць"),
                tr("CaseTabs", "Відповідальний"),
            ],
            "plan_measures",
        )
        self.measures.setColumnHidden(0, len(self._people) < 2)  # a family's case only
        columns = self.measures.horizontalHeader()
        for column in (0, 1, 3, 4):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.measures.setWordWrap(False)
        add = QPushButton(tr("CaseTabs", "Додати захід"), self)
        add.clicked.connect(lambda: self.add_measure(header.services[0] if header.services else ""))
        remove = QPushButton(tr("CaseTabs", "Вилучити захід"), self)
        remove.clicked.connect(lambda: self.measures.removeRow(self.measures.currentRow()))
        self.participation = QLineEdit(self)
        self.participation.setObjectName("participation")
        if previous is not None:
            self.degree.setCurrentText(previous.need_degree)
            self.goals.setPlainText("\n".join(previous.goals))
            for m in previous.measures:
                self.add_measure(
                    m.code,
                    m.measure,
                    m.frequency,
                    decimal_text(m.volume),
                    m.responsible,
                    m.person_id,
                )
            self.participation.setText(previous.participation)
        form = QFormLayout()
        form.addRow(tr("CaseTabs", "Дата складання:"), self.made_on)
        form.addRow(tr("CaseTabs", "Дата перегляду:"), self.review_on)
        form.addRow(tr("CaseTabs", "Ступінь індивідуальної потреби:"), self.degree)
        form.addRow(tr("CaseTabs", "Мета:"), self.goals)
        form.addRow(tr("CaseTabs", "Заходи:"), self.measures)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(pick_button(store, self.measures, 1, self.add_measure, self))
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(tr("CaseTabs", "Участь отримувача:"), self.participation)
        self.error_label = error_label(self)
        lay_out_form_dialog(self, form, [self.error_label], self.save)
        self.resize(900, 620)

    def add_measure(
        self,
        code: str,
        measure: str = "",
        frequency: str = "",
        volume: str = "",
        who: str = "",
        person_id: str | None = None,
    ) -> int:
        row = self.measures.rowCount()
        self.measures.insertRow(row)
        person = QComboBox(self.measures)
        for pid, name in self._people:
            person.addItem(name, pid)
        person.setCurrentIndex(max(0, person.findData(person_id or self._person_id)))
        self.measures.setCellWidget(row, 0, person)
        set_row(self.measures, row, ["", code, measure, frequency, volume, who])
        return row

    def draft(self) -> cw.PlanDraft:
        measures = []
        for row in range(self.measures.rowCount()):
            measures.append(  # the store checks the code against the classifier
                cw.PlanMeasure(
                    _person_of(self.measures, row) or self._person_id,
                    cell_text(self.measures, row, 1),
                    cell_text(self.measures, row, 2),
                    cell_text(self.measures, row, 3),
                    parse_amount(cell_text(self.measures, row, 4), f"Захід {row + 1}, обсяг"),
                    cell_text(self.measures, row, 5),
                )
            )
        return cw.PlanDraft(
            date_of(self.made_on),
            date_of(self.review_on),
            tuple(self.goals.toPlainText().splitlines()),
            tuple(measures),
            self.degree.currentText(),
            self.participation.text(),
        )

    def save(self) -> None:
        case_id = self._case_id
        self.submit(self.draft, lambda uow, draft: cw.save_plan(uow, case_id, draft))


def _person_of(table: QTableWidget, row: int) -> str | None:
    combo = table.cellWidget(row, 0)
    return combo.currentData() if isinstance(combo, QComboBox) else None


def plan_text(plan: cw.Plan, names: dict[str, str], units: Mapping[str, str]) -> str:
    """The plan as read in the tab; `units` are the services' units (a code: «година»)."""
    lines = [
        tr("CaseTabs", "Редакція %1 від %2; перегляд %3")
        .replace("%1", str(plan.revision))
        .replace("%2", plan.made_on.strftime("%d.%m.%Y"))
        .replace("%3", plan.review_on.strftime("%d.%m.%Y")),
    ]
    if plan.need_degree:
        lines.append(tr("CaseTabs", "Ступінь потреби: %1").replace("%1", plan.need_degree))
    lines.append(tr("CaseTabs", "Мета:"))
    lines += [f"  • {g}" for g in plan.goals]
    lines.append(tr("CaseTabs", "Заходи:"))
    lines += [
        f"  {names.get(m.person_id, '') + ': ' if len(names) > 1 else ''}"
        f"{m.code} {m.measure} — {m.frequency}, "
        f"{quantity(m.volume, units[m.code]) if m.code in units else m.volume} / міс., "
        f"{m.responsible}"
        for m in plan.measures
    ]
    if plan.participation:
        lines.append(tr("CaseTabs", "Участь отримувача: %1").replace("%1", plan.participation))
    return "\n".join(lines)


class PlanTab(CaseTab):
    """The plan's revisions; each shown with what it changed from the one before."""

    def __init__(
        self, store: Store, case_id: str, today: Today, parent: QWidget, writer: Writer
    ) -> None:
        super().__init__(store, case_id, today, parent, writer)
        self.revision = QComboBox(self)
        self.revision.setObjectName("plan_revision")
        self.revision.currentIndexChanged.connect(self._show)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("plan_text")
        self.text.setReadOnly(True)
        self.new_button = QPushButton(tr("CaseTabs", "Скласти план…"), self)
        self.new_button.setObjectName("new_plan")
        self.new_button.clicked.connect(self.new_plan)
        self.print_button = QPushButton(tr("CaseTabs", "Друкувати цю редакцію…"), self)
        self.print_button.setObjectName("print_revision")
        self.print_button.clicked.connect(self.print_revision)
        self.error_label = error_label(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("CaseTabs", "Редакція:"), self))
        row.addWidget(self.revision)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.text)
        self._plans: list[cw.Plan] = []
        self._names: dict[str, str] = {}
        self._units: dict[str, str] = {}

    def refresh(self) -> None:
        with self._store.read() as conn:
            self._plans = cw.plan_revisions(conn, self._case_id)
            self._names = dict(cw.case_people(conn, self._case_id))
            self._units = service_units(conn, self._today())
        self.revision.blockSignals(True)
        self.revision.clear()
        for plan in self._plans:
            self.revision.addItem(f"{plan.revision} ({plan.made_on:%d.%m.%Y})")
        self.revision.setCurrentIndex(len(self._plans) - 1)
        self.revision.blockSignals(False)
        self.new_button.setText(
            tr("CaseTabs", "Переглянути план…") if self._plans else tr("CaseTabs", "Скласти план…")
        )
        self.print_button.setEnabled(bool(self._plans))
        self._show()

    def _show(self) -> None:
        i = self.revision.currentIndex()
        if not self._plans or i < 0:
            self.text.setPlainText(tr("CaseTabs", "Плану ще немає."))
            return
        text = plan_text(self._plans[i], self._names, self._units)
        if i > 0:
            changes = cw.plan_changes(self._plans[i - 1], self._plans[i])
            text += "\n\n" + tr("CaseTabs", "Зміни щодо редакції %1:").replace(
                "%1", str(self._plans[i - 1].revision)
            )
            text += "\n" + (
                "\n".join(domain_tr(c) for c in changes)
                or tr("CaseTabs", "план залишився незмінним")
            )
        self.text.setPlainText(text)

    def print_revision(self) -> PreviewDialog | None:
        """The revision chosen above, printed (and recorded) as any document is."""
        i = self.revision.currentIndex()
        if not self._plans or i < 0:
            return None
        self.error_label.setText("")
        subject = revision_id(self._case_id, self._plans[i].revision)
        return open_document(
            self._store, "plan", subject, self, self._today, self.error_label.setText
        )

    def new_plan(self) -> PlanDialog:
        dialog = PlanDialog(self._store, self._case_id, self._today, self, self._writer)
        dialog.open()
        return dialog
