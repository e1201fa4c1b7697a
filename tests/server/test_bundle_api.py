"""A coordinator's desktop connected to the server carries the sticks (issue 15): the
workplaces' bundles go in through the server's bundle API with a preview first, one bundle
per workplace comes back onto the stick, and the server's view of every workplace's sync
health says what each bundle did."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from replicas import make_replica
from support import add_person

from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.store import changelog
from socdesk.sync import link
from socdesk.sync.bundle import BadBundle
from socdesk.sync.bundle_remote import ServerCentre
from socdesk.sync.bundles import export_for_centre, import_bundle

BASE = "http://testserver"


def test_a_coordinators_desktop_takes_bundles_in_and_writes_them_out_through_the_server(
    client: TestClient, server_settings: ServerSettings, template_store: Path, tmp_path: Path
) -> None:
    coordinator = make_replica(template_store, tmp_path / "coordinator")
    a = make_replica(template_store, tmp_path / "a")
    quiet = make_replica(template_store, tmp_path / "quiet")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        link.connect(coordinator, BASE, admin.enrol(server_settings, "Центр", None), client=client)
        for store, name in ((a, "Село Вишневе"), (quiet, "Село Тихе")):
            link.connect(store, BASE, admin.enrol(server_settings, name, None), client=client)
        add_person(a, "Гнатюк")
        path = export_for_centre(a, stick).path
        centre = ServerCentre(coordinator, client=client)

        [preview] = centre.previews([path])
        assert preview.importable and preview.sender_name == "Село Вишневе"
        assert not preview.gap
        taken = centre.take(path)
        assert (taken.duplicate, taken.applied, taken.held) == (False, 1, 0)
        [again] = centre.previews([path])
        assert again.already and not again.importable
        assert centre.take(path).duplicate

        health = {w.id: w for w in centre.workplaces()}
        assert coordinator.device_id not in health
        assert health[a.device_id].last_in and health[a.device_id].waiting == 1
        assert health[quiet.device_id].never and not health[a.device_id].never

        back = centre.fetch(a.device_id, stick)
        assert back.path.parent == stick and back.header["records"] == 0
        done = import_bundle(a, back.path)
        assert done.acknowledged == 1
        with a.read() as conn:
            assert changelog.unconfirmed_count(conn) == 0
        assert {w.id: w for w in centre.workplaces()}[a.device_id].waiting == 0

        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 1
        bad = tmp_path / "bad.sdbundle"
        bad.write_bytes(bytes(data))
        with pytest.raises(BadBundle) as refused:
            centre.take(bad)
        assert refused.value.reason == "bad_signature" and "Підпис" in str(refused.value)
    finally:
        for store in (coordinator, a, quiet):
            store.close()
