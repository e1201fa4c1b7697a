"""Settings checked at start; enrolment codes are one-time, expiring and stored hashed; every
sync endpoint needs a live device token."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from server_support import SECRET, bearer
from sqlalchemy import select

from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.settings import ServerMisconfigured, ServerSettings, load_settings
from socdesk.server.tables import connect, device, enrolment

SYNC_ENDPOINTS = [
    ("GET", "/api/v1/sync/hello"),
    ("POST", "/api/v1/sync/push"),
    ("GET", "/api/v1/sync/pull"),
    ("GET", "/api/v1/sync/conflicts"),
]


def enrol(client: TestClient, code: str, device_id: str | None = None) -> dict[str, object]:
    response = client.post("/api/v1/enrol", json={"code": code, "device_id": device_id or new_id()})
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


@pytest.mark.parametrize("secret", [None, "", "changeme", "short-secret"])
def test_the_server_refuses_to_start_without_a_strong_secret(
    tmp_path: Path, secret: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOCDESK_SERVER_SECRET", raising=False)
    given: dict[str, object] = {"data_dir": tmp_path}
    if secret is not None:
        given["secret"] = secret
    with pytest.raises(ServerMisconfigured, match="SOCDESK_SERVER_SECRET"):
        load_settings(**given)


def test_the_database_defaults_to_a_file_in_the_data_folder(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, secret=SECRET)
    assert settings.url == f"sqlite:///{(tmp_path / 'server.db').resolve()}"


def test_health_answers_without_a_token(client: TestClient) -> None:
    assert client.get("/api/v1/health").json() == {"status": "ok"}


def test_a_code_gives_one_token_that_the_server_keeps_only_hashed(
    client: TestClient, server_settings: ServerSettings
) -> None:
    code = admin.enrol(server_settings, "Робоче місце 1", ["d1", "d2"])
    assert len(code) == 9 and code[4] == "-"
    device_id = new_id()
    answer = enrol(client, code.lower().replace("-", " "), device_id)  # as typed
    assert answer["districts"] == ["d1", "d2"] and answer["workplace"] == "Робоче місце 1"
    token = str(answer["token"])
    hello = client.get("/api/v1/sync/hello", headers={"Authorization": f"Bearer {token}"})
    assert hello.json()["device_id"] == device_id
    engine = connect(server_settings.url)
    with engine.connect() as conn:
        stored = [
            tuple(map(str, row))
            for table in (device, enrolment)
            for row in conn.execute(select(table))
        ]
    engine.dispose()
    assert stored and not any(token in v or code[:4] in v for row in stored for v in row)


def test_a_code_is_single_use(client: TestClient, server_settings: ServerSettings) -> None:
    code = admin.enrol(server_settings, "РМ", None)
    enrol(client, code)
    again = client.post("/api/v1/enrol", json={"code": code, "device_id": new_id()})
    assert again.status_code == 403
    assert "використаний" in again.json()["detail"]


def test_an_expired_or_wrong_code_is_refused(
    client: TestClient, server_settings: ServerSettings
) -> None:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    expired = admin.enrol(server_settings, "РМ", None, now=old)
    good = admin.enrol(server_settings, "РМ", None)
    wrong = "ABCD-EFGH" if good != "ABCD-EFGH" else "HGFE-DCBA"
    for code in (expired, wrong):
        refused = client.post("/api/v1/enrol", json={"code": code, "device_id": new_id()})
        assert refused.status_code == 403
        assert "координатора" in refused.json()["detail"]


@pytest.mark.parametrize(("method", "path"), SYNC_ENDPOINTS)
def test_sync_endpoints_refuse_no_token_and_a_wrong_one(
    client: TestClient, method: str, path: str
) -> None:
    assert client.request(method, path).status_code == 401
    wrong = client.request(method, path, headers={"Authorization": "Bearer not-a-token"})
    assert wrong.status_code == 401
    assert "пристрій" in wrong.json()["detail"]


def test_a_revoked_device_is_refused_in_ukrainian(
    client: TestClient, server_settings: ServerSettings
) -> None:
    answer = enrol(client, admin.enrol(server_settings, "РМ", None))
    auth = {"Authorization": f"Bearer {answer['token']}"}
    assert client.get("/api/v1/sync/hello", headers=auth).status_code == 200
    assert admin.revoke(server_settings, str(answer["device_id"]))
    for method, path in SYNC_ENDPOINTS:
        refused = client.request(method, path, headers=auth)
        assert refused.status_code == 403
        assert "відключено" in refused.json()["detail"]


def test_a_token_this_server_never_gave_is_a_plain_enrolment(
    client: TestClient, server_settings: ServerSettings
) -> None:
    body = {"code": admin.enrol(server_settings, "РМ", None), "device_id": new_id()}
    answer = client.post("/api/v1/enrol", json={**body, "former_token": "x" * 43})
    assert answer.status_code == 200, answer.text  # a new or restored server
    assert client.get("/api/v1/sync/hello", headers=bearer(str(answer.json()["token"]))).is_success
