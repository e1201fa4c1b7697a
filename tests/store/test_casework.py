"""The work on a case in the store: facts read from the records, income and payment, decisions,
the contract, the individual plan and its revisions, the service log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from support import add_person

from socdesk.domain.cases import CaseState, Channel, CloseReason, IllegalTransition
from socdesk.domain.errors import ValidationError
from socdesk.domain.payment import PaymentCategory
from socdesk.store import casework as cw
from socdesk.store.cases import Appeal, case_events, open_case
from socdesk.store.database import Store
from socdesk.store.forms import complete_form, current_definition, save_form_draft
from socdesk.store.schema import CaseDecision, Contract
from socdesk.store.service_log import (
    Delivered,
    case_log,
    log_services,
    monthly_act,
    round_stops,
    worker_totals,
)

APPLIED_ON = dt.date(2026, 3, 2)
PREFIX = "ІЗМ-1"
UNKNOWN_CODE = r"«999\.9» немає в Класифікаторі"

ASSESSMENT: dict[str, Any] = {
    "assessment_kind": "initial",
    "assessed_for": "person",
    "visit_dates": "03.03.2026",
    "assessed_on": "2026-03-04",
    "health": "unsatisfactory",
    "emotional": "stable",
    "habits": "none",
    "contacts": "limited",
    "employment": "pensioner",
    "self_care": "partial",
    "housing": "satisfactory",
    "sjo": True,
    "factors": ["01", "02"],
    "awareness": "ready",
    "needs": "needs",
    "services_needed": "015.1 Догляд вдома",
    "agreement": "agrees",
    "assessor": "Петренко О. І., фахівець із соціальної роботи",
}


def open_home_care(store: Store, *, birth: dt.date = dt.date(1944, 5, 1), **appeal: Any) -> str:
    person = add_person(store, "Коваль", "Ганна", birth_date=birth)
    values: dict[str, Any] = {
        "person_id": person,
        "channel": Channel.APPLICATION,
        "received_on": APPLIED_ON,
        "services": ["015.1"],
    }
    values.update(appeal)
    with store.write() as uow:
        case_id, _ = open_case(uow, Appeal(**values), PREFIX)
    return case_id


def fill_act(store: Store, case_id: str, code: str, answers: dict[str, Any]) -> str:
    definition = current_definition(code, APPLIED_ON)
    with store.write() as uow:
        record = save_form_draft(uow, None, definition, answers, case_id=case_id)
        complete_form(uow, record, APPLIED_ON)
    return record


def pension(amount_kop: int) -> tuple[cw.DeclaredIncome, ...]:
    months = [(2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2)]
    return tuple(cw.DeclaredIncome(m, "pension", amount_kop) for m in months)


def move(
    store: Store, case_id: str, target: CaseState, on: dt.date = APPLIED_ON, **stated: Any
) -> None:
    with store.write() as uow:
        cw.advance(uow, case_id, target, on, stated=stated)


def test_facts_come_from_the_records_and_say_what_is_missing(store: Store) -> None:
    case_id = open_home_care(store)
    move(store, case_id, CaseState.ASSESSING)
    with store.read() as conn:
        steps = dict(cw.next_steps(conn, case_id, APPLIED_ON))
    assert "акт оцінки" in steps[CaseState.AWAITING_DECISION]
    with pytest.raises(IllegalTransition, match="акт оцінки"):
        move(store, case_id, CaseState.AWAITING_DECISION)
    fill_act(store, case_id, cw.ASSESSMENT_FORM, ASSESSMENT)
    with store.read() as conn:
        assert dict(cw.next_steps(conn, case_id, APPLIED_ON))[CaseState.AWAITING_DECISION] == ""
    move(store, case_id, CaseState.AWAITING_DECISION)


def test_refusal_is_impossible_where_the_act_records_violence(store: Store) -> None:
    case_id = open_home_care(store)
    move(store, case_id, CaseState.ASSESSING)
    fill_act(store, case_id, cw.ASSESSMENT_FORM, {**ASSESSMENT, "violence": True})
    move(store, case_id, CaseState.AWAITING_DECISION)
    with pytest.raises(IllegalTransition, match="насильство"), store.write() as uow:
        cw.decide(uow, case_id, cw.REFUSE, APPLIED_ON, PREFIX, ground="no_need")
    with store.read() as conn:
        assert cw.case_header(conn, case_id).state is CaseState.AWAITING_DECISION
        assert cw.latest_decision(conn, case_id) is None


def test_a_whole_case_from_appeal_to_closure(store: Store) -> None:
    case_id = open_home_care(store)
    with store.read() as conn:
        person_id = cw.case_header(conn, case_id).person_id
    move(store, case_id, CaseState.ASSESSING)
    fill_act(store, case_id, cw.ASSESSMENT_FORM, ASSESSMENT)
    move(store, case_id, CaseState.AWAITING_DECISION, dt.date(2026, 3, 4))
    # Income: one pensioner with 6,000.00 a month; the minimum for those who lost capacity to
    # work in 2026 is checked by hand in the payment table; here 6,000 ≤ 2 ПМ? No: it is the
    # differentiated band only above 2 ПМ, so this family is free (2 × 2,595 = 5,190 < 6,000?).
    with store.write() as uow:
        cw.save_income(
            uow,
            case_id,
            APPLIED_ON,
            [cw.DeclaredMember("Коваль Ганна", is_recipient=True, incomes=pension(600000))],
        )
    with store.read() as conn:
        calc = cw.case_payment(conn, case_id, dt.date(2026, 3, 6), 100000)
    assert calc.income is not None and calc.income.per_member_kop == 600000
    # The decision keeps the figures it was made on.
    with store.write() as uow:
        number = cw.decide(uow, case_id, cw.GRANT, dt.date(2026, 3, 6), PREFIX)
    assert number == "ІЗМ-1-2026-0002"
    with store.read() as conn:
        decision = cw.latest_decision(conn, case_id)
    assert decision is not None and decision.income is not None
    assert decision.income.per_member_kop == 600000
    assert decision.payment_category is calc.result.category
    # Plan and contract, in either order; services only after both.
    with pytest.raises(IllegalTransition, match="план"):
        move(store, case_id, CaseState.PROVIDING, dt.date(2026, 3, 10))
    plan = cw.PlanDraft(
        dt.date(2026, 3, 10),
        dt.date(2026, 9, 10),
        ("Підтримати самостійне проживання вдома",),
        (
            cw.PlanMeasure(
                person_id,
                "015.1",
                "Допомога в прибиранні",
                "3 рази на тиждень",
                Decimal(24),
                "Соцробітник Іваненко",
            ),
        ),
    )
    with store.write() as uow:
        cw.save_plan(uow, case_id, plan)
        cw.sign_contract(
            uow,
            case_id,
            cw.ContractTerms(
                dt.date(2026, 3, 10),
                dt.date(2026, 12, 31),
                "вдома",
                (cw.ContractService("015.1", Decimal(24), "година", "пн, ср, пт", 100000),),
            ),
            PREFIX,
        )
    move(store, case_id, CaseState.PROVIDING, dt.date(2026, 3, 10))
    with store.write() as uow:
        log_services(
            uow,
            [
                Delivered(case_id, person_id, "015.1", dt.date(2026, 3, d), Decimal("2.5"))
                for d in (11, 13, 16, 18)
            ],
            dt.date(2026, 3, 31),
        )
    with store.read() as conn:
        act = monthly_act(conn, person_id, 2026, 3)
        assert [(a.code, a.days, a.units, a.unit) for a in act] == [
            ("015.1", 4, Decimal(10), "година")
        ]
        assert len(case_log(conn, case_id)) == 4
        assert [s.case_id for s in round_stops(conn, "015.1")] == [case_id]
        totals = worker_totals(conn, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
        assert [(t.recipients, t.visits, t.hours) for t in totals] == [(1, 4, Decimal(10))]
    # Review: due on the plan's date; back to providing only with a revised plan.
    with pytest.raises(IllegalTransition, match="Перегляд"):
        move(store, case_id, CaseState.REVIEW, dt.date(2026, 9, 1))
    move(store, case_id, CaseState.REVIEW, dt.date(2026, 9, 10))
    with pytest.raises(IllegalTransition, match="переглянутий"):
        move(store, case_id, CaseState.PROVIDING, dt.date(2026, 9, 11))
    revised = cw.PlanDraft(
        dt.date(2026, 9, 11),
        dt.date(2027, 3, 11),
        plan.goals,
        (
            *plan.measures,
            cw.PlanMeasure(
                person_id, "015.1", "Придбання ліків", "щотижня", Decimal(4), "Соцробітник Іваненко"
            ),
        ),
    )
    with store.write() as uow:
        cw.save_plan(uow, case_id, revised)
    move(store, case_id, CaseState.PROVIDING, dt.date(2026, 9, 11))
    with store.read() as conn:
        first, second = cw.plan_revisions(conn, case_id)
    assert second.revision == 2 and second.review_result == "changed"
    assert cw.plan_changes(first, second)[0].startswith("+ захід: 015.1 Придбання ліків")
    # Termination and closing after the decision is delivered.
    with store.write() as uow:
        cw.decide(uow, case_id, cw.TERMINATE, dt.date(2026, 11, 2), PREFIX, ground="death")
    with pytest.raises(IllegalTransition, match="вручіть"):
        move(store, case_id, CaseState.CLOSED, dt.date(2026, 11, 3))
    with store.write() as uow:
        cw.deliver_decision(uow, case_id, dt.date(2026, 11, 3))
    move(store, case_id, CaseState.CLOSED, dt.date(2026, 11, 3))
    with store.read() as conn:
        moves = [to for _, _, to, _ in case_events(conn, case_id)]
        contract = conn.execute(select(Contract.__table__.c.terminated_on)).scalar()  # type: ignore[attr-defined]
        kinds = conn.execute(select(CaseDecision.__table__.c.kind)).scalars().all()  # type: ignore[attr-defined]
    assert moves == [
        CaseState.ASSESSING,
        CaseState.AWAITING_DECISION,
        CaseState.GRANTED,
        CaseState.PROVIDING,
        CaseState.REVIEW,
        CaseState.PROVIDING,
        CaseState.TERMINATED,
        CaseState.CLOSED,
    ]
    assert contract == dt.date(2026, 11, 2)
    assert sorted(kinds) == ["grant", "terminate"]


def test_an_urgent_case_is_free_and_closes_after_its_act(store: Store) -> None:
    case_id = open_home_care(store, urgent=True, services=["012.0"])
    move(store, case_id, CaseState.URGENT)
    with pytest.raises(IllegalTransition, match="акт"):
        move(store, case_id, CaseState.CLOSED, close_reason=CloseReason.URGENT_DONE)
    fill_act(
        store,
        case_id,
        cw.URGENT_FORM,
        {
            "started_on": "2026-03-02",
            "who_needs": "person",
            "threats": ["health"],
            "readiness": "ready",
            "key_needs": "тепло, їжа",
            "services_needed": "012.0",
            "services_provided": "012.0 Кризове та екстрене втручання",
            "duration_hours": 20,
            "worker": "Петренко О. І.",
        },
    )
    with store.read() as conn:
        calc = cw.case_payment(conn, case_id, APPLIED_ON, 50000)
    assert calc.result.category is PaymentCategory.FREE and calc.income is None
    with store.write() as uow:
        with store.read() as conn:
            person_id = cw.case_header(conn, case_id).person_id
        log_services(
            uow, [Delivered(case_id, person_id, "012.0", APPLIED_ON, Decimal(1))], APPLIED_ON
        )
    move(store, case_id, CaseState.CLOSED, close_reason=CloseReason.URGENT_DONE)


def test_the_log_refuses_wrong_lines_and_writes_none_of_them(store: Store) -> None:
    case_id = open_home_care(store)
    with store.read() as conn:
        person_id = cw.case_header(conn, case_id).person_id
    line = Delivered(case_id, person_id, "015.1", APPLIED_ON, Decimal(2))
    with pytest.raises(ValidationError, match="не надаються"), store.write() as uow:
        log_services(uow, [line], APPLIED_ON)
    with store.read() as conn:
        assert case_log(conn, case_id) == []


def test_income_outside_the_six_months_is_refused(store: Store) -> None:
    case_id = open_home_care(store)
    member = cw.DeclaredMember(
        "Коваль Ганна", is_recipient=True, incomes=(cw.DeclaredIncome((2026, 3), "pension", 1),)
    )
    with pytest.raises(ValidationError, match="шести місяців"), store.write() as uow:
        cw.save_income(uow, case_id, APPLIED_ON, [member])


def test_payment_without_a_declaration_asks_for_it(store: Store) -> None:
    case_id = open_home_care(store)
    with pytest.raises(ValidationError, match="декларацію"), store.read() as conn:
        cw.case_payment(conn, case_id, APPLIED_ON, 100000)


def test_deadlines_after_the_decision_follow_the_records(store: Store) -> None:
    from socdesk.domain.deadlines import Urgency
    from socdesk.store.deadlines import cases_due, summary

    case_id = open_home_care(store)
    with store.read() as conn:
        person_id = cw.case_header(conn, case_id).person_id
    move(store, case_id, CaseState.ASSESSING)
    fill_act(store, case_id, cw.ASSESSMENT_FORM, ASSESSMENT)
    move(store, case_id, CaseState.AWAITING_DECISION)
    with store.write() as uow:
        cw.save_income(
            uow, case_id, APPLIED_ON, [cw.DeclaredMember("Коваль Ганна", True, incomes=pension(1))]
        )
        cw.decide(uow, case_id, cw.GRANT, dt.date(2026, 3, 5), PREFIX)  # Thursday
    with store.read() as conn:
        due = {(d.step.code, d.step.due) for d in cases_due(conn, dt.date(2026, 3, 6))}
    # 3 working days after Thu 05.03 (martial law: Sunday is still a day off) → Tue 10.03.
    assert due == {("decision_delivery", dt.date(2026, 3, 10))}
    with store.write() as uow:
        cw.deliver_decision(uow, case_id, dt.date(2026, 3, 6))
        cw.save_plan(
            uow,
            case_id,
            cw.PlanDraft(
                dt.date(2026, 3, 10),
                dt.date(2026, 9, 10),
                ("Мета",),
                (cw.PlanMeasure(person_id, "015.1", "Захід", "щодня", Decimal(20), "Іваненко"),),
            ),
        )
        cw.sign_contract(
            uow,
            case_id,
            cw.ContractTerms(
                dt.date(2026, 3, 10),
                dt.date(2026, 12, 31),
                "вдома",
                (cw.ContractService("015.1", Decimal(20), "година", "щодня", 0),),
            ),
            PREFIX,
        )
    move(store, case_id, CaseState.PROVIDING, dt.date(2026, 3, 10))
    with store.read() as conn:
        due_list = cases_due(conn, dt.date(2026, 9, 10))
        elsewhere = cases_due(conn, dt.date(2026, 9, 10), worker_id="nobody")
    assert [(d.step.code, d.step.due, d.step.urgency) for d in due_list] == [
        ("plan_review", dt.date(2026, 9, 10), Urgency.TODAY),
        ("contract_expiry", dt.date(2026, 12, 31), Urgency.LATER),
    ]
    assert due_list[0].person == "Коваль Ганна"
    assert summary(due_list).today == 1 and elsewhere == []


def test_a_free_category_is_free_and_says_the_list_is_unverified(store: Store) -> None:
    person = add_person(
        store, "Коваль", "Ганна", birth_date=dt.date(1980, 1, 1), categories=["idp"]
    )
    with store.write() as uow:
        case_id, _ = open_case(
            uow, Appeal(person, Channel.APPLICATION, APPLIED_ON, ["015.1"]), PREFIX
        )
    with store.read() as conn:
        calc = cw.case_payment(conn, case_id, APPLIED_ON, 100000)
    assert calc.result.category is PaymentCategory.FREE and calc.result.amount_kop == 0
    assert "не звірено" in calc.steps[-1]


def test_a_drafted_act_is_due_the_working_day_after_the_assessment(store: Store) -> None:
    from socdesk.store.deadlines import cases_due

    case_id = open_home_care(store, services=["010.1"])  # not a martial-law service
    move(store, case_id, CaseState.ASSESSING)
    definition = current_definition(cw.ASSESSMENT_FORM, APPLIED_ON)
    with store.write() as uow:  # assessed on Friday 06.03, the act still a draft
        record = save_form_draft(
            uow, None, definition, {**ASSESSMENT, "assessed_on": "2026-03-06"}, case_id=case_id
        )
    with store.read() as conn:
        due = {d.step.code: d.step.due for d in cases_due(conn, dt.date(2026, 3, 6))}
    assert due["assessment_act"] == dt.date(2026, 3, 9)  # Monday (Sunday is a day off)
    with store.write() as uow:
        complete_form(uow, record, dt.date(2026, 3, 9))
    with store.read() as conn:
        due = {d.step.code: d.step.due for d in cases_due(conn, dt.date(2026, 3, 9))}
    assert "assessment_act" not in due


def granted_case(store: Store) -> tuple[str, str]:
    """(case id, person id) of a home-care case just granted."""
    case_id = open_home_care(store)
    with store.read() as conn:
        person_id = cw.case_header(conn, case_id).person_id
    move(store, case_id, CaseState.ASSESSING)
    fill_act(store, case_id, cw.ASSESSMENT_FORM, ASSESSMENT)
    move(store, case_id, CaseState.AWAITING_DECISION)
    with store.write() as uow:
        cw.save_income(
            uow, case_id, APPLIED_ON, [cw.DeclaredMember("Коваль Ганна", True, incomes=pension(1))]
        )
        cw.decide(uow, case_id, cw.GRANT, dt.date(2026, 3, 5), PREFIX)
    return case_id, person_id


def draft(person_id: str, code: str = "015.1", volume: int = 20) -> cw.PlanDraft:
    measure = cw.PlanMeasure(person_id, code, "Захід", "щодня", Decimal(volume), "Іваненко")
    return cw.PlanDraft(dt.date(2026, 3, 10), dt.date(2026, 9, 10), ("Мета",), (measure,))


def terms(code: str = "015.1", volume: int = 20) -> cw.ContractTerms:
    service = cw.ContractService(code, Decimal(volume), "година", "щодня", 0)
    return cw.ContractTerms(dt.date(2026, 3, 10), dt.date(2026, 12, 31), "вдома", (service,))


def test_a_plan_or_contract_names_only_services_of_the_classifier(store: Store) -> None:
    """Whoever writes them (a dialog, the command line): the store checks the codes."""
    case_id, person_id = granted_case(store)
    with (
        pytest.raises(ValidationError, match=UNKNOWN_CODE),
        store.write() as uow,
    ):
        cw.save_plan(uow, case_id, draft(person_id, "999.9"))
    with (
        pytest.raises(ValidationError, match=UNKNOWN_CODE),
        store.write() as uow,
    ):
        cw.sign_contract(uow, case_id, terms("999.9"), PREFIX)
    with store.read() as conn:
        assert cw.latest_plan(conn, case_id) is None
        assert cw.latest_contract(conn, case_id) is None


def test_a_contract_provides_no_more_than_the_plan(store: Store) -> None:
    case_id, person_id = granted_case(store)
    with store.write() as uow:
        cw.save_plan(uow, case_id, draft(person_id, volume=20))
    too_much = "більший, ніж в індивідуальному плані"
    with pytest.raises(ValidationError, match=too_much), store.write() as uow:
        cw.sign_contract(uow, case_id, terms(volume=24), PREFIX)
    with store.write() as uow:
        cw.sign_contract(uow, case_id, terms(volume=20), PREFIX)
    with store.read() as conn:
        plan, contract = cw.latest_plan(conn, case_id), cw.latest_contract(conn, case_id)
    assert plan is not None and plan.volumes() == {"015.1": Decimal(20)}
    assert contract is not None and contract.services[0].volume == Decimal(20)
