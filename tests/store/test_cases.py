"""Cases in the store: numbering, the legal path, refused moves that write nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from support import TODAY, add_person

from socdesk.domain.cases import (
    CaseFacts,
    CaseState,
    Channel,
    CloseReason,
    IllegalTransition,
    TerminationGround,
)
from socdesk.domain.errors import ValidationError
from socdesk.store.cases import Appeal, case_events, cases_of_person, move_case, open_case
from socdesk.store.database import Store
from socdesk.store.schema import CaseEvent, OutboxEntry

DAY = dt.date(2026, 3, 2)


def appeal(person_id: str, **changes: object) -> Appeal:
    values: dict[str, object] = {
        "person_id": person_id,
        "channel": Channel.APPLICATION,
        "received_on": DAY,
        "services": ["006.0"],
    }
    values.update(changes)
    return Appeal(**values)  # type: ignore[arg-type]


def test_numbers_follow_the_workplace_series_per_year(store: Store) -> None:
    person = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        _, first = open_case(uow, appeal(person), "ІЗМ-1")
        _, second = open_case(uow, appeal(person), "ІЗМ-1")
        _, next_year = open_case(uow, appeal(person, received_on=dt.date(2027, 1, 4)), "ІЗМ-1")
    assert (first, second, next_year) == ("ІЗМ-1-2026-0001", "ІЗМ-1-2026-0002", "ІЗМ-1-2027-0001")
    with pytest.raises(ValidationError, match="префікс"), store.write() as uow:
        open_case(uow, appeal(person), " ")


def test_the_whole_path_is_recorded_move_by_move(store: Store) -> None:
    person = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        case_id, _ = open_case(uow, appeal(person), "ІЗМ-1")
    steps = [
        (CaseState.ASSESSING, CaseFacts()),
        (CaseState.AWAITING_DECISION, CaseFacts(assessment_act=True)),
        (CaseState.GRANTED, CaseFacts(assessment_act=True)),
        (CaseState.PROVIDING, CaseFacts(individual_plan=True, contract=True)),
        (CaseState.TERMINATED, CaseFacts(termination_ground=TerminationGround.CONTRACT_EXPIRED)),
        (CaseState.CLOSED, CaseFacts(close_reason=CloseReason.DECISION_DELIVERED)),
    ]
    for day, (target, facts) in enumerate(steps, start=1):
        with store.write() as uow:
            move_case(uow, case_id, target, facts, DAY + dt.timedelta(days=day), "крок")
    with store.read() as conn:
        [case] = cases_of_person(conn, person)
        events = case_events(conn, case_id)
        outbox = conn.execute(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.table_name == "case_event")  # type: ignore[arg-type]
        ).scalar_one()
    assert case.state is CaseState.CLOSED
    assert [to for _, _, to, _ in events] == [target for target, _ in steps]
    assert events[0][1] is CaseState.APPLIED
    assert outbox == len(steps)  # every move travels to the centre


def test_an_illegal_move_writes_nothing(store: Store) -> None:
    person = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        case_id, _ = open_case(uow, appeal(person), "ІЗМ-1")
    with pytest.raises(IllegalTransition, match="оцінювання потреб"), store.write() as uow:
        move_case(uow, case_id, CaseState.PROVIDING, CaseFacts(), TODAY)
    with store.read() as conn:
        assert cases_of_person(conn, person)[0].state is CaseState.APPLIED
        assert conn.execute(select(func.count()).select_from(CaseEvent)).scalar_one() == 0


def test_an_appeal_names_the_services_unless_urgent_or_a_notice(store: Store) -> None:
    person = add_person(store, "Коваль", "Олена")
    with pytest.raises(ValidationError, match="послуги"), store.write() as uow:
        open_case(uow, appeal(person, services=[]), "ІЗМ-1")
    with store.write() as uow:
        open_case(uow, appeal(person, services=[], urgent=True), "ІЗМ-1")
        open_case(uow, appeal(person, services=[], channel=Channel.NOTICE), "ІЗМ-1")


def test_open_cases_with_their_legal_deadlines(store: Store) -> None:
    from socdesk.domain.deadlines import Urgency
    from socdesk.store.deadlines import cases_due

    person = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        assessing, _ = open_case(uow, appeal(person), "ІЗМ-1")  # Mon 02.03.2026
        urgent, _ = open_case(uow, appeal(person, urgent=True), "ІЗМ-1")
        granted, _ = open_case(uow, appeal(person), "ІЗМ-1")
        closed, _ = open_case(uow, appeal(person), "ІЗМ-1")
    with store.write() as uow:
        move_case(uow, assessing, CaseState.ASSESSING, CaseFacts(), DAY)
        move_case(uow, granted, CaseState.ASSESSING, CaseFacts(), DAY)
        move_case(uow, granted, CaseState.AWAITING_DECISION, CaseFacts(assessment_act=True), DAY)
        move_case(
            uow, granted, CaseState.GRANTED, CaseFacts(assessment_act=True), dt.date(2026, 3, 6)
        )
        move_case(uow, closed, CaseState.CLOSED, CaseFacts(close_reason=CloseReason.WITHDRAWN), DAY)
    with store.read() as conn:
        due = cases_due(conn, today=dt.date(2026, 3, 10))
        none_here = cases_due(conn, today=dt.date(2026, 3, 10), district_ids=["elsewhere"])
    seen = {(d.case_id, d.step.code): (d.step.due, d.step.urgency) for d in due}
    # Dates worked out by hand; martial law since 24.02.2022 (holidays are working days).
    assert seen == {
        (urgent, "decision_urgent"): (dt.date(2026, 3, 3), Urgency.OVERDUE),
        (assessing, "needs_assessment"): (dt.date(2026, 3, 9), Urgency.OVERDUE),
        (assessing, "decision"): (dt.date(2026, 3, 16), Urgency.LATER),
        (granted, "decision_delivery"): (dt.date(2026, 3, 11), Urgency.THIS_WEEK),
    }
    assert [d.step.due for d in due] == sorted(d.step.due for d in due)
    assert none_here == []
