"""The work on a case after the appeal: the facts its moves depend on (read from the acts, the
plan and the contract in the store), the income declaration and the payment it gives, the
decisions, the contract, the individual plan and its revisions.

The law's rules live in `domain` (cases, payment, deadlines); this module reads and writes
their records through the unit of work, so each is syncable and audited.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
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
from socdesk.domain.errors import ValidationError
from socdesk.domain.payment import (
    DifferentiatedRule,
    FreeReason,
    IncomeResult,
    MemberIncome,
    Minimum,
    PaymentResult,
    amount_on,
    average_income,
    group_of,
    income_months,
    payment,
)
from socdesk.paths import resources_dir
from socdesk.store.calendar import work_calendar
from socdesk.store.cases import move_case, next_number
from socdesk.store.forms import COMPLETED
from socdesk.store.households import members
from socdesk.store.schema import (
    CarePlan,
    CaseDecision,
    CaseEvent,
    Contract,
    FormRecord,
    IncomeDeclaration,
    Person,
    SocialCase,
    SubsistenceMinimum,
)
from socdesk.store.uow import UnitOfWork

_case = SocialCase.__table__  # type: ignore[attr-defined]
_event = CaseEvent.__table__  # type: ignore[attr-defined]
_form = FormRecord.__table__  # type: ignore[attr-defined]
_income = IncomeDeclaration.__table__  # type: ignore[attr-defined]
_decision = CaseDecision.__table__  # type: ignore[attr-defined]
_contract = Contract.__table__  # type: ignore[attr-defined]
_plan = CarePlan.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]
_minimum = SubsistenceMinimum.__table__  # type: ignore[attr-defined]

ASSESSMENT_FORM = "needs_assessment"
URGENT_FORM = "urgent_act"
GRANT, REFUSE, TERMINATE = "grant", "refuse", "terminate"
_DECISION_TARGET = {
    GRANT: CaseState.GRANTED,
    REFUSE: CaseState.REFUSED,
    TERMINATE: CaseState.TERMINATED,
}


# ------------------------------------------------------------------------------ payment rules
@dataclass(frozen=True, slots=True)
class PaymentRules:
    """`resources/payment/rules.json`: which services and categories are free, dated, and the
    reading of the differentiated formula (a setting with the documented default)."""

    rule: DifferentiatedRule
    free_services: tuple[tuple[frozenset[str], dt.date, dt.date | None], ...]
    free_categories: tuple[tuple[frozenset[str], dt.date, dt.date | None], ...]
    martial_law_services: frozenset[str]
    categories_unverified: bool = False  # the list is from recollection (REFERENCE.md §3)

    def free_reason(
        self, services: Sequence[str], categories: Sequence[str], on: dt.date, urgent: bool
    ) -> FreeReason | None:
        if urgent:
            return FreeReason.URGENT
        if services and set(services) <= _codes_on(self.free_services, on):
            return FreeReason.SERVICE_FREE_FOR_ALL
        if set(categories) & _codes_on(self.free_categories, on):
            return FreeReason.CATEGORY
        return None


def _codes_on(
    rows: tuple[tuple[frozenset[str], dt.date, dt.date | None], ...], on: dt.date
) -> frozenset[str]:
    found: set[str] = set()
    for codes, start, end in rows:
        if start <= on and (end is None or on <= end):
            found |= codes
    return frozenset(found)


def _dated(
    items: Sequence[Mapping[str, Any]],
) -> tuple[tuple[frozenset[str], dt.date, dt.date | None], ...]:
    return tuple(
        (
            frozenset(i["codes"]),
            dt.date.fromisoformat(i["valid_from"]),
            dt.date.fromisoformat(i["valid_to"]) if i.get("valid_to") else None,
        )
        for i in items
    )


@functools.cache
def payment_rules() -> PaymentRules:
    doc = json.loads((resources_dir() / "payment" / "rules.json").read_text(encoding="utf-8"))
    return PaymentRules(
        DifferentiatedRule(doc["differentiated_rule"]),
        _dated(doc["services_free_for_all"]),
        _dated(doc["categories_free"]),
        frozenset(doc["martial_law_simplified_services"]),
        any(i.get("confidence") != "C" for i in doc["categories_free"]),
    )


def _newest(conn: Connection, table: Any, case_id: str, order: Any) -> Any:
    """The case's first row of `table` in `order` (newest first), as a mapping, or None."""
    stmt = select(table).where(table.c.case_id == case_id, table.c.deleted.is_(False))
    return conn.execute(stmt.order_by(order).limit(1)).mappings().one_or_none()


