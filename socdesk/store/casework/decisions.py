"""The decisions of a case (grant, refuse, terminate) as typed rows; which one is the latest;
handing it over. Making one is a move of the case: `moves.decide`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, select

from socdesk.domain.errors import ValidationError
from socdesk.domain.payment import PaymentCategory
from socdesk.store.schema import CaseDecision
from socdesk.store.uow import UnitOfWork

_decision = CaseDecision.__table__  # type: ignore[attr-defined]

GRANT, REFUSE, TERMINATE = "grant", "refuse", "terminate"


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision as recorded. `income` holds the figures a grant was made on (JSON as kept:
    total_kop, monthly_kop, per_member_kop, members, minimum_kop, ratio, limit_kop, steps)."""

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
    income: Mapping[str, Any]


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
        dict(r["income"] or {}),
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
        raise ValidationError("У справі ще немає рішення.", "decision")
    if on < decision.decided_on:
        raise ValidationError("Рішення не можна вручити раніше, ніж його ухвалено.", "delivered_on")
    uow.update(CaseDecision, decision.id, {"delivered_on": on})
