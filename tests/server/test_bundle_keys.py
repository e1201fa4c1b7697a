"""Keys for USB bundles are exchanged at HTTP enrolment: the desktop's are kept with its
device, the server's (derived from its secret, never stored) come back in the answer."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from replicas import make_replica
from server_support import SECRET
from sqlalchemy import select

from socdesk.server.keys import server_keys
from socdesk.server.tables import device
from socdesk.store import bundles as log
from socdesk.sync import keycards
from socdesk.sync.bundles import own_keys


def test_enrolment_exchanges_the_keys_for_bundles(
    client: TestClient, template_store: Path, tmp_path: Path
) -> None:
    desktop = make_replica(template_store, tmp_path / "desktop")
    try:
        engine = client.app.state.server.engine  # type: ignore[attr-defined]
        with engine.begin() as conn:
            code = _code(conn)
        body = {"code": code, "device_id": desktop.device_id, **keycards.enrol_fields(desktop)}
        answer = client.post("/api/v1/enrol", json=body)
        assert answer.status_code == 200, answer.text
        with engine.connect() as conn:
            row = conn.execute(select(device).where(device.c.id == desktop.device_id)).one()
        mine = own_keys(desktop)
        assert (row.sign_public, row.box_public) == (mine.sign_public, mine.box_public)
        key = keycards.trust_server(desktop, answer.json())
        hub = server_keys(SECRET)
        assert key is not None and key.key_id == hub.key_id
        with desktop.read() as conn:
            assert [k.device_id for k in log.known_keys(conn, log.CENTRE)] == [
                answer.json()["hub_id"]
            ]
    finally:
        desktop.close()


def test_the_server_keys_follow_the_secret_alone() -> None:
    assert server_keys(SECRET) == server_keys(SECRET)
    assert server_keys(SECRET).key_id != server_keys(SECRET + "x").key_id


def test_enrolment_without_keys_still_works(client: TestClient) -> None:
    from socdesk.domain.ids import new_id

    engine = client.app.state.server.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:
        code = _code(conn)
    answer = client.post("/api/v1/enrol", json={"code": code, "device_id": new_id()})
    assert answer.status_code == 200 and answer.json()["hub_box_public"]


def _code(conn: object) -> str:
    from socdesk.server.devices import make_code

    return make_code(conn, SECRET, "Робоче місце 1", None)  # type: ignore[arg-type]