# ------------------------------------------------------------------------------ facts
@dataclass(frozen=True, slots=True)
class CaseHeader:
    id: str
    number: str
    person_id: str
    state: CaseState
    received_on: dt.date
    urgent: bool
    services: tuple[str, ...]
    district_id: str | None
    worker_id: str | None = None
    channel: str = ""  # domain.cases.Channel
    applicant: str = ""  # who applied, if not the person
    on_behalf: bool = False


def case_header(conn: Connection, case_id: str) -> CaseHeader:
    r = conn.execute(select(_case).where(_case.c.id == case_id)).mappings().one()
    return CaseHeader(
        r["id"],
        r["number"],
        r["person_id"],
        CaseState(r["state"]),
        r["received_on"],
        r["urgent"],
        tuple(r["services"]),
        r["district_id"],
        r["worker_id"],
        r["channel"],
        r["applicant"],
        r["on_behalf"],
    )


def case_people(conn: Connection, case_id: str) -> list[tuple[str, str]]:
    """(id, full name) of the people a case covers: its person, and for a family's case the
    household's members now (services are planned and logged per person)."""
    row = conn.execute(
        select(_case.c.person_id, _case.c.household_id).where(_case.c.id == case_id)
    ).one()
    ids = [row.person_id]
    if row.household_id:
        ids += [pid for pid, _ in members(conn, row.household_id) if pid != row.person_id]
    names = {
        r.id: " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p)
        for r in conn.execute(
            select(
                _person.c.id, _person.c.surname, _person.c.given_name, _person.c.patronymic
            ).where(_person.c.id.in_(ids))
        )
    }
    return [(pid, names[pid]) for pid in ids if pid in names]


def latest_form(conn: Connection, case_id: str, code: str, *, completed: bool = False) -> Any:
    """The newest record of form `code` in the case (a completed one if asked), or None."""
    stmt = select(_form).where(
        _form.c.case_id == case_id, _form.c.form_code == code, _form.c.deleted.is_(False)
    )
    if completed:
        stmt = stmt.where(_form.c.status == COMPLETED)
    return conn.execute(stmt.order_by(_form.c.hlc.desc()).limit(1)).one_or_none()


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
    review_event = conn.execute(
        select(_event.c.hlc)
        .where(_event.c.case_id == case_id, _event.c.to_state == CaseState.REVIEW.value)
        .order_by(_event.c.hlc.desc())
        .limit(1)
    ).scalar()
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
        review_due=plan is not None and plan["review_on"] <= today,
        plan_revised=plan is not None and review_event is not None and plan["hlc"] > review_event,
        close_reason=CloseReason.DECISION_DELIVERED
        if decision is not None and decision["kind"] != GRANT and decision["delivered_on"]
        else None,
        urgent_need=header.urgent,
        urgent_act=urgent_act is not None,
        martial_law_simplified=calendar.under_martial_law(header.received_on)
        and bool(set(header.services) & payment_rules().martial_law_services),
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


# ------------------------------------------------------------------------------ income
@dataclass(frozen=True, slots=True)
class DeclaredIncome:
    """One line of the declaration: a member's income of one type in one month."""

    month: tuple[int, int]
    type: str  # pension, salary, allowance, other (the methodology's income types)
    amount_kop: int


@dataclass(frozen=True, slots=True)
class DeclaredMember:
    name: str
    is_recipient: bool = False
    able_to_work: bool = False
    person_id: str | None = None
    incomes: tuple[DeclaredIncome, ...] = ()


INCOME_TYPES = {
    "pension": "пенсія",
    "salary": "заробітна плата",
    "allowance": "державна допомога",
    "business": "доходи від підприємницької діяльності",
    "other": "інші доходи",
}


