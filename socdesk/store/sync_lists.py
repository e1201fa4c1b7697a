"""What the sync screen lists per record (записи, що очікують, і затримані записи): this
device's changes the server has not confirmed, and the received records held in quarantine
with their reason. Reads only; the counts are `changelog.unconfirmed_count` and
`sync_state.quarantined_count`."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, Table, select

from socdesk.domain.changes import ChangeRecord, MalformedRecord, OutboxState
from socdesk.store.schema import OutboxEntry, QuarantinedChange

_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]
_quarantine: Table = QuarantinedChange.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class WaitingChange:
    """One change of this device not yet confirmed by the server: which record, which
    fields, its clock (`hlc`, whose wall time is when it was made), and whether it has left
    (sent, waiting for the server's answer)."""

    table: str
    row_id: str
    fields: tuple[str, ...]
    hlc: str
    sent: bool


@dataclass(frozen=True, slots=True)
class HeldRecord:
    """A received record held in quarantine: which record (blank when it could not be read),
    the reason's code and detail, and when it arrived (UTC, …Z)."""

    change_id: str
    table: str
    row_id: str
    reason: str
    detail: str
    received_at: str


def waiting_changes(conn: Connection, limit: int = 1000) -> list[WaitingChange]:
    """The oldest `limit` unconfirmed changes of this device, oldest first."""
    rows = conn.execute(
        select(
            _outbox.c.table_name,
            _outbox.c.row_id,
            _outbox.c.fields_json,
            _outbox.c.hlc,
            _outbox.c.state,
        )
        .where(_outbox.c.state < OutboxState.ACKNOWLEDGED)
        .order_by(_outbox.c.seq)
        .limit(limit)
    ).all()
    return [
        WaitingChange(
            r.table_name,
            r.row_id,
            tuple(sorted(_field_names(r.fields_json))),
            r.hlc,
            r.state == OutboxState.SENT,
        )
        for r in rows
    ]


def held_records(conn: Connection, limit: int = 1000) -> list[HeldRecord]:
    """The records held in quarantine here, oldest first."""
    rows = conn.execute(select(_quarantine).order_by(_quarantine.c.id).limit(limit)).all()
    held = []
    for r in rows:
        try:
            record = ChangeRecord.from_json(r.record)
            table, row_id = record.table, record.row_id
        except MalformedRecord:
            table = row_id = ""
        held.append(HeldRecord(r.change_id, table, row_id, r.reason, r.detail, r.received_at))
    return held


def _field_names(fields_json: bytes) -> list[str]:
    return list(json.loads(fields_json))


def own_changes(conn: Connection, change_ids: list[str]) -> dict[str, tuple[str, str]]:
    """change id -> (table, row id) of this device's changes (the server's answer names
    them by id only)."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(change_ids), 500):
        chunk = change_ids[start : start + 500]
        rows = conn.execute(
            select(_outbox.c.change_id, _outbox.c.table_name, _outbox.c.row_id).where(
                _outbox.c.change_id.in_(chunk)
            )
        )
        found.update({r.change_id: (r.table_name, r.row_id) for r in rows})
    return found
