"""The individual plan of a case and its revisions, as typed rows: which revision is current,
saving a new one, what a revision changed."""

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
from socdesk.store.cases import unknown_services
from socdesk.store.casework.case import case_header
from socdesk.store.schema import CarePlan
from socdesk.store.uow import UnitOfWork

_plan = CarePlan.__table__  # type: ignore[attr-defined]


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

    def as_json(self) -> dict[str, object]:
        """As kept in the plan's row and in a printed plan's snapshot."""
        return {
            "person_id": self.person_id,
            "code": self.code,
            "measure": self.measure,
            "place": self.place,
            "frequency": self.frequency,
            "volume": str(self.volume),
            "responsible": self.responsible,
            "until": self.until.isoformat() if self.until else None,
        }

    def stripped(self) -> PlanMeasure:
        return PlanMeasure(
            self.person_id,
            self.code,
            self.measure.strip(),
            self.frequency.strip(),
            self.volume,
            self.responsible.strip(),
            self.place.strip(),
            self.until,
        )


@dataclass(frozen=True, slots=True)
class PlanDraft:
    made_on: dt.date
    review_on: dt.date
    goals: tuple[str, ...]
    measures: tuple[PlanMeasure, ...]
    need_degree: str = ""
    participation: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
    """One revision of the case's individual plan, as recorded."""

    id: str
    case_id: str
    revision: int
    made_on: dt.date
    review_on: dt.date
    need_degree: str
    goals: tuple[str, ...]
    measures: tuple[PlanMeasure, ...]
    participation: str
    review_result: str  # "" for the first; unchanged | changed for a review
    supersedes_id: str | None

    def volumes(self) -> dict[str, Decimal]:
        """The monthly volume of each service the plan provides (its measures summed by
        code): what a contract signed under this plan provides at most."""
        found: dict[str, Decimal] = {}
        for m in self.measures:
            found[m.code] = found.get(m.code, Decimal(0)) + m.volume
        return found


def _measure_of(m: Mapping[str, Any]) -> PlanMeasure:
    until = m.get("until")
    return PlanMeasure(
        str(m["person_id"]),
        str(m["code"]),
        str(m["measure"]),
        str(m["frequency"]),
        Decimal(str(m["volume"])),
        str(m["responsible"]),
        str(m.get("place", "")),
        dt.date.fromisoformat(until) if until else None,
    )


def _plan_of(r: RowMapping) -> Plan:
    return Plan(
        r["id"],
        r["case_id"],
        r["revision"],
        r["made_on"],
        r["review_on"],
        r["need_degree"],
        tuple(r["goals"]),
        tuple(_measure_of(m) for m in r["measures"]),
        r["participation"],
        r["review_result"],
        r["supersedes_id"],
    )


# The order of revisions: by number, then by the day each was made, then by id (made in time
# order) should two devices each have made the same number; never by the last-change clock.
_ORDER = (_plan.c.revision, _plan.c.made_on, _plan.c.id)


def latest_plan(conn: Connection, case_id: str) -> Plan | None:
    """The current revision of the case's plan, or None."""
    row = (
        conn.execute(
            select(_plan)
            .where(_plan.c.case_id == case_id, _plan.c.deleted.is_(False))
            .order_by(*(c.desc() for c in _ORDER))
            .limit(1)
        )
        .mappings()
        .one_or_none()
    )
    return None if row is None else _plan_of(row)


def plan_revisions(conn: Connection, case_id: str) -> list[Plan]:
    """Every revision of the case's plan, the first first."""
    rows = conn.execute(
        select(_plan)
        .where(_plan.c.case_id == case_id, _plan.c.deleted.is_(False))
        .order_by(*_ORDER)
    ).mappings()
    return [_plan_of(r) for r in rows]


def save_plan(uow: UnitOfWork, case_id: str, draft: PlanDraft) -> str:
    """A new revision of the case's individual plan (the first, or one after a review); the
    earlier revisions stay, to compare."""
    conn = uow.connection
    header = case_header(conn, case_id)
    if header.state not in (CaseState.GRANTED, CaseState.REVIEW, CaseState.PROVIDING):
        raise ValidationError(
            noop(
                "Domain",
                "Індивідуальний план складають після рішення про надання або під час перегляду.",
            ),
            "state",
        )
    if not [g for g in draft.goals if g.strip()]:
        raise ValidationError(noop("Domain", "Зазначте хоча б одну мету плану."), "goals")
    if not draft.measures:
        raise ValidationError(noop("Domain", "Додайте до плану хоча б один захід."), "measures")
    if draft.review_on <= draft.made_on:
        raise ValidationError(
            noop("Domain", "Дата перегляду плану має бути пізнішою за дату складання."), "review_on"
        )
    unknown = unknown_services(conn, [m.code for m in draft.measures], draft.made_on)
    for number, m in enumerate(draft.measures, 1):
        if m.code in unknown:
            raise ValidationError(
                fill(
                    noop("Domain", "Захід %1: коду «%2» немає в Класифікаторі соціальних послуг."),
                    number,
                    m.code,
                ),
                "measures",
            )
        if not m.measure.strip() or not m.responsible.strip():
            raise ValidationError(
                fill(
                    noop("Domain", "Захід %1: зазначте, що саме робиться і хто відповідає."),
                    m.code,
                ),
                "measures",
            )
        if m.volume < 0:
            raise ValidationError(
                fill(noop("Domain", "Захід %1: обсяг не може бути від'ємним."), number), "measures"
            )
    previous = latest_plan(conn, case_id)
    measures = tuple(m.stripped() for m in draft.measures)
    goals = tuple(g.strip() for g in draft.goals if g.strip())
    result = ""
    if previous is not None:
        same = previous.measures == measures and previous.goals == goals
        result = "unchanged" if same else "changed"
    return uow.insert(
        CarePlan,
        {
            "case_id": case_id,
            "revision": (previous.revision + 1) if previous is not None else 1,
            "made_on": draft.made_on,
            "review_on": draft.review_on,
            "need_degree": draft.need_degree.strip(),
            "goals": list(goals),
            "measures": [m.as_json() for m in measures],
            "participation": draft.participation.strip(),
            "review_result": result,
            "supersedes_id": previous.id if previous is not None else None,
            "district_id": header.district_id,
        },
    )


def plan_changes(older: Plan, newer: Plan) -> list[str]:
    """What a revision changed, as lines a person reads: goals and measures added or removed,
    the review date."""
    lines = []
    for goal in newer.goals:
        if goal not in older.goals:
            lines.append(fill(noop("Domain", "+ мета: %1"), goal))
    for goal in older.goals:
        if goal not in newer.goals:
            lines.append(fill(noop("Domain", "− мета: %1"), goal))

    def key(m: PlanMeasure) -> str:
        return f"{m.code} {m.measure}, {m.frequency}, {m.volume}, {m.responsible}"

    old_m, new_m = [key(m) for m in older.measures], [key(m) for m in newer.measures]
    lines += [fill(noop("Domain", "+ захід: %1"), m) for m in new_m if m not in old_m]
    lines += [fill(noop("Domain", "− захід: %1"), m) for m in old_m if m not in new_m]
    if older.review_on != newer.review_on:
        lines.append(
            fill(
                noop("Domain", "перегляд: %1 → %2"),
                f"{older.review_on:%d.%m.%Y}",
                f"{newer.review_on:%d.%m.%Y}",
            )
        )
    return lines