def save_income(
    uow: UnitOfWork, case_id: str, declared_on: dt.date, members: Sequence[DeclaredMember]
) -> str:
    """Keeps the case's declaration (one per case; a change updates it, history keeps the
    old values). The months must be the six before the month of the appeal."""
    header = case_header(uow.connection, case_id)
    if not members or sum(m.is_recipient for m in members) != 1:
        raise ValidationError("У декларації має бути отримувач і лише один.", "members")
    period = set(income_months(header.received_on))
    for member in members:
        if not member.name.strip():
            raise ValidationError("Укажіть ПІБ кожного члена сім'ї.", "members")
        for line in member.incomes:
            if line.month not in period:
                raise ValidationError(
                    f"Дохід за {line.month[1]:02d}.{line.month[0]} не входить до шести місяців "
                    "перед місяцем звернення.",
                    "members",
                )
            if line.amount_kop < 0:
                raise ValidationError("Сума доходу не може бути від'ємною.", "members")
            if line.type not in INCOME_TYPES:
                raise ValidationError(f"Невідомий вид доходу: {line.type}.", "members")
    doc = [
        {
            "name": m.name.strip(),
            "person_id": m.person_id,
            "is_recipient": m.is_recipient,
            "able_to_work": m.able_to_work,
            "incomes": [
                {
                    "month": f"{i.month[0]:04d}-{i.month[1]:02d}",
                    "type": i.type,
                    "amount_kop": i.amount_kop,
                }
                for i in m.incomes
            ],
        }
        for m in members
    ]
    existing = uow.connection.execute(
        select(_income.c.id).where(_income.c.case_id == case_id, _income.c.deleted.is_(False))
    ).scalar()
    if existing is not None:
        uow.update(IncomeDeclaration, existing, {"declared_on": declared_on, "members": doc})
        return str(existing)
    return uow.insert(
        IncomeDeclaration,
        {
            "case_id": case_id,
            "declared_on": declared_on,
            "members": doc,
            "district_id": header.district_id,
        },
    )


def declared_members(conn: Connection, case_id: str) -> list[DeclaredMember] | None:
    row = conn.execute(
        select(_income.c.members).where(_income.c.case_id == case_id, _income.c.deleted.is_(False))
    ).scalar()
    if row is None:
        return None
    return [
        DeclaredMember(
            m["name"],
            m["is_recipient"],
            m["able_to_work"],
            m.get("person_id"),
            tuple(
                DeclaredIncome(
                    (int(i["month"][:4]), int(i["month"][5:7])), i["type"], int(i["amount_kop"])
                )
                for i in m["incomes"]
            ),
        )
        for m in row
    ]


def _family_income(members: Sequence[DeclaredMember], received_on: dt.date) -> IncomeResult:
    """The family's average monthly income per member over the six months before the month
    of the appeal (§4)."""
    family = []
    for m in members:
        by_month: dict[tuple[int, int], int] = {}
        for line in m.incomes:
            by_month[line.month] = by_month.get(line.month, 0) + line.amount_kop
        family.append(MemberIncome(m.name, by_month, m.is_recipient, m.able_to_work))
    return average_income(family, income_months(received_on), None)


def minimums(conn: Connection) -> list[Minimum]:
    rows = conn.execute(
        select(
            _minimum.c.group, _minimum.c.valid_from, _minimum.c.valid_to, _minimum.c.amount_kop
        ).where(_minimum.c.deleted.is_(False))
    )
    return [Minimum(r.group, r.valid_from, r.valid_to, r.amount_kop) for r in rows]


@dataclass(frozen=True, slots=True)
class CasePayment:
    income: IncomeResult | None
    result: PaymentResult
    steps: list[str] = field(default_factory=list)  # income steps, then payment steps


def case_payment(conn: Connection, case_id: str, on: dt.date, tariff_kop: int = 0) -> CasePayment:
    """The payment category (and the monthly amount for `tariff_kop`) at the date `on` of the
    decision or contract, step by step. `ValidationError` when the income is not declared
    and the case is not free regardless of it."""
    header = case_header(conn, case_id)
    person = conn.execute(
        select(_person.c.birth_date, _person.c.categories).where(_person.c.id == header.person_id)
    ).one()
    rules = payment_rules()
    free = rules.free_reason(header.services, person.categories or [], on, header.urgent)
    members = declared_members(conn, case_id)
    income = _family_income(members, header.received_on) if members is not None else None
    if income is None and free is None:
        raise ValidationError(
            "Заповніть декларацію про доходи сім'ї: від доходу залежить, чи буде послуга "
            "безоплатною.",
            "income",
        )
    able = next((m.able_to_work for m in members or [] if m.is_recipient), False)
    if person.birth_date is None:
        raise ValidationError(
            "У картці особи немає дати народження: від неї залежить прожитковий мінімум.",
            "birth_date",
        )
    group = group_of(person.birth_date, on, able)
    minimum = amount_on(minimums(conn), group.value, on)
    per_member = income.per_member_kop if income is not None else 0
    result = payment(per_member, minimum, tariff_kop, free_reason=free, rule=rules.rule)
    steps = (income.steps if income is not None else []) + result.steps
    if free is FreeReason.CATEGORY and rules.categories_unverified:
        steps.append(
            "Увага: перелік категорій, яким послуги безоплатні, ще не звірено з текстом "
            "ст. 28 Закону; перевірте право особи за документом."
        )
    return CasePayment(income, result, steps)


