"""The moves of a case after the appeal: the facts its guards read from the records (the acts,
the plan, the contract, the decision), the next steps with what each still lacks, a move, and
a decision (a move with its record)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, select

from socdesk.domain.cases import (
    CaseFacts,
    CaseState,
    CloseReason,
    IllegalTransition,
    RefusalGround,
    SuspensionReason,
    TerminationGround,
    allowed_targets,
    check_transition,
)
from socdesk.store.calendar import work_calendar
from socdesk.store.cases import move_case, next_number
from socdesk.store.casework.case import ASSESSMENT_FORM, URGENT_FORM, case_header, latest_form
from socdesk.store.casework.contracts import latest_contract
from socdesk.store.casework.decisions import (
    GRANT,
    REFUSE,
    TERMINATE,
    DecidedIncome,
    latest_decision,
)
from socdesk.store.casework.income import case_payment, payment_rules
from socdesk.store.casework.plans import Plan, latest_plan
from socdesk.store.forms import COMPLETED
from socdesk.store.schema import CaseDecision, CaseEvent, Contract, FormRecord
from socdesk.store.uow import UnitOfWork

_event = CaseEvent.__table__  # type: ignore[attr-defined]
_form = FormRecord.__table__  # type: ignore[attr-defined]

_DECISION_TARGET = {
    GRANT: CaseState.GRANTED,
    REFUSE: CaseState.REFUSED,
    TERMINATE: CaseState.TERMINATED,
}


def _revised_since_review(conn: Connection, case_id: str, plan: Plan | None) -> bool:
    """Whether the current plan revision was made after the case's latest move to review:
    by the days (then by id, both made in time order), never by the rows' change clocks."""
    if plan is None:
        return False
    review = conn.execute(
        select(_event.c.on, _event.c.id)
        .where(
            _event.c.case_id == case_id,
            _event.c.to_state == CaseState.REVIEW.value,
            _event.c.deleted.is_(False),
        )
        .order_by(_event.c.on.desc(), _event.c.id.desc())
        .limit(1)
    ).one_or_none()
    return review is not None and (plan.made_on, plan.id) > (review.on, review.id)


def case_facts(conn: Connection, case_id: str, today: dt.date) -> CaseFacts:
    """What the store knows of the case for its guards; the worker adds the reasons."""
    header = case_header(conn, case_id)
    acts = list(
        conn.execute(
            select(_form.c.answers).where(
                _form.c.case_id == case_id,
                _form.c.form_code == ASSESSMENT_FORM,
                _form.c.status == COMPLETED,
                _form.c.deleted.is_(False),
            )
        ).scalars()
    )
    initial = [a for a in acts if a.get("assessment_kind") != "comprehensive"]
    comprehensive = [a for a in acts if a.get("assessment_kind") == "comprehensive"]
    urgent_act = latest_form(conn, case_id, URGENT_FORM, completed=True)
    plan = latest_plan(conn, case_id)
    threats = set(urgent_act.answers.get("threats", [])) if urgent_act is not None else set()
    decision = latest_decision(conn, case_id)
    calendar = work_calendar(conn)
    return CaseFacts(
        assessment_act=bool(acts),
        comprehensive_needed=any(a.get("comprehensive_needed") for a in initial)
        or header.state is CaseState.COMPREHENSIVE,
        comprehensive_act=bool(comprehensive),
        threat_to_life_or_health=any(a.get("threat_to_life") for a in acts) or bool(threats),
        violence=any(a.get("violence") for a in acts)
        or bool(threats & {"domestic_violence", "hostilities"}),
        individual_plan=plan is not None,
        contract=latest_contract(conn, case_id) is not None,
        review_due=plan is not None and plan.review_on <= today,
        plan_revised=_revised_since_review(conn, case_id, plan),
        close_reason=CloseReason.DECISION_DELIVERED
        if decision is not None and decision.kind != GRANT and decision.delivered_on
        else None,
        urgent_need=header.urgent,
        urgent_act=urgent_act is not None,
        martial_law_simplified=calendar.under_martial_law(header.received_on)
        and bool(
            set(header.services) & payment_rules(conn, header.received_on).martial_law_services
        ),
    )


