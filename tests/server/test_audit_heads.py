"""Devices' audit chain heads on the server: a head that continues the chain is taken, one
that goes back or forks is a break the coordinator sees; the server's own actions are chained."""

from __future__ import annotations

from fastapi.testclient import TestClient
from server_support import bearer, enrolled

from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.audit import server_chain_intact
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import connect

URL = "/api/v1/sync/audit-head"
A, B, C = "a" * 64, "b" * 64, "c" * 64


def upload(client: TestClient, token: str, length: int, head: str, since: tuple[int, str]) -> dict:
    body = {"length": length, "head": head, "since_length": since[0], "since_hash": since[1]}
    answer = client.post(URL, json=body, headers=bearer(token))
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def test_a_continuing_chain_is_taken(client: TestClient, server_settings: ServerSettings) -> None:
    device, token = enrolled(client, server_settings)
    assert not upload(client, token, 10, A, (0, ""))["broken"]
    assert not upload(client, token, 25, B, (10, A))["broken"]
    [found] = [d for d in admin.list_devices(server_settings) if d["id"] == device]
    assert found["audit_break"] is None


def test_a_head_that_goes_back_or_forks_is_a_break(
    client: TestClient, server_settings: ServerSettings
) -> None:
    device, token = enrolled(client, server_settings)
    upload(client, token, 10, A, (0, ""))
    assert upload(client, token, 7, C, (0, ""))["broken"]  # cut: the chain went back
    [found] = [d for d in admin.list_devices(server_settings) if d["id"] == device]
    assert found["audit_break"] == "went_back"
    other, token2 = enrolled(client, server_settings)
    upload(client, token2, 10, A, (0, ""))
    assert upload(client, token2, 12, B, (10, C))["broken"]  # entry 10 is no longer A
    heads = client.get("/api/v1/admin/audit-heads", headers=bearer(token2)).json()
    assert {h["device"]: h["break_reason"] for h in heads} == {device: "went_back", other: "forked"}
    engine = connect(server_settings.url)
    try:
        with engine.connect() as conn:
            assert server_chain_intact(conn, server_settings.secret.get_secret_value())
            actions = conn.exec_driver_sql("SELECT action FROM server_audit").scalars().all()
            assert actions == ["audit.break", "audit.break"]
            conn.exec_driver_sql("UPDATE server_audit SET detail = 'x' WHERE id = 1")
            assert not server_chain_intact(conn, server_settings.secret.get_secret_value())
    finally:
        engine.dispose()


def test_only_a_coordinator_sees_the_heads(
    client: TestClient, server_settings: ServerSettings
) -> None:
    code = admin.enrol(server_settings, "РМ", ["district-1"])
    answer = client.post("/api/v1/enrol", json={"code": code, "device_id": new_id()}).json()
    refused = client.get("/api/v1/admin/audit-heads", headers=bearer(answer["token"]))
    assert refused.status_code == 403 and "координатор" in refused.json()["detail"]


def test_revoking_a_device_is_chained(client: TestClient, server_settings: ServerSettings) -> None:
    device, _ = enrolled(client, server_settings)
    assert admin.revoke(server_settings, device)
    engine = connect(server_settings.url)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT action, subject FROM server_audit").all()
            assert [tuple(r) for r in rows] == [("device.revoke", device)]
            assert server_chain_intact(conn, server_settings.secret.get_secret_value())
    finally:
        engine.dispose()


def test_a_device_replaced_by_its_folder_enrolling_again_is_chained(
    client: TestClient, server_settings: ServerSettings
) -> None:
    old, token = enrolled(client, server_settings)
    code = admin.enrol(server_settings, "РМ", None)
    again = client.post(
        "/api/v1/enrol", json={"code": code, "device_id": new_id(), "former_token": token}
    )
    assert again.status_code == 200, again.text
    engine = connect(server_settings.url)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT action, subject, detail FROM server_audit").all()
            assert [tuple(r) for r in rows] == [("device.replace", old, again.json()["device_id"])]
            assert server_chain_intact(conn, server_settings.secret.get_secret_value())
    finally:
        engine.dispose()


def test_an_upload_sent_again_since_the_previous_head_is_no_break(
    client: TestClient, server_settings: ServerSettings
) -> None:
    device, token = enrolled(client, server_settings)
    upload(client, token, 10, A, (0, ""))  # its answer lost: the desk still acknowledges 0
    upload(client, token, 12, B, (0, ""))
    upload(client, token, 25, C, (12, B))  # acknowledged 12 this time
    upload(client, token, 30, A, (12, B))  # and 25's answer lost
    [found] = [d for d in admin.list_devices(server_settings) if d["id"] == device]
    assert found["audit_break"] is None
    assert upload(client, token, 31, B, (10, A))["broken"]  # older than the previous: a fork
