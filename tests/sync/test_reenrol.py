"""A revoked device comes back (re-enrolment): the coordinator makes a new code, the same data
folder connects again and becomes a NEW device with a new token; its changes not yet confirmed
(one whose answer was lost before the revocation, one never sent) reach the server exactly once,
and the old device stays revoked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from http_support import BASE, desks, server_rows, surnames, territory
from server_support import SECRET
from sqlalchemy import select
from support import add_person
from sync_checks import NORTH, NORTH_DISTRICT

from socdesk.domain.errors import ServerRefusedDevice, ServerUnreachable
from socdesk.server import admin
from socdesk.server.app import create_app
from socdesk.server.settings import ServerSettings, load_settings
from socdesk.server.tables import CURRENT, change
from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.sync import link
from socdesk.sync.exchange import FeedPage, PushAnswer, exchange
from socdesk.sync.http import HttpHub

__all__ = ["desks", "territory"]  # fixtures


class AnswerLost:
    """The server over HTTP; the answer to the first push never arrives."""

    def __init__(self, hub: HttpHub) -> None:
        self.hub = hub

    @property
    def hub_id(self) -> str:
        return self.hub.hub_id

    def push(self, device: str, page: bytes) -> PushAnswer:
        self.hub.push(device, page)
        raise ServerUnreachable()

    def pull(self, device: str, after: int, limit: int) -> FeedPage:
        raise AssertionError("not reached")


def _code(settings: ServerSettings, ids: dict[str, str]) -> str:
    return admin.enrol(settings, "Бабенківський офіс", [ids[NORTH_DISTRICT]])


def test_a_revoked_folder_enrols_again_as_a_new_device_and_loses_nothing(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
) -> None:
    a, b = desks
    ids = territory[1]
    for desk in (a, b):
        link.connect(desk, BASE, _code(server_settings, ids), client=client)
        link.sync_now(desk, client=client)
    old_device, old = a.device_id, link.linked(a)
    assert old is not None
    add_person(a, "Надіслана", settlement_id=ids[NORTH])  # sent, its answer lost
    with pytest.raises(ServerUnreachable):
        exchange(a, AnswerLost(HttpHub(BASE, old.token, client=client)))
    add_person(a, "Ненадіслана", settlement_id=ids[NORTH])  # never sent
    assert admin.revoke(server_settings, old_device)
    with pytest.raises(ServerRefusedDevice):
        link.sync_now(a, client=client)
    assert link.status(a).revoked

    again = link.connect(a, BASE, _code(server_settings, ids), client=client)
    assert a.device_id != old_device and again.token != old.token
    assert not link.status(a).revoked
    report = link.sync_now(a, client=client)
    assert report.complete and report.duplicates == 1  # the lost answer's record, taken once
    with a.read() as conn:
        assert changelog.unconfirmed_count(conn) == 0
    logged = [r["change_id"] for r in server_rows(server_settings, select(change.c.change_id))]
    assert len(logged) == len(set(logged))
    devices = {d["id"]: d for d in admin.list_devices(server_settings)}
    assert devices[old_device]["revoked"] and not devices[a.device_id]["revoked"]
    with pytest.raises(ServerRefusedDevice):  # the old token stays refused
        exchange(a, HttpHub(BASE, old.token, client=client))

    link.sync_now(b, client=client)
    assert {"Надіслана", "Ненадіслана"} <= set(surnames(b))
    add_person(b, "Від сусіда", settlement_id=ids[NORTH])
    link.sync_now(b, client=client)
    assert link.sync_now(a, client=client).applied == 1  # the feed goes on, nothing sent back
    assert "Від сусіда" in surnames(a)


def test_a_folder_disconnected_and_connected_again_is_a_new_device(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
) -> None:
    a, _ = desks
    ids = territory[1]
    link.connect(a, BASE, _code(server_settings, ids), client=client)
    first = a.device_id
    link.disconnect(a)
    add_person(a, "Після відключення", settlement_id=ids[NORTH])
    link.connect(a, BASE, _code(server_settings, ids), client=client)
    assert a.device_id != first
    assert link.sync_now(a, client=client).complete
    devices = {d["id"]: d for d in admin.list_devices(server_settings)}
    assert devices[first]["revoked"]


@pytest.mark.parametrize("disconnected", [False, True])
def test_a_folder_connects_to_a_new_server_at_the_same_address(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
    tmp_path: Path,
    disconnected: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, _ = desks
    shown: list[str | None] = []
    enrol = link.enrol_device

    def enrol_device(*args: Any, **kwargs: Any) -> dict[str, Any]:
        shown.append(kwargs.get("former_token"))
        return enrol(*args, **kwargs)

    monkeypatch.setattr(link, "enrol_device", enrol_device)
    ids = territory[1]
    link.connect(a, BASE, _code(server_settings, ids), client=client)
    assert link.sync_now(a, client=client).complete
    if disconnected:
        link.disconnect(a)
    add_person(a, "Для нового сервера", settlement_id=ids[NORTH])
    fresh = load_settings(data_dir=tmp_path / "server-b", database_url="", secret=SECRET)
    app = create_app(fresh)  # a new server (a fresh database, another hub id) at the address
    with TestClient(app) as other:
        link.connect(a, BASE, _code(fresh, ids), client=other)
        assert shown[-1] is None  # the old server's token stays with this folder
        assert link.sync_now(a, client=other).complete
        assert link.sync_now(a, client=other).complete
    app.state.server.engine.dispose()
    with a.read() as conn:
        assert changelog.unconfirmed_count(conn) == 0
    assert "Для нового сервера" in {
        r["surname"] for r in server_rows(fresh, select(CURRENT["person"].c.surname))
    }
