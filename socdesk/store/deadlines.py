"""The legal deadlines of open cases, for the deadlines view and the sign-in summary.

Before the decision the steps come from `domain.deadlines` (working days from the dated
reference data); after it: handing over the decision (3 working days), the individual plan's
review (its own date: review and re-assessment), and the contract's expiry. Today is passed in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, String, func, select, type_coerce

from socdesk.domain.cases import CaseState
from socdesk.domain.deadlines import (
    BEFORE_DECISION,
    CaseDates,
    DueStep,
    Urgency,
    case_deadlines,
    urgency,
)
from socdesk.store.calendar import deadline_rules, work_calendar
from socdesk.store.casework.case import ASSESSMENT_FORM
from socdesk.store.casework.income import payment_rules_by_day
from socdesk.store.forms import COMPLETED
from socdesk.store.schema import (
    CarePlan,
    CaseDecision,
    CaseEvent,
    Contract,
    FormRecord,
    Person,
    SocialCase,
    StarostaDistrict,
    Worker,
)

_case = SocialCase.__table__  # type: ignore[attr-defined]
_event = CaseEvent.__table__  # type: ignore[attr-defined]
_decision = CaseDecision.__table__  # type: ignore[attr-defined]
_plan = CarePlan.__table__  # type: ignore[attr-defined]
_contract = Contract.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]
_district = StarostaDistrict.__table__  # type: ignore[attr-defined]
_worker = Worker.__table__  # type: ignore[attr-defined]
_form = FormRecord.__table__  # type: ignore[attr-defined]

PLAN_REVIEW, CONTRACT_EXPIRY = "plan_review", "contract_expiry"
_OPEN = (
    CaseState.APPLIED,
    CaseState.ASSESSING,
    CaseState.COMPREHENSIVE,
    CaseState.AWAITING_DECISION,
    CaseState.GRANTED,
    CaseState.REFUSED,
    CaseState.PROVIDING,
    CaseState.REVIEW,
    CaseState.SUSPENDED,
    CaseState.TERMINATED,
)
_RUNNING = {CaseState.GRANTED, CaseState.PROVIDING, CaseState.REVIEW, CaseState.SUSPENDED}
_DECIDED = (CaseState.GRANTED.value, CaseState.REFUSED.value, CaseState.TERMINATED.value)
# Which row of a case is the latest (as in store.casework): business date, then revision or id.
_PLAN_ORDER = (_plan.c.revision, type_coerce(_plan.c.made_on, String), _plan.c.id)
_CONTRACT_ORDER = (type_coerce(_contract.c.signed_on, String), _contract.c.id)
_DECISION_ORDER = (type_coerce(_decision.c.decided_on, String), _decision.c.id)
_RULE_CODES = (
    "needs_assessment",
    "assessment_act",
    "decision",
    "decision_urgent",
    "decision_delivery",
    "decision_martial_law",
)


@dataclass(frozen=True, slots=True)
class DueCase:
    """A step of an open case with a deadline, with the names the view shows."""

    case_id: str
    number: str
    person_id: str
    person: str
    district_id: str | None
    district: str
    worker_id: str | None
    worker: str
    step: DueStep


def cases_due(
    conn: Connection,
    today: dt.date,
    district_ids: Sequence[str] | None = None,
    worker_id: str | None = None,
    case_id: str | None = None,
) -> list[DueCase]:
    """Every open case's steps with deadlines, soonest first; one district's, one worker's or
    one case's when asked (the case window shows its own)."""
    person_name = func.trim(
        _person.c.surname + " " + _person.c.given_name + " " + _person.c.patronymic
    )
    worker_name = func.coalesce(_worker.c.surname + " " + _worker.c.given_name, "")
    stmt = select(
        _case.c.id,
        _case.c.number,
        _case.c.person_id,
        _case.c.state,
        _iso(_case.c.received_on).label("received_on"),
        _case.c.urgent,
        type_coerce(_case.c.services, String).label("services"),  # parsed only when needed
        _case.c.district_id,
        _case.c.worker_id,
        func.coalesce(person_name, "").label("person"),
        func.coalesce(_district.c.name, "").label("district"),
        worker_name.label("worker"),
    ).select_from(
        _case.outerjoin(_person, _person.c.id == _case.c.person_id)
        .outerjoin(_district, _district.c.id == _case.c.district_id)
        .outerjoin(_worker, _worker.c.id == _case.c.worker_id)
    )
    conditions = [_case.c.deleted.is_(False), _case.c.state.in_([s.value for s in _OPEN])]
    if district_ids is not None:
        conditions.append(_case.c.district_id.in_(list(district_ids)))
    if worker_id is not None:
        conditions.append(_case.c.worker_id == worker_id)
    if case_id is not None:
        conditions.append(_case.c.id == case_id)
    cases = conn.execute(stmt.where(*conditions)).all()
    # The other reads take the same cases as a subquery (a long list of ids is slower).
    scope = select(_case.c.id).where(*conditions)
    decided = _decisions(conn, scope)
    assessed = _assessed_not_filed(conn, scope)
    reviews = _latest(conn, _plan, _plan.c.review_on, _PLAN_ORDER, scope)
    expiries = _latest(conn, _contract, _contract.c.valid_to, _CONTRACT_ORDER, scope)
    calendar = work_calendar(conn)
    payment_rules = payment_rules_by_day(conn)  # as case_facts: those of the received date
    table = deadline_rules(conn)  # read once; each case uses the rules in force when it came
    found = []
    for case in cases:
        state = CaseState(case.state)
        received = _day(case.received_on)
        rules = table.rules_on(_RULE_CODES, received)
        decided_on, delivered = decided.get(case.id, (None, False))
        dates = CaseDates(
            state,
            received,
            urgent=case.urgent,
            # Under martial law home, residential and palliative care and supported living
            # are decided within one working day (REFERENCE.md §1.3).
            martial_law_simplified=state in BEFORE_DECISION
            and bool(
                set(json.loads(case.services or "[]"))
                & payment_rules(received).martial_law_services
            )
            and calendar.under_martial_law(received),
            decided_on=decided_on,
            decision_delivered=delivered,
            assessment_done_on=assessed.get(case.id),
        )
        steps = case_deadlines(dates, rules, calendar, today)
        if state in _RUNNING:
            for code, day in (
                (PLAN_REVIEW, reviews.get(case.id)),
                (CONTRACT_EXPIRY, expiries.get(case.id)),
            ):
                if day is not None:
                    steps.append(DueStep(code, day, urgency(day, today)))
        found += [
            DueCase(
                case.id,
                case.number,
                case.person_id,
                case.person,
                case.district_id,
                case.district,
                case.worker_id,
                case.worker,
                step,
            )
            for step in steps
        ]
    return sorted(found, key=lambda d: (d.step.due, d.number))


