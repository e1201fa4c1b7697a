"""A person's history of changes (історія змін): who, when, which field, old → new.

Values come from `field_history` (kept by the unit of work on every update), the creation of
each record from the audit log. A merged person's history includes the records merged into it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, select

from socdesk.store.database import SYSTEM_USER
from socdesk.store.merge import merged_ids
from socdesk.store.schema import AppUser, AuditEntry, FieldHistory

_history = FieldHistory.__table__  # type: ignore[attr-defined]
_audit = AuditEntry.__table__  # type: ignore[attr-defined]
_users = AppUser.__table__  # type: ignore[attr-defined]
CREATED = ""  # the `field` of the entry that says a record was created
# Bookkeeping the card does not show: it follows from the fields that are shown.
HIDDEN_FIELDS = frozenset({"sort_key", "household_id"})


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: dt.datetime  # UTC
    user: str  # the user's name as this workplace knows it
    record_id: str
    field: str  # CREATED for the record's creation
    old: object
    new: object


def person_history(conn: Connection, person_id: str) -> list[HistoryEntry]:
    """Newest first. Users of other devices (after sync) are shown by a short id."""
    ids = merged_ids(conn, person_id)
    names = {r.id: r.display_name for r in conn.execute(select(_users.c.id, _users.c.display_name))}
    names[SYSTEM_USER] = "ключ відновлення"
    entries = [
        HistoryEntry(
            _at(r.at), _name(names, r.user), r.row_id, r.field, json.loads(r.old), json.loads(r.new)
        )
        for r in conn.execute(
            select(_history).where(
                _history.c.table_name == "person",
                _history.c.row_id.in_(ids),
                _history.c.field.not_in(HIDDEN_FIELDS),
            )
        )
    ]
    entries += [
        HistoryEntry(_at(r.at), _name(names, r.user), r.row_id, CREATED, None, None)
        for r in conn.execute(
            select(_audit.c.at, _audit.c.user, _audit.c.row_id).where(
                _audit.c.table_name == "person",
                _audit.c.action == "insert",
                _audit.c.row_id.in_(ids),
            )
        )
    ]
    return sorted(entries, key=lambda e: (e.at, e.field != CREATED), reverse=True)


def _at(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def _name(names: dict[str, str], user_id: str) -> str:
    return names.get(user_id) or f"користувач {user_id[:8]}"
