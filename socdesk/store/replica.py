"""Applying another replica's change records (застосування змін з іншої репліки).

`apply_remote` is the one entry point through which every record from elsewhere enters a store,
whether it came over HTTP or on a USB stick. One writer transaction per batch:
- the local clock advances past the batch (`receive`), so later local edits win over it;
- records are applied in the order they were made, so a parent comes before its child;
- a row never seen is inserted (its origin is the record's device); an existing row is merged
  field by field by the pure rule of `domain.field_merge`, and a losing value that was a real
  concurrent edit is kept as a conflict (`SyncConflict`) for a person to confirm;
- nothing applied here goes to the outbox (no echo); on a spoke, a field of its own pending
  change that lost is dropped from that change, and one that won takes the other value's clock
  as its base, so the hub does not judge the same meeting a second time;
- the field history and the audit log say the change came from elsewhere; the search index
  and the live counters follow by trigger, and the index is re-ranked after a large batch;
- every applied record goes into the change log: a record seen before is a duplicate (same
  content) or refused (same id, other content); a record that cannot apply is quarantined with
  its reason and never blocks the rest, and those waiting for a row or a reference that had
  not arrived are tried again after every later batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update
from sqlalchemy.exc import DBAPIError

from socdesk.domain import field_merge
from socdesk.domain.changes import (
    ChangeRecord,
    Changes,
    FieldChange,
    MalformedRecord,
    OutboxState,
    fields_from_json,
    fields_to_json,
)
from socdesk.domain.errors import ClockDrift
from socdesk.domain.hlc import Hlc
from socdesk.domain.ids import new_id
from socdesk.store import codec, erasure, erasure_apply, fts, meta
from socdesk.store.apply_batch import Batch, author_of, cache_raised, foreign_keys, logged
from socdesk.store.forms import published_definitions
from socdesk.store.schema import (
    SYNC_TABLES,
    TABLES_BY_NAME,
    ChangeLogEntry,
    OutboxEntry,
    QuarantinedChange,
    SyncColumns,
    SyncConflict,
)
from socdesk.store.settle import Unsettled
from socdesk.store.uow import UnitOfWork, new_row, required_fields

_log: Table = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]
_quarantine: Table = QuarantinedChange.__table__  # type: ignore[attr-defined]
_conflict: Table = SyncConflict.__table__  # type: ignore[attr-defined]

HUB, SPOKE = "hub", "spoke"
CHUNK = 500  # records read and written together (store.apply_batch)


class Quarantine(Exception):
    """Why one record cannot apply (a code that the coordinator's view explains)."""

    def __init__(self, reason: str, detail: str = "", *, retry: bool = False) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail, self.retry = reason, detail, retry


@dataclass
class ApplyResult:
    """What one batch did, per `change_id`."""

    applied: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # same id, other content
    quarantined: dict[str, str] = field(default_factory=dict)  # id -> reason
    released: list[str] = field(default_factory=list)  # waited in quarantine, applied now
    conflicts: int = 0
    changes: Changes = field(default_factory=Changes)


def role(conn: Connection) -> str:
    """Whether this replica is the hub that serialises edits (the centre) or a spoke."""
    return meta.get(conn, meta.SYNC_ROLE) or SPOKE


def set_role(uow: UnitOfWork, value: str) -> None:
    if value not in (HUB, SPOKE):
        raise ValueError(value)
    meta.put(uow.connection, meta.SYNC_ROLE, value)
    uow.audit_action("sync.role", "meta", [value])


def apply_remote(
    uow: UnitOfWork, records: Iterable[bytes | ChangeRecord], peer: str
) -> ApplyResult:
    """Applies a batch of records delivered by `peer`, inside the caller's unit of work."""
    with _collector_paused():
        result = _Applier(uow, peer).run(records)
    if result.changes.reference:  # a form's new version: known at once to readers without a store
        published_definitions(uow.connection)
    return result


def remote_row(
    table: type[SyncColumns], record: ChangeRecord, values: dict[str, object]
) -> dict[str, object]:
    """The row a record creates: the schema's defaults, its decoded values, and its id, origin
    and clocks (each field's own; the row's the newest)."""
    row = new_row(table, values)
    row["id"] = record.row_id
    row["hlc"] = record.hlc
    row["origin"] = record.device
    row["field_clocks"] = {name: f.hlc for name, f in record.fields.items()}
    return row


# ---------------------------------------------------------------------------------- internals
@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a batch applies: the batch makes millions of small
    objects that live to its end (records, fields, rows), and the collector kept walking them,
    a third of what parsing cost. What cycles the batch leaves are collected after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@cache
def _references(table: type[SyncColumns]) -> dict[str, Table]:
    """Columns of `table` that hold another row's id under a foreign key, with its table."""
    return foreign_keys(table.__table__)  # type: ignore[attr-defined]


class _Applier:
    def __init__(self, uow: UnitOfWork, peer: str) -> None:
        self.uow = uow
        self.conn = uow.connection
        self.peer = peer
        self.hub = role(self.conn) == HUB
        self.device = uow.device_id
        self.result = ApplyResult()
        self.unsettled = Unsettled()
        self.deferred: list[tuple[ChangeRecord, Quarantine]] | None = None  # this batch's round
        self.received = ""  # the newest stamp the clock has received in this batch
        # While the search index's triggers are off for a large batch (`fts.bulk_begin`):
        # the people whose names were written, whose sort keys `fts.bulk_end` recomputes,
        # and the people and settlements whose indexed columns were written, whom it places.
        self.renamed: set[str] | None = set()
        self.erasures = erasure_apply.Received(uow, self.result)  # what erasures did here
        self.indexed: set[str] = set()
        self.places: set[str] = set()

    # ------------------------------------------------------------------ the batch
    def run(self, batch: Iterable[bytes | ChangeRecord]) -> ApplyResult:
        parsed: list[ChangeRecord] = []
        for item in batch:
            if isinstance(item, ChangeRecord):
                parsed.append(item)
                continue
            try:
                parsed.append(ChangeRecord.from_json(item))
            except MalformedRecord as exc:
                self._quarantine_raw(item, "malformed", str(exc))
        # By each record's oldest field clock: a row is created before anything made after
        # it, even when later edits coalesced into its record, so parents come first.
        parsed.sort(key=lambda r: (r.oldest, r.change_id))
        with cache_raised(self.conn, len(parsed)):
            return self._parsed(parsed)

    def _parsed(self, parsed: list[ChangeRecord]) -> ApplyResult:
        self.waiting = (
            self.conn.execute(
                select(_quarantine.c.id).where(_quarantine.c.retry.is_(True)).limit(1)
            ).first()
            is not None
        )
        indexed = [
            r.change_id
            for r in parsed
            if r.table == "person" and not fts.INDEXED_COLUMNS.isdisjoint(r.fields)
        ]
        if len(indexed) > fts.REBUILD_MIN_UNORDERED:  # a batch delivered again re-indexes nobody
            indexed = list(set(indexed) - logged(self.conn, indexed))
        if not fts.bulk_begin(self.conn, len(indexed)):
            self.renamed = None
        try:
            self._apply_all(parsed)
        except BaseException:
            if (
                self.renamed is not None
            ):  # the transaction rolls back; should a caller go on, search still works
                with contextlib.suppress(DBAPIError):
                    fts.create_triggers(self.conn)
            raise
        if self.renamed is not None:
            fts.bulk_end(self.conn, self.renamed, self.indexed, self.places)
        # With the index's triggers on again: what settling writes is indexed as it goes.
        self.unsettled.settle(self.uow)
        if self.renamed is None and self.result.changes.recipients:
            fts.ensure(self.conn)  # a large batch leaves no slow search behind it
        self.erasures.scrub()
        return self.result

    def _apply_all(self, parsed: list[ChangeRecord]) -> None:
        # A record waiting for a row or reference of the same batch (its parent later in the
        # order) goes round again with the others that wait, a chunk at a time; only what
        # still waits when a round moves nothing is quarantined, to wait for later batches.
        pending = parsed
        while pending:
            self.deferred = []
            for start in range(0, len(pending), CHUNK):
                self._chunk(pending[start : start + CHUNK])
            waiting, self.deferred = self.deferred, None
            if len(waiting) == len(pending):
                for record, q in waiting:
                    self._quarantine(record, q)
                break
            pending = [record for record, _ in waiting]
        self._retry_waiting()

    def _chunk(self, records: list[ChangeRecord]) -> None:
        """Applies a chunk with one read and one write per kind; should the store refuse the
        chunk's writes (a constraint no check foresaw), each record is tried alone so that
        only the one at fault is quarantined."""
        mark = self._mark()
        try:
            with self.conn.begin_nested():
                batch = Batch(self.conn, records, hub=self.hub)
                self._receive_newest(records, batch)
                for record in records:
                    self._one(record, batch)
                batch.flush()
                self.uow.fault("after_row")
        except DBAPIError:
            self._undo(mark)
            for record in records:
                self._alone(record)

    def _receive_newest(self, records: list[ChangeRecord], batch: Batch) -> None:
        """The clock receives the newest stamp of the chunk's new records once, instead of
        record by record (a parse and two clock values each). Should that stamp be too far
        ahead or malformed, each record receives its own, so that only the one at fault is
        quarantined. (A record quarantined later for its content may so have moved the clock:
        harmless, the clock has only to be past every stamp it has seen.)"""
        newest = max(
            (
                r.hlc
                for r in records
                if r.device != self.device and batch.digest(r.change_id) is None
            ),
            default="",
        )
        if newest <= self.received:
            return
        try:
            self.uow.receive(newest)
        except (ClockDrift, ValueError):
            return
        self.received = newest

    def _alone(self, record: ChangeRecord, waiting_id: int | None = None) -> bool:
        """One record in a savepoint of its own (a retry, or a chunk the store refused)."""
        mark = self._mark()
        try:
            with self.conn.begin_nested():
                batch = Batch(self.conn, [record], hub=self.hub)
                done = self._one(record, batch, waiting_id=waiting_id)
                batch.flush()
        except DBAPIError as exc:
            self._undo(mark)
            if waiting_id is None:
                self._quarantine(record, Quarantine("refused_by_store", str(exc.orig)))
            return False
        return done

    def _mark(self) -> tuple[Any, ...]:
        """What a refused chunk must put back: the audit chain's head, the outcome so far (the
        growing lists' lengths, copies of the small rest) and the erasures it brought."""
        r, u = self.result, self.unsettled
        return (
            self.uow.audit_mark(),
            (len(r.applied), len(r.duplicates), len(r.released), len(self.deferred or ())),
            (dict(r.rejected), dict(r.quarantined), r.conflicts, r.changes),
            (set(u.redirected), len(u.naming_people), set(u.moved_cases), set(u.households)),
            self.erasures.mark(),
        )

    def _undo(self, mark: tuple[Any, ...]) -> None:
        audit, lengths, small, unsettled, self.erasures.erased = mark
        self.uow.audit_rewind(audit)
        r, u = self.result, self.unsettled
        del r.applied[lengths[0] :], r.duplicates[lengths[1] :], r.released[lengths[2] :]
        if self.deferred is not None:
            del self.deferred[lengths[3] :]
        r.rejected, r.quarantined, r.conflicts, r.changes = small
        u.redirected, naming, u.moved_cases, u.households = unsettled
        del u.naming_people[naming:]

    def _one(self, record: ChangeRecord, batch: Batch, *, waiting_id: int | None = None) -> bool:
        """Applies one record into `batch`; True if it applied (or was a duplicate). Every
        check comes before the record writes anything, so a quarantined record leaves no
        trace in the batch."""
        verdict = self._seen(record, batch)
        if verdict is None:
            try:
                self._apply(record, batch)
            except Quarantine as q:
                if q.retry and self.deferred is not None:
                    self.deferred.append((record, q))
                elif waiting_id is None:
                    self._quarantine(record, q)
                return False
        if waiting_id is not None:
            self.conn.execute(delete(_quarantine).where(_quarantine.c.id == waiting_id))
            if verdict is None:
                self.result.released.append(record.change_id)
            return verdict is not False
        if verdict is not None:
            return verdict
        self.result.applied.append(record.change_id)
        if self.waiting:  # delivered again after it had to wait: the waiting copy is done
            self.conn.execute(
                delete(_quarantine).where(
                    _quarantine.c.change_id == record.change_id, _quarantine.c.retry.is_(True)
                )
            )
        self.result.quarantined.pop(record.change_id, None)
        return True

    def _seen(self, record: ChangeRecord, batch: Batch) -> bool | None:
        """True for a duplicate, False for a refused one, None for a record not seen yet."""
        if record.device == self.device:
            self.result.duplicates.append(record.change_id)  # our own, back from the hub
            return True
        known = batch.digest(record.change_id)
        if known is None:
            return None
        if known == record.digest() or erasure.scrubbed_since(self.conn, record):
            self.result.duplicates.append(record.change_id)
            return True
        self.result.rejected[record.change_id] = "content_mismatch"
        self._quarantine(
            record,
            Quarantine("content_mismatch", "the same change_id came with other content"),
        )
        return False

    def _retry_waiting(self) -> None:
        """Records that waited for a row or a reference: tried again until none moves."""
        progress = True
        while progress:
            progress = False
            waiting = self.conn.execute(
                select(_quarantine.c.id, _quarantine.c.record)
                .where(_quarantine.c.retry.is_(True))
                .order_by(_quarantine.c.id)
            ).all()
            for waiting_id, raw in waiting:
                record = ChangeRecord.from_json(raw)
                if self._alone(record, waiting_id=waiting_id):
                    progress = True

    # ------------------------------------------------------------------ one record
    def _apply(self, record: ChangeRecord, batch: Batch) -> None:
        table, values = self._checked(record, batch)
        current = batch.row(record.table, record.row_id)
        place = (
            current.get("name") if current is not None and record.table == "settlement" else None
        )
        erased = self.erasures.split(record, current)  # a person's, against their erasures
        if current is None:
            self._insert(table, record, values, batch)
        else:
            self._merge(table, erased.merge if erased else record, values, current, batch)
        self.erasures.took(record, erased, batch, self.peer)  # and logs it
        if self.renamed is not None:  # the index's triggers are off: what they would do
            if record.table == "person" and not fts.INDEXED_COLUMNS.isdisjoint(record.fields):
                self.indexed.add(record.row_id)
                if not fts.NAME_COLUMNS.isdisjoint(record.fields):
                    self.renamed.add(record.row_id)
            elif place is not None and current is not None and current["name"] != place:
                self.places.add(record.row_id)  # a settlement renamed: its people re-indexed
        kind = SYNC_TABLES[table]
        if not getattr(self.result.changes, kind):  # the same few kinds, record after record
            self.result.changes |= Changes.of(kind)
        row = batch.row(record.table, record.row_id) or {}
        self.unsettled.note(table, record, row, inserted=current is None)
        self.uow.fault("after_record")

    def _checked(
        self, record: ChangeRecord, batch: Batch
    ) -> tuple[type[SyncColumns], dict[str, object]]:
        """The record's table and decoded values, once everything about it is known good."""
        table = TABLES_BY_NAME.get(record.table)
        if table is None:
            raise Quarantine("unknown_table", record.table)
        decoders = codec.decoders(table)
        try:
            values = {n: decoders[n](f.value) for n, f in record.fields.items()}
        except KeyError as exc:
            detail = f"{record.table} has no synced field {exc.args[0]}"
            raise Quarantine("bad_value", detail) from None
        except codec.BadValue as exc:
            raise Quarantine("bad_value", str(exc)) from None
        stamps = {f.hlc for f in record.fields.values()}
        stamps |= {f.base for f in record.fields.values() if f.base}
        if not stamps or not all(map(Hlc.valid, stamps)):
            raise Quarantine("bad_clock", "a field's clock is missing or malformed")
        if record.hlc > self.received:  # the clock is already past an older stamp
            try:
                self.uow.receive(record.hlc)
            except (ClockDrift, ValueError) as exc:
                raise Quarantine("clock", str(exc), retry=isinstance(exc, ClockDrift)) from None
            self.received = record.hlc
        self._check_sequence(record, batch)
        return table, values

    def _insert(
        self,
        table: type[SyncColumns],
        record: ChangeRecord,
        values: dict[str, object],
        batch: Batch,
    ) -> None:
        missing = required_fields(table) - set(values)
        if missing:
            raise Quarantine("row_unknown", f"no row and no {sorted(missing)}", retry=True)
        self._check_references(table, values, batch)
        batch.insert(record.table, remote_row(table, record, values))
        self.uow.audit_remote("remote.insert", record, sorted(values))

    def _merge(
        self,
        table: type[SyncColumns],
        record: ChangeRecord,
        values: dict[str, object],
        current: dict[str, Any],
        batch: Batch,
    ) -> None:
        clocks: dict[str, str] = dict(current["field_clocks"])
        own = {} if self.hub else batch.own_unconfirmed(record.table, record.row_id)
        taken: dict[str, object] = {}
        met: list[tuple[str, field_merge.LocalField, FieldChange, bool]] = []
        for name, change in record.fields.items():
            local_hlc = clocks.get(name, "")
            local = field_merge.LocalField(
                codec.encode(current[name]), local_hlc, own.get(name) == local_hlc != ""
            )
            verdict = field_merge.decide(local, change, hub=self.hub)
            if verdict.conflict:
                met.append((name, local, change, verdict.take))
            if verdict.take:
                taken[name] = values[name]
                clocks[name] = change.hlc
        if taken:
            self._check_references(table, taken, batch)  # the last check: nothing written yet
        for name, local, change, incoming_won in met:
            self._conflict(record, name, local, change, incoming_won, batch)
            if local.own_unconfirmed:
                self._rebase_own(record, name, change, lost=incoming_won)
        if not taken:
            return
        before = dict(current)
        batch.update(
            record.table,
            record.row_id,
            {**taken, "field_clocks": clocks, "hlc": max(current["hlc"], record.hlc)},
        )
        self.uow.history_remote(record.table, record, before, taken)
        self.uow.audit_remote("remote.update", record, sorted(taken))

    def _check_sequence(self, record: ChangeRecord, batch: Batch) -> None:
        """One device never numbers two records alike: a second one is a copied device."""
        other = batch.sequence_owner(record.device, record.seq)
        if other is not None and other != record.change_id:
            raise Quarantine(
                "cloned_device",
                f"device {record.device} numbered two changes {record.seq}: {other}",
            )

    def _check_references(
        self, table: type[SyncColumns], values: dict[str, object], batch: Batch
    ) -> None:
        for name, target in _references(table).items():
            ref = values.get(name)
            if isinstance(ref, str) and not batch.exists(target, ref):
                raise Quarantine("unresolved_reference", f"{name} -> {target.name}", retry=True)

    # ------------------------------------------------------------------ spokes' own edits
    def _rebase_own(
        self, record: ChangeRecord, name: str, other: FieldChange, *, lost: bool
    ) -> None:
        """This spoke judged the meeting of its pending edit with `other`: a losing field leaves
        the pending change; a winning one takes `other`'s clock as its base, so the hub sees an
        edit made on top of what it holds and does not raise the same conflict again."""
        pending = self.conn.execute(
            select(_outbox.c.seq, _outbox.c.fields_json).where(
                _outbox.c.row_id == record.row_id,
                _outbox.c.table_name == record.table,
                _outbox.c.state == OutboxState.PENDING,
            )
        ).first()
        if pending is None:
            return
        fields = fields_from_json(pending.fields_json)
        mine = fields.get(name)
        if mine is None or mine.base == "":
            return  # a new row's first record keeps every field
        if lost:
            del fields[name]
        else:
            fields[name] = mine._replace(base=max(mine.base, other.hlc))
        self.conn.execute(
            update(_outbox)
            .where(_outbox.c.seq == pending.seq)
            .values(fields_json=fields_to_json(fields))
        )

    # ------------------------------------------------------------------ kept for a person
    def _conflict(
        self,
        record: ChangeRecord,
        name: str,
        local: field_merge.LocalField,
        incoming: FieldChange,
        incoming_won: bool,
        batch: Batch,
    ) -> None:
        local_user = author_of(self.conn, record.row_id, name, local.hlc, batch.logged)
        theirs = (json.dumps(incoming.value, ensure_ascii=False), incoming.hlc, record.user)
        ours = (json.dumps(local.value, ensure_ascii=False), local.hlc, local_user)
        kept, lost = (theirs, ours) if incoming_won else (ours, theirs)
        self.conn.execute(
            insert(_conflict).values(
                id=new_id(),
                table_name=record.table,
                row_id=record.row_id,
                field=name,
                kept_value=kept[0],
                kept_hlc=kept[1],
                kept_user=kept[2],
                lost_value=lost[0],
                lost_hlc=lost[1],
                lost_user=lost[2],
                detected_at=_now(),
            )
        )
        self.result.conflicts += 1
        self.result.changes |= Changes(sync_conflicts=True)

    def _quarantine(self, record: ChangeRecord, q: Quarantine) -> None:
        self._store_quarantine(record.change_id, record.to_json(), q)

    def _quarantine_raw(self, raw: bytes, reason: str, detail: str) -> None:
        self._store_quarantine("", raw, Quarantine(reason, detail))

    def _store_quarantine(self, change_id: str, raw: bytes, q: Quarantine) -> None:
        self.result.quarantined[change_id] = q.reason
        kept = self.conn.execute(
            select(_quarantine.c.id).where(
                _quarantine.c.change_id == change_id, _quarantine.c.record == raw
            )
        ).first()
        if kept is not None and change_id:
            return  # delivered again while it waits: kept once
        self.conn.execute(
            insert(_quarantine).values(
                change_id=change_id,
                record=raw,
                reason=q.reason,
                detail=q.detail,
                retry=q.retry,
                peer=self.peer,
                received_at=_now(),
            )
        )
