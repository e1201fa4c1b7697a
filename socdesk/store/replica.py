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

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

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
from socdesk.store import codec, fts, meta
from socdesk.store.cases import settle_state
from socdesk.store.households import settle_head
from socdesk.store.merge import resolve_row_references, settle_redirects
from socdesk.store.redirects import any_merged
from socdesk.store.schema import (
    SYNC_TABLES,
    TABLES_BY_NAME,
    CaseEvent,
    ChangeLogEntry,
    OutboxEntry,
    Person,
    QuarantinedChange,
    SyncColumns,
    SyncConflict,
)
from socdesk.store.schema.refs import references_to
from socdesk.store.uow import UnitOfWork, new_row, required_fields

_log: Table = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]
_quarantine: Table = QuarantinedChange.__table__  # type: ignore[attr-defined]
_conflict: Table = SyncConflict.__table__  # type: ignore[attr-defined]

HUB, SPOKE = "hub", "spoke"


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
    return _Applier(uow, peer).run(records)


# ---------------------------------------------------------------------------------- internals
def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@cache
def _references(table: type[SyncColumns]) -> dict[str, Table]:
    """Columns of `table` that hold another row's id, with the table they point to."""
    tbl: Table = table.__table__  # type: ignore[attr-defined]
    refs: dict[str, Table] = {}
    for column in tbl.columns:
        for fk in column.foreign_keys:
            refs[column.name] = fk.column.table
    return refs


