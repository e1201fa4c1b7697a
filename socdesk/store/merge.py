"""Merging two records of the same person (об'єднання дублікатів), by a coordinator.

The survivor keeps its values and fills its empty fields from the other record; categories
are united. Everything that pointed to the other record (consents, a household's head, earlier
merges) is pointed at the survivor. The other record is never deleted: it keeps a syncable
`merged_into` redirect, so a replica that still refers to it resolves to the survivor, and the
card's history shows both records' changes (`merged_ids`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from socdesk.domain.errors import ValidationError
from socdesk.store.schema import Consent, Household, Person
from socdesk.store.uow import UnitOfWork

_person = Person.__table__  # type: ignore[attr-defined]
_consent = Consent.__table__  # type: ignore[attr-defined]
_household = Household.__table__  # type: ignore[attr-defined]

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
MAX_CHAIN = 100


class MergeRefused(ValidationError):
    """The two records cannot be merged; the message says why."""


def resolve_person_id(conn: Connection, person_id: str) -> str:
    """The record that `person_id` now stands for, following merge redirects."""
    current = person_id
    for _ in range(MAX_CHAIN):
        target = conn.execute(
            select(_person.c.merged_into).where(_person.c.id == current)
        ).scalar_one_or_none()
        if target is None:
            return current
        current = target
    raise MergeRefused("Ланцюжок об'єднань записів зациклився; зверніться до координатора.")


def merged_ids(conn: Connection, survivor_id: str) -> list[str]:
    """The survivor and every record merged into it, directly or through others."""
    found, frontier = [survivor_id], [survivor_id]
    while frontier:
        rows = conn.execute(select(_person.c.id).where(_person.c.merged_into.in_(frontier)))
        frontier = [r.id for r in rows if r.id not in found]
        found += frontier
    return found


def merge_people(uow: UnitOfWork, survivor_id: str, other_id: str) -> None:
    """Merges `other_id` into `survivor_id` in the caller's unit of work (one transaction)."""
    conn = uow.connection
    survivor, other = _live(conn, survivor_id), _live(conn, other_id)
    if survivor["id"] == other["id"]:
        raise MergeRefused("Запис не можна об'єднати з самим собою.")
    gaps = {f: other[f] for f in GAP_FIELDS if not survivor[f] and other[f]}
    categories = sorted(set(survivor["categories"]) | set(other["categories"]))
    if categories != survivor["categories"]:
        gaps["categories"] = categories
    uow.update(Person, survivor_id, gaps)
    _repoint(uow, conn, other_id, survivor_id)
    uow.update(Person, other_id, {"merged_into": survivor_id})


def _live(conn: Connection, person_id: str) -> dict[str, Any]:
    row = conn.execute(select(_person).where(_person.c.id == person_id)).mappings().one_or_none()
    if row is None:
        raise MergeRefused("Одного із записів немає в реєстрі.")
    if row["deleted"]:
        raise MergeRefused("Один із записів видалено; його не можна об'єднати.")
    if row["merged_into"]:
        raise MergeRefused("Один із записів уже об'єднано з іншим; оберіть той, що лишився.")
    return dict(row)


def _repoint(uow: UnitOfWork, conn: Connection, old: str, new: str) -> None:
    for row in conn.execute(select(_consent.c.id).where(_consent.c.person_id == old)).all():
        uow.update(Consent, row.id, {"person_id": new})
    for row in conn.execute(select(_household.c.id).where(_household.c.head_id == old)).all():
        uow.update(Household, row.id, {"head_id": new})
    for row in conn.execute(select(_person.c.id).where(_person.c.merged_into == old)).all():
        uow.update(Person, row.id, {"merged_into": new})
