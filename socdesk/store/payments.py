"""Payments received under contracts: recording a month's payment, the months of one contract
(its tab in the case window), the month of a whole district (the monthly list), the ledger of
any period for the reports, and arrears per recipient.

A month's charge comes from the contract (`domain.receipts.month_charge`): a month with a
recorded payment row keeps the charge written with it; a month without one is charged as the
contract says. Rows of deleted contracts and cases, and deleted payment rows, are not counted.

A contract signed again for the same case (a renewal) replaces the earlier one: the earlier
contract is in force until the day before its successor is signed, as if terminated then, so
a recipient is never charged twice for the same days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, func, or_, select

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop
from socdesk.domain.payment import PaymentCategory
from socdesk.domain.receipts import (
    CHARGED,
    Balance,
    ContractTerm,
    Receipt,
    balance,
    first_of_month,
    month_charge,
    months_between,
    payment_id,
)
from socdesk.domain.text import in_ukrainian_order, sort_key
from socdesk.domain.workdays import month_end
from socdesk.store.contract_force import in_force_between, successor_signed
from socdesk.store.district_access import limit
from socdesk.store.schema import Contract, ContractPayment, Person, Settlement, SocialCase
from socdesk.store.uow import UnitOfWork

_pay = ContractPayment.__table__  # type: ignore[attr-defined]
_contract = Contract.__table__  # type: ignore[attr-defined]
_case = SocialCase.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]
_settlement = Settlement.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class PaymentLine:
    """One contract in one month: who, what was charged, what was received.

    `payment_id` is None while nothing is recorded for the month (the charge is then the
    contract's); `recorded_by` is the synced worker's id ("" when nothing is recorded)."""

    contract_id: str
    contract_number: str
    case_id: str
    case_number: str
    person_id: str | None
    name: str  # "Прізвище Ім'я По батькові" ("" for a household's case)
    settlement: str
    district_id: str | None
    month: dt.date  # the first day of the month
    category: PaymentCategory
    charged_kop: int
    received_kop: int
    received_on: dt.date | None
    receipt: str
    recorded_by: str
    payment_id: str | None

    @property
    def owed_kop(self) -> int:
        """Charged minus received in this month (negative: paid more)."""
        return self.charged_kop - self.received_kop


def _term(r: Any) -> ContractTerm:
    """The charging term of a contract row selected with `_replaced_on()` beside it."""
    ends = [d for d in (r.terminated_on, r.replaced_on) if d is not None]
    return ContractTerm(
        PaymentCategory(r.payment_category or PaymentCategory.FREE),
        r.amount_kop,
        r.signed_on,
        r.valid_to,
        min(ends) if ends else None,
    )


def _replaced_on() -> Any:
    """The day the contract's successor was signed (`store.contract_force`, the rule the
    reports share); NULL for the case's latest."""
    return successor_signed(_contract)


# ------------------------------------------------------------------------------ writing
def record_payment(
    uow: UnitOfWork, contract_id: str, month: dt.date, receipt: Receipt, note: str = ""
) -> str:
    """Records (or corrects) what was received under `contract_id` for `month`; the charge is
    computed from the contract now. One row per contract and month, with the same id on every
    device. `receipt` comes checked from `domain.receipts.check_receipt`. Returns the row's id."""
    conn = uow.connection
    contract = conn.execute(
        select(_contract, _replaced_on().label("replaced_on")).where(
            _contract.c.id == contract_id, _contract.c.deleted.is_(False)
        )
    ).one_or_none()
    if contract is None:
        raise ValidationError(noop("Domain", "Договору немає (його видалено?)."), "contract")
    month = first_of_month(month)
    if month_end(month) < contract.signed_on:
        raise ValidationError(
            fill(
                noop("Domain", "Договір %1 підписано %2; за %3 плати за ним немає."),
                contract.number,
                f"{contract.signed_on:%d.%m.%Y}",
                f"{month:%m.%Y}",
            ),
            "month",
        )
    if receipt.received_on is not None and receipt.received_on < contract.signed_on:
        raise ValidationError(
            noop("Domain", "Дата оплати раніша за день підписання договору."), "received_on"
        )
    values: dict[str, object] = {
        "contract_id": contract_id,
        "case_id": contract.case_id,
        "month": month,
        "payment_category": contract.payment_category or PaymentCategory.FREE.value,
        "charged_kop": month_charge(_term(contract), month),
        "received_kop": receipt.received_kop,
        "received_on": receipt.received_on,
        "receipt": receipt.receipt,
        "recorded_by": uow.author,
        "note": note.strip(),
    }
    row_id = payment_id(contract_id, month)
    existing = conn.execute(select(_pay.c.id).where(_pay.c.id == row_id)).one_or_none()
    if existing is None:
        return uow.insert(ContractPayment, values, row_id=row_id)
    # The charge stays as first written: a later edit of the contract does not rewrite it.
    del values["charged_kop"]
    uow.update(ContractPayment, row_id, {**values, "deleted": False})
    return row_id


def remove_payment(uow: UnitOfWork, row_id: str) -> None:
    """A payment recorded by mistake is removed (a tombstone that syncs; the month is then
    charged as the contract says, with nothing received)."""
    uow.delete(ContractPayment, row_id)


