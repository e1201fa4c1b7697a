"""GET /api/v1/status: counts and last pushes for monitoring, no person's data; a coordinator's
device or the monitoring token reads it, a district's device does not."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.hlc import Hlc, node_from_device
from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.app import create_app
from socdesk.server.settings import ServerMisconfigured, ServerSettings, load_settings
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync import wire

API = "/api/v1"
MONITOR = "monitor-token-0123456789abcdef"


def _enrol(
    client: TestClient, settings: ServerSettings, districts: list[str] | None
) -> tuple[str, dict[str, str]]:
    device_id = new_id()
    code = admin.enrol(settings, "Робоче місце", districts)
    answer = client.post(f"{API}/enrol", json={"code": code, "device_id": device_id})
    assert answer.status_code == 200, answer.text
    return device_id, {"Authorization": f"Bearer {answer.json()['token']}"}


def _push_person(client: TestClient, device_id: str, auth: dict[str, str]) -> None:
    stamp = str(Hlc(time.time_ns() // 1_000_000, 1, node_from_device(device_id)))
    values = {"surname": "Гнатюк", "given_name": "Марія", "district_id": "d1"}
    fields = {name: FieldChange(value, stamp, "") for name, value in values.items()}
    record = ChangeRecord(new_id(), "person", new_id(), device_id, 1, "", fields)
    page = wire.pack([record.to_json()], STORE_REVISION)
    answer = client.post(f"{API}/sync/push", content=page, headers=auth)
    assert answer.status_code == 200 and answer.json()["accepted"], answer.text


@pytest.fixture
def monitored(server_settings: ServerSettings) -> Iterator[tuple[TestClient, ServerSettings]]:
    settings = server_settings.model_copy(update={"status_token": SecretStr(MONITOR)})
    app = create_app(settings)
    with TestClient(app) as test_client:
        yield test_client, settings
    app.state.server.engine.dispose()


def test_status_counts_devices_and_pushes_without_personal_data(
    monitored: tuple[TestClient, ServerSettings],
) -> None:
    client, settings = monitored
    coordinator, coordinator_auth = _enrol(client, settings, None)
    desk, desk_auth = _enrol(client, settings, ["d1"])
    before = client.get(f"{API}/status", headers=coordinator_auth)
    assert before.status_code == 200, before.text
    assert before.json()["last_push_at"] is None and before.json()["change_log_rows"] == 0
    _push_person(client, desk, desk_auth)
    answer = client.get(f"{API}/status", headers=coordinator_auth)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["devices"] == 2 and body["devices_active"] == 2
    assert body["change_log_rows"] == body["change_log_last_seq"] >= 1
    assert body["quarantined"] == 0 and body["conflicts_open"] == 0
    assert body["database_bytes"] > 0
    listed = {d["id"]: d for d in body["device_list"]}
    assert listed[desk]["changes_pushed"] >= 1 and listed[desk]["last_push_at"]
    assert (
        listed[coordinator]["changes_pushed"] == 0 and listed[coordinator]["last_push_at"] is None
    )
    assert body["last_push_at"] == listed[desk]["last_push_at"]
    text = json.dumps(body, ensure_ascii=False)
    for personal in ("Гнатюк", "Марія", "Робоче місце"):
        assert personal not in text
    by_monitor = client.get(f"{API}/status", headers={"Authorization": f"Bearer {MONITOR}"})
    assert by_monitor.status_code == 200 and by_monitor.json()["devices"] == 2


def test_a_district_device_or_no_token_is_refused(
    monitored: tuple[TestClient, ServerSettings],
) -> None:
    client, settings = monitored
    _, desk_auth = _enrol(client, settings, ["d1"])
    answer = client.get(f"{API}/status", headers=desk_auth)
    assert answer.status_code == 403 and "координатор" in answer.json()["detail"]
    assert client.get(f"{API}/status").status_code == 401
    wrong = client.get(f"{API}/status", headers={"Authorization": f"Bearer {MONITOR}x"})
    assert wrong.status_code == 401


def test_a_weak_status_token_stops_the_server(tmp_path: object) -> None:
    with pytest.raises(ServerMisconfigured, match="SOCDESK_SERVER_STATUS_TOKEN"):
        load_settings(
            data_dir=tmp_path, secret="test-secret-0123456789abcdef", status_token="short"
        )
