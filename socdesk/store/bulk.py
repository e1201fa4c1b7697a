"""Many rows of one table written with one prepared statement (`executemany`).

`conn.execute(insert(tbl), rows)` builds the parameters of every row through SQLAlchemy's
compiled statement (a dict per row, each value looked up by its bind name): for the sync
applier's tens of thousands of rows that bookkeeping cost more than SQLite's work. Here the
statement is made once per table and set of columns and kept; each row becomes a tuple through
the columns' own bind processors (dates, JSON, booleans as SQLAlchemy would store them), and the
tuples go to the driver in one `executemany`. What SQLAlchemy would add to a row that leaves a
column out (its scalar default) is added the same way; a table with a Python-side default
function or an `onupdate` falls back to SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.dialects import sqlite

from socdesk.store.engine import json_text

_DIALECT = sqlite.dialect(json_serializer=json_text)  # JSON bound as the engine stores it
Processor = Callable[[Any], Any] | None


def _group(rows: Sequence[Mapping[str, Any]]) -> dict[tuple[str, ...], list[Mapping[str, Any]]]:
    groups: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    return groups


@cache
def _insert_plan(
    tbl: Table, keys: tuple[str, ...]
) -> tuple[str, tuple[str, ...], tuple[Processor, ...], dict[str, Any]] | None:
    """The statement, its columns, their processors and the defaults added, or None when
    only SQLAlchemy can fill a missing column (a default made by a function)."""
    defaults: dict[str, Any] = {}
    for column in tbl.columns:
        if column.name in keys or column.default is None:
            continue
        if not column.default.is_scalar:
            return None
        defaults[column.name] = column.default.arg  # type: ignore[attr-defined]
    columns = (*keys, *defaults)
    quoted = ", ".join(quote(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {quote(tbl.name)} ({quoted}) VALUES ({marks})"
    return sql, columns, _processors(tbl, columns), defaults


@cache
def _update_plan(tbl: Table, columns: tuple[str, ...]) -> tuple[str, tuple[Processor, ...]] | None:
    if any(column.onupdate is not None for column in tbl.columns):
        return None
    sets = ", ".join(f"{quote(c)} = ?" for c in columns)
    sql = f"UPDATE {quote(tbl.name)} SET {sets} WHERE id = ?"
    return sql, _processors(tbl, columns)


def quote(name: str) -> str:
    """A name as SQLAlchemy writes it (quoted only where SQLite needs it)."""
    return _DIALECT.identifier_preparer.quote(name)


def _processors(tbl: Table, columns: Sequence[str]) -> tuple[Processor, ...]:
    # The dialect's own type (SQLite's dates are text in its format), as SQLAlchemy binds.
    types = (tbl.c[c].type.dialect_impl(_DIALECT) for c in columns)
    return tuple(t.bind_processor(_DIALECT) for t in types)


def _tuples(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], processors: Sequence[Processor]
) -> list[Any]:
    """Each row's values in the order of `columns`, through the columns' processors (column
    by column, with `map`: a Python loop over every value of every row cost more than the
    processors themselves)."""
    take = itemgetter(*columns)
    out = [take(row) for row in rows] if len(columns) > 1 else [(take(row),) for row in rows]
    if not out or all(p is None for p in processors):
        return out
    values: list[Any] = list(zip(*out, strict=True))  # one tuple per column
    for i, process in enumerate(processors):
        if process is not None:
            values[i] = map(process, values[i])
    return list(zip(*values, strict=True))  # the driver's executemany takes tuples


def insert_many(conn: Connection, tbl: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Inserts `rows` into `tbl` (rows may name different columns)."""
    for keys, group in _group(rows).items():
        plan = _insert_plan(tbl, keys)
        if plan is None:
            conn.execute(insert(tbl), list(group))
            continue
        sql, columns, processors, defaults = plan
        if defaults:
            group = [{**defaults, **row} for row in group]
        conn.exec_driver_sql(sql, _tuples(group, columns, processors))


def update_many(
    conn: Connection, tbl: Table, changes: Sequence[tuple[str, Mapping[str, Any]]]
) -> bool:
    """Sets the given columns of each row `id` (rows grouped by the columns they set); False
    when the table needs SQLAlchemy's own update (nothing written then)."""
    groups: dict[tuple[str, ...], list[tuple[str, Mapping[str, Any]]]] = {}
    for row_id, values in changes:
        groups.setdefault(tuple(sorted(values)), []).append((row_id, values))
    plans = {columns: _update_plan(tbl, columns) for columns in groups}
    if any(plan is None for plan in plans.values()):
        return False
    for columns, group in groups.items():
        sql, processors = plans[columns]  # type: ignore[misc]
        rows = [{**values, "id": row_id} for row_id, values in group]
        conn.exec_driver_sql(sql, _tuples(rows, (*columns, "id"), (*processors, None)))
    return True
