"""A device's user sees and ends its own session (ASVS 7.5.2): the session is the device's
token, shown with when it was issued, when it was used before (a use the desk did not make
shows there) and when it is rotated at the latest; ending
it revokes the token (a rotated one not used yet too), chained in the server's audit, and the
device must be enrolled again. No device sees or ends another's."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient
from server_support import bearer, enrolled
from sqlalchemy import select, update

from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.audit import server_chain_intact
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import connect, device, server_audit

SESSION = "/api/v1/session"
HELLO = "/api/v1/sync/hello"


def _moment(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _set(settings: ServerSettings, device_id: str, **values: dt.datetime) -> None:
    engine = connect(settings.url)
    try:
        with engine.begin() as conn:
            conn.execute(update(device).where(device.c.id == device_id).values(**values))
    finally:
        engine.dispose()


def test_a_device_sees_its_own_session_issued_used_and_rotated_at_the_latest(
    client: TestClient, server_settings: ServerSettings
) -> None:
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    device_id, token = enrolled(client, server_settings)
    other, _ = enrolled(client, server_settings)
    seen = client.get(SESSION, headers=bearer(token))
    assert seen.status_code == 200
    mine = seen.json()
    assert mine["device_id"] == device_id != other and mine["workplace"] == "РМ"
    issued = _moment(mine["token_issued_at"])
    assert before <= issued <= dt.datetime.now(dt.UTC)
    assert mine["last_used_at"] is None  # the enrolment gave the token; no use before this
    assert client.get(HELLO, headers=bearer(token)).status_code == 200
    used = client.get(SESSION, headers=bearer(token)).json()["last_used_at"]
    assert before <= _moment(used) <= dt.datetime.now(dt.UTC)
    stranger = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)).replace(microsecond=0)
    _set(server_settings, device_id, last_seen=stranger)  # a use this desk did not make
    assert _moment(client.get(SESSION, headers=bearer(token)).json()["last_used_at"]) == stranger
    max_age = dt.timedelta(days=server_settings.token_max_age_days)
    assert _moment(mine["expires_at"]) - issued == max_age == dt.timedelta(days=90)
    assert mine["rotation_due"] is False
    assert set(mine) == {
        "device_id", "workplace", "enrolled_at", "token_issued_at", "last_used_at",
        "expires_at", "rotation_due",
    }  # fmt: skip
    _set(server_settings, device_id, token_since=dt.datetime.now(dt.UTC) - dt.timedelta(days=91))
    aged = client.get(SESSION, headers=bearer(token)).json()
    assert aged["rotation_due"] is True
    assert _moment(aged["expires_at"]) < dt.datetime.now(dt.UTC)
    new = client.post("/api/v1/sync/token", headers=bearer(token)).json()["token"]
    rotated = client.get(SESSION, headers=bearer(new)).json()  # the new token's first use
    assert _moment(rotated["token_issued_at"]) >= before and rotated["rotation_due"] is False


def test_a_device_ends_its_own_session_and_must_enrol_again(
    client: TestClient, server_settings: ServerSettings
) -> None:
    device_id, token = enrolled(client, server_settings)
    other, other_token = enrolled(client, server_settings)
    pending = client.post("/api/v1/sync/token", headers=bearer(token)).json()["token"]
    ended = client.delete(SESSION, headers=bearer(token))
    assert ended.status_code == 200 and ended.json() == {"device_id": device_id, "ended": True}
    for used in (token, pending):  # the token and the rotated one not used yet
        for method, path in (("GET", SESSION), ("DELETE", SESSION), ("GET", HELLO)):
            refused = client.request(method, path, headers=bearer(used))
            assert refused.status_code in (401, 403), (method, path)
            assert "пристрій" in refused.json()["detail"]
    assert client.get(HELLO, headers=bearer(other_token)).status_code == 200  # not another's
    listed = {d["id"]: d["revoked"] for d in admin.list_devices(server_settings)}
    assert listed == {device_id: True, other: False}
    engine = connect(server_settings.url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(server_audit.c.action, server_audit.c.subject)).all()
            assert [tuple(r) for r in rows] == [("device.end_session", device_id)]
            assert server_chain_intact(conn, server_settings.secret.get_secret_value())
    finally:
        engine.dispose()
    code = admin.enrol(server_settings, "РМ", None)  # enrolled again, as a new device
    again = client.post(
        "/api/v1/enrol", json={"code": code, "device_id": new_id(), "former_token": token}
    )
    assert again.status_code == 200
    assert client.get(SESSION, headers=bearer(again.json()["token"])).status_code == 200
