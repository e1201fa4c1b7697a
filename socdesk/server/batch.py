"""A pushed page taken in batches (пакетне приймання): the rule of `ingest.Intake`, record by
record in the order they were made, on rows read for the whole batch at once and written per
table at its end.

A batch reads, in a few set-based SELECTs (chunked IN lists), the log's digests of its change
ids and the current rows its records name; merges each record in memory exactly as
`ingest.Intake` does (the same methods: only the reads and writes differ); then writes the new
rows, the changed ones, the log entries (in order, so their sequence numbers follow the
records), the conflicts and the quarantine, one executemany per table and kind. A row made and
edited within the batch is written once, as it ends.

The batch runs under a savepoint. If the database refuses it (a value a column cannot hold,
a missing required value...), the savepoint is rolled back and the batch is halved until the
record at fault is alone: it is then taken one by one (`ingest.take_one_by_one`: its own
savepoint, quarantined as "refused_by_store"), and the records around it still go in batches.
A record following a moved row (`transfer.follow`) writes what the batch holds first, so the
log's order and the rows transfer.py reads stay those of one-by-one intake.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    ColumnElement,
    Connection,
    String,
    Table,
    any_,
    bindparam,
    delete,
    exists,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError

from socdesk.domain.changes import ChangeRecord
from socdesk.server.devices import Device
from socdesk.server.ingest import (
    Intake,
    Page,
    PushResult,
    take_one_by_one,
)
from socdesk.server.tables import CURRENT, change, conflict, moved, quarantine

IN_LIST = 500  # ids in one IN list
_KEY = "b_id"  # the bound row id of an executemany UPDATE


def take(conn: Connection, device: Device, page: Page, now: dt.datetime) -> PushResult:
    """Takes the page's records (in the order they were made) into the caller's
    transaction."""
    # One round trip for two facts that are almost always false: whether any row was ever
    # moved (transfer.py), and whether this device (or one it took over from) has records in
    # the quarantine.
    moves, held = conn.execute(
        select(
            exists(select(moved.c.row_id)),
            exists(
                select(quarantine.c.change_id).where(quarantine.c.device.in_(sorted(device.own)))
            ),
        )
    ).one()
    halving = _Halving(conn, device, page, now, bool(moves), bool(held))
    halving.take(page.records)
    return halving.result


@dataclass(slots=True)
class _Halving:
    """Batches of the page, halved where the database refuses one."""

    conn: Connection
    device: Device
    page: Page
    now: dt.datetime
    moves: bool
    held: bool  # whether the device may have records in the quarantine
    result: PushResult = field(default_factory=PushResult)

    def take(self, records: list[ChangeRecord]) -> None:
        if not records:
            return
        intake = BatchIntake(
            self.conn, self.device, self.now, page=self.page, moves=self.moves, held=self.held
        )
        try:
            with self.conn.begin_nested():
                intake.take(records)
        except DBAPIError:
            if len(records) == 1:
                alone = take_one_by_one(self.conn, self.device, records, self.now, self.page)
                self.held = True  # it may have been quarantined
                _add(self.result, alone)
                return
            half = len(records) // 2
            self.take(records[:half])
            self.take(records[half:])
            return
        self.held = intake.held
        _add(self.result, intake.result)


def _add(result: PushResult, part: PushResult) -> None:
    result.accepted += part.accepted
    result.duplicates += part.duplicates
    result.rejected.update(part.rejected)
    result.quarantined.update(part.quarantined)
    result.conflicts += part.conflicts


class BatchIntake(Intake):
    """`Intake` on rows read for the batch and writes kept until `flush`."""

    def __init__(
        self,
        conn: Connection,
        device: Device,
        now: dt.datetime,
        *,
        page: Page,
        moves: bool,
        held: bool,
    ) -> None:
        super().__init__(conn, device, now, page=page, moves=moves)
        self.held = held
        self.known: dict[str, str | None] = {}  # change id -> the log's digest
        self.rows: dict[tuple[str, str], dict[str, Any] | None] = {}  # (table, id) -> row
        self.new: dict[tuple[str, str], None] = {}  # rows to insert, in order
        self.changed: dict[tuple[str, str], set[str]] = {}  # rows to update: their columns
        self.log: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []
        self.unquarantine: set[str] = set()
        self.quarantined: dict[str, dict[str, Any]] = {}

    def take(self, records: list[ChangeRecord]) -> None:
        self._read(records)
        for record in records:
            self.one(record)
        self.flush()

    def _read(self, records: list[ChangeRecord]) -> None:
        """The log's digests of the batch's change ids and the current rows it names."""
        ids = sorted({r.change_id for r in records})
        self.known.update(dict.fromkeys(ids))
        for chunk in _chunks(ids):
            found = select(change.c.change_id, change.c.digest).where(
                self._among(change.c.change_id, chunk)
            )
            self.known.update(self.conn.execute(found).all())
        by_table: dict[str, set[str]] = {}
        for record in records:
            if record.table in CURRENT:
                by_table.setdefault(record.table, set()).add(record.row_id)
        for name, row_ids in by_table.items():
            self._read_rows(name, sorted(row_ids))

    def _read_rows(self, name: str, row_ids: list[str]) -> None:
        table = CURRENT[name]
        self.rows.update(dict.fromkeys((name, i) for i in row_ids))
        for chunk in _chunks(row_ids):
            for row in self.conn.execute(select(table).where(self._among(table.c.id, chunk))):
                found = row._asdict()
                self.rows[name, found["id"]] = found

    # --- Intake's reads and writes, on the batch ----------------------------------------

    def _attempt(self, record: ChangeRecord) -> bool:
        return self._apply(record)  # the batch's savepoint stands for the record's

    def _known(self, change_id: str) -> str | None:
        if change_id not in self.known:  # a waiting record released by the batch
            self.known[change_id] = super()._known(change_id)
        return self.known[change_id]

    def _row(self, table_name: str, row_id: str) -> dict[str, Any] | None:
        key = (table_name, row_id)
        if key not in self.rows:  # a parent row a new row follows
            self.rows[key] = super()._row(table_name, row_id)
        return self.rows[key]

    def _insert_row(self, table_name: str, values: dict[str, Any]) -> None:
        row = with_defaults(table_name, values)
        key = (table_name, row["id"])
        self.rows[key] = row
        self.new[key] = None

    def _update_row(self, table_name: str, row_id: str, values: dict[str, Any]) -> None:
        key = (table_name, row_id)
        row = self.rows[key]
        assert row is not None  # an update follows a read of the row
        row.update(values)
        if key not in self.new:
            self.changed.setdefault(key, set()).update(values)

    def _log(self, values: dict[str, Any]) -> None:
        self.log.append(values)
        self.known[values["change_id"]] = values["digest"]

    def _add_conflict(self, values: dict[str, Any]) -> None:
        self.conflicts.append(values)

    def _follow_move(
        self, record: ChangeRecord, followed: tuple[str, str | None, str], base: str
    ) -> None:
        self.flush()  # transfer.py reads the row and appends to the log after the record
        super()._follow_move(record, followed, base)
        self.rows[record.table, record.row_id] = super()._row(record.table, record.row_id)

    def _taken(self, change_id: str) -> None:
        self.quarantined.pop(change_id, None)
        self.unquarantine.add(change_id)

    def _quarantine_row(self, values: dict[str, Any]) -> None:
        self.unquarantine.add(values["change_id"])
        self.quarantined[values["change_id"]] = values

    def _waiting_records(self) -> list[bytes]:
        held = [
            bytes(v["record"])
            for v in self.quarantined.values()
            if v["reason"] == "row_unknown" and v["device"] in self.device.own
        ]
        stored = super()._waiting_records() if self.held else []
        return stored + [raw for raw in held if raw not in stored]

    def _among(self, column: ColumnElement[str], ids: list[str]) -> ColumnElement[bool]:
        """`column IN ids`; on PostgreSQL `= ANY(array)`: one parameter, not hundreds, so
        the statement is the same each time and quick to prepare."""
        if self.conn.dialect.name == "postgresql":
            return column == any_(literal(ids, ARRAY(String)))
        return column.in_(ids)

    def _insert_many(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Inserts rows of the same columns: an executemany, on PostgreSQL a COPY (the rows
        in order, so the log's sequence numbers follow them)."""
        if self.conn.dialect.name != "postgresql":
            self.conn.execute(insert(table), rows)
            return
        import psycopg
        from psycopg import sql

        columns = list(rows[0])
        as_json = [isinstance(table.c[c].type, JSON) for c in columns]
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, columns))
        )
        driver = self.conn.connection.driver_connection
        assert isinstance(driver, psycopg.Connection)
        try:
            with driver.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(
                        [
                            _json(row[c]) if is_json else row[c]
                            for c, is_json in zip(columns, as_json, strict=True)
                        ]
                    )
        except psycopg.Error as exc:  # as the executemany would: the batch is halved
            raise DBAPIError(str(statement), None, exc) from exc

    def flush(self) -> None:
        """Writes what the batch holds: one executemany (or COPY) per table and kind."""
        by_table: dict[str, list[dict[str, Any]]] = {}
        for name, row_id in self.new:
            by_table.setdefault(name, []).append(self.rows[name, row_id])  # type: ignore[arg-type]
        for name, rows in by_table.items():
            self._insert_many(CURRENT[name], rows)
        for (name, columns), rows in _updates(self.rows, self.changed).items():
            table = CURRENT[name]
            statement = (
                update(table)
                .where(table.c.id == bindparam(_KEY))
                .values({c: bindparam(f"v_{c}", type_=table.c[c].type) for c in columns})
            )
            self.conn.execute(statement, rows)
        if self.log:
            self._insert_many(change, self.log)
        if self.conflicts:
            self.conn.execute(insert(conflict), self.conflicts)
        if self.unquarantine and self.held:  # only then may an accepted record leave it
            for chunk in _chunks(sorted(self.unquarantine)):
                self.conn.execute(
                    delete(quarantine).where(self._among(quarantine.c.change_id, chunk))
                )
        if self.quarantined:
            self.conn.execute(insert(quarantine), list(self.quarantined.values()))
            self.held = True
        self.new, self.changed, self.log, self.conflicts = {}, {}, [], []
        self.unquarantine, self.quarantined = set(), {}