class _Applier:
    def __init__(self, uow: UnitOfWork, peer: str) -> None:
        self.uow = uow
        self.conn = uow.connection
        self.peer = peer
        self.hub = role(self.conn) == HUB
        self.device = uow.device_id
        self.result = ApplyResult()
        self.redirected: set[str] = set()  # persons whose merge redirect this batch changed
        self.naming_people: list[tuple[type[SyncColumns], str]] = []  # rows that name persons
        self.moved_cases: set[str] = set()  # cases whose state or moves this batch changed
        self.households: set[str] = set()  # households whose head may have changed

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
        parsed.sort(
            key=lambda r: (min((f.hlc for f in r.fields.values()), default=""), r.change_id)
        )
        for record in parsed:
            self._one(record)
        self._retry_waiting()
        self._settle_merges()
        for case_id in sorted(self.moved_cases):
            settle_state(self.uow, case_id)
        for household_id in sorted(self.households):
            settle_head(self.uow, household_id)
        if self.result.changes.recipients:
            fts.ensure(self.conn)  # a large batch leaves no slow search behind it
        return self.result

    def _settle_merges(self) -> None:
        """Merges made on different devices meet here: redirects that lead in a circle are
        cleared by the same rule on every replica, and rows made by a device that had not seen
        a merge are pointed at the survivor — ordinary changes, which travel."""
        if self.redirected:
            settle_redirects(self.uow, sorted(self.redirected))
        if self.naming_people and any_merged(self.conn):
            for table, row_id in self.naming_people:
                resolve_row_references(self.uow, table, row_id)

    def _one(self, record: ChangeRecord, *, waiting_id: int | None = None) -> bool:
        """Applies one record in its own savepoint; True if it applied (or was a duplicate)."""
        verdict = self._seen(record)
        if verdict is not None:
            if waiting_id is not None:
                self.conn.execute(delete(_quarantine).where(_quarantine.c.id == waiting_id))
            return verdict
        try:
            with self.conn.begin_nested():
                self._apply(record)
                if waiting_id is not None:
                    self.conn.execute(delete(_quarantine).where(_quarantine.c.id == waiting_id))
        except Quarantine as q:
            if waiting_id is None:
                self._quarantine(record, q)
            return False
        if waiting_id is None:
            self.result.applied.append(record.change_id)
            # Delivered again after it had to wait: the waiting copy is done with.
            self.conn.execute(
                delete(_quarantine).where(
                    _quarantine.c.change_id == record.change_id, _quarantine.c.retry.is_(True)
                )
            )
        else:
            self.result.released.append(record.change_id)
        self.result.quarantined.pop(record.change_id, None)
        return True

    def _seen(self, record: ChangeRecord) -> bool | None:
        """True for a duplicate, False for a refused one, None for a record not seen yet."""
        if record.device == self.device:
            self.result.duplicates.append(record.change_id)  # our own, back from the hub
            return True
        known = self.conn.execute(
            select(_log.c.digest).where(_log.c.change_id == record.change_id)
        ).scalar()
        if known is None:
            return None
        if known == record.digest():
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
                if self._one(record, waiting_id=waiting_id):
                    progress = True

    # ------------------------------------------------------------------ one record
    def _apply(self, record: ChangeRecord) -> None:
        table, values = self._checked(record)
        tbl: Table = table.__table__  # type: ignore[attr-defined]
        current = self.conn.execute(select(tbl).where(tbl.c.id == record.row_id)).mappings().first()
        if current is None:
            self._insert(table, record, values)
        else:
            self._merge(table, record, values, current)
        self.conn.execute(
            insert(_log).values(
                change_id=record.change_id,
                row_id=record.row_id,
                device=record.device,
                device_seq=record.seq,
                digest=record.digest(),
                record=record.to_json(),
                peer=self.peer,
                accepted_at=_now(),
            )
        )
        self.result.changes |= Changes.of(SYNC_TABLES[table])
        self._note_what_to_settle(table, record, values)
        self.uow.fault("after_record")

    def _checked(self, record: ChangeRecord) -> tuple[type[SyncColumns], dict[str, object]]:
        """The record's table and decoded values, once everything about it is known good."""
        table = TABLES_BY_NAME.get(record.table)
        if table is None:
            raise Quarantine("unknown_table", record.table)
        try:
            values = {n: codec.decode(table, n, f.value) for n, f in record.fields.items()}
        except codec.BadValue as exc:
            raise Quarantine("bad_value", str(exc)) from None
        stamps = [f.hlc for f in record.fields.values()]
        stamps += [f.base for f in record.fields.values() if f.base]
        if not stamps or not all(map(_hlc_ok, stamps)):
            raise Quarantine("bad_clock", "a field's clock is missing or malformed")
        try:
            self.uow.receive(record.hlc)
        except (ClockDrift, ValueError) as exc:
            raise Quarantine("clock", str(exc), retry=isinstance(exc, ClockDrift)) from None
        self._check_sequence(record)
        return table, values

    def _note_what_to_settle(
        self, table: type[SyncColumns], record: ChangeRecord, values: dict[str, object]
    ) -> None:
        """Rows whose invariants the batch may have broken, settled after it (`run`)."""
        if "merged_into" in record.fields and record.table == "person":
            self.redirected.add(record.row_id)
        if _names_people(table):
            self.naming_people.append((table, record.row_id))
        if record.table == "household" and "head_id" in record.fields:
            self.households.add(record.row_id)
        elif record.table == "person" and record.fields.keys() & {"household_role", "household_id"}:
            household = self._household_of(record.row_id)
            if household is not None:
                self.households.add(household)
        if record.table == "social_case" and "state" in record.fields:
            self.moved_cases.add(record.row_id)
        elif record.table == "case_event":
            case_id = values.get("case_id") or self._case_of_event(record.row_id)
            if isinstance(case_id, str):
                self.moved_cases.add(case_id)

    def _insert(
        self, table: type[SyncColumns], record: ChangeRecord, values: dict[str, object]
    ) -> None:
        missing = required_fields(table) - set(values)
        if missing:
            raise Quarantine("row_unknown", f"no row and no {sorted(missing)}", retry=True)
        self._check_references(table, values)
        row = new_row(table, values)
        row.update(
            id=record.row_id,
            hlc=record.hlc,
            origin=record.device,
            field_clocks={name: f.hlc for name, f in record.fields.items()},
        )
        self.conn.execute(insert(table.__table__), [row])  # type: ignore[attr-defined]
        self.uow.fault("after_row")
        self.uow.audit_remote("remote.insert", record, sorted(values))

    def _merge(
        self,
        table: type[SyncColumns],
        record: ChangeRecord,
        values: dict[str, object],
        current: Any,
    ) -> None:
        clocks: dict[str, str] = dict(current["field_clocks"])
        own = {} if self.hub else self._own_unconfirmed(record.table, record.row_id)
        taken: dict[str, object] = {}
        for name, change in record.fields.items():
            local_hlc = clocks.get(name, "")
            local = field_merge.LocalField(
                codec.encode(current[name]), local_hlc, own.get(name) == local_hlc != ""
            )
            verdict = field_merge.decide(local, change, hub=self.hub)
            if verdict.conflict:
                self._conflict(record, name, local, change, verdict.take)
                if local.own_unconfirmed:
                    self._rebase_own(record, name, change, lost=verdict.take)
            if verdict.take:
                taken[name] = values[name]
                clocks[name] = change.hlc
        if not taken:
            return
        self._check_references(table, taken)
        tbl: Table = table.__table__  # type: ignore[attr-defined]
        self.conn.execute(
            update(tbl)
            .where(tbl.c.id == record.row_id)
            .values(**taken, field_clocks=clocks, hlc=max(current["hlc"], record.hlc))
        )
        self.uow.fault("after_row")
        self.uow.history_remote(tbl.name, record, current, taken)
        self.uow.audit_remote("remote.update", record, sorted(taken))

    def _household_of(self, person_id: str) -> str | None:
        tbl: Table = Person.__table__  # type: ignore[attr-defined]
        return self.conn.execute(select(tbl.c.household_id).where(tbl.c.id == person_id)).scalar()

    def _case_of_event(self, event_id: str) -> object:
        tbl: Table = CaseEvent.__table__  # type: ignore[attr-defined]
        return self.conn.execute(select(tbl.c.case_id).where(tbl.c.id == event_id)).scalar()

    def _check_sequence(self, record: ChangeRecord) -> None:
        """One device never numbers two records alike: a second one is a copied device."""
        other = self.conn.execute(
            select(_log.c.change_id).where(
                _log.c.device == record.device, _log.c.device_seq == record.seq
            )
        ).scalar()
        if other is not None and other != record.change_id:
            raise Quarantine(
                "cloned_device",
                f"device {record.device} numbered two changes {record.seq}: {other}",
            )

    def _check_references(self, table: type[SyncColumns], values: dict[str, object]) -> None:
        for name, target in _references(table).items():
            ref = values.get(name)
            if ref is None:
                continue
            found = self.conn.execute(select(target.c.id).where(target.c.id == ref)).first()
            if found is None:
                raise Quarantine("unresolved_reference", f"{name} -> {target.name}", retry=True)

    # ------------------------------------------------------------------ spokes' own edits
    def _own_unconfirmed(self, table_name: str, row_id: str) -> dict[str, str]:
        """Fields of this row in this device's changes the hub has not confirmed: their clocks."""
        clocks: dict[str, str] = {}
        for (fields_json,) in self.conn.execute(
            select(_outbox.c.fields_json).where(
                _outbox.c.row_id == row_id,
                _outbox.c.table_name == table_name,
                _outbox.c.state < OutboxState.ACKNOWLEDGED,
            )
        ):
            for name, change in fields_from_json(fields_json).items():
                clocks[name] = max(clocks.get(name, ""), change.hlc)
        return clocks

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
            fields[name] = replace(mine, base=max(mine.base, other.hlc))
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
    ) -> None:
        local_user = self._author_of(record.row_id, name, local.hlc)
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

    def _author_of(self, row_id: str, name: str, stamp: str) -> str:
        """Who wrote the value of `name` stamped `stamp`: from this device's outbox or from
        the change log (looked up only when a conflict is kept, so a scan of one row's
        records is fine)."""
        sources: Sequence[Any] = [
            *self.conn.execute(
                select(_outbox.c.user, _outbox.c.fields_json).where(_outbox.c.row_id == row_id)
            ),
        ]
        for user, fields_json in sources:
            change = fields_from_json(fields_json).get(name)
            if change is not None and change.hlc == stamp:
                return str(user)
        for (raw,) in self.conn.execute(select(_log.c.record).where(_log.c.row_id == row_id)):
            record = ChangeRecord.from_json(raw)
            change = record.fields.get(name)
            if change is not None and change.hlc == stamp:
                return record.user
        return ""

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


@cache
def _names_people(table: type[SyncColumns]) -> bool:
    return any(ref.table == table.__tablename__ for ref in references_to("person"))


def _hlc_ok(stamp: str) -> bool:
    try:
        Hlc.parse(stamp)
    except ValueError:
        return False
    return True
