"""Sync scope: the starosta district of every syncable row, derived by the store.

Sync sends a device the rows of its districts, so a row's `district_id` must never depend on
what a screen passed in. Each table declares where its district comes from
(`SyncColumns.DISTRICT_FROM`: a person from their settlement, a case from its person, a
service line from its case, …); the unit of work calls `Scope.place` for every new row and
`Scope.rescope` for every update, so the rule lives here once. A row whose district changes
re-scopes the rows that take theirs from it, through the unit of work, so the change travels
as ordinary change records (a person who moves to another district takes their cases,
consents, service lines and printed documents along).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, select

from socdesk.store.schema import SYNC_TABLES, TABLES_BY_NAME, SyncColumns

if TYPE_CHECKING:
    from socdesk.store.uow import UnitOfWork

DISTRICT = "district_id"


def _table(model: type[SyncColumns]) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


@functools.cache
def dependants(table_name: str) -> tuple[tuple[type[SyncColumns], str], ...]:
    """(table, column) pairs whose rows take their district from a row of `table_name`."""
    return tuple(
        (model, column)
        for model in SYNC_TABLES
        for column, parent in model.DISTRICT_FROM
        if parent == table_name
    )


def scope_sources(model: type[SyncColumns]) -> tuple[tuple[str, type[SyncColumns]], ...]:
    """The table's declared sources, as (column, parent table) pairs (checked by the tests)."""
    return tuple((column, TABLES_BY_NAME[parent]) for column, parent in model.DISTRICT_FROM)


class Scope:
    """Districts of the rows a unit of work reads or writes, remembered for its length.

    Every syncable row a unit of work buffers is placed here first, so a lookup that misses
    this cache finds the row in the database without flushing the buffer (which would cost
    the batched inserts their one statement per table).
    """

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._known: dict[tuple[str, str], str | None] = {}

    def place(self, model: type[SyncColumns], row: dict[str, Any]) -> None:
        """Sets a new row's district from its sources (ignoring one the writer gave, unless
        the table keeps a given one), and remembers it."""
        if model.DISTRICT_FROM:
            given = row.get(DISTRICT) if model.DISTRICT_GIVEN_IF_UNPLACED else None
            row[DISTRICT] = self._derive(model, row) or given
        self._known[(_table(model).name, row["id"])] = row.get(DISTRICT)

    def rescope(
        self,
        model: type[SyncColumns],
        current: Mapping[Any, Any],
        values: Mapping[str, Any],
        changed: dict[str, Any],
    ) -> dict[str, Any]:
        """The changed fields of an update with the row's district set right: recomputed when
        a source column or the district is written, a given district overridden."""
        if model.DISTRICT_FROM and (
            DISTRICT in values or any(c in values for c, _ in model.DISTRICT_FROM)
        ):
            district = self._derive(model, {**current, **values})
            if district is None and model.DISTRICT_GIVEN_IF_UNPLACED:
                district = values.get(DISTRICT) or current[DISTRICT]
            changed = {k: v for k, v in changed.items() if k != DISTRICT}
            if district != current[DISTRICT]:
                changed[DISTRICT] = district
        key = (_table(model).name, str(current["id"]))
        self._known[key] = changed.get(DISTRICT, current[DISTRICT])
        return changed

    def cascade(
        self, uow: UnitOfWork, model: type[SyncColumns], row_id: str, changed: Mapping[str, Any]
    ) -> None:
        """After an update that moved a row to another district, the rows that take their
        district from it follow (each through the unit of work, so each change travels)."""
        if DISTRICT not in changed:
            return
        district = changed[DISTRICT]
        for child, column in dependants(_table(model).name):
            tbl = _table(child)
            ids = uow.connection.execute(select(tbl.c.id).where(tbl.c[column] == row_id))
            for child_id in ids.scalars().all():
                uow.update(child, child_id, {DISTRICT: district})

    def _derive(self, model: type[SyncColumns], row: Mapping[str, Any]) -> str | None:
        for column, parent in model.DISTRICT_FROM:
            parent_id = row.get(column)
            if parent_id:
                district = self._district_of(parent, str(parent_id))
                if district:
                    return district
        return None

    def _district_of(self, table_name: str, row_id: str) -> str | None:
        key = (table_name, row_id)
        if key not in self._known:
            tbl = _table(TABLES_BY_NAME[table_name])
            stmt = select(tbl.c.district_id).where(tbl.c.id == row_id)
            self._known[key] = self._conn.execute(stmt).scalar_one_or_none()
        return self._known[key]
