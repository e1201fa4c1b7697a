"""A break-the-glass access made in a district reaches the centre's coordinator: in the
coordinator's desktop list after sync, and in the server's admin API, which a district's
device may not read (403)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fastapi.testclient import TestClient
from http_support import person_with_case
from server_support import known_districts
from sync_checks import NORTH

from socdesk.domain.ids import new_id
from socdesk.server import admin as server_admin
from socdesk.server.settings import ServerSettings
from socdesk.store.database import Store
from socdesk.store.sensitive import accesses, break_glass
from socdesk.sync import link

BASE = "http://testserver"
API = "/api/v1"
NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
REASON = "Екстрений виклик, відповідальний фахівець у відпустці"


def _token(client: TestClient, settings: ServerSettings, districts: list[str] | None) -> dict:
    code = server_admin.enrol(settings, "Пристрій", districts)
    answer = client.post(f"{API}/enrol", json={"code": code, "device_id": new_id()})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def test_a_districts_access_reaches_the_coordinator(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> None:
    centre, village = desks
    ids = territory[1]
    north = ids["Північний"]
    known_districts(server_settings, {north: "Північний", ids["Південний"]: "Південний"})
    for store, districts in ((centre, None), (village, [north])):
        code = server_admin.enrol(server_settings, "Місце", districts)
        link.connect(store, BASE, code, client=client)
    rows = person_with_case(village, "Гнатюк", ids[NORTH])
    with village.write() as uow:
        made = break_glass(
            uow,
            person_id=rows["person"],
            case_id=rows["social_case"],
            reason=REASON,
            now=NOW,
        )
    link.sync_now(village, client=client)
    link.sync_now(centre, client=client)
    with centre.read() as conn:
        (found,) = accesses(conn)
    assert (found.id, found.person, found.reason) == (made, "Гнатюк Олена", REASON)

    listed = client.get(f"{API}/admin/break-glass", headers=_token(client, server_settings, None))
    assert listed.status_code == 200, listed.text
    (row,) = listed.json()
    assert (row["id"], row["person_id"], row["reason"]) == (made, rows["person"], REASON)
    assert (row["granted_at"], row["until"]) == ("2026-11-20T09:00:00Z", "2026-11-20T17:00:00Z")
    assert row["district_id"] == north
    assert row["worker_id"] == next(u.worker_id for u in village.users())
    refused = client.get(
        f"{API}/admin/break-glass", headers=_token(client, server_settings, [north])
    )
    assert refused.status_code == 403
    assert "координатор" in refused.json()["detail"]
