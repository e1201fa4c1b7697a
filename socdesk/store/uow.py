"""The unit of work: every write a person makes goes through here.

One `UnitOfWork` is one SQLite transaction (`BEGIN IMMEDIATE` on the single writer). For each
syncable row it writes the row, stamps the per-field clocks, appends or coalesces the change
record in the outbox, and appends a hash-chained audit entry, all before the one COMMIT, so no
crash can separate a row from its change record. The search index follows by trigger.

New rows, change records and audit entries are buffered per table and written with one
`executemany` per table when the unit of work reads, and before it commits: same transaction,
a fraction of the per-statement cost. It returns a `Changes` value (STYLE.md point 4) and does
not import `sync/`: the clock and the change record are plain values from `domain/`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Connection, RowMapping, Select, Table, select, update
from sqlmodel import SQLModel

from socdesk.domain import hlc as hlc_rules
from socdesk.domain.changes import (
    ChangeRecord,
    Changes,
    FieldChange,
    OutboxState,
    canonical_value,
    fields_from_json,
    fields_to_json,
)
from socdesk.domain.ids import new_id
from socdesk.domain.json_text import encoder
from socdesk.domain.text import without_controls
from socdesk.store import meta
from socdesk.store.audit_seal import GENESIS_HASH, chain_head, keyed_hash, plain_hash
from socdesk.store.bulk import insert_many
from socdesk.store.schema import SYNC_TABLES, AuditEntry, FieldHistory, OutboxEntry, SyncColumns
from socdesk.store.scope import Scope

_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]
_audit: Table = AuditEntry.__table__  # type: ignore[attr-defined]
_history: Table = FieldHistory.__table__  # type: ignore[attr-defined]
REFERENCE_ORIGIN = "00000000-0000-0000-0000-000000000000"


def _no_fault(_point: str) -> None:
    return None


@dataclass(frozen=True, slots=True)
class WriteContext:
    """Who writes, from which device, with which clock.

    `fault` is called at named points between the row, outbox and audit writes and the
    commit ("after_row", "after_outbox", "after_audit", "before_commit"); production passes a
    no-op, the crash tests pass one that kills the process.
    """

    device_id: str
    user_id: str
    wall_clock_ms: Callable[[], int]
    fault: Callable[[str], None] = _no_fault
    author: str = ""  # the synced worker who writes, named in change records ("" = system)
    audit_key: bytes = b""  # the audit chain's MAC key (`store.audit_seal`); b"": unkeyed


# Buffered rows are written one executemany per table. A long run holds the GIL for its whole
# length (500 printed documents' snapshots: 80 ms of a frozen window while a worker wrote
# them), so runs are cut at this size; the transaction is the same.
MAX_PENDING_ROWS = 100


def pending_entry(table_name: str, row_id: str) -> Select[Any]:
    """A row's pending change record, which a new change coalesces into (looked up by the
    `ix_outbox_row_id_state` index on every update). Entries that have left the device are
    frozen and never found here."""
    return select(_outbox.c.seq, _outbox.c.fields_json).where(
        _outbox.c.table_name == table_name,
        _outbox.c.row_id == row_id,
        _outbox.c.state == OutboxState.PENDING,
    )


class UnitOfWork:
    """Writes of one transaction. Use through `Store.write()`."""

    def __init__(self, conn: Connection, ctx: WriteContext) -> None:
        self._conn = conn
        self._ctx = ctx
        node = hlc_rules.node_from_device(ctx.device_id)
        stored = meta.get(conn, meta.HLC)
        # The node is always this device's: a store whose device id changed (a restored or
        # copied folder) continues the clock's time but never another device's stamps.
        self._clock = (
            replace(hlc_rules.Hlc.parse(stored), node=node) if stored else hlc_rules.Hlc.zero(node)
        )
        self._clock_dirty = False
        self._next_seq: int | None = None
        self._prev_hash: str | None = None
        self.audit_head: tuple[int, str] | None = None  # set by `finish` when entries were added
        self._pending: dict[Table, list[dict[str, Any]]] = {}
        self._scope = Scope(conn)  # rows' districts (sync scope), from the store's own rules
        self.erased = False  # old values were scrubbed (store/erasure.py): the store settles files
        self.changes = Changes()

    # ------------------------------------------------------------------ syncable rows
    def insert(
        self,
        table: type[SyncColumns],
        values: Mapping[str, object],
        *,
        row_id: str | None = None,
    ) -> str:
        """Inserts a new row; all its synced fields go into one change record."""
        _check_fields(table, values)
        values = _without_controls(values)
        row_id = row_id or new_id()
        stamp = self._tick()
        synced = _synced_fields(table)
        row = new_row(table, values)
        row.update(id=row_id, hlc=stamp, origin=self._ctx.device_id)
        self._scope.place(table, row)
        row["field_clocks"] = dict.fromkeys(synced, stamp)
        self._buffer(_table(table), row)
        fields = {name: row[name] for name in synced}
        self._record(table, row_id, _field_changes(fields, {}, stamp), "insert", new_row=True)
        return row_id

    def update(self, table: type[SyncColumns], row_id: str, values: Mapping[str, object]) -> bool:
        """Changes the given fields; only fields whose value differs are recorded."""
        _check_fields(table, values)
        values = _without_controls(values)
        tbl = _table(table)
        current = self._read_row(tbl, row_id)
        if current is None:
            raise LookupError(f"{tbl.name} {row_id} does not exist")
        changed = {k: v for k, v in values.items() if current[k] != v}
        changed = self._scope.rescope(table, current, values, changed)
        if not changed:
            return False
        stamp = self._tick()
        clocks = dict(current["field_clocks"])
        clocks.update(dict.fromkeys(changed, stamp))
        self._conn.execute(
            update(tbl).where(tbl.c.id == row_id).values(**changed, hlc=stamp, field_clocks=clocks)
        )
        self._ctx.fault("after_row")
        self._record(
            table, row_id, _field_changes(changed, current["field_clocks"], stamp), "update"
        )
        self._history(tbl.name, row_id, dict(current), changed)
        self._scope.cascade(self, table, row_id, changed)
        return True

    def next_stamp(self) -> str:
        """A new clock value of this device, for a write that stamps several rows alike."""
        return self._tick()

    def stamp(
        self,
        table: type[SyncColumns],
        row_id: str,
        names: Iterable[str],
        stamp: str,
        values: Mapping[str, object] | None = None,
    ) -> None:
        """Writes `values` and sets the clock of each of `names` and `values` to `stamp` (from
        `next_stamp`), recording them all in the change, changed or not: an erasure's clock
        on every field it covers (store/erasure.py), so that an older edit loses to it."""
        names, values = list(names), dict(values or {})
        _check_fields(table, {**dict.fromkeys(names), **values})
        tbl = _table(table)
        current = self._read_row(tbl, row_id)
        if current is None:
            raise LookupError(f"{tbl.name} {row_id} does not exist")
        fields = {**{name: current[name] for name in names}, **values}
        clocks = dict(current["field_clocks"])
        clocks.update(dict.fromkeys(fields, stamp))
        self._conn.execute(
            update(tbl)
            .where(tbl.c.id == row_id)
            .values(**values, hlc=max(str(current["hlc"]), stamp), field_clocks=clocks)
        )
        self._record(
            table, row_id, _field_changes(fields, current["field_clocks"], stamp), "update"
        )
        changed = {k: v for k, v in values.items() if current[k] != v}
        self._history(tbl.name, row_id, dict(current), changed)

    def delete(self, table: type[SyncColumns], row_id: str) -> bool:
        """Marks a row deleted (a tombstone that syncs); the row itself stays."""
        return self.update(table, row_id, {"deleted": True})

    def put_reference(
        self, table: type[SyncColumns], row_id: str, values: Mapping[str, object], stamp: str
    ) -> bool:
        """A reference row from the bundled files, stamped with the file's own clock.

        Every replica loads the same files, so these writes make no change records; the
        stamp (from the file version) is the same everywhere and older than any later edit
        by a coordinator, which therefore wins. Returns whether anything changed.
        """
        _check_fields(table, values)
        tbl = _table(table)
        current = self._read_row(tbl, row_id)
        if current is None:
            row = new_row(table, values)
            row.update(id=row_id, hlc=stamp, origin=REFERENCE_ORIGIN)
            self._scope.place(table, row)
            row["field_clocks"] = dict.fromkeys(_synced_fields(table), stamp)
            self._buffer(tbl, row)
            self._audit("reference", tbl.name, row_id, sorted(values))
            self.changes |= Changes(reference=True)
            return True
        clocks = dict(current["field_clocks"])
        changed = {k: v for k, v in values.items() if current[k] != v and clocks.get(k, "") < stamp}
        if not changed:
            return False
        clocks.update(dict.fromkeys(changed, stamp))
        hlc = max(str(current["hlc"]), stamp)
        self._conn.execute(
            update(tbl).where(tbl.c.id == row_id).values(**changed, hlc=hlc, field_clocks=clocks)
        )
        self._audit("reference", tbl.name, row_id, sorted(changed))
        self.changes |= Changes(reference=True)
        return True

    # ------------------------------------------------------------------ local-only rows
    def insert_local(self, table: type[SQLModel], values: Mapping[str, object]) -> None:
        """A local-only row (users, drafts, UI state): audited, never in the outbox."""
        tbl = _table(table)
        self._buffer(tbl, dict(values))
        self._audit("insert", tbl.name, str(values.get("id", values.get("key", ""))), list(values))
        self.changes |= Changes(users=tbl.name == "app_user")

    def update_local(
        self, table: type[SQLModel], row_id: str, values: Mapping[str, object]
    ) -> None:
        tbl = _table(table)
        self.flush()
        self._conn.execute(update(tbl).where(tbl.c.id == row_id).values(**values))
        self._audit("update", tbl.name, row_id, list(values))
        self.changes |= Changes(users=tbl.name == "app_user")

    def audit_action(self, action: str, subject: str, detail: list[str], row_id: str = "") -> None:
        """Records something a person did that is not a change of data (opened a card,
        printed, exported, managed a user): who and when, the kind of thing (`subject`, a table
        name) and which row, never its contents."""
        self._audit(action, subject, row_id, detail)

    @property
    def user_id(self) -> str:
        """Who is writing (for rows that belong to a user, such as drafts)."""
        return self._ctx.user_id

    @property
    def device_id(self) -> str:
        return self._ctx.device_id

    # ------------------------------------------------------------------ changes from elsewhere
    def fault(self, point: str) -> None:
        """A named point for the crash tests (a no-op in production); see `WriteContext`."""
        self._ctx.fault(point)

    def receive(self, stamp: str) -> None:
        """Advances this replica's clock past a remote stamp (`ClockDrift` if it is more than
        a day ahead of the wall clock), so that later local edits are newer than it."""
        self._clock = hlc_rules.receive(
            self._clock, hlc_rules.Hlc.parse(stamp), self._ctx.wall_clock_ms()
        )
        self._clock_dirty = True

    def audit_mark(self) -> str | None:
        """Writes what is buffered and returns the audit chain's head, for `audit_rewind`."""
        self.flush()
        return self._prev_hash

    def audit_rewind(self, mark: str | None) -> None:
        """After a savepoint since `audit_mark` rolled back: forget what was buffered since and
        continue the chain from the head it had then."""
        self._pending.clear()
        self._prev_hash = mark

    def audit_remote(self, action: str, record: ChangeRecord, names: list[str]) -> None:
        """An audit entry for a change applied from elsewhere: the worker and device that
        made it, this replica's chain."""
        self._audit(action, record.table, record.row_id, names, record.user, record.device)

    def history_remote(
        self,
        table_name: str,
        record: ChangeRecord,
        before: Mapping[str, Any],
        after: Mapping[str, object],
    ) -> None:
        """Old and new values of fields changed from elsewhere, marked with the worker."""
        self._history(table_name, record.row_id, before, after, f"remote:{record.user}")

    @property
    def author(self) -> str:
        """The synced worker who is writing, for values that travel ("" for the system)."""
        return self._ctx.author

    @property
    def connection(self) -> Connection:
        """The transaction's connection, for the store's own query functions (flushed first)."""
        self.flush()
        return self._conn

    # ------------------------------------------------------------------ writing out
    def flush(self) -> None:
        """Writes the buffered rows, change records and audit entries, one statement per table."""
        while self._pending:
            tbl, rows = next(iter(self._pending.items()))
            del self._pending[tbl]
            insert_many(self._conn, tbl, rows)
            if tbl is _outbox:
                self._ctx.fault("after_outbox")
            elif tbl is _audit:
                self._ctx.fault("after_audit")
            else:
                self._ctx.fault("after_row")

    def finish(self) -> None:
        """Writes what is buffered and saves the clock; called by the store before COMMIT."""
        if self._clock_dirty:
            meta.put(self._conn, meta.HLC, str(self._clock))
        if self._next_seq is not None:
            meta.put(self._conn, meta.OUTBOX_SEQ, str(self._next_seq - 1))
        self.flush()
        if self.erased:  # deleted index entries stay in FTS5's segments until merged
            self._conn.exec_driver_sql("INSERT INTO person_fts(person_fts) VALUES ('optimize')")
        if self._prev_hash is not None:
            self.audit_head = chain_head(self._conn)
        self._ctx.fault("before_commit")

    # ------------------------------------------------------------------ internals
    def _buffer(self, tbl: Table, row: dict[str, Any]) -> None:
        pending = self._pending.setdefault(tbl, [])
        pending.append(row)
        if len(pending) >= MAX_PENDING_ROWS:
            self.flush()

    def _read_row(self, tbl: Table, row_id: str) -> RowMapping | None:
        self.flush()
        return self._conn.execute(select(tbl).where(tbl.c.id == row_id)).mappings().one_or_none()

    def _history(
        self,
        table_name: str,
        row_id: str,
        before: Mapping[str, Any],
        after: Mapping[str, object],
        user: str | None = None,
    ) -> None:
        """Old and new values of the changed fields, for the card's history of changes."""
        at = utc_now_text()
        for name in sorted(after):
            self._buffer(
                _history,
                {
                    "at": at,
                    "user": user or self._ctx.user_id,
                    "table_name": table_name,
                    "row_id": row_id,
                    "field": name,
                    "old": _json(before[name]),
                    "new": _json(after[name]),
                },
            )

    def _tick(self) -> str:
        self._clock = hlc_rules.tick(self._clock, self._ctx.wall_clock_ms())
        self._clock_dirty = True
        return str(self._clock)

    def _record(
        self,
        table: type[SyncColumns],
        row_id: str,
        fields: dict[str, FieldChange],
        action: str,
        new_row: bool = False,
    ) -> None:
        tbl = _table(table)
        self._outbox(tbl.name, row_id, fields, new_row)
        self._audit(action, tbl.name, row_id, sorted(fields))
        self.changes |= Changes.of(SYNC_TABLES[table], "sync_outbox")

    def _outbox(
        self,
        table_name: str,
        row_id: str,
        fields: dict[str, FieldChange],
        new_row: bool,
    ) -> None:
        stamp = max(change.hlc for change in fields.values())
        pending = None
        if not new_row:
            self.flush()
            pending = self._conn.execute(pending_entry(table_name, row_id)).one_or_none()
        if pending is None:
            if self._next_seq is None:
                self._next_seq = int(meta.get(self._conn, meta.OUTBOX_SEQ) or 0) + 1
            seq, self._next_seq = self._next_seq, self._next_seq + 1
            self._buffer(
                _outbox,
                {
                    "seq": seq,
                    "change_id": new_id(),
                    "table_name": table_name,
                    "row_id": row_id,
                    "hlc": stamp,
                    "device": self._ctx.device_id,
                    "user": self._ctx.author,
                    "fields_json": fields_to_json(fields),
                    "state": OutboxState.PENDING,
                },
            )
            return
        # Coalesce into the pending change. Each field keeps its own clock: one edited before
        # a concurrent remote edit must not be restamped past it. A field edited again keeps
        # the base it first replaced, the last value its receivers know.
        merged = fields_from_json(pending.fields_json)
        for name, change in fields.items():
            earlier = merged.get(name)
            merged[name] = change._replace(base=earlier.base) if earlier else change
        self._conn.execute(
            update(_outbox)
            .where(_outbox.c.seq == pending.seq)
            .values(hlc=stamp, user=self._ctx.author, fields_json=fields_to_json(merged))
        )
        self._ctx.fault("after_outbox")

    def _audit(
        self,
        action: str,
        table_name: str,
        row_id: str,
        detail: list[str],
        user: str | None = None,
        device: str | None = None,
    ) -> None:
        if self._prev_hash is None:
            self._prev_hash = (
                self._conn.execute(
                    select(_audit.c.entry_hash).order_by(_audit.c.id.desc()).limit(1)
                ).scalar()
                or GENESIS_HASH
            )
        prev = self._prev_hash
        at, text = utc_now_text(), ",".join(detail)
        user = self._ctx.user_id if user is None else user
        device = device or self._ctx.device_id
        # The hash over AUDIT_FIELDS in their order; one row dict, made once.
        values = (at, user, device, action, table_name, row_id, text)
        key = self._ctx.audit_key
        entry_hash = keyed_hash(key, prev, values) if key else plain_hash(prev, values)
        self._buffer(
            _audit,
            {
                "at": at,
                "user": user,
                "device": device,
                "action": action,
                "table_name": table_name,
                "row_id": row_id,
                "detail": text,
                "prev_hash": prev,
                "entry_hash": entry_hash,
            },
        )
        self._prev_hash = entry_hash