def _updates(
    rows: dict[tuple[str, str], dict[str, Any] | None],
    changed: dict[tuple[str, str], set[str]],
) -> dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]]:
    """The changed rows grouped by table and the columns they change (one UPDATE each)."""
    grouped: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for (name, row_id), columns in changed.items():
        row = rows[name, row_id]
        assert row is not None
        ordered = tuple(sorted(columns))
        grouped.setdefault((name, ordered), []).append(
            {_KEY: row_id, **{f"v_{c}": row[c] for c in ordered}}
        )
    return grouped


def with_defaults(table_name: str, values: dict[str, Any]) -> dict[str, Any]:
    """The whole row the database makes of `values`: the columns' defaults filled in (the
    rows are read back whole, and a later record of the batch may read it)."""
    row = dict(values)
    for column in CURRENT[table_name].columns:
        if column.name in row:
            continue
        default = column.default
        if default is None:
            row[column.name] = None
        elif default.is_scalar:
            row[column.name] = default.arg  # type: ignore[attr-defined]
        else:
            row[column.name] = default.arg(None)  # type: ignore[attr-defined]
    return row


def _json(value: object) -> str:
    """A JSON column's text, as SQLAlchemy's JSON type writes it (None as JSON null)."""
    return json.dumps(value)


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), IN_LIST):
        yield ids[start : start + IN_LIST]
