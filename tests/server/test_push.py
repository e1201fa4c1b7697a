"""What the push endpoint does with a page it cannot take whole: a damaged page or one from a
newer SocDesk is refused before anything is written; within a good page, each record that
cannot be taken is refused or quarantined with its reason and the others are accepted."""

from __future__ import annotations

import time
from typing import Any

import pytest
import zstandard
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.hlc import Hlc, node_from_device
from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.devices import Device
from socdesk.server.ingest import FEED_LOCK, take_page
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change, connect, quarantine
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync import wire

YEAR_MS = 365 * 24 * 3600 * 1000


class Desk:
    """A device enrolled for district d1 that writes change records by hand."""

    def __init__(self, client: TestClient, settings: ServerSettings) -> None:
        self.client, self.id, self.seq = client, new_id(), 0
        code = admin.enrol(settings, "РМ", ["d1"])
        answer = client.post("/api/v1/enrol", json={"code": code, "device_id": self.id}).json()
        self.auth = {"Authorization": f"Bearer {answer['token']}"}

    def record(
        self, row_id: str | None = None, *, ahead_ms: int = 0, device: str = "", **values: Any
    ) -> ChangeRecord:
        self.seq += 1
        stamp = str(
            Hlc(time.time_ns() // 1_000_000 + ahead_ms, self.seq, node_from_device(self.id))
        )
        return ChangeRecord(
            new_id(),
            "person",
            row_id or new_id(),
            device or self.id,
            self.seq,
            "",
            {name: FieldChange(value, stamp) for name, value in values.items()},
        )

    def push(self, *records: ChangeRecord, schema: str = STORE_REVISION) -> Any:
        page = wire.pack([r.to_json() for r in records], schema)
        return self.client.post("/api/v1/sync/push", content=page, headers=self.auth)


def person(**values: Any) -> dict[str, Any]:
    return {"surname": "Гнатюк", "given_name": "Марія", "district_id": "d1", **values}


def rows(settings: ServerSettings, table: Any) -> list[dict[str, Any]]:
    engine = connect(settings.url)
    with engine.connect() as conn:
        found = [dict(r._mapping) for r in conn.execute(select(table))]
    engine.dispose()
    return found


@pytest.mark.parametrize(
    "body",
    [
        b"not zstd at all",
        zstandard.ZstdCompressor().compress(b"\0" * (wire.MAX_UNPACKED + 10)),  # a bomb
        zstandard.ZstdCompressor().compress(b'{"format":1,"schema":"0018","count":5}\n{}'),
    ],
    ids=["garbage", "bomb", "short"],
)
def test_a_damaged_page_is_refused_and_nothing_is_written(
    client: TestClient, server_settings: ServerSettings, body: bytes
) -> None:
    desk = Desk(client, server_settings)
    answer = client.post("/api/v1/sync/push", content=body, headers=desk.auth)
    assert answer.status_code == 400 and "Сторінк" in answer.json()["detail"]
    assert rows(server_settings, change) == []


def test_a_page_from_a_newer_socdesk_is_refused_in_ukrainian(
    client: TestClient, server_settings: ServerSettings
) -> None:
    desk = Desk(client, server_settings)
    answer = desk.push(desk.record(**person()), schema=str(int(STORE_REVISION) + 1))
    assert answer.status_code == 409 and "оновити сервер" in answer.json()["detail"]
    assert rows(server_settings, change) == []


def test_each_record_is_answered_for_and_the_good_ones_are_taken(
    client: TestClient, server_settings: ServerSettings
) -> None:
    desk = Desk(client, server_settings)
    good = desk.record(**person())
    other_district = desk.record(**person(district_id="d2"))
    no_district = desk.record(**person(district_id=None))
    someone_elses = desk.record(device=new_id(), **person())
    unknown_row = desk.record(phone="+380671111111")
    far_ahead = desk.record(ahead_ms=YEAR_MS, **person())
    bad_value = desk.record(**person(birth_date="31.02.1950"))
    answer = desk.push(
        good, other_district, no_district, someone_elses, unknown_row, far_ahead, bad_value
    ).json()
    assert answer["accepted"] == [good.change_id]
    assert answer["rejected"] == {
        other_district.change_id: "out_of_scope",
        no_district.change_id: "out_of_scope",
        someone_elses.change_id: "wrong_device",
    }
    assert answer["quarantined"] == {
        unknown_row.change_id: "row_unknown",
        far_ahead.change_id: "clock",
        bad_value.change_id: "bad_value",
    }
    assert [r["id"] for r in rows(server_settings, CURRENT["person"])] == [good.row_id]
    assert {r["change_id"] for r in rows(server_settings, quarantine)} == set(answer["quarantined"])


def test_an_update_that_moves_a_row_out_of_the_devices_districts_is_refused(
    client: TestClient, server_settings: ServerSettings
) -> None:
    desk = Desk(client, server_settings)
    created = desk.record(**person())
    moved = desk.record(created.row_id, district_id="d2")
    edited = desk.record(created.row_id, phone="+380671111111")
    answer = desk.push(created, moved, edited).json()
    assert answer["accepted"] == [created.change_id, edited.change_id]
    assert answer["rejected"] == {moved.change_id: "out_of_scope"}
    (row,) = rows(server_settings, CURRENT["person"])
    assert (row["district_id"], row["phone"]) == ("d1", "+380671111111")


def test_the_same_change_id_with_other_content_is_refused(
    client: TestClient, server_settings: ServerSettings
) -> None:
    desk = Desk(client, server_settings)
    first = desk.record(**person())
    assert desk.push(first).json()["accepted"] == [first.change_id]
    forged = ChangeRecord(
        first.change_id,
        "person",
        first.row_id,
        desk.id,
        first.seq,
        "",
        {**first.fields, "surname": FieldChange("Інша", first.hlc)},
    )
    answer = desk.push(forged).json()
    assert answer["rejected"] == {first.change_id: "content_mismatch"}
    assert [r["surname"] for r in rows(server_settings, CURRENT["person"])] == ["Гнатюк"]


def test_on_postgresql_pages_are_taken_one_at_a_time(
    client: TestClient, server_settings: ServerSettings
) -> None:
    """While one page's transaction is open, no other can take a page (so sequence numbers
    commit in order and a pull's cursor never passes one committed later)."""
    engine = connect(server_settings.url)
    if engine.dialect.name != "postgresql":
        engine.dispose()
        pytest.skip("SQLite's single writer orders pages already")
    desk = Device(new_id(), "РМ", frozenset({"d1"}))
    try:
        with engine.begin() as first, engine.connect() as second:
            take_page(first, desk, [])
            taken = second.execute(
                text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": FEED_LOCK}
            ).scalar()
            assert taken is False
    finally:
        engine.dispose()
