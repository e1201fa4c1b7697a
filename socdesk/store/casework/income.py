"""The income declaration of a case (one per case) and the payment it gives.

The payment's rules are pure (`domain.payment`); this module reads the declaration, the
person, the subsistence minimums and the payment rules (the versions in force on the date,
`store.refdocs`: shipped or published by the centre), and passes them in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop
from socdesk.domain.payment import (
    FreeReason,
    IncomeResult,
    MemberIncome,
    Minimum,
    PaymentResult,
    PaymentRules,
    amount_on,
    average_income,
    group_of,
    income_months,
    payment,
)
from socdesk.domain.payment import payment_rules as parse_rules
from socdesk.domain.refdocs import (
    PAYMENT_RULES,
    PUBLISHED,
    SUBSISTENCE,
    RefDoc,
    in_force,
    minimums_of,
)
from socdesk.store import refdocs
from socdesk.store.casework.case import case_header
from socdesk.store.schema import IncomeDeclaration, Person, SubsistenceMinimum
from socdesk.store.uow import UnitOfWork

_income = IncomeDeclaration.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]
_minimum = SubsistenceMinimum.__table__  # type: ignore[attr-defined]


_parsed: dict[tuple[str, str], PaymentRules] = {}  # (source, version) -> rules


def payment_rules(conn: Connection | None = None, on: dt.date | None = None) -> PaymentRules:
    """The payment rules in force on `on` (without a store: the newest shipped ones)."""
    doc = (
        refdocs.shipped_doc(PAYMENT_RULES)
        if conn is None or on is None
        else refdocs.document_on(conn, PAYMENT_RULES, "", on)
    ) or refdocs.shipped_doc(PAYMENT_RULES)
    return _rules_of(doc)


def payment_rules_by_day(conn: Connection) -> Callable[[dt.date], PaymentRules]:
    """The payment rules in force on any day, as `payment_rules` gives them, the versions read
    once: a list of many cases asks for the rules of each case's own received date."""
    every = refdocs.versions(conn, PAYMENT_RULES)
    shipped = refdocs.shipped_doc(PAYMENT_RULES)
    found: dict[dt.date, PaymentRules] = {}

    def on(day: dt.date) -> PaymentRules:
        rules = found.get(day)
        if rules is None:
            rules = found[day] = _rules_of(in_force(every, day) or shipped)
        return rules

    return on


def _rules_of(doc: RefDoc) -> PaymentRules:
    found = _parsed.get((doc.source, doc.version))
    if found is None:
        found = _parsed[(doc.source, doc.version)] = parse_rules(doc.content)
    return found


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
    "pension": noop("Domain", "пенсія"),
    "salary": noop("Domain", "заробітна плата"),
    "allowance": noop("Domain", "державна допомога"),
    "business": noop("Domain", "доходи від підприємницької діяльності"),
    "other": noop("Domain", "інші доходи"),
}


def save_income(
    uow: UnitOfWork, case_id: str, declared_on: dt.date, members: Sequence[DeclaredMember]
) -> str:
    """Keeps the case's declaration (one per case; a change updates it, history keeps the
    old values). The months must be the six before the month of the appeal."""
    header = case_header(uow.connection, case_id)
    if not members or sum(m.is_recipient for m in members) != 1:
        raise ValidationError(
            noop("Domain", "У декларації має бути отримувач і лише один."), "members"
        )
    period = set(income_months(header.received_on))
    for member in members:
        if not member.name.strip():
            raise ValidationError(noop("Domain", "Укажіть ПІБ кожного члена сім'ї."), "members")
        for line in member.incomes:
            if line.month not in period:
                raise ValidationError(
                    fill(
                        noop(
                            "Domain",
                            "Дохід за %1 не входить до шести місяців перед місяцем звернення.",
                        ),
                        f"{line.month[1]:02d}.{line.month[0]}",
                    ),
                    "members",
                )
            if line.amount_kop < 0:
                raise ValidationError(
                    noop("Domain", "Сума доходу не може бути від'ємною."), "members"
                )
            if line.type not in INCOME_TYPES:
                raise ValidationError(
                    fill(noop("Domain", "Невідомий вид доходу: %1."), line.type), "members"
                )
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
    existing = _declaration_id(uow.connection, case_id)
    if existing is not None:
        uow.update(IncomeDeclaration, existing, {"declared_on": declared_on, "members": doc})
        return existing
    return uow.insert(
        IncomeDeclaration,
        {
            "case_id": case_id,
            "declared_on": declared_on,
            "members": doc,
            "district_id": header.district_id,
        },
    )


