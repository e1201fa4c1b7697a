"""A replica's bookkeeping of the erasures a batch of records brings (store/replica.py):
the union of a person's erasures written after their record merged, by the rules of
`domain.erasure_merge`; the values made before a known erasure and sent after it, held back
on any row it stamped, with a notice without the value where coordinators look (the
conflicts view); the entries each row lacked, audited as they come and scrubbed once at the
end of the batch (store/erasure.py); and the mark a chunk the store refused puts back, so
that an erasure it rolled back scrubs nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import String, Table, and_, cast, insert, select

from socdesk.domain.changes import ChangeRecord, Changes, FieldChange
from socdesk.domain.erasure_merge import (
    WITHHELD,
    Split,
    bad_erasures,
    erasures_update,
    logged,
    older,
    split,
    told_of,
    written_by,
)
from socdesk.domain.ids import new_id
from socdesk.domain.retention import Erasure, parse_erasures
from socdesk.store import erasure
from socdesk.store.apply_batch import Batch
from socdesk.store.schema import Person, SyncConflict
from socdesk.store.uow import UnitOfWork

_person: Table = Person.__table__  # type: ignore[attr-defined]
_conflict: Table = SyncConflict.__table__  # type: ignore[attr-defined]


def erasure_stamps(conn: Any) -> set[str]:
    """The clocks of the erasures this store knows (every person's list)."""
    found: set[str] = set()
    listed = cast(_person.c.erasures, String).contains('"hlc"')
    rows = conn.execute(select(_person.c.erasures).where(listed))
    for (value,) in rows:
        found.update(e.hlc for e in parse_erasures(value) if e.hlc)
    return found


class Received:
    """A replica's erasures of one batch: the union written after a person record merged,
    the values held back (and told of), the entries each person's row lacked (audited as
    they come, scrubbed once at the end), and the mark a refused chunk puts back."""

    def __init__(self, uow: UnitOfWork, result: Any = None) -> None:
        self.uow = uow
        self.result = result  # the batch's ApplyResult: its conflicts count
        self.erased: dict[str, dict[str, Erasure]] = {}  # person id -> entries brought
        self.stamps: set[str] | None = None  # known erasures' clocks, read when first needed

    def split(self, record: ChangeRecord, current: Mapping[str, Any] | None) -> Split | None:
        """`domain.erasure_merge.split`: None for most records. The known erasures' clocks
        are read only when a field of the record is older than the row's. A list with an
        entry whose clock is bad is quarantined (`bad_erasures`)."""
        bad = bad_erasures(record) if record.table == "person" else None
        if bad is not None:
            from socdesk.store.replica import Quarantine  # it imports this module

            raise Quarantine("erasure_refused", bad)
        if self.stamps is None and older(record, current):
            self.stamps = erasure_stamps(self.uow.connection)
            for found in self.erased.values():
                self.stamps.update(e.hlc for e in found.values() if e.hlc)
        return split(record, current, self.stamps or frozenset())

    def took(self, record: ChangeRecord, found: Split | None, batch: Batch, peer: str) -> None:
        """After `found.merge` merged (or the row was made): the union, and what it brought;
        the notices of what was held back; logs the record as the change log keeps it
        (held-back fields carrying what their erasure wrote)."""
        if found is None:
            batch.log(record, peer)
            return
        row = batch.row(record.table, record.row_id)
        values = None if row is None else erasures_update(found, row)
        if values is not None:
            batch.update(record.table, record.row_id, values)
        if found.brought:  # only the entries the row lacked are scrubbed (and audited)
            self.erased.setdefault(record.row_id, {}).update((e.id, e) for e in found.brought)
            if self.stamps is not None:
                self.stamps.update(e.hlc for e in found.brought if e.hlc)
            erasure.audit_received(self.uow, record, found.had)
        if not found.held or row is None:
            batch.log(record, peer)
            return
        conn = self.uow.connection

        def records() -> list[Mapping[str, FieldChange]]:
            kept = [r.fields for r in batch.logged.get(record.row_id, [])]
            return kept + erasure.row_records(conn, record.row_id)

        written = written_by(found.held, row, records)
        self._notify(record, told_of(record, found, written), row)
        batch.log(logged(record, found, written), peer)

    def _notify(self, record: ChangeRecord, names: list[str], row: Mapping[str, Any]) -> None:
        """A value-less conflict entry per field of `names` (once per change and field), and
        an audit entry naming the fields, never a value."""
        conn = self.uow.connection
        told = []
        for name in names:
            change = record.fields[name]
            same = and_(
                _conflict.c.row_id == record.row_id,
                _conflict.c.field == name,
                _conflict.c.lost_hlc == change.hlc,
                _conflict.c.lost_value == WITHHELD,
            )
            if conn.execute(select(_conflict.c.id).where(same)).first() is not None:
                continue  # the same change sent again
            conn.execute(
                insert(_conflict).values(
                    id=new_id(),
                    table_name=record.table,
                    row_id=record.row_id,
                    field=name,
                    kept_value=WITHHELD,
                    kept_hlc=str(row["field_clocks"].get(name, "")),
                    kept_user="",
                    lost_value=WITHHELD,
                    lost_hlc=change.hlc,
                    lost_user=record.user,
                    detected_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
            )
            told.append(name)
        if told:
            self.uow.audit_remote("remote.withheld", record, told)
            if self.result is not None:
                self.result.conflicts += len(told)
                self.result.changes |= Changes(sync_conflicts=True)

    def mark(self) -> dict[str, dict[str, Erasure]]:
        """A copy of `erased`, which a refused chunk puts back."""
        return {person: dict(found) for person, found in self.erased.items()}

    def scrub(self) -> None:
        """People whose erasures came in this batch: their old values go here too."""
        for person_id, erasures in self.erased.items():
            erasure.scrub(self.uow, person_id, list(erasures.values()))