# ------------------------------------------------------------------------------ decisions
def latest_decision(conn: Connection, case_id: str) -> Any:
    """The case's newest decision (a mapping), or None."""
    return _newest(conn, _decision, case_id, _decision.c.hlc.desc())


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
        income = {
            "total_kop": calc.income.total_kop if calc.income else None,
            "monthly_kop": calc.income.monthly_kop if calc.income else None,
            "per_member_kop": calc.income.per_member_kop if calc.income else None,
            "members": calc.income.members if calc.income else None,
            "minimum_kop": calc.result.minimum_kop,
            "ratio": str(calc.result.ratio),
            "limit_kop": calc.result.limit_kop,
            "steps": calc.steps,
        }
    advance(uow, case_id, target, on, stated=stated, reason=ground)
    contract = latest_contract(conn, case_id)
    if kind == TERMINATE and contract is not None and contract["terminated_on"] is None:
        uow.update(Contract, contract["id"], {"terminated_on": on})
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


def deliver_decision(uow: UnitOfWork, case_id: str, on: dt.date) -> None:
    """The latest decision was handed or sent to the applicant (3 working days, §1.3)."""
    decision = latest_decision(uow.connection, case_id)
    if decision is None:
        raise ValidationError("У справі ще немає рішення.", "decision")
    if on < decision["decided_on"]:
        raise ValidationError("Рішення не можна вручити раніше, ніж його ухвалено.", "delivered_on")
    uow.update(CaseDecision, decision["id"], {"delivered_on": on})


# ------------------------------------------------------------------------------ contract
@dataclass(frozen=True, slots=True)
class ContractService:
    code: str
    volume: Decimal  # units per month
    unit: str
    schedule: str  # e.g. "пн, ср, пт, 9:00–11:00"
    tariff_kop: int  # the price of the month's volume


@dataclass(frozen=True, slots=True)
class ContractTerms:
    signed_on: dt.date
    valid_to: dt.date | None
    place: str
    services: tuple[ContractService, ...]
    representative: str = ""
    representative_basis: str = ""


def latest_contract(conn: Connection, case_id: str) -> Any:
    """The case's newest contract (a mapping), or None."""
    return _newest(conn, _contract, case_id, _contract.c.hlc.desc())


def sign_contract(uow: UnitOfWork, case_id: str, terms: ContractTerms, prefix: str) -> str:
    """Records the signed contract with its payment calculation; returns its number."""
    conn = uow.connection
    header = case_header(conn, case_id)
    if header.state not in (CaseState.GRANTED, CaseState.REVIEW, CaseState.PROVIDING):
        raise ValidationError("Договір укладають після рішення про надання послуг.", "state")
    if not terms.services:
        raise ValidationError("Додайте до договору хоча б одну послугу.", "services")
    if terms.valid_to is not None and terms.valid_to <= terms.signed_on:
        raise ValidationError(
            "Строк дії договору має закінчуватися після дня підписання.", "valid_to"
        )
    for s in terms.services:
        if s.volume <= 0 or s.tariff_kop < 0:
            raise ValidationError(f"Послуга {s.code}: обсяг має бути більшим за нуль.", "services")
    total_tariff = sum(s.tariff_kop for s in terms.services)
    calc = case_payment(conn, case_id, terms.signed_on, total_tariff)
    number = next_number(uow, prefix, terms.signed_on.year)
    uow.insert(
        Contract,
        {
            "case_id": case_id,
            "number": number,
            "signed_on": terms.signed_on,
            "valid_to": terms.valid_to,
            "representative": terms.representative.strip(),
            "representative_basis": terms.representative_basis.strip(),
            "place": terms.place.strip(),
            "services": [
                {
                    "code": s.code,
                    "volume": str(s.volume),
                    "unit": s.unit,
                    "schedule": s.schedule.strip(),
                    "tariff_kop": s.tariff_kop,
                }
                for s in terms.services
            ],
            "payment_category": calc.result.category.value,
            "amount_kop": calc.result.amount_kop,
            "payment_steps": calc.steps,
            "district_id": header.district_id,
        },
    )
    return number


