"""The server's part of an erasure (store/erasure.py): when a person's record brings an
erasure, the change log it serves as the feed, the conflicts it keeps and its quarantine lose
the old values of the erased fields, so that a device that reads the feed from the start, or
an administrator, never sees them. Each logged record keeps its id and clocks and carries the
row's current value (its digest is made again); the current rows took the new values by the
ordinary merge."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, String, cast, delete, select, update

from socdesk.domain.changes import ChangeRecord, FieldChange, MalformedRecord
from socdesk.domain.erasure_merge import WITHHELD, bad_erasures
from socdesk.domain.retention import Erasure, parse_erasures, scrubbed_copy, scrubbed_record
from socdesk.server.tables import CURRENT, change, conflict, quarantine
from socdesk.store.erasure_targets import erased_on_row, scrub_values, targets

log = logging.getLogger(__name__)


def erasure_stamps(conn: Connection) -> set[str]:
    """The clocks of the erasures the server knows (every person's list)."""
    person = CURRENT["person"]
    found: set[str] = set()
    listed = cast(person.c.erasures, String).contains('"hlc"')
    for (value,) in conn.execute(select(person.c.erasures).where(listed)):
        found.update(e.hlc for e in parse_erasures(value) if e.hlc)
    return found


def refused_erasure(
    everywhere: bool, record: ChangeRecord, current: Mapping[str, Any] | None
) -> str | None:
    """Why a person record's `erasures` is refused (the taker quarantines it), or None: it
    adds an entry the row lacks and its device does not cover every district (`districts is
    None`: a coordinator's, the rule of reference data), or an entry's clock is bad
    (`domain.erasure_merge.bad_erasures`). A list that lacks an entry the row
    has is merged by union (domain/erasure_merge.py): the row's list only grows."""
    if record.table != "person" or "erasures" not in record.fields:
        return None
    bad = bad_erasures(record)
    if bad is not None or everywhere:
        return bad
    sent = {e.id for e in parse_erasures(record.fields["erasures"].value)}
    had = {e.id for e in parse_erasures((current or {}).get("erasures"))}
    if sent - had:
        return "only a device of every district erases"
    return None


def erasures_before(conn: Connection, records: Iterable[ChangeRecord]) -> dict[str, set[str]]:
    """The ids of the erasures each person a page's records erase had before the page."""
    ids = sorted({r.row_id for r in records if r.table == "person" and r.fields.get("erasures")})
    person = CURRENT["person"]
    rows = conn.execute(select(person.c.id, person.c.erasures).where(person.c.id.in_(ids)))
    return {str(i): {e.id for e in parse_erasures(value)} for i, value in rows} if ids else {}


def scrub_taken(
    conn: Connection,
    records: Iterable[ChangeRecord],
    taken: set[str],
    had: Mapping[str, set[str]] | None = None,
) -> int:
    """Scrubs for each taken person record that carries erasures the entries the row did not
    have before (`had`: person id -> erasure ids); how many people."""
    people: dict[str, dict[str, Erasure]] = {}  # the union of the person's records' lists
    for r in records:
        if r.table == "person" and "erasures" in r.fields and r.change_id in taken:
            found = people.setdefault(r.row_id, {})
            found.update((e.id, e) for e in parse_erasures(r.fields["erasures"].value))
    done = 0
    for person_id, entries in people.items():
        before = (had or {}).get(person_id, set())
        new = [e for e in entries.values() if e.id not in before]
        if new:
            scrub(conn, person_id, new)
            done += 1
    return done


def scrub(conn: Connection, person_id: str, erasures: Sequence[Erasure]) -> None:
    found = targets(conn, CURRENT, person_id, erasures)
    if not found:
        return
    for (table, row_id), fields in found.items():
        conn.execute(
            delete(conflict).where(
                conflict.c.table_name == table,
                conflict.c.row_id == row_id,
                conflict.c.field.in_(sorted(fields)),
                conflict.c.lost_value != WITHHELD,  # a notice keeps no value
            )
        )
    now, stamps = scrub_values(conn, CURRENT, person_id, erasures, found, _records(conn))
    row_ids = sorted({row_id for _, row_id in found})
    logged = conn.execute(
        select(change.c.seq, change.c.record).where(change.c.row_id.in_(row_ids))
    ).all()
    for seq, raw in logged:
        scrubbed = scrubbed_record(ChangeRecord.from_json(bytes(raw)), now, stamps)
        if scrubbed is not None:
            conn.execute(
                update(change)
                .where(change.c.seq == seq)
                .values(record=scrubbed.to_json(), digest=scrubbed.digest())
            )
    for change_id, raw in conn.execute(select(quarantine.c.change_id, quarantine.c.record)).all():
        try:
            scrubbed = scrubbed_record(ChangeRecord.from_json(bytes(raw)), now, stamps)
        except MalformedRecord:
            continue
        if scrubbed is not None:
            conn.execute(
                update(quarantine)
                .where(quarantine.c.change_id == change_id)
                .values(record=scrubbed.to_json())
            )
    log.info("erasure: person %s scrubbed from the change log (%d rows)", person_id, len(found))


def _records(conn: Connection) -> Callable[[str], list[Mapping[str, FieldChange]]]:
    def records(row_id: str) -> list[Mapping[str, FieldChange]]:
        raws = conn.execute(select(change.c.record).where(change.c.row_id == row_id)).scalars()
        return [ChangeRecord.from_json(bytes(raw)).fields for raw in raws]

    return records


def scrubbed_since(conn: Connection, record: ChangeRecord) -> bool:
    """Whether the log holds `record` as an erasure scrubbed it (a device sent it again)."""
    raw = conn.execute(
        select(change.c.record).where(change.c.change_id == record.change_id)
    ).scalar()
    if raw is None:
        return False
    erased = erased_on_row(conn, CURRENT, record.table, record.row_id)
    return bool(erased) and scrubbed_copy(ChangeRecord.from_json(bytes(raw)), record, erased)
