"""What a device reads (стрічка змін): the change log after its cursor, and the conflicts
the server kept, both limited to the device's districts (rows of no district, the reference
data every device needs, go to every device)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, or_, select, update

from socdesk.server.devices import Device
from socdesk.server.tables import change, conflict
from socdesk.server.transfer import PURGE, purge_for

MAX_LIMIT = 2000


def _in_scope(table: Table, device: Device) -> ColumnElement[bool] | None:
    if device.districts is None:
        return None
    column = table.c.district_id
    return or_(column.in_(sorted(device.districts)), column.is_(None))


@dataclass(frozen=True, slots=True)
class Fed:
    """A page of the feed: its records, the person the device must remove after applying
    them (a purge marker ends a page), where to resume, and whether more may follow."""

    records: list[bytes]
    purge: list[str]
    last: int
    more: bool


def feed(conn: Connection, device: Device, after: int, limit: int) -> Fed:
    """Up to `limit` entries after server sequence `after` that the device should receive
    (not its own), and the sequence to resume after."""
    limit = max(1, min(limit, MAX_LIMIT))
    query = (
        select(change.c.seq, change.c.table_name, change.c.record)
        .where(change.c.seq > after, change.c.device.not_in(sorted(device.own)))
        .order_by(change.c.seq)
        .limit(limit)
    )
    scope = _in_scope(change, device)
    if scope is not None:
        query = query.where(scope)
    rows = conn.execute(query).all()
    records: list[bytes] = []
    last = after
    for row in rows:
        last = row.seq
        if row.table_name != PURGE:
            records.append(bytes(row.record))
            continue
        person = purge_for(conn, device, bytes(row.record))
        if person is not None:
            return Fed(records, [person], last, True)
    return Fed(records, [], last, len(rows) == limit)


def conflicts(conn: Connection, device: Device) -> list[dict[str, Any]]:
    """The open conflicts of the device's districts, oldest first."""
    query = (
        select(
            conflict.c.id,
            conflict.c.table_name,
            conflict.c.row_id,
            conflict.c.field,
            conflict.c.kept_value,
            conflict.c.kept_hlc,
            conflict.c.lost_value,
            conflict.c.lost_hlc,
            conflict.c.detected_at,
        )
        .where(conflict.c.resolved.is_(False))
        .order_by(conflict.c.detected_at, conflict.c.id)
    )
    scope = _in_scope(conflict, device)
    if scope is not None:
        query = query.where(scope)
    return [
        {**row._asdict(), "detected_at": row.detected_at.isoformat()} for row in conn.execute(query)
    ]


def close_conflicts(conn: Connection, device: Device, ids: list[str]) -> int:
    """Marks resolved the open conflicts among `ids` of the device's districts (a person
    resolved them on the device; the value chosen travels as an ordinary change): the other
    devices drop them at their next sync. Ids outside its districts are left alone. How many
    were closed."""
    query = (
        update(conflict)
        .where(conflict.c.id.in_(sorted(set(ids))), conflict.c.resolved.is_(False))
        .values(resolved=True)
    )
    scope = _in_scope(conflict, device)
    if scope is not None:
        query = query.where(scope)
    return int(conn.execute(query).rowcount)
