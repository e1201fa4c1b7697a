"""A pushed page, taken in (приймання змін): the server is the hub that serialises edits.

For each record of the page, in the order the records were made:
- a `change_id` seen before is a duplicate (same digest) or refused (other content);
- a record another device made, or of a row outside the device's districts (for an update,
  the district of the row as the server holds it, and the one it moves to), is refused with
  its reason; the rest of the page goes on; but a row a coordinator moved away from the
  device's district (transfer.py) still takes its edits, and a new row that hangs on one
  follows it, since the device had not learnt of the move;
- a record that cannot apply here (unknown table, a value its column cannot hold, a bad or
  far-future clock, an update of a row the server never received) is quarantined with its
  reason, kept for the administrator; an update that waited for its row is taken when the
  record creating the row arrives (pages out of order);
- otherwise every field is merged into the current row by the one rule of
  `domain.field_merge` (`hub=True`), a real concurrent edit is kept as a conflict, and the
  record joins the change log under the next server sequence.
The caller runs the page in one transaction. The page is taken in batches (batch.py: its
rows read in a few set-based SELECTs, merged here in memory, written per table); a batch the
database refuses is halved down to the record at fault, which alone is taken one by one with
a savepoint of its own and quarantined, without undoing the others. Pages are taken one
at a time (SQLite's write lock; on PostgreSQL an advisory lock held to commit), so the
change log's sequence numbers become visible in order, even with several server processes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from socdesk.domain import erasure_merge, field_merge
from socdesk.domain.changes import ChangeRecord, FieldChange, MalformedRecord
from socdesk.domain.erasure_merge import WITHHELD
from socdesk.domain.hlc import DEFAULT_MAX_DRIFT_MS, Hlc
from socdesk.domain.ids import new_id
from socdesk.server import erasure, transfer
from socdesk.server.devices import Device
from socdesk.server.tables import CURRENT, change, conflict, moved, quarantine
from socdesk.server.transfer import moved_from_device
from socdesk.store import codec
from socdesk.store.schema import TABLES_BY_NAME

DISTRICT = "district_id"
# The territory every folder of a community holds with the same ids (from КАТОТТГ codes and
# names), a workplace's own row and its users' worker rows (of no district): any device may
# bring such a row the server lacks, or send one that changes nothing; changing one outside
# its districts is still refused.
BROUGHT = frozenset({"community", "starosta_district", "settlement", "workplace", "worker"})
FEED_LOCK = 0x50C_DE5C  # the PostgreSQL advisory lock that orders pushes


class Held(Exception):
    """Why one record is not accepted: `kind` is "rejected" or "quarantined"."""

    def __init__(self, kind: str, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.kind, self.reason, self.detail = kind, reason, detail


@dataclass
class PushResult:
    """The server's word on one page, per `change_id` (the desktop's `PushAnswer`)."""

    accepted: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)
    quarantined: dict[str, str] = field(default_factory=dict)
    conflicts: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "quarantined": self.quarantined,
            "conflicts": self.conflicts,
        }


def lock_feed(conn: Connection) -> None:
    """Pages (and transfers) are taken one at a time, so server sequence numbers commit in
    order and a pull's cursor never passes a number that a slower transaction commits later
    (SQLite's write lock does it there; on PostgreSQL an advisory lock held to commit)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FEED_LOCK})


def take_page(
    conn: Connection, device: Device, records: list[bytes], *, now: dt.datetime | None = None
) -> PushResult:
    """Takes one page of `device`'s records into the caller's transaction: in batches
    (server/batch.py), one record at a time only where the database refuses a batch."""
    from socdesk.server import batch  # here: batch builds on this module's Intake

    page = Page(records)  # before the lock: other pages wait only for the database work
    lock_feed(conn)
    had = erasure.erasures_before(conn, page.records)  # only new entries are scrubbed
    result = batch.take(conn, device, page, now or dt.datetime.now(dt.UTC))
    erasure.scrub_taken(conn, page.records, set(result.accepted), had)  # issue 17
    if page.malformed:
        result.rejected[""] = "malformed"
    return result


class Page:
    """A pushed page's records in the order they were made, with what needs no database
    made before the feed's lock: each record's canonical bytes and digest, its values
    decoded (or why they cannot be). Keyed by the record object: a page may hold one
    change id twice."""

    def __init__(self, raw: list[bytes]) -> None:
        self.records: list[ChangeRecord] = []
        self.malformed = False
        for body in raw:
            try:
                self.records.append(ChangeRecord.from_json(body))
            except MalformedRecord:
                self.malformed = True
        self.records.sort(key=_order)
        self.canonical = {id(r): _canonical(r) for r in self.records}
        self.values = {id(r): _decoded(r) for r in self.records}


def _canonical(record: ChangeRecord) -> tuple[bytes, str]:
    """The record's canonical bytes and their digest (`ChangeRecord.digest`), made once."""
    body = record.to_json()
    return body, hashlib.sha256(body).hexdigest()


def _decoded(record: ChangeRecord) -> dict[str, object] | Held | None:
    """The record's values for its table's columns, why they cannot be, or None (no such
    table)."""
    model = TABLES_BY_NAME.get(record.table)
    if model is None:
        return None
    try:
        return {n: codec.decode(model, n, f.value) for n, f in record.fields.items()}
    except codec.BadValue as exc:
        return Held("quarantined", "bad_value", str(exc))


def take_one_by_one(
    conn: Connection, device: Device, records: list[ChangeRecord], now: dt.datetime, page: Page
) -> PushResult:
    """Takes `records` (in order) one at a time, each under a savepoint of its own."""
    intake = Intake(conn, device, now, page=page)
    for record in records:
        intake.one(record)
    return intake.result


def any_moves(conn: Connection) -> bool:
    """Whether any row was ever moved between districts (transfer.py)."""
    return conn.execute(select(moved.c.row_id).limit(1)).first() is not None


def _brought(record: ChangeRecord, current: dict[str, Any] | None) -> bool:
    """A territory row the server does not have yet (the first folder of a community to
    connect brings it), or one whose every sent value equals the server's."""
    if record.table not in BROUGHT:
        return False
    if current is None:
        return True
    return all(
        name in current and codec.encode(current[name]) == sent.value
        for name, sent in record.fields.items()
    )


def _order(record: ChangeRecord) -> tuple[str, str]:
    """Records in the order they were made (their oldest field clock)."""
    return min((f.hlc for f in record.fields.values()), default=""), record.change_id


class Intake:
    """Takes records one at a time, each under a savepoint, reading and writing the database
    as it goes. `batch.BatchIntake` is the same logic on rows read for a whole page and
    writes made per table: the methods between the markers below are what it replaces."""

    def __init__(
        self,
        conn: Connection,
        device: Device,
        now: dt.datetime,
        *,
        page: Page,
        moves: bool | None = None,
    ) -> None:
        self.conn, self.device, self.now, self.page = conn, device, now, page
        self.result = PushResult()
        # Whether any row was ever moved between districts (transfer.py): only then can a
        # record of this device name a row that has left its districts.
        self.moves = any_moves(conn) if moves is None else moves
        self.waiting: dict[str, list[ChangeRecord]] | None = None  # row id -> held updates
        self.stamps: set[str] | None = None  # known erasures' clocks (`_split`)

    def one(self, record: ChangeRecord) -> None:
        known = self._known(record.change_id)
        if known is not None:
            if known == self._canonical(record)[1] or erasure.scrubbed_since(self.conn, record):
                self.result.duplicates.append(record.change_id)
            else:
                self.result.rejected[record.change_id] = "content_mismatch"
            return
        conflicts = self.result.conflicts
        try:
            created = self._attempt(record)
        except Held as held:
            self.result.conflicts = conflicts
            if held.kind == "rejected":
                self.result.rejected[record.change_id] = held.reason
            else:
                self._quarantine(record, held)
            return
        self._taken(record.change_id)
        self.result.accepted.append(record.change_id)
        if created:
            self._release(record.row_id)

    # --- what BatchIntake replaces: reads and writes of the database -------------------

    def _attempt(self, record: ChangeRecord) -> bool:
        """`_apply` under a savepoint: a record the database refuses is quarantined."""
        try:
            with self.conn.begin_nested():
                return self._apply(record)
        except DBAPIError as exc:
            raise Held("quarantined", "refused_by_store", str(exc.orig)) from None

    def _known(self, change_id: str) -> str | None:
        """The digest of the record the log holds under `change_id`, or None."""
        return self.conn.execute(
            select(change.c.digest).where(change.c.change_id == change_id)
        ).scalar()

    def _row(self, table_name: str, row_id: str) -> dict[str, Any] | None:
        table = CURRENT[table_name]
        found = self.conn.execute(select(table).where(table.c.id == row_id)).first()
        return None if found is None else found._asdict()

    def _insert_row(self, table_name: str, values: dict[str, Any]) -> None:
        self.conn.execute(insert(CURRENT[table_name]).values(**values))

    def _update_row(self, table_name: str, row_id: str, values: dict[str, Any]) -> None:
        table = CURRENT[table_name]
        self.conn.execute(update(table).where(table.c.id == row_id).values(**values))

    def _log(self, values: dict[str, Any]) -> None:
        self.conn.execute(insert(change).values(**values))

    def _add_conflict(self, values: dict[str, Any]) -> None:
        self.conn.execute(insert(conflict).values(**values))

    def _follow_move(
        self, record: ChangeRecord, followed: tuple[str, str | None, str], base: str
    ) -> None:
        transfer.follow(self.conn, record.table, record.row_id, followed, base, now=self.now)

    def _taken(self, change_id: str) -> None:
        """An accepted record leaves the quarantine, if it was there."""
        self.conn.execute(delete(quarantine).where(quarantine.c.change_id == change_id))

    def _quarantine_row(self, values: dict[str, Any]) -> None:
        self.conn.execute(delete(quarantine).where(quarantine.c.change_id == values["change_id"]))
        self.conn.execute(insert(quarantine).values(**values))

    def _waiting_records(self) -> list[bytes]:
        """This device's records (and those of the devices it took over from) quarantined as
        updates of a row not received yet."""
        return [
            bytes(raw)
            for raw in self.conn.execute(
                select(quarantine.c.record).where(
                    quarantine.c.reason == "row_unknown",
                    quarantine.c.device.in_(sorted(self.device.own)),
                )
            ).scalars()
        ]

    # --- the rule, the same for both ------------------------------------------------------

    def _release(self, row_id: str) -> None:
        """Takes this device's records that waited for the row (an update that came before
        the record creating it: pages out of order, or bundles). They were answered already,
        as quarantined: the page's answer stays about the page's own records."""
        if self.waiting is None:  # read once a page: almost always there are none
            self.waiting = {}
            for raw in self._waiting_records():
                record = ChangeRecord.from_json(raw)
                self.waiting.setdefault(record.row_id, []).append(record)
        records = self.waiting.pop(row_id, [])
        answer, self.result = self.result, PushResult()
        try:
            for record in sorted(records, key=_order):
                self.one(record)
        finally:
            self.result = answer

    def _apply(self, record: ChangeRecord) -> bool:
        """Takes the record into the current rows and the log; True if it made the row."""
        if record.device not in self.device.own:  # its own, or its former device's (re-enrolled)
            raise Held("rejected", "wrong_device", "a device pushes only its own changes")
        decoded = self.page.values.get(id(record)) or _decoded(record)  # or a released one
        if decoded is None:
            raise Held("quarantined", "unknown_table", record.table)
        if isinstance(decoded, Held):
            raise decoded
        values = dict(decoded)  # a record may be tried again (batch.py): its own copy
        self._check_clocks(record)
        current = self._row(record.table, record.row_id)
        erased = self._split(record, current, values)  # against the erasures it meets
        district = self._district(record, values, current)
        refused = erasure.refused_erasure(self.device.districts is None, record, current)
        if refused is not None:
            raise Held("quarantined", "erasure_refused", refused)
        followed = None
        if current is None:
            if self.moves:
                followed = self._follow(record, values, district)
                district = values[DISTRICT] = followed[2] if followed else district
            self._insert_row(
                record.table,
                {
                    **values,
                    "id": record.row_id,
                    "hlc": record.hlc,
                    "origin": record.device,
                    "field_clocks": {name: f.hlc for name, f in record.fields.items()},
                },
            )
        else:
            taken = self._merge(
                record if erased is None else erased.merge, values, current, district
            )
            district = taken.get(DISTRICT, current[DISTRICT])  # type: ignore[assignment]
            if erased is not None:
                self._merge_erasures(record, erased)
        body, digest = self._logged(record, erased, current, district)
        self._log(
            {
                "change_id": record.change_id,
                "device": record.device,
                "table_name": record.table,
                "row_id": record.row_id,
                "district_id": district,
                "digest": digest,
                "record": body,
            }
        )
        if followed is not None:
            base = record.fields[DISTRICT].hlc if DISTRICT in record.fields else ""
            self._follow_move(record, followed, base)
        return current is None

    def _split(
        self, record: ChangeRecord, current: dict[str, Any] | None, values: dict[str, object]
    ) -> erasure_merge.Split | None:
        """`domain.erasure_merge.split`; the known erasures' clocks are read once a page, when
        a field of a record is first older than its row's. What is held back leaves `values`
        (it takes no part, nor in the row's district)."""
        if self.stamps is None and erasure_merge.older(record, current):
            self.stamps = erasure.erasure_stamps(self.conn)
        erased = erasure_merge.split(record, current, self.stamps or frozenset())
        if erased is not None and erased.brought and self.stamps is not None:
            self.stamps.update(e.hlc for e in erased.brought if e.hlc)  # this page's erasures
        for name in () if erased is None else erased.held:
            values.pop(name, None)
        return erased

    def _logged(
        self,
        record: ChangeRecord,
        erased: erasure_merge.Split | None,
        current: dict[str, Any] | None,
        district: str | None,
    ) -> tuple[bytes, str]:
        """The record as the log keeps it, and its digest: what is held back carries what its
        erasure wrote (and a person is told of it, `_withheld`)."""
        if erased is None or not erased.held or current is None:
            return self._canonical(record)

        def records() -> list[Mapping[str, FieldChange]]:
            logged = select(change.c.record).where(change.c.row_id == record.row_id)
            raws = self.conn.execute(logged).scalars()
            return [ChangeRecord.from_json(bytes(raw)).fields for raw in raws]

        row = self._row(record.table, record.row_id) or current
        values = erasure_merge.written_by(erased.held, row, records)
        self._withheld(record, erasure_merge.told_of(record, erased, values), current, district)
        return _canonical(erasure_merge.logged(record, erased, values))

    def _withheld(
        self,
        record: ChangeRecord,
        names: list[str],
        current: dict[str, Any],
        district: str | None,
    ) -> None:
        """A value-less conflict per field held back with a value other than the row's (the
        desktops copy it into their conflicts view, store/sync_state.py); once per change."""
        for name in names:
            known = select(conflict.c.id).where(
                conflict.c.change_id == record.change_id, conflict.c.field == name
            )
            if self.conn.execute(known).first() is not None:
                continue
            withheld = (WITHHELD, str(current["field_clocks"].get(name, "")))
            self._add_conflict(
                _conflict_row(
                    record, name, district, withheld, (WITHHELD, record.fields[name].hlc), self.now
                )
            )
            self.result.conflicts += 1

    def _merge_erasures(self, record: ChangeRecord, erased: erasure_merge.Split) -> None:
        """The union of the row's erasures and the record's (a grow-only set)."""
        row = self._row(record.table, record.row_id)
        values = None if row is None else erasure_merge.erasures_update(erased, row)
        if values is not None:
            self._update_row(record.table, record.row_id, values)

    def _district(
        self, record: ChangeRecord, values: dict[str, object], current: dict[str, Any] | None
    ) -> str | None:
        """The row's district after the record, once the device may write the row there."""
        if current is None and DISTRICT not in values:
            raise Held("quarantined", "row_unknown", "an update of a row the server never got")
        touched = [current[DISTRICT]] if current is not None else []
        if DISTRICT in values:
            touched.append(values[DISTRICT])
        for district in touched:
            if self.device.covers(district) or _brought(record, current):
                continue  # its own district, or a territory row the server lacks
            # moved away from this device's district: still taken, and it goes along
            if (
                current is not None
                and self.moves
                and district == current[DISTRICT]
                and moved_from_device(self.conn, self.device, record.table, record.row_id)
                is not None
            ):
                continue
            raise Held("rejected", "out_of_scope", f"district {district}")
        return touched[-1]  # type: ignore[no-any-return]

    def _follow(
        self, record: ChangeRecord, values: dict[str, object], district: str | None
    ) -> tuple[str, str | None, str] | None:
        """The district a new row goes to when its source was moved away from this device's
        district (the device had not learnt of the move); None when it stays where it is."""
        for column, parent in TABLES_BY_NAME[record.table].DISTRICT_FROM:
            parent_id = values.get(column)
            if not isinstance(parent_id, str) or not parent_id:
                continue
            source = self._row(parent, parent_id)
            now = None if source is None else source[DISTRICT]
            if now is None:
                continue
            person = moved_from_device(self.conn, self.device, parent, parent_id)
            if now != district and person is not None:
                return (person, district, str(now))  # the person, from, to
            return None
        return None

    def _canonical(self, record: ChangeRecord) -> tuple[bytes, str]:
        return self.page.canonical.get(id(record)) or _canonical(record)

    def _check_clocks(self, record: ChangeRecord) -> None:
        limit = int(self.now.timestamp() * 1000) + DEFAULT_MAX_DRIFT_MS
        stamps = {f.hlc for f in record.fields.values()}  # a record's fields share a few
        stamps |= {f.base for f in record.fields.values() if f.base}
        try:
            parsed = [Hlc.parse(stamp) for stamp in stamps]
        except ValueError:
            raise Held("quarantined", "bad_clock", "a field's clock is malformed") from None
        if not parsed:
            raise Held("quarantined", "bad_clock", "a record without fields")
        if any(stamp.wall_ms > limit for stamp in parsed):
            raise Held("quarantined", "clock", "the device's clock is ahead of the server's")

    def _merge(
        self,
        record: ChangeRecord,
        values: dict[str, object],
        current: dict[str, Any],
        district: str | None,
    ) -> dict[str, object]:
        clocks: dict[str, str] = dict(current["field_clocks"])
        taken: dict[str, object] = {}
        for name, incoming in record.fields.items():
            local = field_merge.LocalField(codec.encode(current[name]), clocks.get(name, ""))
            verdict = field_merge.decide(local, incoming, hub=True)
            if verdict.conflict:
                self._conflict(record, name, local, incoming, verdict.take, district)
            if verdict.take:
                taken[name] = values[name]
                clocks[name] = incoming.hlc
        if taken:
            self._update_row(
                record.table,
                record.row_id,
                {**taken, "field_clocks": clocks, "hlc": max(current["hlc"], record.hlc)},
            )
        return taken

    def _conflict(
        self,
        record: ChangeRecord,
        name: str,
        local: field_merge.LocalField,
        incoming: FieldChange,
        incoming_won: bool,
        district: str | None,
    ) -> None:
        theirs = (json.dumps(incoming.value, ensure_ascii=False), incoming.hlc)
        ours = (json.dumps(local.value, ensure_ascii=False), local.hlc)
        kept, lost = (theirs, ours) if incoming_won else (ours, theirs)
        self._add_conflict(_conflict_row(record, name, district, kept, lost, self.now))
        self.result.conflicts += 1

    def _quarantine(self, record: ChangeRecord, held: Held) -> None:
        self.result.quarantined[record.change_id] = held.reason
        self._quarantine_row(
            {
                "change_id": record.change_id,
                "device": self.device.id,
                "record": record.to_json(),
                "reason": held.reason,
                "detail": held.detail,
                "received_at": self.now,
            }
        )


def _conflict_row(
    record: ChangeRecord,
    name: str,
    district: str | None,
    kept: tuple[str, str],
    lost: tuple[str, str],
    now: dt.datetime,
) -> dict[str, Any]:
    """A server conflict of `name` of the record's row: kept and lost (value, clock)."""
    return {
        "id": new_id(),
        "change_id": record.change_id,
        "table_name": record.table,
        "row_id": record.row_id,
        "district_id": district,
        "field": name,
        "kept_value": kept[0],
        "kept_hlc": kept[1],
        "lost_value": lost[0],
        "lost_hlc": lost[1],
        "detected_at": now,
        "resolved": False,
    }
