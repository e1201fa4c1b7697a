"""The server's part of an erasure (server/erasure.py): a pushed person record that brings an
erasure leaves no old value of the erased fields in the change log it serves as the feed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.hlc import Hlc, node_from_device
from socdesk.domain.ids import new_id
from socdesk.domain.retention import ANONYMOUS_SURNAME, Erasure, ErasureKind
from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change, conflict, connect
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync import wire

CANARY = "Канарейчук"


def _push(client: TestClient, auth: dict[str, str], records: list[ChangeRecord]) -> Any:
    page = wire.pack([r.to_json() for r in records], STORE_REVISION)
    answer = client.post("/api/v1/sync/push", content=page, headers=auth)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_change_log_loses_the_erased_values(
    client: TestClient, server_settings: ServerSettings
) -> None:
    device = new_id()
    code = admin.enrol(server_settings, "РМ", None)  # only a device of every district erases
    token = client.post("/api/v1/enrol", json={"code": code, "device_id": device}).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    person = new_id()

    def record(seq: int, **values: object) -> ChangeRecord:
        stamp = str(Hlc(time.time_ns() // 1_000_000, seq, node_from_device(device)))
        fields = {name: FieldChange(value, stamp) for name, value in values.items()}  # type: ignore[arg-type]
        return ChangeRecord(new_id(), "person", person, device, seq, "", fields)

    created = record(1, surname=CANARY, given_name="Марія", notes="", district_id="d1")
    assert _push(client, auth, [created])["accepted"] == [created.change_id]
    erasure = Erasure(new_id(), ErasureKind.UNLAWFUL, dt.date(2026, 12, 6), ("*",), "заява")
    erased = record(2, surname=ANONYMOUS_SURNAME, given_name="", erasures=[erasure.to_obj()])
    assert _push(client, auth, [erased])["accepted"] == [erased.change_id]
    engine = connect(server_settings.url)
    try:
        with engine.connect() as conn:
            logged = [bytes(r) for r in conn.execute(select(change.c.record)).scalars()]
            row = conn.execute(
                select(CURRENT["person"]).where(CURRENT["person"].c.id == person)
            ).one()
    finally:
        engine.dispose()
    assert len(logged) == 2
    assert not any(CANARY.encode() in raw for raw in logged)
    assert row.surname == ANONYMOUS_SURNAME
    first = ChangeRecord.from_json(logged[0])
    assert (
        first.change_id == created.change_id and first.fields["surname"].value == ANONYMOUS_SURNAME
    )


def _device(client: TestClient, server_settings: ServerSettings, districts: list[str] | None):  # type: ignore[no-untyped-def]
    device = new_id()
    code = admin.enrol(server_settings, "РМ", districts)
    token = client.post("/api/v1/enrol", json={"code": code, "device_id": device}).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    seqs = iter(range(1, 100))

    def record(person: str, **values: object) -> ChangeRecord:
        seq = next(seqs)
        stamp = str(Hlc(time.time_ns() // 1_000_000, seq, node_from_device(device)))
        fields = {name: FieldChange(value, stamp) for name, value in values.items()}  # type: ignore[arg-type]
        return ChangeRecord(new_id(), "person", person, device, seq, "", fields)

    return auth, record


def _logged(server_settings: ServerSettings) -> list[bytes]:
    engine = connect(server_settings.url)
    try:
        with engine.connect() as conn:
            return [bytes(r) for r in conn.execute(select(change.c.record)).scalars()]
    finally:
        engine.dispose()


def test_a_device_of_one_district_cannot_erase(
    client: TestClient, server_settings: ServerSettings
) -> None:
    auth, record = _device(client, server_settings, ["d1"])
    person = new_id()
    created = record(person, surname=CANARY, given_name="Марія", notes="", district_id="d1")
    assert _push(client, auth, [created])["accepted"] == [created.change_id]
    erasure = Erasure(new_id(), ErasureKind.UNLAWFUL, dt.date(2026, 12, 6), ("*",), "підробка")
    forged = record(person, erasures=[erasure.to_obj()])
    answer = _push(client, auth, [forged])
    assert forged.change_id not in answer["accepted"]
    assert forged.change_id in answer["quarantined"]
    assert any(CANARY.encode() in raw for raw in _logged(server_settings))


def _person(server_settings: ServerSettings, person: str) -> Any:
    engine = connect(server_settings.url)
    try:
        with engine.connect() as conn:
            table = CURRENT["person"]
            return conn.execute(select(table).where(table.c.id == person)).one()
    finally:
        engine.dispose()


def _conflicts(server_settings: ServerSettings) -> list[Any]:
    engine = connect(server_settings.url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(conflict)))
    finally:
        engine.dispose()


def test_an_erasures_list_that_lacks_an_entry_is_merged(
    client: TestClient, server_settings: ServerSettings
) -> None:
    auth, record = _device(client, server_settings, None)
    person = new_id()
    first = Erasure(new_id(), ErasureKind.UNLAWFUL, dt.date(2026, 12, 6), ("notes",), "заява")
    created = record(person, surname=CANARY, given_name="Марія", notes="", district_id="d1")
    erased = record(person, notes="", erasures=[first.to_obj()])
    answer = _push(client, auth, [created, erased])
    assert len(answer["accepted"]) == 2, answer
    dropped = record(person, erasures=[])
    answer = _push(client, auth, [dropped])
    assert answer["accepted"] == [dropped.change_id]
    assert _person(server_settings, person).erasures == [first.to_obj()]


def test_two_coordinators_erasing_at_once_both_stand(
    client: TestClient, server_settings: ServerSettings
) -> None:
    auth, record = _device(client, server_settings, None)
    other_auth, other = _device(client, server_settings, None)
    person = new_id()
    created = record(person, surname=CANARY, given_name="Марія", notes="nota", district_id="d1")
    assert _push(client, auth, [created])["accepted"] == [created.change_id]
    notes = Erasure(new_id(), ErasureKind.UNLAWFUL, dt.date(2026, 12, 6), ("notes",), "заява")
    name = Erasure(new_id(), ErasureKind.RECTIFY, dt.date(2026, 12, 5), ("surname",), "заява")
    first = record(person, notes="", erasures=[notes.to_obj()])
    second = other(person, surname="Коваль", erasures=[name.to_obj()])  # made without the first
    assert _push(client, auth, [first])["accepted"] == [first.change_id]
    assert _push(client, other_auth, [second])["accepted"] == [second.change_id]
    row = _person(server_settings, person)
    assert row.erasures == [name.to_obj(), notes.to_obj()]  # by date, then id
    assert (row.surname, row.notes) == ("Коваль", "")
    assert not any(CANARY.encode() in raw for raw in _logged(server_settings))


def test_a_late_edit_of_an_erased_field_is_kept_nowhere(
    client: TestClient, server_settings: ServerSettings
) -> None:
    """An edit a district's device made before the erasure, pushed after it, of a field the
    erasure left as it was (empty): it loses, with no value in the log and a conflict that
    keeps no value (a person is told); a correction made after the erasure wins."""
    auth, record = _device(client, server_settings, None)
    district_auth, district = _device(client, server_settings, ["d1"])
    person = new_id()
    created = record(person, surname="Іваненко", given_name="Марія", notes="", district_id="d1")
    assert _push(client, auth, [created])["accepted"] == [created.change_id]
    late = district(person, notes=CANARY)  # made now, pushed after the erasure
    late = dataclasses.replace(
        late,
        fields={"notes": late.fields["notes"]._replace(base=created.fields["notes"].hlc)},
    )
    time.sleep(0.002)
    erased = record(person, notes="")  # the erasure's clock, on a field it left as it was
    stamp = erased.fields["notes"].hlc
    entry = Erasure(new_id(), ErasureKind.UNLAWFUL, dt.date(2026, 12, 6), ("notes",), "з", stamp)
    erased = dataclasses.replace(
        erased, fields={**erased.fields, "erasures": FieldChange([entry.to_obj()], stamp)}
    )
    assert _push(client, auth, [erased])["accepted"] == [erased.change_id]
    assert _push(client, district_auth, [late])["accepted"] == [late.change_id]
    assert _person(server_settings, person).notes == ""
    (told,) = _conflicts(server_settings)
    assert (told.field, told.kept_value, told.lost_value) == ("notes", "", "")
    assert not any(CANARY.encode() in raw for raw in _logged(server_settings))
    assert _push(client, district_auth, [late])["duplicates"] == [late.change_id]
    time.sleep(0.002)
    lawful = district(person, notes="Правильна примітка")
    assert _push(client, district_auth, [lawful])["accepted"] == [lawful.change_id]
    assert _person(server_settings, person).notes == "Правильна примітка"


def test_only_the_new_erasure_is_scrubbed(
    client: TestClient, server_settings: ServerSettings
) -> None:
    """An entry the row already had is not scrubbed again: a value written after it stays."""
    auth, record = _device(client, server_settings, None)
    person = new_id()
    first = Erasure(new_id(), ErasureKind.UNLAWFUL, dt.date(2026, 12, 6), ("notes",), "заява")
    created = record(person, surname="Іваненко", given_name="Марія", notes="", district_id="d1")
    erased = record(person, notes="", erasures=[first.to_obj()])
    answer = _push(client, auth, [created, erased])
    assert len(answer["accepted"]) == 2, answer
    later = record(person, notes=CANARY)  # written after the erasure, lawfully
    second = Erasure(new_id(), ErasureKind.RECTIFY, dt.date(2026, 12, 6), ("surname",), "заява")
    again = record(person, notes="", surname="Петренко", erasures=[first.to_obj(), second.to_obj()])
    assert _push(client, auth, [later])["accepted"] == [later.change_id]
    assert _push(client, auth, [again])["accepted"] == [again.change_id]
    assert any(CANARY.encode() in raw for raw in _logged(server_settings))


def test_an_erasure_whose_clock_is_bad_is_quarantined(
    client: TestClient, server_settings: ServerSettings
) -> None:
    """A garbage or far-future clock of an entry would hold back every later edit of the
    fields it covers for ever: the record is quarantined."""
    auth, record = _device(client, server_settings, None)
    person = new_id()
    created = record(person, surname="Іваненко", given_name="Марія", notes="", district_id="d1")
    assert _push(client, auth, [created])["accepted"] == [created.change_id]
    for stamp in ("garbage", "f" * 15 + "0-0000-" + "a" * 32):
        entry = Erasure(
            new_id(), ErasureKind.UNLAWFUL, dt.date(2026, 12, 6), ("notes",), "з", stamp
        )
        erased = record(person, notes="", erasures=[entry.to_obj()])
        answer = _push(client, auth, [erased])
        assert answer["quarantined"] == {erased.change_id: "erasure_refused"}
