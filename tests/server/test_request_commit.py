"""A request's transaction (server/deps.py `Transaction`) commits before the answer is sent:
a commit that fails answers an error, never 200 for a write the database did not keep."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, event

from socdesk.domain.ids import new_id
from socdesk.server import admin, feed
from socdesk.server.settings import ServerSettings

API = "/api/v1"


def enrolled(
    client: TestClient, settings: ServerSettings, districts: list[str] | None
) -> tuple[str, dict[str, str]]:
    code = admin.enrol(settings, "Село", districts)
    device = new_id()
    answer = client.post(f"{API}/enrol", json={"code": code, "device_id": device})
    assert answer.status_code == 200, answer.text
    return device, {"Authorization": f"Bearer {answer.json()['token']}"}


def _failing_commit(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
    """`owner.name` runs as before, then the commit of its connection fails."""
    real: Callable[..., Any] = getattr(owner, name)

    def fail(_conn: Connection) -> None:
        raise RuntimeError("the database refused the commit")

    def wrapped(conn: Connection, *args: Any, **kwargs: Any) -> Any:
        event.listen(conn, "commit", fail)
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(owner, name, wrapped)


@pytest.mark.parametrize(
    ("action", "function"), [("revoke", "revoke_device"), ("rotate", "rotate_device")]
)
def test_a_revoke_or_rotation_whose_commit_fails_is_not_answered_done(
    client: TestClient,
    server_settings: ServerSettings,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    function: str,
) -> None:
    _, auth = enrolled(client, server_settings, None)
    village, _ = enrolled(client, server_settings, ["d1"])
    _failing_commit(monkeypatch, admin, function)
    quiet = TestClient(client.app, raise_server_exceptions=False)
    answer = quiet.post(f"{API}/admin/devices/{village}/{action}", headers=auth)
    assert answer.status_code == 500
    found = {d["id"]: d for d in admin.list_devices(server_settings)}
    assert found[village]["state"] == "active"


def test_closing_conflicts_whose_commit_fails_is_not_answered_done(
    client: TestClient, server_settings: ServerSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, auth = enrolled(client, server_settings, ["d1"])
    _failing_commit(monkeypatch, feed, "close_conflicts")
    quiet = TestClient(client.app, raise_server_exceptions=False)
    answer = quiet.post(f"{API}/sync/conflicts/resolved", headers=auth, json={"ids": []})
    assert answer.status_code == 500
