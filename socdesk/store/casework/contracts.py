"""The contract of a case as typed rows: which one is the latest, and signing one with the
payment it gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, RowMapping, select

from socdesk.domain.cases import CaseState
from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop
from socdesk.domain.payment import PaymentCategory
from socdesk.store.cases import next_number, unknown_services
from socdesk.store.casework.case import case_header
from socdesk.store.casework.income import case_payment
from socdesk.store.casework.plans import latest_plan
from socdesk.store.schema import Contract
from socdesk.store.uow import UnitOfWork

_contract = Contract.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class ContractService:
    code: str
    volume: Decimal  # units per month
    unit: str
    schedule: str  # e.g. "пн, ср, пт, 9:00–11:00"
    tariff_kop: int  # the price of the month's volume

    def as_json(self) -> dict[str, object]:
        """As kept in the contract's row and in a printed contract's snapshot."""
        return {
            "code": self.code,
            "volume": str(self.volume),
            "unit": self.unit,
            "schedule": self.schedule,
            "tariff_kop": self.tariff_kop,
        }


@dataclass(frozen=True, slots=True)
class ContractTerms:
    signed_on: dt.date
    valid_to: dt.date | None
    place: str
    services: tuple[ContractService, ...]
    representative: str = ""
    representative_basis: str = ""


@dataclass(frozen=True, slots=True)
class SignedContract:
    """A contract as recorded, with the payment calculated when it was signed."""

    id: str
    case_id: str
    number: str
    signed_on: dt.date
    valid_to: dt.date | None
    place: str
    services: tuple[ContractService, ...]
    representative: str
    representative_basis: str
    payment_category: PaymentCategory
    amount_kop: int
    payment_steps: tuple[str, ...]
    terminated_on: dt.date | None


def _service_of(s: Mapping[str, Any]) -> ContractService:
    return ContractService(
        str(s["code"]),
        Decimal(str(s["volume"])),
        str(s["unit"]),
        str(s["schedule"]),
        int(s["tariff_kop"]),
    )


def _contract_of(r: RowMapping) -> SignedContract:
    return SignedContract(
        r["id"],
        r["case_id"],
        r["number"],
        r["signed_on"],
        r["valid_to"],
        r["place"],
        tuple(_service_of(s) for s in r["services"]),
        r["representative"],
        r["representative_basis"],
        PaymentCategory(r["payment_category"]),
        r["amount_kop"],
        tuple(r["payment_steps"]),
        r["terminated_on"],
    )


def latest_contract(conn: Connection, case_id: str) -> SignedContract | None:
    """The case's latest contract: by the day it was signed, then by id (made in time order);
    never by the row's last-change clock (a remote edit of an old contract, say its end
    date, does not make it the current one)."""
    row = (
        conn.execute(
            select(_contract)
            .where(_contract.c.case_id == case_id, _contract.c.deleted.is_(False))
            .order_by(_contract.c.signed_on.desc(), _contract.c.id.desc())
            .limit(1)
        )
        .mappings()
        .one_or_none()
    )
    return None if row is None else _contract_of(row)


def sign_contract(uow: UnitOfWork, case_id: str, terms: ContractTerms, prefix: str) -> str:
    """Records the signed contract with its payment calculation; returns its number."""
    conn = uow.connection
    header = case_header(conn, case_id)
    if header.state not in (CaseState.GRANTED, CaseState.REVIEW, CaseState.PROVIDING):
        raise ValidationError(
            noop("Domain", "Договір укладають після рішення про надання послуг."), "state"
        )
    if not terms.services:
        raise ValidationError(
            noop("Domain", "Додайте до договору хоча б одну послугу."), "services"
        )
    if terms.valid_to is not None and terms.valid_to <= terms.signed_on:
        raise ValidationError(
            noop("Domain", "Строк дії договору має закінчуватися після дня підписання."), "valid_to"
        )
    unknown = unknown_services(conn, [s.code for s in terms.services], terms.signed_on)
    if unknown:
        raise ValidationError(
            fill(noop("Domain", "Коду «%1» немає в Класифікаторі соціальних послуг."), unknown[0]),
            "services",
        )
    plan = latest_plan(conn, case_id)
    planned = plan.volumes() if plan is not None else {}
    for s in terms.services:
        if s.volume <= 0:
            raise ValidationError(
                fill(noop("Domain", "Послуга %1: обсяг має бути більшим за нуль."), s.code),
                "services",
            )
        if s.tariff_kop < 0:
            raise ValidationError(
                fill(noop("Domain", "Послуга %1: вартість не може бути від'ємною."), s.code),
                "services",
            )
        if s.code in planned and s.volume > planned[s.code]:
            raise ValidationError(
                fill(
                    noop(
                        "Domain",
                        "Послуга %1: обсяг у договорі (%2 на місяць) більший, ніж в "
                        "індивідуальному плані (%3); зменште обсяг або спершу перегляньте план.",
                    ),
                    s.code,
                    s.volume,
                    planned[s.code],
                ),
                "services",
            )
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
            "services": [{**s.as_json(), "schedule": s.schedule.strip()} for s in terms.services],
            "payment_category": calc.result.category.value,
            "amount_kop": calc.result.amount_kop,
            "payment_steps": calc.steps,
            "district_id": header.district_id,
        },
    )
    return number
