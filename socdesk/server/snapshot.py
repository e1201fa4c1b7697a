"""Whole rows as change records made by the server (знімки рядків): what a device receives
when a coordinator moved a person to its district (transfer.py) or when its digest differs
from the server's (a targeted resync). Each field keeps its own clock and is made on top of
itself, so no replica takes it for a concurrent edit; a replica that holds the same values
changes nothing.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.store import codec
from socdesk.store.schema import TABLES_BY_NAME

# Resync records number themselves from a hash of their id, far above the server's own
# counter (transfers), so one device's sequence numbers never repeat.
RESYNC_SEQ = 2**62


def snapshot(
    hub_id: str,
    name: str,
    row: dict[str, Any],
    *,
    change_id: str,
    seq: int,
    bases: dict[str, str] | None = None,
) -> ChangeRecord:
    """The whole row as one record by the server, each field with its own clock and (but for
    `bases`) made on top of it."""
    clocks: dict[str, str] = row["field_clocks"]
    fields = {}
    for column in TABLES_BY_NAME[name].synced_fields():
        stamp = clocks.get(column) or row["hlc"]
        base = (bases or {}).get(column, stamp)
        fields[column] = FieldChange(codec.encode(row[column]), stamp, base)
    return ChangeRecord(change_id, name, row["id"], hub_id, seq, "", fields)


def resync_record(hub_id: str, name: str, row: dict[str, Any], nonce: str) -> ChangeRecord:
    """A row for a resync: its change id and number follow from the row's state and the
    resync's `nonce`, so a page served twice is the same page."""
    change_id = str(uuid.uuid5(uuid.UUID(hub_id), f"{nonce}:{name}:{row['id']}:{row['hlc']}"))
    seq = RESYNC_SEQ + int(hashlib.sha256(change_id.encode()).hexdigest()[:15], 16)
    return snapshot(hub_id, name, row, change_id=change_id, seq=seq)
