"""A page taken in batches (server/batch.py) answers and writes what one-by-one intake did:
a row made and edited in one page, duplicates within a page, a record the database refuses in
the middle of a big page (only it quarantined), a page mixing districts, updates that waited
for their row, and the log's order following the records'."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, select

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.hlc import Hlc, node_from_device
from socdesk.domain.ids import new_id
from socdesk.server import batch
from socdesk.server.devices import Device
from socdesk.server.ingest import PushResult, take_page
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change, connect, create_schema, quarantine

PERSON = CURRENT["person"]


class Maker:
    """A device's records, each a tick after the one before (the order they were made)."""

    def __init__(self, districts: frozenset[str] | None = frozenset({"d1"})) -> None:
        self.device = Device(new_id(), "РМ", districts)
        self.wall, self.seq = time.time_ns() // 1_000_000 - 60_000, 0

    def record(self, row_id: str | None = None, **values: Any) -> ChangeRecord:
        self.seq += 1
        stamp = str(Hlc(self.wall + self.seq, 0, node_from_device(self.device.id)))
        fields = {name: FieldChange(value, stamp) for name, value in values.items()}
        return ChangeRecord(
            new_id(), "person", row_id or new_id(), self.device.id, self.seq, "", fields
        )

    def person(self, district: str = "d1", **values: Any) -> ChangeRecord:
        return self.record(surname="Гнатюк", given_name="Марія", district_id=district, **values)


@pytest.fixture
def engine(server_settings: ServerSettings) -> Iterator[Engine]:
    server_settings.data_dir.mkdir(parents=True, exist_ok=True)
    made = connect(server_settings.url)
    create_schema(made)
    yield made
    made.dispose()


def push(engine: Engine, maker: Maker, *records: ChangeRecord) -> PushResult:
    with engine.begin() as conn:
        return take_page(conn, maker.device, [r.to_json() for r in records])


def table(engine: Engine, which: Any, order: Any = None) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        query = select(which) if order is None else select(which).order_by(order)
        return [dict(r._mapping) for r in conn.execute(query)]


def test_a_row_made_and_edited_twice_in_one_page_is_written_as_it_ends(engine: Engine) -> None:
    maker = Maker()
    made = maker.person()
    phoned = maker.record(made.row_id, phone="+380671111111")
    renamed = maker.record(made.row_id, surname="Коваль", phone="+380672222222")
    answer = push(engine, maker, renamed, made, phoned)  # any order on the wire
    assert answer.accepted == [made.change_id, phoned.change_id, renamed.change_id]
    (row,) = table(engine, PERSON)
    assert (row["surname"], row["given_name"], row["phone"]) == (
        "Коваль",
        "Марія",
        "+380672222222",
    )
    assert row["field_clocks"]["surname"] == renamed.fields["surname"].hlc
    assert row["field_clocks"]["given_name"] == made.fields["given_name"].hlc
    assert row["hlc"] == renamed.hlc
    logged = table(engine, change, change.c.seq)
    assert [e["change_id"] for e in logged] == answer.accepted  # sequence follows the records
    edited = push(engine, maker, maker.record(made.row_id, phone="+380673333333"))
    assert len(edited.accepted) == 1
    assert table(engine, PERSON)[0]["phone"] == "+380673333333"


def test_a_record_twice_in_a_page_is_taken_once(engine: Engine) -> None:
    maker = Maker()
    made = maker.person()
    answer = push(engine, maker, made, made)
    assert (answer.accepted, answer.duplicates) == ([made.change_id], [made.change_id])
    assert len(table(engine, change)) == 1


def test_a_record_the_database_refuses_in_a_big_page_is_quarantined_alone(
    engine: Engine,
) -> None:
    maker = Maker()
    page = [maker.person() for _ in range(300)]
    bad = maker.record(surname="Без імені", district_id="d1")  # given_name is required
    page.insert(150, bad)
    edit = maker.record(page[10].row_id, phone="+380671111111")  # after the bad one
    answer = push(engine, maker, *page, edit)
    assert answer.quarantined == {bad.change_id: "refused_by_store"}
    good = [r.change_id for r in page if r is not bad] + [edit.change_id]
    assert answer.accepted == good
    assert len(table(engine, PERSON)) == 300
    assert [e["change_id"] for e in table(engine, change, change.c.seq)] == good
    (held,) = table(engine, quarantine)
    assert (held["change_id"], held["reason"]) == (bad.change_id, "refused_by_store")


