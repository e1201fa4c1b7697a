"""Every fixture store (one per released schema, tests/store/fixtures/<revision>) upgrades to
head without losing a row: read before the upgrade without migrating and after it, every
table holds at least what it held and every synced table exactly that, and SQLite's own
integrity check passes (test_migrate.py checks the store's fuller `admin check` and search)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import fixture_connection, make_paths

from socdesk.store.database import Store
from socdesk.store.schema import SYNC_TABLES

FIXTURES = Path(__file__).parent / "fixtures"
DERIVED = "person_fts"  # the search index's own tables: rebuilt, not kept
GROWN = {"worker"}  # a migration gives the signed-in user their worker row


def _raw(folder: Path) -> tuple[str, dict[str, int]]:
    """The integrity check's answer and every table's row count, read without upgrading."""
    conn = fixture_connection(folder)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
        return conn.execute("PRAGMA integrity_check").fetchone()[0], counts
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir()), ids=str)
def test_every_fixture_store_keeps_its_rows_through_the_upgrade(
    fixture: str, tmp_path: Path
) -> None:
    folder = shutil.copytree(FIXTURES / fixture, tmp_path / "data")
    _, before = _raw(folder)
    Store.open(make_paths(folder), "fixture", "fixture").close()  # migrates to head
    integrity, after = _raw(folder)
    assert integrity == "ok"
    synced = {str(t.__tablename__) for t in SYNC_TABLES} - GROWN
    for name, count in before.items():
        if name.startswith(DERIVED) or name == "alembic_version":
            continue
        assert after.get(name, 0) >= count, (name, count, after.get(name))
        if name in synced:
            assert after[name] == count, (name, count, after[name])
    assert sum(before[n] for n in synced if n in before) > 0
