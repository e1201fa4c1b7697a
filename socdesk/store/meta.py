"""Key–value facts of this replica in the `meta` table."""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from socdesk.store.schema import Meta

STORE_ID = "store_id"
DEVICE_ID = "device_id"
HLC = "hlc"
OUTBOX_SEQ = "outbox_seq"
SYNC_ROLE = "sync_role"  # "hub" on the centre's replica, else a spoke
# This device's workplace: after a pull a store holds every workplace of the centre.
WORKPLACE_ID = "workplace_id"
REFDATA_PREFIX = "refdata."

_meta = Meta.__table__  # type: ignore[attr-defined]


def get(conn: Connection, key: str) -> str | None:
    value = conn.execute(select(_meta.c.value).where(_meta.c.key == key)).scalar()
    return None if value is None else str(value)


def workplace_id(conn: Connection) -> str | None:
    """The id of this device's workplace (None until the first run has set it up)."""
    return get(conn, WORKPLACE_ID)


def put(conn: Connection, key: str, value: str) -> None:
    stmt = insert(_meta).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
