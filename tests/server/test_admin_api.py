"""A coordinator's administration over the API (server/admin_routes.py): the list of
workplaces' devices with their last contact and state, a new enrolment code that enrols a
device once, revoking and asking for rotation, each act in the server's log without a name,
a code or a token; the CLI's functions and the API's see the same devices."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from fastapi.testclient import TestClient

from socdesk.domain.ids import new_id
from socdesk.server import admin, logs
from socdesk.server.settings import ServerSettings

API = "/api/v1"


def enrolled(
    client: TestClient, settings: ServerSettings, districts: list[str] | None
) -> tuple[str, dict[str, str]]:
    code = admin.enrol(settings, "Центр" if districts is None else "Село", districts)
    device = new_id()
    answer = client.post(f"{API}/enrol", json={"code": code, "device_id": device})
    assert answer.status_code == 200, answer.text
    return device, {"Authorization": f"Bearer {answer.json()['token']}"}


def test_a_coordinator_lists_the_devices_with_their_last_contact_and_state(
    client: TestClient, server_settings: ServerSettings
) -> None:
    me, auth = enrolled(client, server_settings, None)
    village, village_auth = enrolled(client, server_settings, ["d1", "d2"])
    silent, _ = enrolled(client, server_settings, ["d2"])
    assert client.get(f"{API}/sync/hello", headers=village_auth).status_code == 200
    admin.revoke(server_settings, silent)
    answer = client.get(f"{API}/admin/devices", headers=auth)
    assert answer.status_code == 200, answer.text
    found = {d["id"]: d for d in answer.json()["devices"]}
    assert set(found) == {me, village, silent}
    assert found[me]["districts"] is None and found[village]["districts"] == ["d1", "d2"]
    assert (found[village]["state"], found[silent]["state"]) == ("active", "revoked")
    seen = dt.datetime.fromisoformat(found[village]["last_seen"])
    assert abs(dt.datetime.now(dt.UTC) - seen) < dt.timedelta(minutes=1)
    assert found[silent]["last_seen"] is None
    assert {d["id"] for d in answer.json()["districts"]} == {"d1", "d2"}
    assert {d["id"] for d in admin.list_devices(server_settings)} == set(found)  # the CLI's


def test_a_code_made_over_the_api_enrols_one_device_for_its_districts(
    client: TestClient, server_settings: ServerSettings
) -> None:
    _, auth = enrolled(client, server_settings, None)
    enrolled(client, server_settings, ["d1"])  # the server knows d1
    answer = client.post(
        f"{API}/admin/enrol", json={"workplace": " Озерна ", "districts": ["d1"]}, headers=auth
    )
    assert answer.status_code == 200, answer.text
    made = answer.json()
    expires = dt.datetime.fromisoformat(made["expires_at"])
    assert dt.timedelta(hours=23) < expires - dt.datetime.now(dt.UTC) <= dt.timedelta(hours=24)
    assert (made["workplace"], made["districts"]) == ("Озерна", ["d1"])
    first = client.post(f"{API}/enrol", json={"code": made["code"], "device_id": new_id()})
    assert first.status_code == 200 and first.json()["districts"] == ["d1"]
    again = client.post(f"{API}/enrol", json={"code": made["code"], "device_id": new_id()})
    assert again.status_code == 403
    unknown = client.post(
        f"{API}/admin/enrol", json={"workplace": "Х", "districts": ["d9"]}, headers=auth
    )
    assert unknown.status_code == 404 and "округу" in unknown.json()["detail"]
    for name in ("\x00", "Озерна\x00", "Озерна\nКриниця"):  # a NUL made PostgreSQL fail (500)
        odd = client.post(
            f"{API}/admin/enrol", json={"workplace": name, "districts": ["d1"]}, headers=auth
        )
        assert odd.status_code == 400 and "недруковані" in odd.json()["detail"], name


def test_a_coordinator_revokes_a_device_or_asks_it_to_rotate_but_not_itself(
    client: TestClient, server_settings: ServerSettings
) -> None:
    me, auth = enrolled(client, server_settings, None)
    village, village_auth = enrolled(client, server_settings, ["d1"])
    rotate = client.post(f"{API}/admin/devices/{village}/rotate", headers=auth)
    assert rotate.json() == {"device_id": village, "state": "rotating"}
    hello = client.get(f"{API}/sync/hello", headers=village_auth)
    assert hello.headers.get("X-SocDesk-Rotate") == "1"
    revoked = client.post(f"{API}/admin/devices/{village}/revoke", headers=auth)
    assert revoked.json() == {"device_id": village, "state": "revoked"}
    refused = client.get(f"{API}/sync/hello", headers=village_auth)
    assert refused.status_code == 403 and "відключено" in refused.json()["detail"]
    own = client.post(f"{API}/admin/devices/{me}/revoke", headers=auth)
    assert own.status_code == 400 and "власний" in own.json()["detail"]
    missing = client.post(f"{API}/admin/devices/{new_id()}/revoke", headers=auth)
    assert missing.status_code == 404 and "пристрою" in missing.json()["detail"]
    assert client.get(f"{API}/sync/hello", headers=auth).status_code == 200


def test_every_act_is_logged_without_a_name_a_code_or_a_token(
    client: TestClient, server_settings: ServerSettings, caplog: pytest.LogCaptureFixture
) -> None:
    me, auth = enrolled(client, server_settings, None)
    village, _ = enrolled(client, server_settings, ["d1"])
    with caplog.at_level(logging.INFO, logger=logs.LOGGER):
        logs.log.addHandler(caplog.handler)
        try:
            made = client.post(
                f"{API}/admin/enrol",
                json={"workplace": "Озерна", "districts": ["d1"]},
                headers=auth,
            ).json()
            client.post(f"{API}/admin/devices/{village}/revoke", headers=auth)
            client.get(f"{API}/admin/devices", headers=auth)
        finally:
            logs.log.removeHandler(caplog.handler)
    lines = [logs.JsonFormatter().format(r) for r in caplog.records if r.getMessage() == "admin"]
    assert [line.split('"action": "')[1].split('"')[0] for line in lines] == [
        "admin.enrol",
        "admin.revoke",
        "admin.devices",
    ]
    assert all(me in line for line in lines) and village in lines[1]
    text = "\n".join(logs.JsonFormatter().format(r) for r in caplog.records)
    token = auth["Authorization"].split()[1]
    for secret in (made["code"], made["code"].replace("-", ""), "Озерна", token):
        assert secret not in text
