"""Finding possible duplicates of a person in the store, offline (rules in domain.duplicates).

Candidates are gathered with indexed lookups only: the РНОКПП index, the document number in
the search index, and the (birth date, sort key) index; the domain rules then decide.
Deleted and merged records are never candidates.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, select

from socdesk.domain.duplicates import Candidate, MatchFields, find_candidates
from socdesk.domain.text import search_fold
from socdesk.store.schema import Person
from socdesk.store.schema.people import live_people

_person = Person.__table__  # type: ignore[attr-defined]
_FIELDS = (
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "rnokpp",
    "document_type",
    "document_number",
)
_DOCUMENT_SQL = "SELECT person_id FROM person_fts WHERE person_fts MATCH ?"


def match_fields(values: Mapping[str, object]) -> MatchFields:
    """The identifying fields of a validated person card (`validate_person(...).values`)."""
    return MatchFields(**{name: values.get(name) or _empty(name) for name in _FIELDS})  # type: ignore[arg-type]


def _empty(name: str) -> object:
    return None if name in ("birth_date", "document_type") else ""


def find_duplicates(
    conn: Connection, new: MatchFields, exclude_id: str | None = None
) -> list[Candidate]:
    """Existing people who may be `new`, strongest rule first (`exclude_id`: the card itself)."""
    conditions = []
    if new.rnokpp:
        conditions.append(_person.c.rnokpp == new.rnokpp)
    if new.birth_date is not None:
        conditions.append(_person.c.birth_date == new.birth_date)
    if new.document_number:
        ids = _ids_with_document(conn, new.document_number)
        if ids:
            conditions.append(_person.c.id.in_(ids))
    found: dict[str, MatchFields] = {}
    for condition in conditions:
        stmt = select(_person.c.id, *(_person.c[f] for f in _FIELDS)).where(
            condition, live_people()
        )
        for row in conn.execute(stmt):
            if row.id != exclude_id:
                found[row.id] = match_fields(dict(row._mapping))
    return find_candidates(new, found.items())


def _ids_with_document(conn: Connection, number: str) -> list[str]:
    token = "".join(ch for ch in search_fold(number) if ch.isalnum())
    if not token:
        return []
    raw = conn.connection.driver_connection
    assert raw is not None
    return [row[0] for row in raw.execute(_DOCUMENT_SQL, (f'idents : "{token}"',))]