# ------------------------------------------------------------------------------ reading
def _contracts(first: dt.date, last: dt.date) -> Select[Any]:
    """Contracts whose months between `first` and `last` charge or have payments recorded."""
    recorded = select(_pay.c.contract_id).where(
        _pay.c.month.between(first, last), _pay.c.deleted.is_(False)
    )
    charged_in_period = and_(
        _contract.c.payment_category.in_([c.value for c in CHARGED]),
        in_force_between(_contract, first, last),
    )
    return (
        select(
            _contract.c.id,
            _contract.c.number,
            _contract.c.case_id,
            _contract.c.district_id,
            _contract.c.payment_category,
            _contract.c.amount_kop,
            _contract.c.signed_on,
            _contract.c.valid_to,
            _contract.c.terminated_on,
            _replaced_on().label("replaced_on"),
            _case.c.number.label("case_number"),
            _case.c.person_id,
            func.coalesce(_person.c.surname, "").label("surname"),
            func.coalesce(_person.c.given_name, "").label("given_name"),
            func.coalesce(_person.c.patronymic, "").label("patronymic"),
            func.coalesce(_settlement.c.name, "").label("settlement"),
        )
        .join(_case, _case.c.id == _contract.c.case_id)
        .outerjoin(_person, _person.c.id == _case.c.person_id)
        .outerjoin(_settlement, _settlement.c.id == _person.c.settlement_id)
        .where(
            _contract.c.deleted.is_(False),
            _case.c.deleted.is_(False),
            or_(charged_in_period, _contract.c.id.in_(recorded)),
        )
    )


def ledger(
    conn: Connection,
    first: dt.date,
    last: dt.date,
    district_ids: Sequence[str] | None = None,
    *,
    contract_id: str | None = None,
    person_id: str | None = None,
) -> list[PaymentLine]:
    """Every contract month from `first`'s month to `last`'s that charges something or has a
    payment recorded: the ledger the reports and arrears count from, in name order, then by
    contract and month. `district_ids` (the contracts' districts), `contract_id` and
    `person_id` narrow it."""
    first, last = first_of_month(first), month_end(last)
    district_ids = limit(conn, district_ids)  # a specialist's own districts only
    stmt = _contracts(first, last)
    if district_ids is not None:
        stmt = stmt.where(_contract.c.district_id.in_(list(district_ids)))
    if contract_id is not None:
        stmt = stmt.where(_contract.c.id == contract_id)
    if person_id is not None:
        stmt = stmt.where(_case.c.person_id == person_id)
    contracts = {r.id: r for r in conn.execute(stmt)}
    recorded: dict[tuple[str, dt.date], Any] = {}
    if contracts:
        for r in conn.execute(
            select(_pay).where(
                _pay.c.month.between(first, last),
                _pay.c.deleted.is_(False),
                _pay.c.contract_id.in_(list(contracts)),
            )
        ):
            recorded[(r.contract_id, r.month)] = r
    lines = []
    months = months_between(first, last)
    for c in contracts.values():
        term = _term(c)
        name = " ".join(p for p in (c.surname, c.given_name, c.patronymic) if p)
        for month in months:
            paid = recorded.get((c.id, month))
            charged = paid.charged_kop if paid is not None else month_charge(term, month)
            if paid is None and charged == 0:
                continue
            lines.append(
                PaymentLine(
                    c.id,
                    c.number,
                    c.case_id,
                    c.case_number,
                    c.person_id,
                    name,
                    c.settlement,
                    c.district_id,
                    month,
                    PaymentCategory(paid.payment_category) if paid is not None else term.category,
                    charged,
                    paid.received_kop if paid is not None else 0,
                    paid.received_on if paid is not None else None,
                    paid.receipt if paid is not None else "",
                    paid.recorded_by if paid is not None else "",
                    paid.id if paid is not None else None,
                )
            )
    return sorted(
        lines,
        key=lambda line: (sort_key(line.name), line.case_number, line.contract_number, line.month),
    )


def month_list(
    conn: Connection, month: dt.date, district_ids: Sequence[str] | None = None
) -> list[PaymentLine]:
    """The monthly list of a district: one line per paid (differentiated or paid) contract in
    force in `month`, or with a payment recorded for it, in name order."""
    return ledger(conn, month, month, district_ids)


def contract_months(conn: Connection, contract_id: str, until: dt.date) -> list[PaymentLine]:
    """A contract's months from its signing to `until`'s month (its tab): charged, received."""
    signed = conn.execute(
        select(_contract.c.signed_on).where(_contract.c.id == contract_id)
    ).scalar_one_or_none()
    if signed is None or signed > month_end(until):
        return []
    return ledger(conn, signed, until, contract_id=contract_id)


@dataclass(frozen=True, slots=True)
class Arrears:
    """A recipient's balance over their contracts' months up to a date."""

    person_id: str | None
    name: str
    settlement: str
    balance: Balance


def arrears(
    conn: Connection,
    until: dt.date,
    district_ids: Sequence[str] | None = None,
    *,
    person_id: str | None = None,
    since: dt.date | None = None,
) -> list[Arrears]:
    """Per recipient, charged minus received over every month of their contracts from `since`
    (default: the first contract's signing) to `until`'s month, in name order; only those with
    something charged or received. A household's case counts under its case number."""
    start = since or _first_signed(conn)
    if start is None:
        return []
    lines = ledger(conn, start, until, district_ids, person_id=person_id)
    return per_recipient(lines)


def per_recipient(lines: Iterable[PaymentLine]) -> list[Arrears]:
    """The ledger's lines summed per recipient (`domain.receipts.balance`), in name order."""
    groups: dict[str, list[PaymentLine]] = {}
    for line in lines:
        groups.setdefault(line.person_id or line.case_id, []).append(line)
    found = [
        Arrears(
            group[0].person_id,
            group[0].name or group[0].case_number,
            group[0].settlement,
            balance((line.charged_kop, line.received_kop) for line in group),
        )
        for group in groups.values()
    ]
    return in_ukrainian_order(found, lambda a: a.name)


def _first_signed(conn: Connection) -> dt.date | None:
    value: dt.date | None = conn.execute(
        select(func.min(_contract.c.signed_on)).where(_contract.c.deleted.is_(False))
    ).scalar_one()
    return value
