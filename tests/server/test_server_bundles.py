"""The centre on the server: workplace A → stick → server → stick → workplace B gives what
HTTP sync gives; the server refuses what a desktop refuses (issue 15)."""

from __future__ import annotations

import base64
from pathlib import Path

from fastapi.testclient import TestClient
from replicas import make_replica, state
from server_support import SECRET
from sqlalchemy import select, text
from support import add_person

from socdesk.server import admin
from socdesk.server.devices import make_code
from socdesk.server.keys import server_keys
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import bundle
from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.sync import keycards, link
from socdesk.sync.bundle import BadBundle, read_header
from socdesk.sync.bundles import export_for_centre, import_bundle
from socdesk.sync.exchange import exchange
from socdesk.sync.http import HttpHub


def enrol(client: TestClient, store: Store) -> str:
    engine = client.app.state.server.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:
        code = make_code(conn, SECRET, "Робоче місце", None)
    body = {"code": code, "device_id": store.device_id, **keycards.enrol_fields(store)}
    answer = client.post("/api/v1/enrol", json=body).json()
    keycards.trust_server(store, answer)
    return str(answer["token"])


def test_a_round_through_the_server_by_stick_gives_what_http_gives(
    client: TestClient, server_settings: ServerSettings, template_store: Path, tmp_path: Path
) -> None:
    a, b, c = (make_replica(template_store, tmp_path / n) for n in "abc")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        for store in (a, b):
            enrol(client, store)
        token_c = enrol(client, c)
        add_person(a, "Гнатюк")
        add_person(a, "Дяченко", given="Марія")
        up = export_for_centre(a, stick).path
        [(_, taken)] = admin.bundle_import(server_settings, [up])
        assert not isinstance(taken, BadBundle) and taken.result is not None
        assert len(taken.result.accepted) == 2
        [(_, again)] = admin.bundle_import(server_settings, [up])
        assert not isinstance(again, BadBundle) and again.duplicate
        paths = admin.bundle_export(server_settings, "all", stick)
        assert len(paths) == 3
        for store in (a, b):
            mine = next(p for p in paths if f"_to_{store.device_id[-8:]}_" in p.name)
            import_bundle(store, mine)
        with a.read() as conn:
            assert changelog.unconfirmed_count(conn) == 0  # the server's acknowledgements
        exchange(c, HttpHub("http://testserver", token_c, client=client))  # the HTTP path
        assert state(b) == state(c) == state(a)
        with b.read() as conn:  # HTTP and bundles share the cursor of the server's feed
            hub_id = client.get(
                "/api/v1/sync/hello", headers={"Authorization": f"Bearer {token_c}"}
            ).json()["hub_id"]
            assert changelog.cursor(conn, hub_id) > 0
    finally:
        for store in (a, b, c):
            store.close()


def test_the_server_refuses_a_tampered_or_unknown_bundle(
    client: TestClient, server_settings: ServerSettings, template_store: Path, tmp_path: Path
) -> None:
    a = make_replica(template_store, tmp_path / "a")
    stranger = make_replica(template_store, tmp_path / "stranger")
    try:
        enrol(client, a)
        add_person(a, "Гнатюк")
        data = bytearray(export_for_centre(a, tmp_path).path.read_bytes())
        data[len(data) // 2] ^= 1
        bad = tmp_path / "bad.sdbundle"
        bad.write_bytes(bytes(data))
        [(_, refused)] = admin.bundle_import(server_settings, [bad])
        assert isinstance(refused, BadBundle) and refused.reason == "bad_signature"
        assert "Підпис" in str(refused)
        hub = server_keys(SECRET)  # a desktop that never enrolled, but knows the server's keys
        keycards.trust_server(
            stranger,
            {
                "hub_id": "x" * 36,
                "hub_sign_public": base64.b64encode(hub.sign_public).decode(),
                "hub_box_public": base64.b64encode(hub.box_public).decode(),
            },
        )
        add_person(stranger, "Мельник")
        unknown = export_for_centre(stranger, tmp_path).path
        [(_, refused)] = admin.bundle_import(server_settings, [unknown])
        assert isinstance(refused, BadBundle) and refused.reason == "unknown_signer"
        engine = client.app.state.server.engine  # type: ignore[attr-defined]
        with engine.connect() as conn:
            assert conn.execute(select(bundle)).first() is None
            assert conn.execute(text("SELECT count(*) FROM server_change")).scalar() == 0
    finally:
        a.close()
        stranger.close()


def test_a_folder_enrolled_again_brings_its_former_devices_records_by_stick(
    client: TestClient, server_settings: ServerSettings, template_store: Path, tmp_path: Path
) -> None:
    """Records the folder sent as its former device (a stick that never arrived) are its own
    in its new device's bundle, and the centre's bundle does not echo them back."""
    a = make_replica(template_store, tmp_path / "a")
    for folder in ("lost", "back"):
        (tmp_path / folder).mkdir()
    try:
        link.connect(a, "http://testserver", admin.enrol(server_settings, "А", None), client=client)
        old = a.device_id
        add_person(a, "Гнатюк")
        export_for_centre(a, tmp_path / "lost")  # sent as the former device, never arrived
        link.connect(a, "http://testserver", admin.enrol(server_settings, "А", None), client=client)
        assert a.device_id != old
        [(_, taken)] = admin.bundle_import(server_settings, [export_for_centre(a, tmp_path).path])
        assert not isinstance(taken, BadBundle), taken
        assert taken.result is not None and len(taken.result.accepted) == 1
        [back] = admin.bundle_export(server_settings, a.device_id, tmp_path / "back")
        assert read_header(back.read_bytes())["records"] == 0
    finally:
        a.close()
