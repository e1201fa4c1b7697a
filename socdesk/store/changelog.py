"""What leaves a replica and what it has accepted: the outbox's way out, acknowledgements,
and the hub's feed (черга змін, підтвердження, стрічка концентратора).

A spoke sends its outbox: `outgoing` reads the entries the hub has not confirmed, `mark_sent`
freezes them in the same transaction that hands them on (a later edit makes a new entry, so
one `change_id` never carries two contents), and `acknowledge` records the hub's answer. A
crash between sending and the answer leaves them sent, and sending them again is harmless.

The hub serves its change log as the feed: what it accepted from spokes and, once
`publish_own` has put them there, its own edits, in the order it accepted them (`seq`). A
spoke reads the feed after its cursor for that peer (`cursor`, `advance_cursor`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from socdesk.domain.changes import ChangeRecord, OutboxState, fields_from_json
from socdesk.store.schema import ChangeLogEntry, OutboxEntry, SyncPeer
from socdesk.store.uow import UnitOfWork

_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]
_log: Table = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_peer: Table = SyncPeer.__table__  # type: ignore[attr-defined]


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _record(row: object) -> ChangeRecord:
    return ChangeRecord(
        change_id=row.change_id,  # type: ignore[attr-defined]
        table=row.table_name,  # type: ignore[attr-defined]
        row_id=row.row_id,  # type: ignore[attr-defined]
        device=row.device,  # type: ignore[attr-defined]
        seq=row.seq,  # type: ignore[attr-defined]
        user=row.user,  # type: ignore[attr-defined]
        fields=fields_from_json(row.fields_json),  # type: ignore[attr-defined]
    )


def outgoing(conn: Connection, limit: int = 500) -> list[ChangeRecord]:
    """This device's change records the hub has not confirmed, oldest first."""
    rows = conn.execute(
        select(_outbox)
        .where(_outbox.c.state < OutboxState.ACKNOWLEDGED)
        .order_by(_outbox.c.seq)
        .limit(limit)
    ).all()
    return [_record(row) for row in rows]


def mark_sent(uow: UnitOfWork, change_ids: Sequence[str]) -> None:
    """Freezes entries that are leaving the device (pushed, or written into a bundle)."""
    conn = uow.connection
    # `state + 0`: found by the unique change id, not by the state index, which SQLite
    # preferred, scanning every pending entry per page (0.5 s a page with 50,000 pending).
    pending = (_outbox.c.state + 0) == OutboxState.PENDING
    for chunk in _chunks(change_ids):
        conn.execute(
            update(_outbox)
            .where(_outbox.c.change_id.in_(chunk), pending)
            .values(state=OutboxState.SENT)
        )


def acknowledge(uow: UnitOfWork, peer: str, change_ids: Sequence[str]) -> None:
    """The hub confirmed these entries: they stop being this device's unconfirmed edits."""
    conn = uow.connection
    for chunk in _chunks(change_ids):
        conn.execute(
            update(_outbox)
            .where(_outbox.c.change_id.in_(chunk))
            .values(state=OutboxState.ACKNOWLEDGED)
        )
    first_open = conn.execute(
        select(func.min(_outbox.c.seq)).where(_outbox.c.state < OutboxState.ACKNOWLEDGED)
    ).scalar()
    last = conn.execute(select(func.max(_outbox.c.seq))).scalar() or 0
    acked = last if first_open is None else first_open - 1
    _put_peer(conn, peer, acked_seq=acked)


def unconfirmed_count(conn: Connection) -> int:
    return int(
        conn.execute(
            select(func.count()).where(_outbox.c.state < OutboxState.ACKNOWLEDGED)
        ).scalar_one()
    )


def publish_own(uow: UnitOfWork) -> int:
    """The hub puts its own edits into its change log, after what it accepted so far, and
    takes them as confirmed: from here on they are frozen and in the feed. Returns how many."""
    conn = uow.connection
    rows = conn.execute(
        select(_outbox).where(_outbox.c.state < OutboxState.ACKNOWLEDGED).order_by(_outbox.c.seq)
    ).all()
    if not rows:
        return 0
    now = _now()
    records = [_record(row) for row in rows]
    # A record the log holds already (accepted from a peer, then edited here into the same
    # entry is impossible: entries that left are frozen) is kept as it is.
    conn.execute(
        upsert(_log).on_conflict_do_nothing(index_elements=["change_id"]),
        [
            {
                "change_id": r.change_id,
                "row_id": r.row_id,
                "device": r.device,
                "device_seq": r.seq,
                "digest": r.digest(),
                "record": r.to_json(),
                "peer": r.device,
                "accepted_at": now,
            }
            for r in records
        ],
    )
    conn.execute(
        update(_outbox)
        .where(_outbox.c.seq <= rows[-1].seq, _outbox.c.state < OutboxState.ACKNOWLEDGED)
        .values(state=OutboxState.ACKNOWLEDGED)
    )
    return len(records)


def feed(conn: Connection, after: int, limit: int = 500) -> tuple[list[bytes], int]:
    """The change log after position `after`: records as canonical bytes, and the position
    of the last one (`after` itself when there are none)."""
    rows = conn.execute(
        select(_log.c.seq, _log.c.record)
        .where(_log.c.seq > after)
        .order_by(_log.c.seq)
        .limit(limit)
    ).all()
    return [bytes(row.record) for row in rows], (rows[-1].seq if rows else after)


def cursor(conn: Connection, peer: str) -> int:
    """How far this replica has read `peer`'s feed."""
    return int(conn.execute(select(_peer.c.cursor).where(_peer.c.peer_id == peer)).scalar() or 0)


def advance_cursor(uow: UnitOfWork, peer: str, position: int) -> None:
    """Commits with the page it follows: a cut connection resumes after the last whole page."""
    _put_peer(uow.connection, peer, cursor=position)


def _put_peer(conn: Connection, peer: str, **values: int) -> None:
    row = {"peer_id": peer, "cursor": 0, "acked_seq": 0, "updated_at": _now(), **values}
    stmt = upsert(_peer).values(row)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["peer_id"], set_={**values, "updated_at": stmt.excluded.updated_at}
        )
    )


def _chunks(items: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
