"""What the sync screens count and what the server tells about conflicts (стан синхронізації):
the records held in quarantine here, and the server's open conflicts copied into this store's
conflicts so that a coordinator sees them on every workplace of the district."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.dialects.sqlite import insert

from socdesk.domain.changes import Changes
from socdesk.store.schema import TABLES_BY_NAME, QuarantinedChange, SyncConflict
from socdesk.store.uow import UnitOfWork

_conflict: Table = SyncConflict.__table__  # type: ignore[attr-defined]
_quarantine: Table = QuarantinedChange.__table__  # type: ignore[attr-defined]


def quarantined_count(conn: Connection) -> int:
    """How many received records wait in quarantine here, with their reasons."""
    return int(conn.execute(select(func.count()).select_from(_quarantine)).scalar_one())


def take_hub_conflicts(uow: UnitOfWork, found: Iterable[Mapping[str, Any]]) -> int:
    """Copies the hub's open conflicts (the server's `/sync/conflicts` answer: id, table_name,
    row_id, field, kept/lost value and clock, detected_at) into this store, once each (by the
    hub's id, so one already resolved here stays resolved). Returns how many were new."""
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


def _stamp(text: str) -> str:
    """The server's ISO time as the store keeps times (UTC, to the second, with Z)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        moment = dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
