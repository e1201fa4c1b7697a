"""Two desktop stores and one in-process server, over HTTP (`HttpHub`), on SQLite and on
PostgreSQL: what one workplace registers reaches the other; two edits of one field become one
conflict, kept on the server and visible to both; a page pushed twice changes nothing more; a
record outside the device's districts is refused with its reason while the rest is accepted."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from http_support import BASE, North, connect, edit, north, server_rows, surnames
from replicas import outgoing, state
from sqlalchemy import func, select
from support import add_person
from sync_checks import NORTH, SOUTH

from socdesk.domain.errors import ServerRefusedDevice, ServerUnreachable
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change, conflict
from socdesk.store.database import Store
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync import wire
from socdesk.sync.exchange import exchange
from socdesk.sync.http import HttpHub, enrol_device

__all__ = ["north"]  # a fixture


def test_a_person_registered_on_one_desk_reaches_the_other(
    north: North, server_settings: ServerSettings
) -> None:
    a, b, hub_a, hub_b, ids = north
    add_person(a, "Гнатюк", "Марія", settlement_id=ids[NORTH])
    sent = exchange(a, hub_a)
    assert (sent.pushed, sent.accepted, sent.complete) == (1, 1, True)
    got = exchange(b, hub_b)
    assert got.applied == 1 and surnames(b) == ["Гнатюк"]
    assert state(a)["person"] == state(b)["person"]
    assert exchange(a, hub_a).pulled == 0  # its own record does not come back


def test_concurrent_edits_of_one_field_are_one_conflict_seen_by_both(
    north: North, server_settings: ServerSettings
) -> None:
    a, b, hub_a, hub_b, ids = north
    pid = add_person(a, "Гнатюк", "Марія", settlement_id=ids[NORTH])
    exchange(a, hub_a)
    exchange(b, hub_b)
    edit(a, pid, phone="+380671111111")
    edit(b, pid, phone="+380502222222")  # made later: the newer clock wins
    assert exchange(a, hub_a).conflicts_there == 0
    assert exchange(b, hub_b).conflicts_there == 1
    exchange(a, hub_a)
    assert state(a)["person"] == state(b)["person"]
    server_person = server_rows(server_settings, select(CURRENT["person"]))
    assert [row["phone"] for row in server_person] == ["+380502222222"]
    (kept,) = server_rows(server_settings, select(conflict))
    assert (kept["row_id"], kept["field"]) == (pid, "phone")
    assert json.loads(kept["kept_value"]) == "+380502222222"
    assert json.loads(kept["lost_value"]) == "+380671111111"
    for hub in (hub_a, hub_b):
        (seen,) = hub.conflicts()
        assert (seen["row_id"], seen["field"]) == (pid, "phone")


def test_a_page_pushed_twice_gives_duplicates_and_the_same_state(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> None:
    a, _ = desks
    ids = territory[1]
    hub = connect(client, server_settings, a, [ids["Північний"]])
    for surname in ("Гнатюк", "Ющенко", "Аврамчук"):
        add_person(a, surname, settlement_id=ids[NORTH])
    records = outgoing(a)
    page = wire.pack(records, STORE_REVISION)
    first = hub.push(a.device_id, page)
    assert len(first.accepted) == 3 and not first.duplicates
    before = (
        server_rows(server_settings, select(CURRENT["person"])),
        server_rows(server_settings, select(change.c.seq, change.c.change_id)),
    )
    second = hub.push(a.device_id, page)
    assert sorted(second.duplicates) == sorted(first.accepted) and not second.accepted
    after = (
        server_rows(server_settings, select(CURRENT["person"])),
        server_rows(server_settings, select(change.c.seq, change.c.change_id)),
    )
    assert after == before


def test_a_record_outside_the_devices_districts_is_refused_and_the_rest_accepted(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> None:
    a, b = desks
    ids = territory[1]
    hub_a = connect(client, server_settings, a, [ids["Північний"]])
    hub_b = connect(client, server_settings, b, [ids["Південний"]])
    add_person(a, "Гнатюк", settlement_id=ids[NORTH])
    add_person(a, "Чужий", settlement_id=ids[SOUTH])
    report = exchange(a, hub_a)
    assert report.accepted == 1 and list(report.rejected.values()) == ["out_of_scope"]
    stored = server_rows(server_settings, select(CURRENT["person"].c.surname))
    assert stored == [{"surname": "Гнатюк"}]
    exchange(b, hub_b)
    assert surnames(b) == []  # the north's person never reaches the south's desk
    count = server_rows(server_settings, select(func.count()).select_from(change))
    assert count == [{"count_1": 1}]


def test_a_wrong_token_and_a_dead_server_are_told_in_ukrainian(
    client: TestClient, desks: tuple[Store, Store]
) -> None:
    a, _ = desks
    with pytest.raises(ServerRefusedDevice, match="Код підключення неправильний"):
        enrol_device(BASE, "ABCD-EFGH", a.device_id, client=client)
    with pytest.raises(ServerRefusedDevice, match="пристрій") as refused:
        exchange(a, HttpHub(BASE, "not-a-token", client=client))
    assert refused.value.exit_code == 4

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    dead = httpx.Client(transport=httpx.MockTransport(down))
    with pytest.raises(ServerUnreachable, match="Сервер недоступний") as unreachable:
        exchange(a, HttpHub("http://127.0.0.1:9", "token", client=dead))
    assert unreachable.value.exit_code == 6


def test_the_feed_comes_in_pages_and_resumes_after_the_last(
    north: North, server_settings: ServerSettings
) -> None:
    a, b, hub_a, hub_b, ids = north
    for surname in ("Гнатюк", "Ющенко", "Аврамчук"):
        add_person(a, surname, settlement_id=ids[NORTH])
    exchange(a, hub_a, page_size=2)
    first = hub_b.pull(b.device_id, 0, 2)
    assert (len(wire.unpack(first.page).records), first.more) == (2, True)
    rest = hub_b.pull(b.device_id, first.last, 2)
    assert (len(wire.unpack(rest.page).records), rest.more) == (1, False)
    assert hub_b.pull(b.device_id, rest.last, 2).last == rest.last  # nothing new: it stays
    report = exchange(b, hub_b, page_size=2)
    assert report.applied == 3 and surnames(b) == ["Аврамчук", "Гнатюк", "Ющенко"]