def _field_changes(
    values: Mapping[str, object], bases: Mapping[str, str], stamp: str
) -> dict[str, FieldChange]:
    """The fields of a local change: each new value with this write's clock and the clock of
    the value it replaced (none for a new row)."""
    return {
        name: FieldChange(canonical_value(value), stamp, bases.get(name, ""))
        for name, value in values.items()
    }


_JSON = encoder(sort_keys=True, ensure_ascii=False, separators=(", ", ": "))  # made once


def _json(value: object) -> str:
    return _JSON(canonical_value(value))


_now_text: list[Any] = [None, ""]  # (the second, its text): entries of one second share it


def utc_now_text() -> str:
    """The UTC time to the second as entries store it (`2026-12-06T03:15:45Z`); formatted once
    a second, not once per audit entry or change-log row."""
    second = int(time.time())
    if _now_text[0] != second:
        _now_text[:] = [second, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(second))]
    return str(_now_text[1])


def _table(model: type[SQLModel]) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


@cache
def _synced_fields(table: type[SyncColumns]) -> tuple[str, ...]:
    return tuple(table.synced_fields())


@cache
def _defaults(table: type[SQLModel]) -> tuple[dict[str, Any], dict[str, Callable[[], Any]]]:
    """Plain defaults and default factories of a table's columns (derived columns left out)."""
    plain: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    derived: frozenset[str] = getattr(table, "DERIVED_COLUMNS", frozenset())
    for name, info in table.model_fields.items():
        if name in derived:
            continue
        if info.default_factory is not None:
            factories[name] = info.default_factory  # type: ignore[assignment]
        elif info.default is not PydanticUndefined:
            plain[name] = info.default
    return plain, factories


@cache
def required_fields(table: type[SyncColumns]) -> frozenset[str]:
    """Synced fields a new row cannot be made without (no default in the schema)."""
    plain, factories = _defaults(table)
    return frozenset(n for n in _synced_fields(table) if n not in plain and n not in factories)


def new_row(table: type[SQLModel], values: Mapping[str, object]) -> dict[str, Any]:
    """A full row of `table`: its defaults, then `values`."""
    plain, factories = _defaults(table)
    row = plain.copy()
    for name, factory in factories.items():
        row[name] = factory()
    row.update(values)
    return row


def _without_controls(values: Mapping[str, object]) -> dict[str, object]:
    """Text as a person meant it: control characters pasted or imported with it (NUL, ESC…)
    never reach the store, whichever screen or command wrote them."""
    return {k: without_controls(v) if isinstance(v, str) else v for k, v in values.items()}


def _check_fields(table: type[SyncColumns], values: Mapping[str, object]) -> None:
    unknown = set(values) - set(_synced_fields(table))
    if unknown:
        raise ValueError(f"{table.__name__}: not synced fields {sorted(unknown)}")
