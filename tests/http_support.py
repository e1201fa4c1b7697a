"""Two desktop stores (copies of one template with a community of two districts) and the
in-process server, over HTTP (`HttpHub`): fixtures and helpers shared by the sync tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from fastapi.testclient import TestClient
from replicas import make_replica
from sqlalchemy import text
from support import LOGIN, PASSWORD, make_paths

from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import connect as server_engine
from socdesk.store.database import Store
from socdesk.store.schema import Person, Settlement, StarostaDistrict
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    set_up_workplace,
)
from socdesk.sync.http import HttpHub, enrol_device

BASE = "http://testserver"
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


def connect(
    client: TestClient, settings: ServerSettings, store: Store, districts: list[str] | None
) -> HttpHub:
    """Enrols the store's device with a fresh code, as the «Підключення» dialog will."""
    code = admin.enrol(settings, "Робоче місце", districts)
    answer = enrol_device(BASE, code, store.device_id, client=client)
    return HttpHub(BASE, str(answer["token"]), client=client)


class North(NamedTuple):
    """Both desks enrolled for the northern district, their hubs, and the territory's ids."""

    a: Store
    b: Store
    hub_a: HttpHub
    hub_b: HttpHub
    ids: dict[str, str]


@pytest.fixture
def north(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> North:
    ids = territory[1]
    hub_a, hub_b = (connect(client, server_settings, s, [ids["Північний"]]) for s in desks)
    return North(*desks, hub_a, hub_b, ids)


def server_rows(settings: ServerSettings, query: Any) -> list[dict[str, Any]]:
    engine = server_engine(settings.url)
    try:
        with engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]
    finally:
        engine.dispose()


def surnames(store: Store) -> list[str]:
    with store.read() as conn:
        return sorted(conn.execute(text("SELECT surname FROM person")).scalars())


def edit(store: Store, row_id: str, **values: object) -> None:
    with store.write() as uow:
        uow.update(Person, row_id, values)
