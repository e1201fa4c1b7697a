"""Subject access (право доступу до своїх даних, Law «Про захист персональних даних» Art. 8;
REFERENCE.md §11): everything this store holds about one person.

The person's record (and the records merged into it), every row that names them, and every
row that names those (their cases' decisions, plans, contracts, service lines, payments,
printed documents…), found from the schema's list of references, so a table added later is
included without being named here; then what was done with those rows: the audit log's
entries (opened, printed, exported, changed: who, when, which fields) and the history of
changed values. Users' secrets and other people's rows are never included.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, select
from sqlmodel import SQLModel

from socdesk.domain.errors import UsageError
from socdesk.domain.messages import noop
from socdesk.store.redirects import merged_ids, resolve_person_id
from socdesk.store.schema import REFERENCES, AuditEntry, FieldHistory

_audit = AuditEntry.__table__  # type: ignore[attr-defined]
_history = FieldHistory.__table__  # type: ignore[attr-defined]
# Tables whose rows describe the worker or the place, not the person, though they name them;
# and other people, who may name this one (a relative): their records are theirs.
_NOT_ABOUT_THE_PERSON = frozenset({"worker", "app_user", "settlement", "household", "person"})
_CHUNK = 500  # ids per IN (...) list


def gather(conn: Connection, person_id: str) -> dict[str, Any]:
    """The person's data as plain JSON-able values: `tables` (name -> rows), `audit` and
    `changes` (the history of access and changes)."""
    survivor = resolve_person_id(conn, person_id)
    found: dict[str, dict[str, dict[str, Any]]] = {}
    person = SQLModel.metadata.tables["person"]
    ids = [survivor, *(i for i in merged_ids(conn, survivor) if i != survivor)]
    found["person"] = {r["id"]: dict(r) for r in _rows(conn, person, person.c.id, ids)}
    if not found["person"]:
        raise UsageError(noop("Domain", "Особи з таким id у сховищі немає (див. socdesk find)."))
    frontier = {"person": set(found["person"])}
    while frontier:  # rows naming the rows found last, table by table, until none are new
        new: dict[str, set[str]] = {}
        for ref in REFERENCES:
            targets = frontier.get(ref.target_table)
            if not targets or ref.json_path or ref.table in _NOT_ABOUT_THE_PERSON:
                continue
            table = SQLModel.metadata.tables[ref.table]
            for row in _rows(conn, table, table.c[ref.column], sorted(targets)):
                rows = found.setdefault(ref.table, {})
                if row["id"] not in rows:
                    rows[row["id"]] = dict(row)
                    new.setdefault(ref.table, set()).add(row["id"])
        frontier = new
    row_ids = sorted({i for rows in found.values() for i in rows})
    return {
        "person_id": survivor,
        "tables": {name: [_plain(r) for r in rows.values()] for name, rows in found.items()},
        "audit": [
            _plain(dict(r)) for r in _rows(conn, _audit, _audit.c.row_id, row_ids, _audit.c.id)
        ],
        "changes": [
            _plain(dict(r))
            for r in _rows(conn, _history, _history.c.row_id, row_ids, _history.c.id)
        ],
    }


def _rows(
    conn: Connection, table: Any, column: Any, ids: list[str], order: Any = None
) -> list[Any]:
    out: list[Any] = []
    for start in range(0, len(ids), _CHUNK):
        stmt = select(table).where(column.in_(ids[start : start + _CHUNK]))
        out.extend(conn.execute(stmt).mappings())
    if order is not None:
        out.sort(key=lambda r: r[order.name])
    return out


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _value(v) for k, v in row.items() if k not in ("field_clocks",)}


def _value(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value
