""" "The latest" decision, contract, plan revision, act, consent and household stay is chosen by
its business date (then revision or id), never by the row's last-change clock: a remote edit of
an old row (its hlc the newest) must not make it the current one.

Each test makes an old row, then a newer-dated one, then edits the OLD one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from support import TODAY, add_person

from socdesk.domain.cases import CaseState, Channel
from socdesk.domain.people import HouseholdRole
from socdesk.store import casework as cw
from socdesk.store.cases import Appeal, open_case
from socdesk.store.consents import consents, current_consent, give_consent
from socdesk.store.database import Store
from socdesk.store.deadlines import CONTRACT_EXPIRY, PLAN_REVIEW, cases_due
from socdesk.store.forms import complete_form, correct_form, current_definition, save_form_draft
from socdesk.store.households import history, join_household
from socdesk.store.schema import (
    CarePlan,
    CaseDecision,
    Consent,
    Contract,
    FormRecord,
    Household,
    HouseholdMembership,
    ServiceEntry,
    SocialCase,
)
from socdesk.store.service_log import case_log

APPLIED_ON = dt.date(2026, 3, 2)
OLD, NEW = dt.date(2026, 3, 5), dt.date(2026, 9, 10)
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
    "awareness": "ready",
    "needs": "needs",
    "services_needed": "015.1 Догляд вдома",
    "agreement": "agrees",
    "assessor": "Петренко О. І., фахівець із соціальної роботи",
}


def a_case(store: Store, state: CaseState = CaseState.PROVIDING) -> str:
    person = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1944, 5, 1))
    with store.write() as uow:
        case_id, _ = open_case(
            uow, Appeal(person, Channel.APPLICATION, APPLIED_ON, ["015.1"]), "ІЗМ-1"
        )
        uow.update(SocialCase, case_id, {"state": state.value})
    return case_id


def insert(store: Store, table: Any, values: dict[str, Any]) -> str:
    with store.write() as uow:
        return uow.insert(table, values)


def edit(store: Store, table: Any, row_id: str, values: dict[str, Any]) -> None:
    """An edit of the row, as one arriving from another device makes: its clock the newest."""
    with store.write() as uow:
        assert uow.update(table, row_id, values)


def decision(case_id: str, number: str, on: dt.date) -> dict[str, Any]:
    return {"case_id": case_id, "kind": cw.GRANT, "number": number, "decided_on": on}


def test_the_latest_decision_is_the_one_decided_last(store: Store) -> None:
    case_id = a_case(store, CaseState.GRANTED)
    old = insert(store, CaseDecision, decision(case_id, "1", OLD))
    new = insert(store, CaseDecision, decision(case_id, "2", NEW))
    edit(store, CaseDecision, old, {"ground": "виправлено на іншому пристрої"})
    with store.read() as conn:
        latest = cw.latest_decision(conn, case_id)
        due = {d.step.code: d.step.due for d in cases_due(conn, NEW)}
    assert latest is not None and latest.id == new
    assert due["decision_delivery"] > NEW  # from the new decision, not the old one
    with store.write() as uow:
        cw.deliver_decision(uow, case_id, NEW)
    with store.read() as conn:
        delivered = dict(conn.execute(select(CaseDecision.id, CaseDecision.delivered_on)).all())  # type: ignore[call-overload]
    assert delivered == {old: None, new: NEW}


def test_decisions_of_one_day_are_ordered_by_when_they_were_made(store: Store) -> None:
    case_id = a_case(store, CaseState.GRANTED)
    first = insert(store, CaseDecision, decision(case_id, "1", NEW))
    second = insert(store, CaseDecision, decision(case_id, "2", NEW))
    edit(store, CaseDecision, first, {"ground": "виправлено"})
    with store.read() as conn:
        latest = cw.latest_decision(conn, case_id)
    assert latest is not None and latest.id == second


def contract(case_id: str, number: str, signed: dt.date, valid_to: dt.date) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "number": number,
        "signed_on": signed,
        "valid_to": valid_to,
        "services": [
            {"code": "015.1", "volume": "24", "unit": "година", "schedule": "", "tariff_kop": 0}
        ],
        "payment_category": "free",
    }


def test_the_latest_contract_is_the_one_signed_last(store: Store) -> None:
    case_id = a_case(store)
    old = insert(store, Contract, contract(case_id, "1", OLD, dt.date(2026, 12, 31)))
    new = insert(store, Contract, contract(case_id, "2", NEW, dt.date(2027, 12, 31)))
    edit(store, Contract, old, {"valid_to": dt.date(2026, 12, 30)})
    with store.read() as conn:
        latest = cw.latest_contract(conn, case_id)
        due = {d.step.code: d.step.due for d in cases_due(conn, NEW)}
    assert latest is not None and latest.id == new
    assert latest.services == (cw.ContractService("015.1", Decimal(24), "година", "", 0),)
    assert due[CONTRACT_EXPIRY] == dt.date(2027, 12, 31)


def plan(case_id: str, revision: int, made: dt.date, review: dt.date) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "revision": revision,
        "made_on": made,
        "review_on": review,
        "goals": ["Мета"],
        "measures": [],
    }


def test_the_current_plan_is_the_last_revision(store: Store) -> None:
    case_id = a_case(store)
    old = insert(store, CarePlan, plan(case_id, 1, OLD, NEW))
    new = insert(store, CarePlan, plan(case_id, 2, NEW, dt.date(2027, 3, 10)))
    edit(store, CarePlan, old, {"participation": "виправлено"})
    with store.read() as conn:
        latest = cw.latest_plan(conn, case_id)
        revisions = [p.revision for p in cw.plan_revisions(conn, case_id)]
        due = {d.step.code: d.step.due for d in cases_due(conn, NEW)}
    assert latest is not None and latest.id == new
    assert revisions == [1, 2]
    assert due[PLAN_REVIEW] == dt.date(2027, 3, 10)


def test_an_edit_of_an_old_plan_is_not_a_revision_after_the_review(store: Store) -> None:
    case_id = a_case(store, CaseState.PROVIDING)
    old = insert(store, CarePlan, plan(case_id, 1, OLD, NEW))
    with store.write() as uow:
        cw.advance(uow, case_id, CaseState.REVIEW, NEW)
    edit(store, CarePlan, old, {"participation": "виправлено"})
    with store.read() as conn:
        assert not cw.case_facts(conn, case_id, NEW).plan_revised
    insert(store, CarePlan, plan(case_id, 2, NEW, dt.date(2027, 3, 10)))
    with store.read() as conn:
        assert cw.case_facts(conn, case_id, NEW).plan_revised


def test_the_latest_act_is_the_correction_however_the_old_one_is_edited(store: Store) -> None:
    case_id = a_case(store, CaseState.ASSESSING)
    definition = current_definition(cw.ASSESSMENT_FORM, APPLIED_ON)
    with store.write() as uow:
        old = save_form_draft(uow, None, definition, ASSESSMENT, case_id=case_id)
        complete_form(uow, old, APPLIED_ON)
        new = correct_form(uow, old, "описка")
        complete_form(uow, new, APPLIED_ON)
    edit(store, FormRecord, old, {"correction_reason": "з іншого пристрою"})
    with store.read() as conn:
        latest = cw.latest_form(conn, case_id, cw.ASSESSMENT_FORM, completed=True)
        newest = cw.latest_form(conn, case_id, cw.ASSESSMENT_FORM)
    assert latest is not None and latest.id == new
    assert newest is not None and newest.id == new


def test_the_current_consent_is_the_one_given_last(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        old = give_consent(uow, person_id, OLD, "Облік", TODAY)
        new = give_consent(uow, person_id, OLD, "Облік і послуги", TODAY)  # the same day
    edit(store, Consent, old, {"scope": "Облік (виправлено)"})
    with store.read() as conn:
        current = current_consent(conn, person_id)
        every = [c.id for c in consents(conn, person_id)]
    assert current is not None and current.id == new
    assert every == [new, old]


def test_the_household_stays_follow_the_days_they_began(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    first = insert(store, Household, {"address": "вул. Шкільна, 1"})
    second = insert(store, Household, {"address": "вул. Садова, 2"})
    for household in (first, second):  # two moves on the same day
        with store.write() as uow:
            join_household(uow, person_id, household, HouseholdRole.HEAD, OLD)
    with store.read() as conn:
        stays = conn.execute(
            select(HouseholdMembership.id).where(HouseholdMembership.household_id == first)  # type: ignore[call-overload, arg-type]
        ).scalar_one()
    edit(store, HouseholdMembership, stays, {"role": HouseholdRole.SPOUSE.value})
    with store.read() as conn:
        assert [s.household_id for s in history(conn, person_id)] == [first, second]


def test_the_log_shows_the_last_visit_first_however_an_old_line_is_edited(store: Store) -> None:
    """The log's first line is the last visit (the tab proposes its amount and worker)."""
    case_id = a_case(store)
    with store.read() as conn:
        person_id = cw.case_header(conn, case_id).person_id
    line = {"case_id": case_id, "person_id": person_id, "service_code": "015.1", "unit": "година"}
    first = insert(store, ServiceEntry, {**line, "on": NEW, "units_x100": 100})
    second = insert(store, ServiceEntry, {**line, "on": NEW, "units_x100": 250})
    edit(store, ServiceEntry, first, {"note": "виправлено"})
    with store.read() as conn:
        assert [entry.id for entry in case_log(conn, case_id)] == [second, first]
