"""References of one row that name no row (for the sync applier's quarantine)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, select
from sqlmodel import SQLModel

from socdesk.store.schema import REFERENCES, Reference
from socdesk.store.schema.refs import ids_in


def missing_references(
    conn: Connection,
    table_name: str,
    values: Mapping[str, object],
    arriving: Mapping[str, Sequence[str]] | None = None,
) -> list[tuple[Reference, str]]:
    """(reference, id) for every id in `values` (a row of `table_name`, JSON decoded) whose
    target row is neither in the store nor in `arriving` (table -> ids of the same batch).

    Foreign keys and soft references alike: a deferred key that names no row would fail the
    whole batch at COMMIT, so the applier quarantines such a record before that.
    """
    arriving = arriving or {}
    missing: list[tuple[Reference, str]] = []
    for ref in REFERENCES:
        if ref.table != table_name or ref.column not in values:
            continue
        wanted = set(ids_in(ref, values[ref.column])) - set(arriving.get(ref.target_table, ()))
        if not wanted:
            continue
        target = SQLModel.metadata.tables[ref.target_table]
        found = set(conn.execute(select(target.c.id).where(target.c.id.in_(wanted))).scalars())
        missing += [(ref, i) for i in sorted(wanted - found)]
    return missing
