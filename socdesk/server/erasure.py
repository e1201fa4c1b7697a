"""The server's part of an erasure (store/erasure.py): when a person's record brings an
erasure, the change log it serves as the feed, the conflicts it keeps and its quarantine lose
the old values of the erased fields, so that a device that reads the feed from the start, or
an administrator, never sees them. Each logged record keeps its id and clocks and carries the
row's current value (its digest is made again); the current rows took the new values by the
ordinary merge."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import Connection, delete, select, update

from socdesk.domain.changes import ChangeRecord, MalformedRecord
from socdesk.domain.retention import parse_erasures, scrubbed_copy, scrubbed_record
from socdesk.server.tables import CURRENT, change, conflict, quarantine
from socdesk.store.erasure_targets import current_values, erased_on_row, targets

log = logging.getLogger(__name__)


def scrub_taken(conn: Connection, records: Iterable[ChangeRecord], taken: set[str]) -> int:
    """Scrubs for each taken person record that carries erasures; how many people."""
    people = {
        r.row_id: r.fields["erasures"].value
        for r in records
        if r.table == "person"
        and "erasures" in r.fields
        and r.fields["erasures"].value  # a new person's is empty
        and r.change_id in taken
    }
    for person_id, value in people.items():
        scrub(conn, person_id, value)
    return len(people)


def scrub(conn: Connection, person_id: str, erasures_value: object) -> None:
    found = targets(conn, CURRENT, person_id, parse_erasures(erasures_value))
    if not found:
        return
    for (table, row_id), fields in found.items():
        conn.execute(
            delete(conflict).where(
                conflict.c.table_name == table,
                conflict.c.row_id == row_id,
                conflict.c.field.in_(sorted(fields)),
            )
        )
    now = current_values(conn, CURRENT, found)
    row_ids = sorted({row_id for _, row_id in found})
    logged = conn.execute(
        select(change.c.seq, change.c.record).where(change.c.row_id.in_(row_ids))
    ).all()
    for seq, raw in logged:
        scrubbed = scrubbed_record(ChangeRecord.from_json(bytes(raw)), now)
        if scrubbed is not None:
            conn.execute(
                update(change)
                .where(change.c.seq == seq)
                .values(record=scrubbed.to_json(), digest=scrubbed.digest())
            )
    for change_id, raw in conn.execute(select(quarantine.c.change_id, quarantine.c.record)).all():
        try:
            scrubbed = scrubbed_record(ChangeRecord.from_json(bytes(raw)), now)
        except MalformedRecord:
            continue
        if scrubbed is not None:
            conn.execute(
                update(quarantine)
                .where(quarantine.c.change_id == change_id)
                .values(record=scrubbed.to_json())
            )
    log.info("erasure: person %s scrubbed from the change log (%d rows)", person_id, len(found))


def scrubbed_since(conn: Connection, record: ChangeRecord) -> bool:
    """Whether the log holds `record` as an erasure scrubbed it (a device sent it again)."""
    raw = conn.execute(
        select(change.c.record).where(change.c.change_id == record.change_id)
    ).scalar()
    if raw is None:
        return False
    erased = erased_on_row(conn, CURRENT, record.table, record.row_id)
    return bool(erased) and scrubbed_copy(ChangeRecord.from_json(bytes(raw)), record, erased)
