"""What the sync screens count and what the server tells about conflicts (стан синхронізації):
the records held in quarantine here, and the server's open conflicts copied into this store's
conflicts so that a coordinator sees them on every workplace of the district, and closed here
once they are closed there (a person resolved one on another workplace), so that a conflict
is resolved once for the whole district."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.dialects.sqlite import insert

from socdesk.domain.changes import Changes
from socdesk.store import meta
from socdesk.store.schema import TABLES_BY_NAME, QuarantinedChange, SyncConflict
from socdesk.store.uow import UnitOfWork

_conflict: Table = SyncConflict.__table__  # type: ignore[attr-defined]
_quarantine: Table = QuarantinedChange.__table__  # type: ignore[attr-defined]
HUB_CONFLICTS = "server.conflicts"  # meta: ids of the hub's conflicts copied here, open there
ELSEWHERE = "elsewhere"  # the resolution of a conflict a person resolved on another workplace


def quarantined_count(conn: Connection) -> int:
    """How many received records wait in quarantine here, with their reasons."""
    return int(conn.execute(select(func.count()).select_from(_quarantine)).scalar_one())


def take_hub_conflicts(uow: UnitOfWork, found: Iterable[Mapping[str, Any]]) -> int:
    """Copies the hub's open conflicts (the server's `/sync/conflicts` answer: id, table_name,
    row_id, field, kept/lost value and clock, detected_at) into this store, once each (by the
    hub's id, so one already resolved here stays resolved). Returns how many were new.

    `found` is every conflict the hub holds open for this device: one copied earlier that is
    no longer among them was resolved on another workplace (`ELSEWHERE`), and is closed here.
    """
    rows = [
        {
            "id": str(c["id"]),
            "table_name": str(c["table_name"]),
            "row_id": str(c["row_id"]),
            "field": str(c["field"]),
            "kept_value": str(c["kept_value"]),
            "kept_hlc": str(c["kept_hlc"]),
            "kept_user": "",
            "lost_value": str(c["lost_value"]),
            "lost_hlc": str(c["lost_hlc"]),
            "lost_user": "",
            "detected_at": _stamp(str(c.get("detected_at", ""))),
        }
        for c in found
        if str(c.get("table_name", "")) in TABLES_BY_NAME
    ]
    _close_resolved_there(uow, {r["id"] for r in rows})
    if not rows:
        return 0
    known = set(
        uow.connection.execute(
            select(_conflict.c.id).where(_conflict.c.id.in_([r["id"] for r in rows]))
        ).scalars()
    )
    new = [r for r in rows if r["id"] not in known]
    if new:
        uow.connection.execute(insert(_conflict).on_conflict_do_nothing(), new)
        uow.changes |= Changes(sync_conflicts=True)
    return len(new)


def hub_conflicts_resolved_here(conn: Connection) -> list[str]:
    """The hub's conflicts a person resolved here that the hub still holds open (to be closed
    there: `POST /sync/conflicts/resolved`, after the chosen value has been pushed)."""
    tracked = _tracked(conn)
    if not tracked:
        return []
    query = select(_conflict.c.id).where(
        _conflict.c.id.in_(tracked),
        _conflict.c.resolved_at.is_not(None),
        _conflict.c.resolution != ELSEWHERE,
    )
    return sorted(conn.execute(query).scalars())


def _close_resolved_there(uow: UnitOfWork, still_open: set[str]) -> None:
    """Closes the hub's conflicts copied here that the hub no longer holds open; remembers
    which ones it does."""
    conn = uow.connection
    gone = sorted(set(_tracked(conn)) - still_open)
    if gone:
        closed = conn.execute(
            update(_conflict)
            .where(_conflict.c.id.in_(gone), _conflict.c.resolved_at.is_(None))
            .values(resolved_at=_stamp(""), resolved_by="", resolution=ELSEWHERE)
        )
        if closed.rowcount:
            uow.changes |= Changes(sync_conflicts=True)
    meta.put(conn, HUB_CONFLICTS, json.dumps(sorted(still_open)))


def _tracked(conn: Connection) -> list[str]:
    try:
        ids = json.loads(meta.get(conn, HUB_CONFLICTS) or "[]")
    except ValueError:
        return []
    return [str(i) for i in ids] if isinstance(ids, list) else []


def _stamp(text: str) -> str:
    """The server's ISO time as the store keeps times (UTC, to the second, with Z)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        moment = dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
