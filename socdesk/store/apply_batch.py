"""What the applier reads and writes for one chunk of records, at once (`store.replica`).

Applying record by record cost a dozen statements each (seen before? the row, its references,
the device's sequence, the spoke's own changes, then the row and the log): a few hundred
records a second. A `Batch` reads all of that for a chunk with one statement per kind and
table, keeps the rows it touches as working copies (so a later record of the same chunk sees
an earlier one), and writes the chunk's new rows, changed fields and log entries with one
`executemany` per table and column set. The rules stay in `store.replica`; this is only where
they read and write.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.exc import DBAPIError

from socdesk.domain.changes import ChangeRecord, OutboxState, fields_from_json
from socdesk.store.bulk import insert_many, quote, update_many
from socdesk.store.schema import TABLES_BY_NAME, ChangeLogEntry, OutboxEntry
from socdesk.store.uow import utc_now_text

_log: Table = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]
IN_CHUNK = 400  # ids per IN (...) list, well under SQLite's limit of bound variables
# A batch of this many records applies with a page cache of this many KiB (`cache_raised`).
LARGE_BATCH, LARGE_CACHE_KIB = 20_000, 131_072


@contextlib.contextmanager
def cache_raised(conn: Connection, records: int) -> Iterator[None]:
    """A large batch writes the pages of every index of the tables it fills, of the change log
    and of the audit log, again and again; with the connection's usual cache (16 MB) they were
    spilled, read back and decrypted anew. For a batch of `LARGE_BATCH` records or more the
    cache is raised to `LARGE_CACHE_KIB` (memory only for pages the batch touches) and put back
    after it, also when it fails; the usual cache then keeps what it has room for. 158,516
    records into a 50,000-recipient store: CPU 27.3 -> 24.0 s, commit +0.5 s."""
    if records < LARGE_BATCH:
        yield
        return
    usual = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{LARGE_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(DBAPIError):
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(usual or 0)}")


def _chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(chunk: Sequence[Any]) -> str:
    """The placeholders of an IN list (the statements here are plain SQL: SQLAlchemy's
    expanding IN recompiled each list, a third of what reading a chunk cost)."""
    return ", ".join("?" * len(chunk))


def logged(conn: Connection, change_ids: Sequence[str]) -> set[str]:
    """Which of `change_ids` the change log holds already (applied before)."""
    found: set[str] = set()
    ids = sorted(set(change_ids))
    for chunk in _chunks(ids):
        sql = f"SELECT change_id FROM {_log.name} WHERE change_id IN ({_marks(chunk)})"
        found.update(conn.exec_driver_sql(sql, tuple(chunk)).scalars())
    return found


@cache
def foreign_keys(tbl: Table) -> dict[str, Table]:
    """Columns of `tbl` that are foreign keys, with the table each points to."""
    return {column.name: fk.column.table for column in tbl.columns for fk in column.foreign_keys}


class Batch:
    def __init__(self, conn: Connection, records: Sequence[ChangeRecord], *, hub: bool) -> None:
        self.conn = conn
        self._digests = self._read_digests(records)
        self._sequences = self._read_sequences(records)
        self._rows = self._read_rows(records)
        self._known = self._read_references(records)
        self._own = {} if hub else self._read_own(records)
        self._inserts: dict[str, list[dict[str, Any]]] = {}
        self._updates: dict[tuple[str, str], dict[str, Any]] = {}
        self._logs: list[dict[str, Any]] = []
        self.logged: dict[str, list[ChangeRecord]] = {}  # row id -> records applied here

    # ------------------------------------------------------------------ reading, once
    def _read_digests(self, records: Sequence[ChangeRecord]) -> dict[str, str]:
        found: dict[str, str] = {}
        ids = sorted({r.change_id for r in records})
        for chunk in _chunks(ids):
            sql = f"SELECT change_id, digest FROM {_log.name} WHERE change_id IN ({_marks(chunk)})"
            found.update(self.conn.exec_driver_sql(sql, tuple(chunk)).all())
        return found

    def _read_sequences(self, records: Sequence[ChangeRecord]) -> dict[tuple[str, int], str]:
        found: dict[tuple[str, int], str] = {}
        spans: dict[str, set[int]] = {}
        for r in records:
            spans.setdefault(r.device, set()).add(r.seq)
        for device, seqs in spans.items():
            # By the numbers themselves: a chunk in clock order spans a device's whole
            # sequence, and a range would read every record of that device logged so far.
            for chunk in _chunks(sorted(seqs)):
                sql = (
                    f"SELECT device_seq, change_id FROM {_log.name} "
                    f"WHERE device = ? AND device_seq IN ({_marks(chunk)})"
                )
                found.update(
                    ((device, seq), change_id)
                    for seq, change_id in self.conn.exec_driver_sql(sql, (device, *chunk))
                )
        return found

    def _read_rows(self, records: Sequence[ChangeRecord]) -> dict[tuple[str, str], dict[str, Any]]:
        wanted: dict[str, set[str]] = {}
        for r in records:
            if r.table in TABLES_BY_NAME:
                wanted.setdefault(r.table, set()).add(r.row_id)
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for name, ids in wanted.items():
            tbl: Table = TABLES_BY_NAME[name].__table__  # type: ignore[attr-defined]
            for chunk in _chunks(sorted(ids)):
                # Which exist, by plain SQL first: most records of a large batch make new
                # rows, and SQLAlchemy's typed select cost more than SQLite's lookups.
                sql = f"SELECT id FROM {quote(name)} WHERE id IN ({_marks(chunk)})"
                found = list(self.conn.exec_driver_sql(sql, tuple(chunk)).scalars())
                if not found:
                    continue
                for row in self.conn.execute(select(tbl).where(tbl.c.id.in_(found))).mappings():
                    rows[(name, row["id"])] = dict(row)
        return rows

    def _read_references(self, records: Sequence[ChangeRecord]) -> dict[str, set[str]]:
        wanted: dict[str, set[str]] = {}
        for r in records:
            table = TABLES_BY_NAME.get(r.table)
            if table is None:
                continue
            for column, target in foreign_keys(table.__table__).items():  # type: ignore[attr-defined]
                change = r.fields.get(column)
                if change is not None and isinstance(change.value, str):
                    wanted.setdefault(target.name, set()).add(change.value)
        known: dict[str, set[str]] = {}
        for name, ids in wanted.items():
            found = known.setdefault(name, set())
            for chunk in _chunks(sorted(ids)):
                sql = f"SELECT id FROM {quote(name)} WHERE id IN ({_marks(chunk)})"
                found.update(self.conn.exec_driver_sql(sql, tuple(chunk)).scalars())
        return known

    def _read_own(self, records: Sequence[ChangeRecord]) -> dict[tuple[str, str], dict[str, str]]:
        own: dict[tuple[str, str], dict[str, str]] = {}
        ids = sorted({r.row_id for r in records})
        for chunk in _chunks(ids):
            sql = (
                f"SELECT table_name, row_id, fields_json FROM {_outbox.name} "
                f"WHERE row_id IN ({_marks(chunk)}) AND state < ?"
            )
            for table_name, row_id, fields_json in self.conn.exec_driver_sql(
                sql, (*chunk, int(OutboxState.ACKNOWLEDGED))
            ):
                clocks = own.setdefault((table_name, row_id), {})
                for name, change in fields_from_json(fields_json).items():
                    clocks[name] = max(clocks.get(name, ""), change.hlc)
        return own

    # ------------------------------------------------------------------ answers
    def digest(self, change_id: str) -> str | None:
        return self._digests.get(change_id)

    def sequence_owner(self, device: str, seq: int) -> str | None:
        return self._sequences.get((device, seq))

    def row(self, table_name: str, row_id: str) -> dict[str, Any] | None:
        """The row as it stands after what this chunk did so far (None: no such row)."""
        return self._rows.get((table_name, row_id))

    def exists(self, target: Table, row_id: str) -> bool:
        return row_id in self._known.get(target.name, ()) or (target.name, row_id) in self._rows

    def own_unconfirmed(self, table_name: str, row_id: str) -> dict[str, str]:
        return self._own.get((table_name, row_id), {})

    # ------------------------------------------------------------------ writing, at the end
    def insert(self, table_name: str, row: dict[str, Any]) -> None:
        self._inserts.setdefault(table_name, []).append(row)
        self._rows[(table_name, row["id"])] = row  # the same dict: later merges change it

    def update(self, table_name: str, row_id: str, values: dict[str, Any]) -> None:
        row = self._rows[(table_name, row_id)]
        row.update(values)
        if not any(row is new for new in self._inserts.get(table_name, ())):
            self._updates.setdefault((table_name, row_id), {}).update(values)

    def log(self, record: ChangeRecord, peer: str) -> None:
        raw = record.to_json()  # serialised once: the log keeps it and its digest
        digest = hashlib.sha256(raw).hexdigest()
        self._logs.append(
            {
                "change_id": record.change_id,
                "row_id": record.row_id,
                "device": record.device,
                "device_seq": record.seq,
                "digest": digest,
                "record": raw,
                "peer": peer,
                "accepted_at": utc_now_text(),
            }
        )
        self._digests[record.change_id] = digest
        self._sequences[(record.device, record.seq)] = record.change_id
        self.logged.setdefault(record.row_id, []).append(record)

    def flush(self) -> None:
        """Writes the chunk: new rows, then changed fields, then the log."""
        for name, rows in self._inserts.items():
            insert_many(self.conn, _table(name), rows)
        by_table: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for (name, row_id), values in self._updates.items():
            by_table.setdefault(name, []).append((row_id, values))
        for name, changes in by_table.items():
            tbl = _table(name)
            if not update_many(self.conn, tbl, changes):
                for row_id, values in changes:
                    self.conn.execute(update(tbl).where(tbl.c.id == row_id).values(values))
        if self._logs:
            insert_many(self.conn, _log, self._logs)


def _table(name: str) -> Table:
    return TABLES_BY_NAME[name].__table__  # type: ignore[attr-defined, no-any-return]


def author_of(
    conn: Connection,
    row_id: str,
    name: str,
    stamp: str,
    pending: Mapping[str, Sequence[ChangeRecord]],
) -> str:
    """Who wrote the value of `name` stamped `stamp`: from this device's outbox, the batch's
    records not yet logged (`pending`, by row) or the change log (looked up only when a
    conflict is kept, so a scan of one row's records is fine)."""
    outbox = OutboxEntry.__table__  # type: ignore[attr-defined]
    log = ChangeLogEntry.__table__  # type: ignore[attr-defined]
    mine = conn.execute(
        select(outbox.c.user, outbox.c.fields_json).where(outbox.c.row_id == row_id)
    )
    for user, fields_json in mine:
        change = fields_from_json(fields_json).get(name)
        if change is not None and change.hlc == stamp:
            return str(user)
    stored = conn.execute(select(log.c.record).where(log.c.row_id == row_id))
    for record in itertools.chain(
        pending.get(row_id, []), (ChangeRecord.from_json(r[0]) for r in stored)
    ):
        change = record.fields.get(name)
        if change is not None and change.hlc == stamp:
            return record.user
    return ""
