"""The desktop against the server's own behaviour: it rotates its token without ever being
locked out, the request log never holds a person's data, and versions are checked: the
previous release's records are taken, a desktop too old is told to update and loses nothing."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from http_support import BASE, NORTH, North, desks, north, person_with_case, surnames, territory
from replicas import outgoing
from sqlalchemy import text
from support import add_person

from socdesk.domain.errors import ServerRefusedDevice
from socdesk.server import admin, logs
from socdesk.server.settings import ServerSettings
from socdesk.store import changelog
from socdesk.sync import wire
from socdesk.sync.exchange import exchange
from socdesk.sync.http import HttpHub, UpdateRequired

__all__ = ["desks", "north", "territory"]  # fixtures

CANARY = "Канарейченко-Щиголь"


def token_of(hub: HttpHub) -> str:
    return hub.headers["Authorization"].removeprefix("Bearer ")


def test_a_rotated_token_is_kept_before_use_and_the_old_one_stops(north: North) -> None:
    a, _, hub_a, _, ids = north
    old = token_of(hub_a)
    kept: list[str] = []
    hub_a.on_token = kept.append
    new = hub_a.rotate()
    assert kept == [new] and token_of(hub_a) == new
    add_person(a, "Гнатюк", settlement_id=ids[NORTH])
    assert exchange(a, hub_a).accepted == 1  # the new token's first use
    stale = HttpHub(BASE, old, client=hub_a.client)
    with pytest.raises(ServerRefusedDevice):
        exchange(a, stale)


def test_a_lost_rotation_answer_leaves_the_old_token_working(north: North) -> None:
    a, _, hub_a, _, _ = north

    def cut(_token: str) -> None:
        raise ConnectionError("the laptop lost power before keeping the token")

    hub_a.on_token = cut
    with pytest.raises(ConnectionError):
        hub_a.rotate()
    again = HttpHub(BASE, token_of(hub_a), client=hub_a.client)  # the old token, as kept
    assert exchange(a, again).complete


def test_the_desktop_rotates_when_the_administrator_asks(
    north: North, server_settings: ServerSettings
) -> None:
    a, _, hub_a, _, _ = north
    kept: list[str] = []
    hub_a.on_token = kept.append
    assert admin.rotate(server_settings, a.device_id)
    exchange(a, hub_a)
    assert len(kept) == 1 and token_of(hub_a) == kept[0]
    exchange(a, hub_a)
    assert len(kept) == 1  # asked once, rotated once


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """Everything any logger writes while the test runs, as the server's JSON lines."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logs.JsonFormatter())
    root, access = logging.getLogger(), logging.getLogger(logs.LOGGER)
    saved = root.level
    root.addHandler(handler)
    access.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield out
    root.removeHandler(handler)
    access.removeHandler(handler)
    root.setLevel(saved)


def test_the_request_log_has_one_line_per_request_and_no_personal_data(
    north: North, log_lines: io.StringIO
) -> None:
    a, b, hub_a, hub_b, ids = north
    add_person(a, CANARY, "Марія", settlement_id=ids[NORTH], phone="+380671234567")
    exchange(a, hub_a)
    exchange(b, hub_b)
    assert surnames(b) == [CANARY]
    text = log_lines.getvalue()
    lines = [json.loads(line) for line in text.splitlines() if '"logger": "socdesk.server' in line]
    pushes = [line for line in lines if line.get("path") == "/api/v1/sync/push"]
    assert pushes and pushes[0]["method"] == "POST" and pushes[0]["status"] == 200
    assert pushes[0]["device"] == a.device_id and pushes[0]["ms"] >= 0
    assert {line["path"] for line in lines} >= {"/api/v1/sync/pull", "/api/v1/sync/hello"}
    for secret in (CANARY, "Марія", "380671234567", token_of(hub_a), token_of(hub_b)):
        assert secret not in text


def test_records_of_the_previous_release_are_taken(
    north: North, server_settings: ServerSettings, client: TestClient
) -> None:
    a, b, hub_a, hub_b, ids = north
    add_person(a, "Гнатюк", settlement_id=ids[NORTH])
    previous = server_settings.oldest_desktop_schema
    hub_a.headers["X-SocDesk-Schema"] = previous
    answer = hub_a.push(a.device_id, wire.pack(outgoing(a), previous))
    assert len(answer.accepted) == 1
    exchange(b, hub_b)
    assert surnames(b) == ["Гнатюк"]


def test_a_desktop_too_old_is_told_to_update_and_loses_nothing(
    north: North, server_settings: ServerSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, hub_a, hub_b, ids = north
    add_person(a, "Гнатюк", settlement_id=ids[NORTH])
    old = f"{int(server_settings.oldest_desktop_schema) - 1:04d}"
    hub_a.headers["X-SocDesk-Schema"] = old
    monkeypatch.setattr("socdesk.sync.exchange.STORE_REVISION", old)
    with pytest.raises(UpdateRequired, match="Оновіть SocDesk") as told:
        exchange(a, hub_a)
    assert told.value.exit_code == 3
    with a.read() as conn:
        assert changelog.unconfirmed_count(conn) == 1  # still waiting to be sent
    raw = hub_a.client.post(
        f"{BASE}/api/v1/sync/push",
        content=wire.pack(outgoing(a), old),
        headers={"Authorization": hub_a.headers["Authorization"]},
    )
    assert raw.status_code == 426 and "Оновіть SocDesk" in raw.json()["detail"]
    monkeypatch.undo()
    hub_a.headers["X-SocDesk-Schema"] = server_settings.oldest_desktop_schema
    assert exchange(a, hub_a).accepted == 1  # after the update
    exchange(b, hub_b)
    assert surnames(b) == ["Гнатюк"]


def test_a_form_version_travels_with_its_record(north: North) -> None:
    a, b, hub_a, hub_b, ids = north
    person_with_case(a, "Гнатюк", ids[NORTH])
    exchange(a, hub_a)
    exchange(b, hub_b)
    query = text("SELECT id, form_code, form_version FROM form_record ORDER BY id")
    with a.read() as conn, b.read() as other:
        mine, theirs = conn.execute(query).all(), other.execute(query).all()
    assert mine and mine == theirs and all(row.form_version for row in mine)


def test_a_revoked_desk_is_told_in_ukrainian_and_keeps_its_changes(
    north: North, server_settings: ServerSettings
) -> None:
    a, _, hub_a, _, ids = north
    add_person(a, "Гнатюк", settlement_id=ids[NORTH])
    assert admin.revoke(server_settings, a.device_id)
    with pytest.raises(ServerRefusedDevice, match="відключено") as refused:
        exchange(a, hub_a)
    assert refused.value.exit_code == 4
    with a.read() as conn:
        assert changelog.unconfirmed_count(conn) == 1