# ------------------------------------------------------------------------------ plan
@dataclass(frozen=True, slots=True)
class PlanMeasure:
    person_id: str
    code: str
    measure: str
    frequency: str  # e.g. "3 рази на тиждень"
    volume: Decimal  # units per month
    responsible: str
    place: str = "вдома"
    until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PlanDraft:
    made_on: dt.date
    review_on: dt.date
    goals: tuple[str, ...]
    measures: tuple[PlanMeasure, ...]
    need_degree: str = ""
    participation: str = ""


def latest_plan(conn: Connection, case_id: str) -> Any:
    """The newest revision of the case's plan (a mapping), or None."""
    return _newest(conn, _plan, case_id, _plan.c.revision.desc())


def plan_revisions(conn: Connection, case_id: str) -> list[Any]:
    return list(
        conn.execute(
            select(_plan)
            .where(_plan.c.case_id == case_id, _plan.c.deleted.is_(False))
            .order_by(_plan.c.revision)
        ).mappings()
    )


def save_plan(uow: UnitOfWork, case_id: str, draft: PlanDraft) -> str:
    """A new revision of the case's individual plan (the first, or one after a review); the
    earlier revisions stay, to compare."""
    conn = uow.connection
    header = case_header(conn, case_id)
    if header.state not in (CaseState.GRANTED, CaseState.REVIEW, CaseState.PROVIDING):
        raise ValidationError(
            "Індивідуальний план складають після рішення про надання або під час перегляду.",
            "state",
        )
    if not [g for g in draft.goals if g.strip()]:
        raise ValidationError("Зазначте хоча б одну мету плану.", "goals")
    if not draft.measures:
        raise ValidationError("Додайте до плану хоча б один захід.", "measures")
    if draft.review_on <= draft.made_on:
        raise ValidationError(
            "Дата перегляду плану має бути пізнішою за дату складання.", "review_on"
        )
    for m in draft.measures:
        if not m.measure.strip() or not m.responsible.strip():
            raise ValidationError(
                f"Захід {m.code}: зазначте, що саме робиться і хто відповідає.", "measures"
            )
    previous = latest_plan(conn, case_id)
    measures = [
        {
            "person_id": m.person_id,
            "code": m.code,
            "measure": m.measure.strip(),
            "place": m.place.strip(),
            "frequency": m.frequency.strip(),
            "volume": str(m.volume),
            "responsible": m.responsible.strip(),
            "until": m.until.isoformat() if m.until else None,
        }
        for m in draft.measures
    ]
    goals = [g.strip() for g in draft.goals if g.strip()]
    result = ""
    if previous is not None:
        same = previous["measures"] == measures and previous["goals"] == goals
        result = "unchanged" if same else "changed"
    return uow.insert(
        CarePlan,
        {
            "case_id": case_id,
            "revision": (previous["revision"] + 1) if previous is not None else 1,
            "made_on": draft.made_on,
            "review_on": draft.review_on,
            "need_degree": draft.need_degree.strip(),
            "goals": goals,
            "measures": measures,
            "participation": draft.participation.strip(),
            "review_result": result,
            "supersedes_id": previous["id"] if previous is not None else None,
            "district_id": header.district_id,
        },
    )


def plan_changes(older: Mapping[str, Any], newer: Mapping[str, Any]) -> list[str]:
    """What a revision changed, as lines a person reads: goals and measures added or removed,
    the review date."""
    lines = []
    for goal in newer["goals"]:
        if goal not in older["goals"]:
            lines.append(f"+ мета: {goal}")
    for goal in older["goals"]:
        if goal not in newer["goals"]:
            lines.append(f"− мета: {goal}")

    def key(m: Mapping[str, Any]) -> str:
        return f"{m['code']} {m['measure']}, {m['frequency']}, {m['volume']}, {m['responsible']}"

    old_m, new_m = [key(m) for m in older["measures"]], [key(m) for m in newer["measures"]]
    lines += [f"+ захід: {m}" for m in new_m if m not in old_m]
    lines += [f"− захід: {m}" for m in old_m if m not in new_m]
    if older["review_on"] != newer["review_on"]:
        lines.append(f"перегляд: {older['review_on']:%d.%m.%Y} → {newer['review_on']:%d.%m.%Y}")
    return lines


def assign_worker(uow: UnitOfWork, case_id: str, worker_id: str | None) -> None:
    """Makes `worker_id` responsible for the case (None: nobody yet)."""
    uow.update(SocialCase, case_id, {"worker_id": worker_id})
