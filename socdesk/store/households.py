"""Households (домогосподарства): who lives together, with whom as head, and since when.

A person is in at most one household at a time. Joining another one closes the open stay and
opens a new one, so the history is kept (`household_membership`); the person's current
household and role are also fields of the person, which lists and sync read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop
from socdesk.domain.people import HouseholdRole
from socdesk.store.redirects import resolve_person_id
from socdesk.store.schema import Household, HouseholdMembership, Person
from socdesk.store.schema.people import live_people
from socdesk.store.uow import UnitOfWork

_person = Person.__table__  # type: ignore[attr-defined]
_household = Household.__table__  # type: ignore[attr-defined]
_membership = HouseholdMembership.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Stay:
    """One stay of a person in a household."""

    household_id: str
    role: HouseholdRole
    joined_on: dt.date
    left_on: dt.date | None


def join_household(
    uow: UnitOfWork, person_id: str, household_id: str, role: HouseholdRole, on: dt.date
) -> None:
    """Puts a person in a household from `on` (leaving the one they were in, if any). A
    household has one head: `make_head` hands the role over."""
    conn = uow.connection
    person_id = resolve_person_id(conn, person_id)  # a merged record: its survivor
    if role is HouseholdRole.HEAD:
        _check_no_other_head(conn, household_id, person_id)
    current = _open_stay(conn, person_id)
    if current is not None and current.household_id == household_id and current.role is role:
        return
    if current is not None:
        leave_household(uow, person_id, on)
    uow.insert(
        HouseholdMembership,
        {
            "person_id": person_id,
            "household_id": household_id,
            "role": role.value,
            "joined_on": on,
        },
    )
    uow.update(Person, person_id, {"household_id": household_id, "household_role": role.value})
    if role is HouseholdRole.HEAD:
        uow.update(Household, household_id, {"head_id": person_id})


def make_head(uow: UnitOfWork, person_id: str, household_id: str, on: dt.date) -> None:
    """Makes the person the household's head from `on`; the head before stays in it as
    another relative (one head per household)."""
    for member_id, role in members(uow.connection, household_id):
        if role is HouseholdRole.HEAD and member_id != person_id:
            join_household(uow, member_id, household_id, HouseholdRole.OTHER_RELATIVE, on)
    join_household(uow, person_id, household_id, HouseholdRole.HEAD, on)


def _check_no_other_head(conn: Connection, household_id: str, person_id: str) -> None:
    head = conn.execute(
        select(_person.c.surname, _person.c.given_name).where(
            _person.c.household_id == household_id,
            _person.c.household_role == HouseholdRole.HEAD.value,
            _person.c.id != person_id,
            live_people(),
        )
    ).first()
    if head is not None:
        raise ValidationError(
            fill(
                noop(
                    "Domain",
                    "У домогосподарстві вже є голова: %1. Щоб головою стала інша особа, "
                    "скористайтеся «Зробити головою»: попередній голова залишиться членом "
                    "домогосподарства.",
                ),
                f"{head.surname} {head.given_name}",
            ),
            "household_role",
        )


def leave_household(uow: UnitOfWork, person_id: str, on: dt.date) -> None:
    """Ends the person's stay in their household on `on`."""
    conn = uow.connection
    rows = conn.execute(
        select(_membership.c.id, _membership.c.household_id).where(
            _membership.c.person_id == person_id,
            _membership.c.left_on.is_(None),
            _membership.c.deleted.is_(False),
        )
    ).all()
    for row in rows:
        uow.update(HouseholdMembership, row.id, {"left_on": on})
        head = conn.execute(
            select(_household.c.head_id).where(_household.c.id == row.household_id)
        ).scalar_one()
        if head == person_id:
            uow.update(Household, row.household_id, {"head_id": None})
    uow.update(Person, person_id, {"household_id": None, "household_role": None})


def members(conn: Connection, household_id: str) -> list[tuple[str, HouseholdRole]]:
    """(person id, role) of everyone in the household now, head first, then alphabetically."""
    rows = conn.execute(
        select(_person.c.id, _person.c.household_role, _person.c.sort_key).where(
            _person.c.household_id == household_id, live_people()
        )
    ).all()
    ordered = sorted(rows, key=lambda r: (r.household_role != HouseholdRole.HEAD.value, r.sort_key))
    return [(r.id, HouseholdRole(r.household_role)) for r in ordered]


def history(conn: Connection, person_id: str) -> list[Stay]:
    """Every stay of the person in a household, oldest first: by the day it began, then by id
    (made in time order), never by the row's last-change clock."""
    rows = conn.execute(
        select(_membership)
        .where(_membership.c.person_id == person_id, _membership.c.deleted.is_(False))
        .order_by(_membership.c.joined_on, _membership.c.id)
    ).mappings()
    return [
        Stay(r["household_id"], HouseholdRole(r["role"]), r["joined_on"], r["left_on"])
        for r in rows
    ]


def _open_stay(conn: Connection, person_id: str) -> Stay | None:
    stays = [s for s in history(conn, person_id) if s.left_on is None]
    return stays[-1] if stays else None


def settle_head(uow: UnitOfWork, household_id: str) -> bool:
    """Leaves the household one head; whether anything changed.

    Two devices may each make a different member head (each refused a second head, but
    neither knew of the other's). The household's `head_id` field has converged by clock, so
    every replica takes it as the head (or, when it names no member, the member claiming to
    be head with the smallest id); any other member claiming to be head becomes another
    relative, as «Зробити головою» leaves a former head. Ordinary changes, the same on every
    replica; the stays' history is kept as it is.
    """
    conn = uow.connection
    head_id = conn.execute(
        select(_household.c.head_id).where(_household.c.id == household_id)
    ).scalar()
    claimants = sorted(
        conn.execute(
            select(_person.c.id).where(
                _person.c.household_id == household_id,
                _person.c.household_role == HouseholdRole.HEAD.value,
                live_people(),
            )
        ).scalars()
    )
    if not claimants or claimants == [head_id]:
        return False
    head = head_id if head_id in claimants else claimants[0]
    if head != head_id:
        uow.update(Household, household_id, {"head_id": head})
    for person_id in claimants:
        if person_id == head:
            continue
        uow.update(Person, person_id, {"household_role": HouseholdRole.OTHER_RELATIVE.value})
        stays = conn.execute(
            select(_membership.c.id).where(
                _membership.c.person_id == person_id,
                _membership.c.household_id == household_id,
                _membership.c.left_on.is_(None),
                _membership.c.deleted.is_(False),
            )
        ).scalars()
        for stay in list(stays):
            uow.update(HouseholdMembership, stay, {"role": HouseholdRole.OTHER_RELATIVE.value})
    return True


def households_of(conn: Connection, person_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Of these people, those in a household now: person id -> (household id, the name of
    its head, "" if it has none), so a list can say where each one lives before a move."""
    found = {
        r.id: r.household_id
        for r in conn.execute(
            select(_person.c.id, _person.c.household_id).where(
                _person.c.id.in_(person_ids), _person.c.household_id.is_not(None), live_people()
            )
        )
    }
    heads = {
        r.household_id: " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p)
        for r in conn.execute(
            select(
                _person.c.household_id,
                _person.c.surname,
                _person.c.given_name,
                _person.c.patronymic,
            ).where(
                _person.c.household_id.in_(set(found.values())),
                _person.c.household_role == HouseholdRole.HEAD.value,
                live_people(),
            )
        )
    }
    return {pid: (hid, heads.get(hid, "")) for pid, hid in found.items()}
