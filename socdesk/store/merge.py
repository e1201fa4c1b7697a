"""Merging two records of the same person (об'єднання дублікатів), by a coordinator.

The survivor keeps its values and fills its empty fields from the other record; categories
are united. Every reference to the other record, of every table (cases, forms, service lines,
memberships, printed documents, consents, households' heads, earlier merges, ids inside JSON),
is pointed at the survivor: the list is the schema's (`schema.refs.REFERENCES`), so a new
table cannot be forgotten. If both were in households, the survivor's own household wins and
the other record's stay ends on the day of the merge. The other record is never deleted: it
keeps a syncable `merged_into` redirect, so a replica that still refers to it resolves to the
survivor, and the card's history shows both records' changes (`merged_ids`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, func, select

from socdesk.domain.merges import Redirect, redirects_to_clear
from socdesk.domain.messages import noop
from socdesk.domain.people import HouseholdRole
from socdesk.store.households import leave_household
from socdesk.store.redirects import MergeRefused, merged_ids, resolve_person_id
from socdesk.store.schema import (
    TABLES_BY_NAME,
    Household,
    HouseholdMembership,
    Person,
    SyncColumns,
    references_to,
)
from socdesk.store.schema.refs import ids_in, with_id_replaced
from socdesk.store.uow import UnitOfWork

__all__ = ["MergeRefused", "merge_people", "merged_ids", "repoint_person", "resolve_person_id"]

_person = Person.__table__  # type: ignore[attr-defined]
_household = Household.__table__  # type: ignore[attr-defined]
_membership = HouseholdMembership.__table__  # type: ignore[attr-defined]

# Fields the survivor takes from the other record when its own are empty.
GAP_FIELDS = (
    "patronymic",
    "birth_date",
    "sex",
    "rnokpp",
    "document_type",
    "document_number",
    "unzr",
    "phone",
    "settlement_id",
    "registered_address",
    "actual_address",
    "household_id",
    "household_role",
    "notes",
)


def merge_people(
    uow: UnitOfWork, survivor_id: str, other_id: str, on: dt.date | None = None
) -> None:
    """Merges `other_id` into `survivor_id` in the caller's unit of work (one transaction).

    `on` is the day of the merge (today if not given): a stay of the other record in another
    household than the survivor's ends on it.
    """
    conn = uow.connection
    survivor, other = _live(conn, survivor_id), _live(conn, other_id)
    if survivor["id"] == other["id"]:
        raise MergeRefused(noop("Domain", "Запис не можна об'єднати з самим собою."))
    gaps = {f: other[f] for f in GAP_FIELDS if not survivor[f] and other[f]}
    categories = sorted(set(survivor["categories"]) | set(other["categories"]))
    if categories != survivor["categories"]:
        gaps["categories"] = categories
    uow.update(Person, survivor_id, gaps)
    _one_household(uow, survivor, other, on or dt.date.today())
    repoint_person(uow, other_id, survivor_id)
    uow.update(Person, other_id, {"merged_into": survivor_id})
    # A record merged here is live, so no circle can form; the rule runs all the same, as it
    # does for a remote merge (`settle_redirects`).
    clear_redirect_cycles(uow, [other_id])


def settle_redirects(uow: UnitOfWork, person_ids: Iterable[str]) -> list[str]:
    """Clears every merge redirect that leads in a circle from `person_ids` (the rule of
    `domain.merges.redirects_to_clear`: the latest merge of a circle is undone) and points
    every reference to a merged record of those groups at the group's survivor.

    For the sync applier: call it with the persons whose `merged_into` a batch changed, after
    applying it. Two replicas that merged the same records in opposite directions then clear
    the same redirect and end with the same survivor. Returns the records made live again.
    """
    conn = uow.connection
    person_ids = list(person_ids)
    cleared = clear_redirect_cycles(uow, person_ids)
    survivors = {resolve_person_id(conn, p) for p in person_ids}
    for survivor in sorted(survivors):
        for merged in merged_ids(conn, survivor)[1:]:
            repoint_person(uow, merged, survivor)
    return cleared


def clear_redirect_cycles(uow: UnitOfWork, person_ids: Iterable[str]) -> list[str]:
    """Clears the redirects that `domain.merges.redirects_to_clear` picks among those
    reachable from `person_ids`; returns the records made live again."""
    cleared = redirects_to_clear(_redirects_from(uow.connection, person_ids))
    for record_id in cleared:
        uow.update(Person, record_id, {"merged_into": None})
    return cleared


def repoint_person(uow: UnitOfWork, old: str, new: str) -> int:
    """Points every reference to person `old`, in every table, at `new`; how many rows changed.

    The references are the schema's (`references_to("person")`), ids inside JSON included.
    """
    changed = 0
    for ref in references_to("person"):
        model = TABLES_BY_NAME[ref.table]
        table = model.__table__  # type: ignore[attr-defined]
        column = table.c[ref.column]
        # Ids are UUIDs: a JSON value names one only if its text contains it.
        where = column == old if not ref.json_path else func.instr(column, old) > 0
        for row_id, value in uow.connection.execute(select(table.c.id, column).where(where)):
            new_value = with_id_replaced(ref, value, old, new)
            if new_value != value:
                changed += uow.update(model, row_id, {ref.column: new_value})
    return changed


def resolve_row_references(uow: UnitOfWork, model: type[SyncColumns], row_id: str) -> bool:
    """Points the row's references to merged persons at their survivors (a written change,
    so that it travels); whether anything changed.

    For the sync applier: a record made on a device that had not yet seen a merge may name
    the merged record (a case, a service line, a family member of a declaration).
    """
    table = model.__table__  # type: ignore[attr-defined]
    refs = [r for r in references_to("person") if r.table == table.name]
    if not refs:
        return False
    conn = uow.connection
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().one()
    changes: dict[str, object] = {}
    for ref in refs:
        value = row[ref.column]
        for person_id in ids_in(ref, value):
            survivor = resolve_person_id(conn, person_id)
            if survivor != person_id and not (ref.column == "merged_into" and survivor == row_id):
                value = with_id_replaced(ref, value, person_id, survivor)
        if value != row[ref.column]:
            changes[ref.column] = value
    return bool(changes) and uow.update(model, row_id, changes)


def _redirects_from(conn: Connection, person_ids: Iterable[str]) -> list[Redirect]:
    """Every redirect reachable from `person_ids` by following `merged_into`."""
    found: dict[str, Redirect] = {}
    frontier = set(person_ids)
    while frontier:
        rows = conn.execute(
            select(_person.c.id, _person.c.merged_into, _person.c.field_clocks).where(
                _person.c.id.in_(sorted(frontier)), _person.c.merged_into.is_not(None)
            )
        ).all()
        for row in rows:
            clock = str(row.field_clocks.get("merged_into", ""))
            found[row.id] = Redirect(row.id, row.merged_into, clock)
        frontier = {row.merged_into for row in rows} - set(found)
    return list(found.values())


def _live(conn: Connection, person_id: str) -> dict[str, Any]:
    row = conn.execute(select(_person).where(_person.c.id == person_id)).mappings().one_or_none()
    if row is None:
        raise MergeRefused(noop("Domain", "Одного із записів немає в реєстрі."))
    if row["deleted"]:
        raise MergeRefused(noop("Domain", "Один із записів видалено; його не можна об'єднати."))
    if row["merged_into"]:
        raise MergeRefused(
            noop("Domain", "Один із записів уже об'єднано з іншим; оберіть той, що лишився.")
        )
    return dict(row)


def _one_household(
    uow: UnitOfWork, survivor: dict[str, Any], other: dict[str, Any], on: dt.date
) -> None:
    """At most one open stay for the survivor: its own household wins over the other's."""
    if not survivor["household_id"] or not other["household_id"]:
        return  # the other's household (if any) fills the survivor's gap, stays and all
    if survivor["household_id"] != other["household_id"]:
        leave_household(uow, other["id"], on)  # and the other's household loses its head
        return
    stays = select(_membership.c.id).where(
        _membership.c.person_id == other["id"],
        _membership.c.left_on.is_(None),
        _membership.c.deleted.is_(False),
    )
    for row in uow.connection.execute(stays).all():
        uow.update(HouseholdMembership, row.id, {"left_on": on})
    head = uow.connection.execute(
        select(_household.c.head_id).where(_household.c.id == other["household_id"])
    ).scalar_one_or_none()
    if head == other["id"]:  # the head's two records: the survivor is the head
        uow.update(Person, survivor["id"], {"household_role": HouseholdRole.HEAD.value})
