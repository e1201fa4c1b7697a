"""The in-process server (tests/server_support.py) and a territory of two districts for the
desktop's sync screens."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from server_support import client, server_settings
from sqlalchemy import text
from support import LOGIN, PASSWORD, make_paths

from socdesk.store.database import Store
from socdesk.store.schema import Settlement, StarostaDistrict
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    set_up_workplace,
)

__all__ = ["client", "server_settings", "territory"]


@pytest.fixture
def database_url() -> str:
    """The server on its default SQLite file: what these tests look at is the desktop (the
    server's own tests run on PostgreSQL too)."""
    return ""


@pytest.fixture(scope="session")
def territory(
    template_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    """The template store with a community of two districts (name -> id of districts and
    settlements)."""
    folder = tmp_path_factory.mktemp("syncui-territory") / "data"
    shutil.copytree(template_store, folder)
    store = Store.open(make_paths(folder), LOGIN, PASSWORD)
    north, south = (PlaceRecord("", "C", name) for name in ("Бабенкове", "Копанки"))
    set_up_workplace(
        store,
        WorkplaceSetup(
            CommunityRecord("", "Громада", settlements=(north, south)),
            "Громада",
            (DistrictSetup("Північний", (north,)), DistrictSetup("Південний", (south,))),
            "Офіс",
        ),
    )
    ids: dict[str, str] = {}
    with store.read() as conn:
        for model in (Settlement, StarostaDistrict):
            rows = conn.execute(text(f"SELECT id, name FROM {model.__tablename__}"))  # type: ignore[attr-defined]
            ids.update({name: row_id for row_id, name in rows})
    store.close()
    return folder, ids
