"""The desktop's administration calls (sync/admin.py) against the in-process server, with the
token kept in the store's link: a coordinator's folder lists the devices, makes a code that
enrols a workplace, revokes it and moves a person; a district's folder is told it may not
before anything is sent; a revoked or unreachable server says so in Ukrainian."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from server_support import known_districts
from support import add_person
from sync_checks import NORTH

from socdesk.domain.errors import ServerRefusedDevice, ServerUnreachable
from socdesk.server import admin as server_admin
from socdesk.server.settings import ServerSettings
from socdesk.store.database import Store
from socdesk.sync import admin, link
from socdesk.sync.http import ServerError

BASE = "http://testserver"
Territory = tuple[Path, dict[str, str]]


def linked(
    client: TestClient, settings: ServerSettings, store: Store, districts: list[str] | None
) -> None:
    code = server_admin.enrol(settings, "Центр" if districts is None else "Село", districts)
    link.connect(store, BASE, code, client=client)


def test_a_coordinators_folder_lists_makes_a_code_revokes_and_moves_a_person(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: Territory,
) -> None:
    centre, village = desks
    ids = territory[1]
    north, south = ids["Північний"], ids["Південний"]
    known_districts(server_settings, {north: "Північний", south: "Південний"})
    linked(client, server_settings, centre, None)
    found = admin.overview(centre, client=client)
    assert [d.id for d in found.devices] == [
        centre.device_id
    ] and found.own_device == centre.device_id
    assert dict(found.districts) == {north: "Північний", south: "Південний"}
    made = admin.new_code(centre, "Озерна", [north], client=client)
    assert (made.workplace, made.districts) == ("Озерна", (north,))
    link.connect(village, BASE, made.code, client=client)
    listed = {d.id: d for d in admin.overview(centre, client=client).devices}
    assert listed[village.device_id].districts == (north,)
    assert listed[village.device_id].state == "active"

    person = add_person(centre, "Гнатюк", settlement_id=ids[NORTH])
    link.sync_now(centre, client=client)
    moved = admin.transfer(centre, person, south, client=client)
    assert (moved.from_district, moved.to_district) == (north, south) and moved.rows >= 1

    admin.revoke(centre, village.device_id, client=client)
    assert admin.overview(centre, client=client).devices[-1].state == "revoked"
    with pytest.raises(ServerRefusedDevice, match="відключено"):
        link.sync_now(village, client=client)
    unknown = village.device_id[:-1] + ("1" if village.device_id.endswith("0") else "0")
    with pytest.raises(ServerError, match="пристрою"):
        admin.revoke(centre, unknown, client=client)


def test_a_districts_folder_may_not_and_nothing_is_sent(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    village = desks[1]
    with pytest.raises(link.NotConnected):
        admin.overview(village, client=client)
    linked(client, server_settings, village, ["d1"])
    sent: list[httpx.Request] = []
    spy = httpx.Client(
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))
    )
    with pytest.raises(admin.NotCoordinator, match="координатора"):
        admin.overview(village, client=spy)
    assert sent == []


def test_a_revoked_coordinator_or_an_unreachable_server_is_said_in_ukrainian(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    centre = desks[0]
    linked(client, server_settings, centre, None)

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    with pytest.raises(ServerUnreachable):
        admin.overview(centre, client=httpx.Client(transport=httpx.MockTransport(down)))
    server_admin.revoke(server_settings, centre.device_id)
    with pytest.raises(ServerRefusedDevice, match="відключено"):
        admin.new_code(centre, "Озерна", None, client=client)


def test_the_device_list_carries_an_audit_break(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    centre, _ = desks
    linked(client, server_settings, centre, None)
    assert admin.overview(centre, client=client).devices[0].audit_break is None
    listed = server_admin.device_rows
    monkeypatch.setattr(
        server_admin,
        "device_rows",
        lambda conn: [{**row, "audit_break": "forked"} for row in listed(conn)],
    )
    assert admin.overview(centre, client=client).devices[0].audit_break == "forked"
