"""The top of the case window, which leads a newcomer: the case's own nearest deadline and
whether it is overdue, the usual next step as one marked button that opens the act or dialog
it needs, and the rarer moves (suspend, terminate, close…) apart under «Інші дії», each
asking for its reason in its own dialog.

The deadlines come from `store.deadlines` (the same as the deadlines view), the facts from
`store.casework`; this module only decides what to offer first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from socdesk.domain.cases import STATE_NAMES, CaseFacts, CaseState
from socdesk.domain.deadlines import DueStep, Urgency
from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.store.deadlines import CONTRACT_EXPIRY, PLAN_REVIEW, cases_due
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr

STEP_TEXT = {
    "needs_assessment": noop("Deadlines", "оцінити потреби"),
    "assessment_act": noop("Deadlines", "подати акт оцінки"),
    "decision": noop("Deadlines", "ухвалити рішення"),
    "decision_urgent": noop("Deadlines", "рішення екстрено (кризово)"),
    "decision_delivery": noop("Deadlines", "вручити рішення"),
    "decision_martial_law": noop("Deadlines", "рішення (воєнний стан)"),
    PLAN_REVIEW: noop("Deadlines", "переглянути план, повторно оцінити"),
    CONTRACT_EXPIRY: noop("Deadlines", "договір закінчується"),
}
URGENCY_TEXT = {
    Urgency.OVERDUE: noop("Deadlines", "ПРОСТРОЧЕНО"),
    Urgency.TODAY: noop("Deadlines", "сьогодні"),
    Urgency.THIS_WEEK: noop("Deadlines", "цього тижня"),
    Urgency.LATER: noop("Deadlines", "пізніше"),
}
URGENCY_COLOUR = {
    Urgency.OVERDUE: "#f8d7da",
    Urgency.TODAY: "#fff3cd",
    Urgency.THIS_WEEK: "#e2f0d9",
}

S = CaseState
# The move a case in each state usually makes next; every other allowed move is a rarer one.
USUAL_NEXT = {
    S.APPLIED: S.ASSESSING,
    S.ASSESSING: S.AWAITING_DECISION,
    S.COMPREHENSIVE: S.AWAITING_DECISION,
    S.AWAITING_DECISION: S.GRANTED,
    S.GRANTED: S.PROVIDING,
    S.PROVIDING: S.REVIEW,
    S.REVIEW: S.PROVIDING,
    S.SUSPENDED: S.PROVIDING,
    S.REFUSED: S.CLOSED,
    S.TERMINATED: S.CLOSED,
    S.URGENT: S.CLOSED,
}

# What the next step opens: an act (by its form code), a tab's dialog, or the move's own dialog.
OPEN_ACT, NEW_PLAN, NEW_CONTRACT, DELIVER, LOG_SERVICES, MOVE = (
    "act",
    "plan",
    "contract",
    "deliver",
    "log",
    "move",
)


@dataclass(frozen=True, slots=True)
class NextStep:
    target: CaseState
    action: str
    text: str  # the button's text, marked with noop("CaseLead", …) or a state name
    form_code: str = ""


def next_step(
    state: CaseState, facts: CaseFacts, delivered: bool, has_decision: bool
) -> NextStep | None:
    """The usual next step of a case and what its button opens (None once closed)."""
    target = USUAL_NEXT.get(state)
    if target is None:
        return None
    if target is S.AWAITING_DECISION and not (
        facts.assessment_act and (facts.comprehensive_act or not facts.comprehensive_needed)
    ):
        text = noop("CaseLead", "Заповнити акт оцінки потреб…")
        return NextStep(target, OPEN_ACT, text, cw.ASSESSMENT_FORM)
    if target is S.PROVIDING and state is S.GRANTED and not facts.individual_plan:
        return NextStep(target, NEW_PLAN, noop("CaseLead", "Скласти індивідуальний план…"))
    if target is S.PROVIDING and state is S.GRANTED and not facts.contract:
        return NextStep(target, NEW_CONTRACT, noop("CaseLead", "Укласти договір…"))
    if state is S.REVIEW and not facts.plan_revised:
        return NextStep(target, NEW_PLAN, noop("CaseLead", "Переглянути індивідуальний план…"))
    if state is S.PROVIDING and not facts.review_due:
        return NextStep(target, LOG_SERVICES, noop("CaseLead", "Записати надані послуги…"))
    if state is S.URGENT and not facts.urgent_act:
        text = noop("CaseLead", "Скласти акт про надання послуг екстрено…")
        return NextStep(target, OPEN_ACT, text, cw.URGENT_FORM)
    if state in (S.REFUSED, S.TERMINATED) and has_decision and not delivered:
        return NextStep(target, DELIVER, noop("CaseLead", "Рішення вручено або надіслано…"))
    return NextStep(target, MOVE, noop("CaseLead", "Далі: %1…"))


class CaseLead(QWidget):
    """The deadline line, the next-step button and the «Інші дії» menu of one case; the
    window opens what a chosen step needs."""

    chosen = Signal(object)  # the NextStep to take

    def __init__(
        self,
        store: Store,
        case_id: str,
        today: Callable[[], dt.date],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._today = store, case_id, today
        self.deadline = QLabel(self)
        self.deadline.setObjectName("case_deadline")
        self.deadline.setWordWrap(True)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("case_next_step")
        self.next_button.setDefault(True)
        self.next_button.setStyleSheet("font-weight: bold; padding: 4px 12px")
        self.next_button.clicked.connect(self._next_clicked)
        self.other_button = QPushButton(tr("CaseLead", "Інші дії"), self)
        self.other_button.setObjectName("case_other_moves")
        self.other_menu = QMenu(self.other_button)
        self.other_button.setMenu(self.other_menu)
        self.step: NextStep | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.deadline, 1)
        layout.addWidget(self.next_button)
        layout.addWidget(self.other_button)

    def refresh(self) -> None:
        today = self._today()
        with self._store.read() as conn:
            header = cw.case_header(conn, self._case_id)
            facts = cw.case_facts(conn, self._case_id, today)
            decision = cw.latest_decision(conn, self._case_id)
            due = cases_due(conn, today, case_id=self._case_id)
            steps = cw.next_steps(conn, self._case_id, today)
        self._show_deadline([d.step for d in due])
        delivered = decision is not None and decision.delivered_on is not None
        self.step = next_step(header.state, facts, delivered, decision is not None)
        self.next_button.setVisible(self.step is not None)
        if self.step is not None:
            text = tr("CaseLead", self.step.text)
            self.next_button.setText(text.replace("%1", domain_tr(STATE_NAMES[self.step.target])))
        self.other_menu.clear()
        usual = self.step.target if self.step is not None else None
        for target, missing in steps:
            if target is usual:
                continue
            action = self.other_menu.addAction(
                tr("CaseLead", "%1…").replace("%1", domain_tr(STATE_NAMES[target]))
            )
            action.setObjectName(f"other_{target.value}")
            if missing:
                action.setToolTip(domain_tr(missing))
            action.triggered.connect(
                lambda _=False, t=target: self.chosen.emit(NextStep(t, MOVE, ""))
            )
        self.other_button.setEnabled(not self.other_menu.isEmpty())

    def _show_deadline(self, steps: list[DueStep]) -> None:
        if not steps:
            self.deadline.setText(tr("CaseLead", "Строків, що спливають, немає."))
            self.deadline.setStyleSheet("")
            return
        first = min(steps, key=lambda s: s.due)
        text = (
            tr("CaseLead", "Строк: %1 до %2 — %3")
            .replace("%1", tr("Deadlines", STEP_TEXT.get(first.code, first.code)))
            .replace("%2", first.due.strftime("%d.%m.%Y"))
            .replace("%3", tr("Deadlines", URGENCY_TEXT[first.urgency]))
        )
        if first.urgency is Urgency.OVERDUE:
            days = (self._today() - first.due).days
            text += tr("CaseLead", " (на %1 дн.)").replace("%1", str(days))
        self.deadline.setText(text)
        colour = URGENCY_COLOUR.get(first.urgency)
        self.deadline.setStyleSheet(
            f"background: {colour}; padding: 4px; font-weight: bold" if colour else "padding: 4px"
        )

    def _next_clicked(self) -> None:
        if self.step is not None:
            self.chosen.emit(self.step)
