"""The decisions of a case (grant, refuse, terminate) as typed rows; which one is the latest;
handing it over. Making one is a move of the case: `moves.decide`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, RowMapping, select

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import noop
from socdesk.domain.payment import PaymentCategory
from socdesk.store.schema import CaseDecision
from socdesk.store.uow import UnitOfWork

_decision = CaseDecision.__table__  # type: ignore[attr-defined]

GRANT, REFUSE, TERMINATE = "grant", "refuse", "terminate"


@dataclass(frozen=True, slots=True)
class DecidedIncome:
    """The figures a grant was made on, kept with it (the income ones are None where the
    service was free regardless of the income, and nothing was declared)."""

    total_kop: int | None
    monthly_kop: int | None
    per_member_kop: int | None
    members: int | None
    minimum_kop: int
    ratio: Decimal
    limit_kop: int
    steps: tuple[str, ...]

    @classmethod
    def of(cls, doc: Mapping[str, Any]) -> DecidedIncome:
        return cls(
            doc.get("total_kop"),
            doc.get("monthly_kop"),
            doc.get("per_member_kop"),
            doc.get("members"),
            int(doc.get("minimum_kop") or 0),
            Decimal(str(doc.get("ratio") or 0)),
            int(doc.get("limit_kop") or 0),
            tuple(doc.get("steps") or ()),
        )

    def as_json(self) -> dict[str, object]:
        """As kept in the decision's row and in a printed decision's snapshot."""
        return {
            "total_kop": self.total_kop,
            "monthly_kop": self.monthly_kop,
            "per_member_kop": self.per_member_kop,
            "members": self.members,
            "minimum_kop": self.minimum_kop,
            "ratio": str(self.ratio),
            "limit_kop": self.limit_kop,
            "steps": list(self.steps),
        }


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision as recorded; a grant with the income figures it was made on."""

    id: str
    case_id: str
    kind: str  # GRANT | REFUSE | TERMINATE
    number: str
    decided_on: dt.date
    delivered_on: dt.date | None
    needs_services: bool
    services: tuple[str, ...]
    ground: str
    payment_category: PaymentCategory | None  # a grant's
    income: DecidedIncome | None  # a grant's


def _decision_of(r: RowMapping) -> Decision:
    return Decision(
        r["id"],
        r["case_id"],
        r["kind"],
        r["number"],
        r["decided_on"],
        r["delivered_on"],
        r["needs_services"],
        tuple(r["services"]),
        r["ground"],
        PaymentCategory(r["payment_category"]) if r["payment_category"] else None,
        DecidedIncome.of(r["income"]) if r["income"] else None,
    )


def latest_decision(conn: Connection, case_id: str) -> Decision | None:
    """The case's latest decision: by the day it was made, then by id (made in time order);
    never by the row's last-change clock, so an edit of an old decision arriving from another
    device does not make it the latest."""
    row = (
        conn.execute(
            select(_decision)
            .where(_decision.c.case_id == case_id, _decision.c.deleted.is_(False))
            .order_by(_decision.c.decided_on.desc(), _decision.c.id.desc())
            .limit(1)
        )
        .mappings()
        .one_or_none()
    )
    return None if row is None else _decision_of(row)


def deliver_decision(uow: UnitOfWork, case_id: str, on: dt.date) -> None:
    """The latest decision was handed or sent to the applicant (3 working days, §1.3)."""
    decision = latest_decision(uow.connection, case_id)
    if decision is None:
        raise ValidationError(noop("Domain", "У справі ще немає рішення."), "decision")
    if on < decision.decided_on:
        raise ValidationError(
            noop("Domain", "Рішення не можна вручити раніше, ніж його ухвалено."), "delivered_on"
        )
    uow.update(CaseDecision, decision.id, {"delivered_on": on})
