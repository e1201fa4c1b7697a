"""A district's device and the community's territory: the first folder to connect brings its
community, districts and settlements to an empty server even when it serves one district; a
later folder sending the same rows changes nothing and is not refused; but changing such a row
outside the device's districts, or writing another district's people, is still refused."""

from __future__ import annotations

import time
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.hlc import Hlc, node_from_device
from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, connect
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync import wire

COMMUNITY, SETTLEMENT, OTHER = "c" * 8, "s" * 8, "d2"


class Desk:
    """A device enrolled for district d1."""

    def __init__(self, client: TestClient, settings: ServerSettings) -> None:
        self.client, self.id, self.seq = client, new_id(), 0
        code = admin.enrol(settings, "РМ", ["d1"])
        answer = client.post("/api/v1/enrol", json={"code": code, "device_id": self.id}).json()
        self.auth = {"Authorization": f"Bearer {answer['token']}"}

    def record(self, table: str, row_id: str, **values: Any) -> ChangeRecord:
        self.seq += 1
        stamp = str(Hlc(time.time_ns() // 1_000_000, self.seq, node_from_device(self.id)))
        fields = {name: FieldChange(value, stamp) for name, value in values.items()}
        return ChangeRecord(new_id(), table, row_id, self.id, self.seq, "", fields)

    def push(self, *records: ChangeRecord) -> dict[str, Any]:
        page = wire.pack([r.to_json() for r in records], STORE_REVISION)
        answer = self.client.post("/api/v1/sync/push", content=page, headers=self.auth)
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result


def territory(desk: Desk) -> list[ChangeRecord]:
    return [
        desk.record("community", COMMUNITY, katottg="UA1", name="Громада", district_id=None),
        desk.record(
            "settlement",
            SETTLEMENT,
            katottg="UA2",
            name="Копанки",
            category="C",
            community_id=COMMUNITY,
            district_id=OTHER,
        ),
    ]


def current(settings: ServerSettings, table: str) -> list[dict[str, Any]]:
    engine = connect(settings.url)
    with engine.connect() as conn:
        found = [dict(r._mapping) for r in conn.execute(select(CURRENT[table]))]
    engine.dispose()
    return found


def test_the_first_folder_brings_the_territory_and_the_next_sends_it_again(
    client: TestClient, server_settings: ServerSettings
) -> None:
    first, second = Desk(client, server_settings), Desk(client, server_settings)
    brought = first.push(*territory(first))
    assert (len(brought["accepted"]), brought["rejected"]) == (2, {})
    assert [row["name"] for row in current(server_settings, "community")] == ["Громада"]
    again = second.push(*territory(second))
    assert (len(again["accepted"]), again["rejected"]) == (2, {})
    renamed = second.record("settlement", SETTLEMENT, name="Нові Копанки")
    assert second.push(renamed)["rejected"] == {renamed.change_id: "out_of_scope"}
    assert [row["name"] for row in current(server_settings, "settlement")] == ["Копанки"]


def test_people_of_another_district_are_still_refused(
    client: TestClient, server_settings: ServerSettings
) -> None:
    desk = Desk(client, server_settings)
    person = desk.record(
        "person", new_id(), surname="Гнатюк", given_name="Марія", district_id=OTHER
    )
    assert desk.push(person)["rejected"] == {person.change_id: "out_of_scope"}
