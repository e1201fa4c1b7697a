"""Token rotation never locks a device out: the old token works until the new one is first
used, then only the new one does. The administrator can ask a device to rotate; a revoked
device is refused everywhere, the rotation endpoint included, in Ukrainian."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient
from server_support import bearer, enrolled
from sqlalchemy import select, update

from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import connect, device

HELLO = "/api/v1/sync/hello"


def test_the_old_token_works_until_the_new_one_is_used(
    client: TestClient, server_settings: ServerSettings
) -> None:
    _, old = enrolled(client, server_settings)
    lost = client.post("/api/v1/sync/token", headers=bearer(old)).json()["token"]  # cut
    assert client.get(HELLO, headers=bearer(old)).status_code == 200  # not locked out
    new = client.post("/api/v1/sync/token", headers=bearer(old)).json()["token"]
    assert len({old, lost, new}) == 3
    assert client.get(HELLO, headers=bearer(lost)).status_code == 401  # replaced, never used
    assert client.get(HELLO, headers=bearer(old)).status_code == 200
    assert client.get(HELLO, headers=bearer(new)).status_code == 200  # first use
    assert client.get(HELLO, headers=bearer(old)).status_code == 401
    assert client.get(HELLO, headers=bearer(new)).status_code == 200


def test_the_administrator_asks_a_device_to_rotate(
    client: TestClient, server_settings: ServerSettings
) -> None:
    device_id, token = enrolled(client, server_settings)
    assert "X-SocDesk-Rotate" not in client.get(HELLO, headers=bearer(token)).headers
    assert admin.rotate(server_settings, device_id)
    assert not admin.rotate(server_settings, new_id())
    assert client.get(HELLO, headers=bearer(token)).headers["X-SocDesk-Rotate"] == "1"
    new = client.post("/api/v1/sync/token", headers=bearer(token)).json()["token"]
    assert "X-SocDesk-Rotate" not in client.get(HELLO, headers=bearer(new)).headers


def test_a_revoked_device_cannot_rotate_nor_use_a_rotated_token(
    client: TestClient, server_settings: ServerSettings
) -> None:
    device_id, token = enrolled(client, server_settings)
    new = client.post("/api/v1/sync/token", headers=bearer(token)).json()["token"]
    assert admin.revoke(server_settings, device_id)
    for used in (token, new):
        for method, path in (("GET", HELLO), ("POST", "/api/v1/sync/token")):
            refused = client.request(method, path, headers=bearer(used))
            assert refused.status_code in (401, 403)
            assert "пристрій" in refused.json()["detail"]
    assert (
        client.get(HELLO, headers=bearer(token))
        .json()["detail"]
        .startswith("Цей пристрій відключено")
    )


def test_a_token_older_than_the_maximum_age_is_rotated_at_the_next_sync(
    client: TestClient, server_settings: ServerSettings
) -> None:
    """ASVS 7.3.2: a device's token has an absolute lifetime (90 days by default); past it the
    server asks for a rotation instead of refusing, so a village offline for months is never
    locked out, and the new token's age counts from its first use."""
    device_id, token = enrolled(client, server_settings)
    engine = connect(server_settings.url)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=server_settings.token_max_age_days)
    with engine.begin() as conn:
        conn.execute(update(device).where(device.c.id == device_id).values(enrolled_at=long_ago))
    assert client.get(HELLO, headers=bearer(token)).headers["X-SocDesk-Rotate"] == "1"
    new = client.post("/api/v1/sync/token", headers=bearer(token)).json()["token"]
    assert "X-SocDesk-Rotate" not in client.get(HELLO, headers=bearer(new)).headers
    with engine.begin() as conn:
        since = conn.execute(select(device.c.token_since).where(device.c.id == device_id))
        assert since.scalar_one() is not None
        conn.execute(update(device).where(device.c.id == device_id).values(token_since=long_ago))
    engine.dispose()
    assert client.get(HELLO, headers=bearer(new)).headers["X-SocDesk-Rotate"] == "1"
