"""Legal deadlines of a case (REFERENCE.md §1.3): which steps are due, and by when.

Amounts and units come from the dated reference data (`legal_deadline`), working days from
the `WorkCalendar` (martial law makes holidays working days); today is passed in, so tests fix
it. Working days are counted from the day after the event ("протягом п'яти робочих днів з дня
одержання заяви").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from socdesk.domain.cases import CaseState
from socdesk.domain.workdays import WorkCalendar

Rule = tuple[int, str]  # (amount, unit): working_days | calendar_days | hours


class Urgency(StrEnum):
    OVERDUE = "overdue"  # прострочено
    TODAY = "today"  # сьогодні
    THIS_WEEK = "this_week"  # цього тижня
    LATER = "later"


URGENCY_TEXT = {
    Urgency.OVERDUE: "прострочено",
    Urgency.TODAY: "сьогодні",
    Urgency.THIS_WEEK: "цього тижня",
    Urgency.LATER: "пізніше",
}


@dataclass(frozen=True, slots=True)
class DueStep:
    code: str  # the legal_deadline code
    due: dt.date
    urgency: Urgency


@dataclass(frozen=True, slots=True)
class CaseDates:
    """What the deadlines of a case depend on."""

    state: CaseState
    received_on: dt.date
    urgent: bool = False
    martial_law_simplified: bool = False
    assessment_done_on: dt.date | None = None  # оцінювання завершено (акт має бути наступного дня)
    assessment_act_filed: bool = False
    decided_on: dt.date | None = None
    decision_delivered: bool = False


BEFORE_DECISION = frozenset(
    {
        CaseState.APPLIED,
        CaseState.ASSESSING,
        CaseState.COMPREHENSIVE,
        CaseState.AWAITING_DECISION,
    }
)


def due_date(calendar: WorkCalendar, start: dt.date, rule: Rule) -> dt.date:
    amount, unit = rule
    match unit:
        case "working_days":
            return calendar.add_working_days(start, amount)
        case "calendar_days":
            return start + dt.timedelta(days=amount)
        case "hours":  # "не пізніше однієї доби": the next day at the latest
            return start + dt.timedelta(days=-(-amount // 24))
    raise ValueError(f"unknown deadline unit {unit!r}")


def urgency(due: dt.date, today: dt.date) -> Urgency:
    if due < today:
        return Urgency.OVERDUE
    if due == today:
        return Urgency.TODAY
    week_end = today + dt.timedelta(days=6 - today.weekday())
    return Urgency.THIS_WEEK if due <= week_end else Urgency.LATER


def case_deadlines(
    case: CaseDates, rules: Mapping[str, Rule], calendar: WorkCalendar, today: dt.date
) -> list[DueStep]:
    """The steps of the case still to be done, with their due dates, soonest first."""
    due: list[tuple[str, dt.date]] = []
    if case.state in BEFORE_DECISION:
        if case.urgent:
            due.append(
                ("decision_urgent", due_date(calendar, case.received_on, rules["decision_urgent"]))
            )
        elif case.martial_law_simplified:
            rule = rules["decision_martial_law"]
            due.append(("decision_martial_law", due_date(calendar, case.received_on, rule)))
        else:
            if case.state in (CaseState.APPLIED, CaseState.ASSESSING, CaseState.COMPREHENSIVE):
                rule = rules["needs_assessment"]
                due.append(("needs_assessment", due_date(calendar, case.received_on, rule)))
            due.append(("decision", due_date(calendar, case.received_on, rules["decision"])))
    if case.assessment_done_on is not None and not case.assessment_act_filed:
        rule = rules["assessment_act"]
        due.append(("assessment_act", due_date(calendar, case.assessment_done_on, rule)))
    if case.decided_on is not None and not case.decision_delivered:
        rule = rules["decision_delivery"]
        due.append(("decision_delivery", due_date(calendar, case.decided_on, rule)))
    return sorted(
        (DueStep(code, day, urgency(day, today)) for code, day in due), key=lambda s: s.due
    )