def test_a_page_mixing_districts_is_taken_within_the_devices_scope(engine: Engine) -> None:
    maker = Maker(frozenset({"d1", "d2"}))
    first, second = maker.person("d1"), maker.person("d2")
    elsewhere = maker.person("d3")
    across = maker.record(first.row_id, district_id="d2")  # between its own districts
    away = maker.record(second.row_id, district_id="d3")
    answer = push(engine, maker, first, second, elsewhere, across, away)
    assert answer.accepted == [first.change_id, second.change_id, across.change_id]
    assert answer.rejected == {elsewhere.change_id: "out_of_scope", away.change_id: "out_of_scope"}
    assert {r["id"]: r["district_id"] for r in table(engine, PERSON)} == {
        first.row_id: "d2",
        second.row_id: "d2",
    }
    logged = {e["change_id"]: e["district_id"] for e in table(engine, change)}
    assert logged == {first.change_id: "d1", second.change_id: "d2", across.change_id: "d2"}


def test_updates_that_came_before_their_row_are_taken_when_it_comes(engine: Engine) -> None:
    maker = Maker()
    made = maker.person()
    phoned = maker.record(made.row_id, phone="+380671111111")
    early = push(engine, maker, phoned)
    assert early.quarantined == {phoned.change_id: "row_unknown"}
    answer = push(engine, maker, made, maker.person())
    assert len(answer.accepted) == 2 and answer.quarantined == {}
    (row, _) = sorted(table(engine, PERSON), key=lambda r: r["id"] != made.row_id)
    assert row["phone"] == "+380671111111"
    assert table(engine, quarantine) == []
    assert phoned.change_id in {e["change_id"] for e in table(engine, change)}


def test_updates_its_former_device_left_waiting_are_taken_when_a_reenrolled_device_sends_the_row(
    engine: Engine,
) -> None:
    """A folder enrolled again sends, as its new device, the row its former device's update
    waited for: the quarantined update (held under the former device) is taken too."""
    former = Maker()
    made = former.person()
    phoned = former.record(made.row_id, phone="+380671111111")
    assert push(engine, former, phoned).quarantined == {phoned.change_id: "row_unknown"}
    again = Maker()
    again.device = Device(again.device.id, "РМ", frozenset({"d1"}), frozenset({former.device.id}))
    answer = push(engine, again, made)
    assert list(answer.accepted) == [made.change_id] and answer.quarantined == {}
    assert [r["phone"] for r in table(engine, PERSON)] == ["+380671111111"]
    assert table(engine, quarantine) == []


def test_a_refused_batch_is_halved_down_to_the_record_at_fault(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two bad records far apart: each alone is taken one by one, the rest in batches."""
    maker = Maker()
    page = [maker.person() for _ in range(64)]
    page[5] = maker.record(surname="Без імені", district_id="d1")
    page[50] = maker.record(given_name="Без прізвища", district_id="d1")
    sizes: list[int] = []
    taken = batch.BatchIntake.take

    def counted(intake: batch.BatchIntake, records: list[ChangeRecord]) -> None:
        sizes.append(len(records))
        taken(intake, records)

    monkeypatch.setattr(batch.BatchIntake, "take", counted)
    answer = push(engine, maker, *page)
    assert set(answer.quarantined) == {page[5].change_id, page[50].change_id}
    assert len(answer.accepted) == 62
    assert sizes[0] == 64 and max(sizes[1:]) <= 32 and len(sizes) < 64


def test_the_new_rows_defaults_are_those_the_database_gives(engine: Engine) -> None:
    maker = Maker()
    made = maker.person()
    push(engine, maker, made)
    (row,) = table(engine, PERSON)
    assert batch.with_defaults(
        "person", {"id": made.row_id} | {n: f.value for n, f in made.fields.items()}
    ) == {
        **row,
        "hlc": None,
        "origin": None,
        "field_clocks": {},
    }


def test_the_batch_reads_its_rows_in_chunks(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "IN_LIST", 7)
    maker = Maker()
    made = [maker.person() for _ in range(20)]
    push(engine, maker, *made)
    edits = [maker.record(r.row_id, phone="+380671111111") for r in made]
    answer = push(engine, maker, *edits, *made)
    assert len(answer.accepted) == 20 and len(answer.duplicates) == 20
    assert {r["phone"] for r in table(engine, PERSON)} == {"+380671111111"}
