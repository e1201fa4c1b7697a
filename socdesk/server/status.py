"""`GET /api/v1/status`: what a coordinator's monitoring needs to see that the server and its
devices are healthy, and nothing about any person: counts of devices, each device's last push
(when, how many changes it has sent), the size of the change log, open conflicts, changes held
in quarantine, bundles, and the database's size.

Who may read it: a coordinator's device (its token, as for transfers), or a monitoring system
with `SOCDESK_SERVER_STATUS_TOKEN` (a bearer token of its own, when the setting is given).
"""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from socdesk.server.deps import API, RESPONSES, ServerState, State, _device, check_version
from socdesk.server.tables import bundle, change, conflict, device, quarantine, server_meta

PUSH_KEY = "p:"  # server_meta key of a device's last push: "p:<device id>" (40 characters)
NOT_PERMITTED = (
    "Стан сервера бачить лише координатор (пристрій, підключений до всіх округів) або система "
    "моніторингу з токеном SOCDESK_SERVER_STATUS_TOKEN."
)

router = APIRouter(prefix=API, dependencies=[Depends(check_version)], responses=RESPONSES)
_bearer = HTTPBearer(auto_error=False)


def note_push(conn: Connection, device_id: str, now: dt.datetime) -> None:
    """Keeps when `device_id` last pushed (inside the push's transaction)."""
    key, value = PUSH_KEY + device_id, now.isoformat(timespec="seconds")
    dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    upsert = dialect_insert(server_meta).values(key=key, value=value)
    conn.execute(upsert.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def _reader(
    request: Request,
    state: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """The monitoring token, else a coordinator's device token (checked as every device's)."""
    expected = state.settings.status_token.get_secret_value()
    if (
        expected
        and credentials is not None
        and hmac.compare_digest(credentials.credentials.encode(), expected.encode())
    ):
        return
    me = _device(request, state, credentials)
    if me.districts is not None:
        raise HTTPException(403, NOT_PERMITTED)


@router.get("/status", dependencies=[Depends(_reader)])
def status(state: State) -> dict[str, Any]:
    """Counts and times for monitoring (no person's data)."""
    return server_status(state)


def server_status(state: ServerState) -> dict[str, Any]:
    with state.engine.connect() as conn:
        pushes = dict(
            conn.execute(
                select(server_meta.c.key, server_meta.c.value).where(
                    server_meta.c.key.startswith(PUSH_KEY)
                )
            ).all()
        )
        sent: dict[str, int] = dict(
            conn.execute(select(change.c.device, func.count()).group_by(change.c.device)).all()
        )
        rows = conn.execute(
            select(device.c.id, device.c.revoked, device.c.enrolled_at).order_by(device.c.id)
        ).all()
        devices_out = [
            {
                "id": row.id,
                "revoked": bool(row.revoked),
                "enrolled_at": _iso(row.enrolled_at),
                "last_push_at": pushes.get(PUSH_KEY + row.id),
                "changes_pushed": int(sent.get(row.id, 0)),
            }
            for row in rows
        ]
        bundles: dict[str, int] = dict(
            conn.execute(
                select(bundle.c.direction, func.count()).group_by(bundle.c.direction)
            ).all()
        )
        counts = {
            "devices": len(rows),
            "devices_active": sum(not d["revoked"] for d in devices_out),
            "change_log_rows": _count(conn, change),
            "change_log_last_seq": conn.execute(select(func.max(change.c.seq))).scalar() or 0,
            "conflicts_open": conn.execute(
                select(func.count()).select_from(conflict).where(conflict.c.resolved.is_(False))
            ).scalar_one(),
            "quarantined": _count(conn, quarantine),
            "bundles_in": int(bundles.get("in", 0)),
            "bundles_out": int(bundles.get("out", 0)),
        }
        size = _database_bytes(conn, state)
    pushed = [d["last_push_at"] for d in devices_out if d["last_push_at"]]
    return {
        "status": "ok",
        "hub_id": state.hub_id,
        "now": _iso(dt.datetime.now(dt.UTC)),
        "last_push_at": max(pushed, default=None),
        "database_bytes": size,
        **counts,
        "device_list": devices_out,
    }


def _count(conn: Connection, table: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _database_bytes(conn: Connection, state: ServerState) -> int:
    if conn.dialect.name == "postgresql":
        return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one())
    path = state.settings.data_dir / "server.db"
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