# What the worker states in a move's own dialog (a ground, a reason); the list of next steps
# assumes these are given, so that it names only what is missing from the records.
_STATED_CLOSE = {
    CaseState.APPLIED: CloseReason.WITHDRAWN,
    CaseState.ASSESSING: CloseReason.WITHDRAWN,
    CaseState.URGENT: CloseReason.URGENT_DONE,
}


def next_steps(conn: Connection, case_id: str, today: dt.date) -> list[tuple[CaseState, str]]:
    """Each state the case may go to next, with what is still missing for it ("" if ready)."""
    state = case_header(conn, case_id).state
    facts = case_facts(conn, case_id, today)
    stated = replace(
        facts,
        refusal_ground=RefusalGround.NO_NEED,
        termination_ground=TerminationGround.NO_NEED,
        suspension_reason=SuspensionReason.HOSPITAL,
        close_reason=facts.close_reason or _STATED_CLOSE.get(state),
        review_due=True,
    )
    found = []
    for target in allowed_targets(state):
        try:
            check_transition(state, target, stated)
            found.append((target, ""))
        except IllegalTransition as exc:
            found.append((target, str(exc)))
    return found


def advance(  # noqa: PLR0913 - a move and what the worker stated for it
    uow: UnitOfWork,
    case_id: str,
    target: CaseState,
    on: dt.date,
    *,
    stated: Mapping[str, Any] | None = None,
    reason: str = "",
    note: str = "",
) -> None:
    """Moves the case with the facts from its records plus what the worker stated (a ground, a
    reason, "needs changed"); `IllegalTransition` says what is missing."""
    facts = replace(case_facts(uow.connection, case_id, on), **dict(stated or {}))
    move_case(uow, case_id, target, facts, on, reason=reason, note=note)


def decide(  # noqa: PLR0913 - a decision has all of these
    uow: UnitOfWork,
    case_id: str,
    kind: str,
    on: dt.date,
    prefix: str,
    *,
    ground: str = "",
    services: Sequence[str] = (),
) -> str:
    """Records a decision to grant, refuse or terminate and moves the case; returns its
    number. A grant keeps the income figures and the payment category as decided."""
    conn = uow.connection
    header = case_header(conn, case_id)
    target = _DECISION_TARGET[kind]
    stated: dict[str, Any] = {}
    if kind == REFUSE:
        stated["refusal_ground"] = RefusalGround(ground) if ground else None
    elif kind == TERMINATE:
        stated["termination_ground"] = TerminationGround(ground) if ground else None
    income: dict[str, object] = {}
    category = ""
    if kind == GRANT:
        calc = case_payment(conn, case_id, on)
        category = calc.result.category.value
        income = DecidedIncome(
            calc.income.total_kop if calc.income else None,
            calc.income.monthly_kop if calc.income else None,
            calc.income.per_member_kop if calc.income else None,
            calc.income.members if calc.income else None,
            calc.result.minimum_kop,
            calc.result.ratio,
            calc.result.limit_kop,
            tuple(calc.steps),
        ).as_json()
    advance(uow, case_id, target, on, stated=stated, reason=ground)
    contract = latest_contract(conn, case_id)
    if kind == TERMINATE and contract is not None and contract.terminated_on is None:
        uow.update(Contract, contract.id, {"terminated_on": on})
    number = next_number(uow, prefix, on.year)
    uow.insert(
        CaseDecision,
        {
            "case_id": case_id,
            "kind": kind,
            "number": number,
            "decided_on": on,
            "needs_services": kind == GRANT,
            "services": sorted(set(services or header.services)),
            "ground": ground,
            "payment_category": category,
            "income": income,
            "district_id": header.district_id,
        },
    )
    return number
