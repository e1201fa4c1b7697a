"""Merge redirects: which record a person's id stands for now.

A merged record is never deleted: it keeps `merged_into`, the survivor's id. Every id that
comes from outside this store's own current rows (a record from sync, a link, a draft, an
import, a reprint, a command's argument) is resolved here before a row is written that names
it or a person is shown for it, so nothing new attaches to a merged record.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import noop
from socdesk.store.schema import Person

_person = Person.__table__  # type: ignore[attr-defined]
MAX_CHAIN = 100


class MergeRefused(ValidationError):
    """The two records cannot be merged; the message says why."""


def resolve_person_id(conn: Connection, person_id: str) -> str:
    """The record that `person_id` now stands for, following merge redirects (an unknown id
    stands for itself)."""
    current = person_id
    for _ in range(MAX_CHAIN):
        target = conn.execute(
            select(_person.c.merged_into).where(_person.c.id == current)
        ).scalar_one_or_none()
        if target is None:
            return current
        current = target
    raise MergeRefused(
        noop("Domain", "Ланцюжок об'єднань записів зациклився; зверніться до координатора.")
    )


def resolve_optional(conn: Connection, person_id: str | None) -> str | None:
    """`resolve_person_id` for a column that may be empty."""
    return resolve_person_id(conn, person_id) if person_id else person_id


def merged_ids(conn: Connection, survivor_id: str) -> list[str]:
    """The survivor and every record merged into it, directly or through others."""
    found, frontier = [survivor_id], [survivor_id]
    while frontier:
        rows = conn.execute(select(_person.c.id).where(_person.c.merged_into.in_(frontier)))
        frontier = [r.id for r in rows if r.id not in found]
        found += frontier
    return found


def any_merged(conn: Connection) -> bool:
    """Whether any record was merged into another (the partial index answers at once)."""
    return (
        conn.execute(
            select(_person.c.id).where(_person.c.merged_into.is_not(None)).limit(1)
        ).first()
        is not None
    )
