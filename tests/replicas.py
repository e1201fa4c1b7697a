"""Replicas for the sync tests: copies of the template store with their own device ids and
clocks, and the star's exchanges: `push`, `pull` and `sync` run the product's own exchange
(`socdesk.sync.exchange` against the hub's store), and `outgoing`, `deliver` and `next_page`
are its pieces, for tests that cut, drop, repeat or shuffle what travels."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import text
from support import LOGIN, PASSWORD, make_paths

from socdesk.domain.ids import new_id
from socdesk.domain.progress import Progress
from socdesk.store import changelog, meta
from socdesk.store.database import Store
from socdesk.store.replica import HUB, ApplyResult, apply_remote, set_role
from socdesk.store.schema import SYNC_TABLES
from socdesk.sync import exchange, wire
from socdesk.sync.exchange import StoreHub, SyncReport


def make_replica(template: Path, folder: Path, *, hub: bool = False, skew_ms: int = 0) -> Store:
    """A copy of the template store as another device (new device id; what the template had
    in its outbox counts as delivered everywhere, since every replica starts from it)."""
    shutil.copytree(template, folder)
    clock: Callable[[], int] = lambda: time.time_ns() // 1_000_000 + skew_ms  # noqa: E731
    store = Store.open(make_paths(folder), LOGIN, PASSWORD, clock=clock)
    device = new_id()
    with store.writer.begin() as conn:
        meta.put(conn, meta.DEVICE_ID, device)
        conn.execute(text("UPDATE outbox SET state = 2"))
    store.device_id = device
    if hub:
        with store.write() as uow:
            set_role(uow, HUB)
    return store


def outgoing(spoke: Store, limit: int = 10_000) -> list[bytes]:
    """The spoke's unconfirmed records, frozen as they leave."""
    with spoke.write() as uow:
        records = changelog.outgoing(uow.connection, limit)
        changelog.mark_sent(uow, [r.change_id for r in records])
    return [r.to_json() for r in records]


def deliver(target: Store, records: Sequence[bytes], peer: str) -> ApplyResult:
    with target.write() as uow:
        return apply_remote(uow, records, peer)


def push(spoke: Store, hub: Store) -> SyncReport:
    """The spoke sends its outbox; the hub answers for every record, and the spoke takes
    every record the hub answered for as confirmed."""
    report = SyncReport()
    exchange.push(spoke, StoreHub(hub), report, Progress())
    return report


def next_page(spoke: Store, hub: Store, limit: int) -> tuple[list[bytes], int]:
    """The hub's feed after the spoke's cursor (the hub publishing its own edits first), and
    the position the cursor moves to once the page is applied."""
    with spoke.read() as conn:
        after = changelog.cursor(conn, hub.device_id)
    fed = StoreHub(hub).pull(spoke.device_id, after, limit)
    return wire.unpack(fed.page).records, fed.last


def pull(spoke: Store, hub: Store, limit: int = 10_000) -> SyncReport:
    """The spoke reads the hub's feed after its cursor, page and cursor in one transaction."""
    report = SyncReport()
    exchange.pull(spoke, StoreHub(hub), report, Progress(), limit)
    return report


def sync(spoke: Store, hub: Store) -> SyncReport:
    return exchange.exchange(spoke, StoreHub(hub))


def settle(hub: Store, *spokes: Store) -> None:
    """Two rounds of syncs: what any spoke sent reaches every other one."""
    for _ in range(2):
        for spoke in spokes:
            sync(spoke, hub)


def state(store: Store) -> dict[str, dict[str, dict[str, object]]]:
    """Every synced column (and the per-field clocks) of every row of every syncable table."""
    snapshot: dict[str, dict[str, dict[str, object]]] = {}
    with store.read() as conn:
        for table in SYNC_TABLES:
            name = table.__tablename__  # type: ignore[attr-defined]
            columns = ", ".join(f'"{c}"' for c in ["id", "field_clocks", *table.synced_fields()])
            rows = conn.execute(text(f"SELECT {columns} FROM {name}")).mappings()
            snapshot[name] = {row["id"]: dict(row) for row in rows}
    return snapshot


def open_conflicts(store: Store) -> list[dict[str, object]]:
    with store.read() as conn:
        rows = conn.execute(
            text("SELECT * FROM sync_conflict WHERE resolved_at IS NULL ORDER BY detected_at")
        ).mappings()
        return [dict(r) for r in rows]


def quarantined(store: Store) -> list[dict[str, object]]:
    with store.read() as conn:
        return [dict(r) for r in conn.execute(text("SELECT * FROM sync_quarantine")).mappings()]
