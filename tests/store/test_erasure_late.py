"""A value made before an erasure and sent after it, on any row the erasure stamped (issue 17,
review of the branch): held back on every replica, kept nowhere, a person told without the
value, and every replica's change log (and the author's outbox) keeping one content."""

from __future__ import annotations

import dataclasses
import json

import pytest
from bundles_support import enrol, star
from replicas import deliver, make_replica, open_conflicts, outgoing, pull, push, settle, sync
from residue_support import table_text
from sqlalchemy import text
from support import TODAY, add_person

from socdesk.domain.changes import ChangeRecord
from socdesk.domain.errors import ValidationError
from socdesk.store import conflicts
from socdesk.store.database import Store
from socdesk.store.people import create_household
from socdesk.store.retention import erase_person
from socdesk.store.schema import Household, Person

__all__ = ["star"]
OLD = "вул. Стара Канарейкова 1"
CANARY = "вул. Канарейкова 13"


def _household_edited_before_erasure(star: tuple[Store, Store, Store]) -> str:
    hub, a, b = star
    with a.write() as uow:
        household = create_household(uow, None, OLD, None)
    person = add_person(a, "Коваленко", notes="", household_id=household)
    settle(hub, a, b)
    with b.write() as uow:  # offline, before the anonymisation reached B
        uow.update(Household, household, {"address": CANARY})
    erase_person(a, person, "персональні дані оброблялися незаконно", TODAY)
    sync(a, hub)
    settle(hub, b, a)
    return household


def _address(store: Store, household: str) -> object:
    with store.read() as conn:
        query = text("SELECT address FROM household WHERE id = :i")
        return conn.execute(query, {"i": household}).scalar()


def test_household_edit_before_anonymisation_is_kept_nowhere(star) -> None:
    household = _household_edited_before_erasure(star)
    for replica in star:
        assert CANARY not in table_text(replica)
        assert _address(replica, household) == ""


def test_household_edit_before_anonymisation_is_told_without_its_value(star) -> None:
    hub, a, b = star
    household = _household_edited_before_erasure(star)
    with hub.read() as conn:
        (notice,) = conflicts.open_conflicts(conn, household)
    assert (notice.field, notice.withheld) == ("address", True)
    assert notice.kept.value is None and notice.lost.value is None
    with hub.write() as uow, pytest.raises(ValidationError):
        conflicts.resolve(uow, notice.id, conflicts.Resolution.SWAP)
    with hub.write() as uow:  # dismissed
        conflicts.resolve(uow, notice.id, conflicts.Resolution.KEEP)
    settle(hub, a, b)
    for replica in star:
        assert _address(replica, household) == ""
        assert CANARY not in table_text(replica)
    with hub.read() as conn:
        actions = conn.execute(text("SELECT action FROM audit_log")).scalars().all()
    assert "remote.withheld" in actions


def test_a_late_value_of_a_device_whose_clock_is_behind_is_told(template_store, tmp_path) -> None:
    new = "Нова законна примітка від Б"
    hub = make_replica(template_store, tmp_path / "hub", hub=True)
    a = make_replica(template_store, tmp_path / "a")
    b = make_replica(template_store, tmp_path / "b", skew_ms=-120_000)
    enrol(hub, a, tmp_path / "cards")
    enrol(hub, b, tmp_path / "cards")
    person = add_person(a, "Коваленко", notes="незаконна примітка")
    settle(hub, a, b)
    erase_person(a, person, "незаконно", TODAY, fields=["notes"])
    sync(a, hub)
    with b.write() as uow:  # later in wall time; B has not heard of the erasure
        uow.update(Person, person, {"notes": new})
    settle(hub, b, a)
    try:
        for replica in (hub, a, b):
            assert new not in table_text(replica)
        told = [c for c in open_conflicts(hub) if c["field"] == "notes"]
        assert len(told) == 1 and told[0]["lost_value"] == ""
    finally:
        for replica in (hub, a, b):
            replica.close()


def test_the_same_value_sent_late_tells_no_one(star) -> None:
    hub, a, b = star
    person = add_person(a, "Коваленко", notes="незаконна примітка")
    settle(hub, a, b)
    with b.write() as uow:  # what the erasure writes too
        uow.update(Person, person, {"notes": ""})
    erase_person(a, person, "незаконно", TODAY, fields=["notes"])
    sync(a, hub)
    settle(hub, b, a)
    assert open_conflicts(hub) == [] and open_conflicts(a) == []


def _logged_notes(store: Store, change_id: str) -> object:
    with store.read() as conn:
        query = text("SELECT record FROM sync_change_log WHERE change_id = :c")
        raw = conn.execute(query, {"c": change_id}).scalar()
    return None if raw is None else json.loads(raw)["fields"]["notes"]["value"]


def test_a_held_back_record_has_one_content_everywhere(star) -> None:
    hub, a, b = star
    person = add_person(a, "Коваленко", notes="")
    settle(hub, a, b)
    with b.write() as uow:
        uow.update(Person, person, {"notes": "Канарейчишин"})
    with b.read() as conn:
        query = text("SELECT change_id FROM outbox WHERE row_id = :p AND state = 0")
        change_id = conn.execute(query, {"p": person}).scalar()
    erase_person(a, person, "незаконно", TODAY, fields=["notes"])
    sync(a, hub)
    push(b, hub)  # reaches the hub after the erasure
    with a.write() as uow:  # a lawful value after the erasure
        uow.update(Person, person, {"notes": "Законна примітка А"})
    sync(a, hub)
    pull(b, hub)  # B hears of the erasure and the lawful value together
    settle(hub, a, b)
    with b.read() as conn:
        query = text("SELECT fields_json FROM outbox WHERE change_id = :c")
        outbox = json.loads(conn.execute(query, {"c": change_id}).scalar())["notes"]["value"]
    # what the erasure wrote, on the hub, on A (which got it from the hub) and in B's outbox
    assert _logged_notes(hub, change_id) == _logged_notes(a, change_id) == outbox == ""
    # told once, where it arrived; the copy the hub forwarded (the erasure's value) tells no one
    assert len(open_conflicts(hub)) == 1 and open_conflicts(a) == []


def test_an_erasure_with_a_clock_after_its_change_is_quarantined(star) -> None:
    hub, a, b = star
    person = add_person(a, "Коваленко", notes="незаконна примітка")
    settle(hub, a, b)
    erase_person(a, person, "незаконно", TODAY, fields=["notes"])
    future = "f" * 15 + "0-0000-" + "a" * 32  # it would hold back every later edit for ever
    tampered = []
    for raw in outgoing(a):
        record = ChangeRecord.from_json(raw)
        sent = record.fields.get("erasures")
        if sent is not None:
            entries = [{**entry, "hlc": future} for entry in sent.value]  # type: ignore[union-attr, dict-item]
            fields = {**record.fields, "erasures": sent._replace(value=entries)}
            record = dataclasses.replace(record, fields=fields)
        tampered.append(record.to_json())
    result = deliver(hub, tampered, a.device_id)
    assert list(result.quarantined.values()) == ["erasure_refused"]
