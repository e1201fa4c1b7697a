"""The in-process server's fixtures (tests/server_support.py), and two desks on a community
of two districts for the sync tests over HTTP."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import make_replica
from server_support import client, database_url, server_settings
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

__all__ = ["client", "database_url", "server_settings"]
NORTH, SOUTH = "Бабенкове", "Копанки"


@pytest.fixture(scope="module")
def territory(
    template_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    """The template store with a community of two districts of one settlement each (every
    replica starts from it): the folder, and name -> id of the districts and settlements."""
    folder = tmp_path_factory.mktemp("territory") / "data"
    shutil.copytree(template_store, folder)
    store = Store.open(make_paths(folder), LOGIN, PASSWORD)
    north, south = (PlaceRecord("", "C", name) for name in (NORTH, SOUTH))
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


@pytest.fixture
def desks(territory: tuple[Path, dict[str, str]], tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    folder, _ = territory
    a, b = make_replica(folder, tmp_path / "a"), make_replica(folder, tmp_path / "b")
    yield a, b
    a.close()
    b.close()
