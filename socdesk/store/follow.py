"""The rows that follow a person to another district (рядки, що йдуть за людиною).

A row takes its district from the first of its sources (`SyncColumns.DISTRICT_FROM`) that
has one (store/scope.py). When a person moves, a row follows if that first source is the
person or a row that follows: their cases, consents, memberships, forms, plans, contracts,
service lines and printed documents, but not a household placed by its own settlement. The
rule is the store's, and the server applies it to its copies of the same tables, so the
walk takes the tables it reads as an argument.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Table, select

from socdesk.store.schema import SYNC_TABLES, TABLES_BY_NAME

PERSON = "person"
DISTRICT = "district_id"
# table -> (child table, column) pairs whose rows may take their district from it (the server
# imports this module, so it reads the schema rather than store.scope, which needs the uow)
_CHILDREN: dict[str, list[tuple[str, str]]] = {}
for _model in SYNC_TABLES:
    for _column, _parent in _model.DISTRICT_FROM:
        _CHILDREN.setdefault(_parent, []).append((_model.__table__.name, _column))  # type: ignore[attr-defined]


def followers(
    conn: Connection, tables: Mapping[str, Table], person_id: str
) -> list[tuple[str, dict[str, Any]]]:
    """The person's row and every row that follows them, parents before children, as (table
    name, row); empty if there is no such person."""
    person = conn.execute(select(tables[PERSON]).where(tables[PERSON].c.id == person_id)).first()
    if person is None:
        return []
    found: list[tuple[str, dict[str, Any]]] = [(PERSON, dict(person._mapping))]
    moving = {(PERSON, person_id)}
    queue = [(PERSON, person_id)]
    while queue:
        parent_table, parent_id = queue.pop(0)
        for name, column in _CHILDREN.get(parent_table, []):
            table = tables[name]
            for row in conn.execute(select(table).where(table.c[column] == parent_id)):
                values = dict(row._mapping)
                key = (name, values["id"])
                if key in moving or _source(conn, tables, name, values) not in moving:
                    continue
                moving.add(key)
                found.append((name, values))
                queue.append(key)
    return found


def _source(
    conn: Connection, tables: Mapping[str, Table], name: str, row: Mapping[str, Any]
) -> tuple[str, str] | None:
    """The row the district of `row` comes from: its first source that has a district."""
    for column, parent in TABLES_BY_NAME[name].DISTRICT_FROM:
        parent_id = row.get(column)
        if not parent_id:
            continue
        table = tables[parent]
        district = conn.execute(
            select(table.c[DISTRICT]).where(table.c.id == parent_id)
        ).scalar_one_or_none()
        if district:
            return (parent, str(parent_id))
    return None
