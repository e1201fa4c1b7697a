"""Legal deadlines of a case, dates worked out by hand on a 2026 calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from socdesk.domain.cases import CaseState
from socdesk.domain.deadlines import CaseDates, Urgency, case_deadlines, due_date, urgency
from socdesk.domain.workdays import Period, WorkCalendar

RULES = {  # as resources/reference/legal_deadlines.json says
    "needs_assessment": (5, "working_days"),
    "assessment_act": (1, "working_days"),
    "decision": (10, "working_days"),
    "decision_urgent": (24, "hours"),
    "decision_delivery": (3, "working_days"),
    "decision_martial_law": (1, "working_days"),
}
MARTIAL_LAW = WorkCalendar([Period(dt.date(2022, 2, 24), None)])
PEACE = WorkCalendar([Period(dt.date(2022, 2, 24), dt.date(2025, 12, 31))])
MONDAY = dt.date(2026, 3, 2)


def due(case: CaseDates, today: dt.date = MONDAY) -> dict[str, dt.date]:
    return {s.code: s.due for s in case_deadlines(case, RULES, MARTIAL_LAW, today)}


def test_an_appeal_on_a_monday() -> None:
    # 5 working days after Mon 02.03: 3, 4, 5, 6, 9 → Mon 09.03; 10 → Mon 16.03.
    assert due(CaseDates(CaseState.APPLIED, MONDAY)) == {
        "needs_assessment": dt.date(2026, 3, 9),
        "decision": dt.date(2026, 3, 16),
    }


def test_an_appeal_on_a_friday_skips_the_weekend() -> None:
    # Fri 06.03: 9, 10, 11, 12, 13 → Fri 13.03.
    friday = dt.date(2026, 3, 6)
    assert due(CaseDates(CaseState.ASSESSING, friday))["needs_assessment"] == dt.date(2026, 3, 13)


def test_after_assessment_only_the_decision_and_the_act_remain() -> None:
    case = CaseDates(CaseState.AWAITING_DECISION, MONDAY, assessment_done_on=dt.date(2026, 3, 6))
    assert due(case) == {"decision": dt.date(2026, 3, 16), "assessment_act": dt.date(2026, 3, 9)}
    filed = CaseDates(
        CaseState.AWAITING_DECISION,
        MONDAY,
        assessment_done_on=dt.date(2026, 3, 6),
        assessment_act_filed=True,
    )
    assert "assessment_act" not in due(filed)


def test_urgent_and_martial_law_decisions() -> None:
    assert due(CaseDates(CaseState.APPLIED, MONDAY, urgent=True)) == {
        "decision_urgent": dt.date(2026, 3, 3)
    }
    assert due(CaseDates(CaseState.APPLIED, MONDAY, martial_law_simplified=True)) == {
        "decision_martial_law": dt.date(2026, 3, 3)
    }


def test_the_decision_is_delivered_within_three_working_days() -> None:
    # Decided Fri 13.03: 16, 17, 18 → Wed 18.03.
    case = CaseDates(CaseState.GRANTED, MONDAY, decided_on=dt.date(2026, 3, 13))
    assert due(case) == {"decision_delivery": dt.date(2026, 3, 18)}
    delivered = CaseDates(
        CaseState.GRANTED, MONDAY, decided_on=dt.date(2026, 3, 13), decision_delivered=True
    )
    assert due(delivered) == {}


def test_holidays_count_only_outside_martial_law() -> None:
    # Thu 30.04.2026; Fri 01.05 is Labour Day: a working day under martial law only.
    thursday = dt.date(2026, 4, 30)
    assert due_date(MARTIAL_LAW, thursday, (1, "working_days")) == dt.date(2026, 5, 1)
    assert due_date(PEACE, thursday, (1, "working_days")) == dt.date(2026, 5, 4)


@pytest.mark.parametrize(
    ("due_on", "expected"),
    [
        (dt.date(2026, 3, 9), Urgency.OVERDUE),
        (dt.date(2026, 3, 10), Urgency.TODAY),
        (dt.date(2026, 3, 13), Urgency.THIS_WEEK),
        (dt.date(2026, 3, 15), Urgency.THIS_WEEK),
        (dt.date(2026, 3, 16), Urgency.LATER),
    ],
)
def test_urgency_on_tuesday_10_march(due_on: dt.date, expected: Urgency) -> None:
    assert urgency(due_on, dt.date(2026, 3, 10)) is expected


def test_steps_come_soonest_first() -> None:
    case = CaseDates(CaseState.ASSESSING, MONDAY)
    steps = case_deadlines(case, RULES, MARTIAL_LAW, dt.date(2026, 3, 10))
    assert [s.code for s in steps] == ["needs_assessment", "decision"]
    assert [s.urgency for s in steps] == [Urgency.OVERDUE, Urgency.LATER]


def test_an_unknown_unit_is_an_error() -> None:
    with pytest.raises(ValueError, match="unit"):
        due_date(MARTIAL_LAW, MONDAY, (1, "fortnights"))
