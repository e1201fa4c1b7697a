"""USB bundle tests' helpers: a star of replicas that trust each other's key cards, and what to
compare before and after a refused or repeated import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import make_replica, state
from sqlalchemy import text

from socdesk.store.database import Store
from socdesk.sync import keycards


def enrol(hub: Store, spoke: Store, folder: Path) -> None:
    """The coordinator carries the centre's card to the workplace and the workplace's back."""
    folder.mkdir(exist_ok=True)
    keycards.trust(spoke, keycards.write_card(hub, folder, "Центр"))
    keycards.trust(hub, keycards.write_card(spoke, folder, "Робоче місце"))


@pytest.fixture
def star(template_store: Path, tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    hub = make_replica(template_store, tmp_path / "hub", hub=True)
    a = make_replica(template_store, tmp_path / "a")
    b = make_replica(template_store, tmp_path / "b")
    enrol(hub, a, tmp_path / "cards")
    enrol(hub, b, tmp_path / "cards")
    yield hub, a, b
    for store in (hub, a, b):
        store.close()


def everything(store: Store) -> dict[str, object]:
    """The synced rows and every sync bookkeeping table except the audit log."""
    snapshot: dict[str, object] = {"rows": state(store)}
    with store.read() as conn:
        for table in ("outbox", "sync_change_log", "sync_peer", "sync_quarantine", "sync_bundle"):
            snapshot[table] = [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table}"))]
    return snapshot


def audit(store: Store, action: str) -> list[str]:
    with store.read() as conn:
        return list(
            conn.execute(
                text("SELECT detail FROM audit_log WHERE action = :a ORDER BY id"), {"a": action}
            ).scalars()
        )


def people(store: Store) -> list[str]:
    with store.read() as conn:
        return sorted(conn.execute(text("SELECT surname FROM person")).scalars())