def _declaration_id(conn: Connection, case_id: str) -> str | None:
    """The case's declaration: one per case; should two devices each have made one, the one
    declared last (then the greater id) counts, the same on every replica."""
    found = conn.execute(
        select(_income.c.id)
        .where(_income.c.case_id == case_id, _income.c.deleted.is_(False))
        .order_by(_income.c.declared_on.desc(), _income.c.id.desc())
        .limit(1)
    ).scalar()
    return None if found is None else str(found)


def declared_members(conn: Connection, case_id: str) -> list[DeclaredMember] | None:
    rows = conn.execute(
        select(_income.c.members)
        .where(_income.c.case_id == case_id, _income.c.deleted.is_(False))
        .order_by(_income.c.declared_on.desc(), _income.c.id.desc())
        .limit(1)
    ).scalar()
    if rows is None:
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
        for m in rows
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


def minimums(conn: Connection, on: dt.date | None = None) -> list[Minimum]:
    """The subsistence minimums known on `on`: those of a version the centre published that
    is in force then (newest period first), before the rows the shipped file loaded (and a
    coordinator may have corrected) in `subsistence_minimum`."""
    doc = refdocs.document_on(conn, SUBSISTENCE, "", on) if on is not None else None
    if doc is not None and doc.source != PUBLISHED:
        doc = None  # the shipped file's figures are the table's rows
    rows = conn.execute(
        select(_minimum.c.group, _minimum.c.valid_from, _minimum.c.valid_to, _minimum.c.amount_kop)
        .where(_minimum.c.deleted.is_(False))
        .order_by(_minimum.c.valid_from.desc())  # where two periods overlap, the newer wins
    )
    stored = [Minimum(r.group, r.valid_from, r.valid_to, r.amount_kop) for r in rows]
    return (minimums_of(doc.content) if doc is not None else []) + stored


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
    rules = payment_rules(conn, on)
    free = rules.free_reason(header.services, person.categories or [], on, header.urgent)
    members = declared_members(conn, case_id)
    income = _family_income(members, header.received_on) if members is not None else None
    if income is None and free is None:
        raise ValidationError(
            noop(
                "Domain",
                "Заповніть декларацію про доходи сім'ї: від доходу залежить, чи буде послуга "
                "безоплатною.",
            ),
            "income",
        )
    able = next((m.able_to_work for m in members or [] if m.is_recipient), False)
    if person.birth_date is None:
        raise ValidationError(
            noop(
                "Domain",
                "У картці особи немає дати народження: від неї залежить прожитковий мінімум.",
            ),
            "birth_date",
        )
    group = group_of(person.birth_date, on, able)
    minimum = amount_on(minimums(conn, on), group.value, on)
    per_member = income.per_member_kop if income is not None else 0
    result = payment(per_member, minimum, tariff_kop, free_reason=free, rule=rules.rule)
    steps = (income.steps if income is not None else []) + result.steps
    if free is FreeReason.CATEGORY and rules.categories_unverified:
        steps.append(
            noop(
                "Domain",
                "Увага: перелік категорій, яким послуги безоплатні, ще не звірено з текстом "
                "ст. 28 Закону; перевірте право особи за документом.",
            )
        )
    return CasePayment(income, result, steps)