def _assessed_not_filed(conn: Connection, case_ids: Select[Any]) -> dict[str, dt.date]:
    """When the assessment was done, for cases whose act is still a draft: the act is due the
    next working day (REFERENCE.md §1.3). A completed act is the act filed."""
    rows = conn.execute(
        select(_form.c.case_id, _form.c.status, _form.c.answers)
        .where(
            _form.c.case_id.in_(case_ids),
            _form.c.form_code == ASSESSMENT_FORM,
            _form.c.deleted.is_(False),
        )
        .order_by(_form.c.id)  # made in time order: a correction after what it corrects
    )
    found: dict[str, dt.date] = {}
    filed: set[str] = set()
    for case_id, status, answers in rows:
        if status == COMPLETED:
            filed.add(case_id)
            continue
        done = (answers or {}).get("assessed_on")
        if done:
            try:
                found[case_id] = dt.date.fromisoformat(done)
            except ValueError:
                continue  # a half-typed date in a draft
    return {case_id: day for case_id, day in found.items() if case_id not in filed}


def _decisions(conn: Connection, case_ids: Select[Any]) -> dict[str, tuple[dt.date, bool]]:
    """When each case was last decided and whether that decision was handed over: from the
    decision records, or from the move where a case has none (moved by an older version)."""
    moves = _newest_per_case(
        conn,
        select(_event.c.case_id, _event.c.on, _event.c.id, _iso(_event.c.on)).where(
            _event.c.case_id.in_(case_ids), _event.c.to_state.in_(_DECIDED)
        ),
        2,
    )
    found = {case_id: (_day(on), False) for case_id, on in moves.items()}
    records = _newest_per_case(
        conn,
        select(
            _decision.c.case_id,
            *_DECISION_ORDER,
            _iso(_decision.c.decided_on),
            _decision.c.delivered_on.is_not(None),
        ).where(_decision.c.case_id.in_(case_ids), _decision.c.deleted.is_(False)),
        len(_DECISION_ORDER),
    )
    for case_id, (decided_on, delivered) in records.items():
        found[case_id] = (_day(decided_on), bool(delivered))
    return found


def _latest(  # type: ignore[no-untyped-def]
    conn: Connection, table, column, order: tuple[Any, ...], case_ids: Select[Any]
) -> dict[str, dt.date]:
    """`column` of each case's latest row of `table` (by the columns `order`), where it is
    set."""
    rows = _newest_per_case(
        conn,
        select(table.c.case_id, *order, _iso(column)).where(
            table.c.case_id.in_(case_ids), table.c.deleted.is_(False)
        ),
        len(order),
    )
    return {case_id: _day(value) for case_id, value in rows.items() if value is not None}


def _newest_per_case(conn: Connection, stmt: Select[Any], keys: int) -> dict[str, Any]:
    """Per case (the first column), the rest of its row with the greatest next `keys` columns
    (the business date, then revision or id; never the last-change clock, so that an edit of
    an old row arriving from another device does not make it the latest).

    Picked here rather than by ORDER BY: sorting made SQLite walk a whole table in index
    order to keep the rows of the cases asked for, which grew with the store."""
    found: dict[str, tuple[Any, Any]] = {}
    for case_id, *row in conn.execute(stmt):
        order, rest = tuple(row[:keys]), row[keys:]
        kept = found.get(case_id)
        if kept is None or order > kept[0]:
            found[case_id] = (order, rest[0] if len(rest) == 1 else tuple(rest))
    return {case_id: value for case_id, (_, value) in found.items()}


def _iso(column: Any) -> Any:
    """A date column read as its stored ISO text: thousands of rows parse faster with
    `date.fromisoformat` than through SQLAlchemy's per-row date processing."""
    return type_coerce(column, String)


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class DueSummary:
    overdue: int
    today: int
    this_week: int


def summary(due: Sequence[DueCase]) -> DueSummary:
    """How many steps are overdue, due today and due later this week (the sign-in summary)."""
    counts = {u: 0 for u in Urgency}
    for d in due:
        counts[d.step.urgency] += 1
    return DueSummary(counts[Urgency.OVERDUE], counts[Urgency.TODAY], counts[Urgency.THIS_WEEK])
