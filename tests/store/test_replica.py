"""Applying another replica's change records: rows travel and converge, concurrent edits of a
field are kept as conflicts (and only those), nothing echoes back, every record applies once,
and a record that cannot apply waits in quarantine without blocking the rest."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from replicas import (
    deliver,
    make_replica,
    open_conflicts,
    outgoing,
    pull,
    push,
    quarantined,
    state,
    sync,
)
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from support import TODAY, add_person

from socdesk.domain.cases import CaseFacts, CaseState, Channel
from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.errors import ValidationError
from socdesk.domain.payment import income_months
from socdesk.domain.people import HouseholdRole
from socdesk.store import casework as cw
from socdesk.store import changelog, meta
from socdesk.store.apply_batch import Batch
from socdesk.store.cases import Appeal, move_case, open_case
from socdesk.store.check import run_check
from socdesk.store.conflicts import Resolution, open_count, resolve
from socdesk.store.conflicts import open_conflicts as conflicts_of
from socdesk.store.database import Store
from socdesk.store.households import join_household, make_head
from socdesk.store.merge import merge_people
from socdesk.store.schema import Community, Consent, Household, Person, SocialCase, Workplace

HOUR_MS = 3_600_000


@pytest.fixture
def star(template_store: Path, tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    """The hub (the centre) and two spokes (village workplaces)."""
    hub = make_replica(template_store, tmp_path / "hub", hub=True)
    a = make_replica(template_store, tmp_path / "a", skew_ms=-HOUR_MS)
    b = make_replica(template_store, tmp_path / "b", skew_ms=HOUR_MS)
    yield hub, a, b
    for store in (hub, a, b):
        store.close()


def _value(store: Store, table: str, row_id: str, column: str) -> object:
    with store.read() as conn:
        return conn.execute(
            text(f"SELECT {column} FROM {table} WHERE id = :i"), {"i": row_id}
        ).scalar()


def _edit(store: Store, row_id: str, **values: object) -> None:
    with store.write() as uow:
        uow.update(Person, row_id, values)


def _phone_edited_on_both_spokes(star: tuple[Store, Store, Store]) -> str:
    """A person both spokes know, whose phone each changed before hearing of the other's
    change (A's clock is an hour behind B's); then everything is delivered. The person's id."""
    hub, a, b = star
    pid = add_person(a, "Гнатюк", "Марія")
    sync(a, hub)
    sync(b, hub)
    _edit(a, pid, phone="+380671111111")
    _edit(b, pid, phone="+380502222222")
    for spoke in (a, b, a):
        sync(spoke, hub)
    return pid


def _outbox_rows(store: Store, row_id: str) -> list[dict[str, object]]:
    with store.read() as conn:
        rows = conn.execute(
            text("SELECT * FROM outbox WHERE row_id = :i ORDER BY seq"), {"i": row_id}
        ).mappings()
        return [dict(r) for r in rows]


def test_a_new_person_travels_through_the_hub_without_echo(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, b = star
    pid = add_person(a, "Гнатюк", "Марія", phone="+380671234567")
    result = push(a, hub)
    assert result.accepted and result.complete
    pull(b, hub)
    assert state(a) == state(b) == state(hub)
    assert _value(b, "person", pid, "origin") == a.device_id
    assert _outbox_rows(hub, pid) == [] and _outbox_rows(b, pid) == []  # no echo
    with b.read() as conn:
        audit = conn.execute(
            text("SELECT action, device FROM audit_log WHERE row_id = :i"), {"i": pid}
        ).all()
    assert [tuple(r) for r in audit] == [("remote.insert", a.device_id)]
    # The spoke that made it gets it back in the feed as its own: nothing changes.
    again = pull(a, hub)
    assert again.pulled and again.applied == 0


def test_edits_of_different_fields_merge_without_conflict(star: tuple[Store, Store, Store]) -> None:
    hub, a, b = star
    pid = add_person(a, "Гнатюк", "Марія")
    sync(a, hub)
    sync(b, hub)
    _edit(a, pid, phone="+380671234567")
    _edit(b, pid, notes="ходить з паличкою")
    for spoke in (a, b, a):
        sync(spoke, hub)
    assert state(a) == state(b) == state(hub)
    assert _value(hub, "person", pid, "phone") == "+380671234567"
    assert _value(hub, "person", pid, "notes") == "ходить з паличкою"
    assert open_conflicts(hub) == open_conflicts(a) == open_conflicts(b) == []


def test_concurrent_edits_of_one_field_converge_and_keep_the_loser(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, b = star
    pid = add_person(a, "Гнатюк", "Марія")
    sync(a, hub)
    sync(b, hub)
    _edit(a, pid, phone="+380671111111")  # A's clock runs an hour behind B's
    _edit(b, pid, phone="+380502222222")
    for spoke in (a, b, a):
        sync(spoke, hub)
    assert state(a) == state(b) == state(hub)
    assert _value(a, "person", pid, "phone") == "+380502222222"  # the newer clock
    conflicts = open_conflicts(hub) + open_conflicts(a) + open_conflicts(b)
    assert len(conflicts) == 1  # judged once, where the two edits met
    (conflict,) = conflicts
    assert json.loads(str(conflict["kept_value"])) == "+380502222222"
    assert json.loads(str(conflict["lost_value"])) == "+380671111111"
    assert conflict["field"] == "phone" and conflict["row_id"] == pid
    assert conflict["lost_user"] and conflict["kept_user"]


def test_a_spokes_own_pending_edit_meeting_a_newer_one_is_its_conflict(
    star: tuple[Store, Store, Store],
) -> None:
    """A pulls before it pushes: its pending edit loses to B's newer one, is kept as a conflict
    on A, and leaves A's pending change, so the hub does not judge it a second time."""
    hub, a, b = star
    pid = add_person(a, "Гнатюк", "Марія")
    sync(a, hub)
    sync(b, hub)
    _edit(a, pid, phone="+380671111111", notes="з А")
    _edit(b, pid, phone="+380502222222")
    sync(b, hub)
    pull(a, hub)
    assert len(open_conflicts(a)) == 1
    (pending,) = [e for e in _outbox_rows(a, pid) if e["state"] == 0]
    assert set(json.loads(pending["fields_json"])) == {"notes"}  # type: ignore[arg-type]
    sync(a, hub)
    sync(b, hub)
    assert state(a) == state(b) == state(hub)
    assert open_conflicts(hub) == [] and len(open_conflicts(a)) == 1
    assert _value(hub, "person", pid, "notes") == "з А"


def test_a_field_edited_before_a_concurrent_edit_does_not_beat_it(
    star: tuple[Store, Store, Store],
) -> None:
    """Coalescing keeps each field's clock: A's phone edit is older than B's even though A
    edited another field of the same row afterwards, before anything was sent."""
    hub, a, b = star
    a_clock = a._clock
    pid = add_person(a, "Гнатюк", "Марія")
    sync(a, hub)
    sync(b, hub)
    a._clock = lambda: a_clock() + HOUR_MS  # A's clock now equals B's
    _edit(a, pid, phone="+380671111111")
    _edit(b, pid, phone="+380502222222")
    a._clock = lambda: a_clock() + 3 * HOUR_MS
    _edit(a, pid, notes="пізніше")
    for spoke in (b, a, b):
        sync(spoke, hub)
    assert state(a) == state(b) == state(hub)
    assert _value(hub, "person", pid, "phone") == "+380502222222"
    assert _value(hub, "person", pid, "notes") == "пізніше"


def test_a_record_that_left_is_frozen(star: tuple[Store, Store, Store]) -> None:
    hub, a, _ = star
    pid = add_person(a, "Гнатюк", "Марія")
    first = outgoing(a)
    _edit(a, pid, notes="після відправлення")
    rows = _outbox_rows(a, pid)
    assert [r["state"] for r in rows] == [1, 0]
    assert ChangeRecord.from_json(first[-1]).to_json() == first[-1]
    assert json.loads(rows[0]["fields_json"])["notes"]["value"] == ""  # type: ignore[arg-type]
    deliver(hub, first, a.device_id)
    push(a, hub)
    assert _value(hub, "person", pid, "notes") == "після відправлення"
    with a.read() as conn:
        assert changelog.unconfirmed_count(conn) == 0


@pytest.mark.parametrize("times", [1, 2, 10])
def test_applying_a_batch_again_or_shuffled_changes_nothing(
    star: tuple[Store, Store, Store], times: int
) -> None:
    hub, a, b = star
    people = [add_person(a, name, "Марія") for name in ("Гнатюк", "Бойко", "Шевчук", "Лисенко")]
    with a.write() as uow:
        household = uow.insert(Household, {"name": "Гнатюки", "head_id": people[0]})
        uow.update(Person, people[1], {"household_id": household, "notes": "онука"})
        uow.insert(Consent, {"person_id": people[2], "given_on": TODAY, "scope": "облік"})
        uow.delete(Person, people[3])
    records = outgoing(a)
    deliver(hub, records, a.device_id)
    expected = state(hub)
    rng = random.Random(times)
    for _ in range(times):
        shuffled = list(records)
        rng.shuffle(shuffled)
        again = deliver(b, shuffled, a.device_id)
        assert again.quarantined == {}
    assert state(b) == expected
    second = deliver(b, records, a.device_id)
    assert second.applied == [] and len(second.duplicates) == len(records)


def test_the_same_change_id_with_other_content_is_refused(star: tuple[Store, Store, Store]) -> None:
    hub, a, _ = star
    pid = add_person(a, "Гнатюк", "Марія")
    (record,) = [ChangeRecord.from_json(r) for r in outgoing(a)]
    deliver(hub, [record.to_json()], a.device_id)
    forged = ChangeRecord(
        record.change_id,
        record.table,
        record.row_id,
        record.device,
        record.seq,
        record.user,
        {**record.fields, "surname": FieldChange("Підробка", record.hlc)},
    )
    result = deliver(hub, [forged.to_json()], a.device_id)
    assert result.rejected == {record.change_id: "content_mismatch"}
    assert _value(hub, "person", pid, "surname") == "Гнатюк"
    assert [q["reason"] for q in quarantined(hub)] == ["content_mismatch"]


def test_a_child_before_its_parent_applies_and_a_missing_parent_waits(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, _ = star
    pid = add_person(a, "Гнатюк", "Марія")
    with a.write() as uow:
        uow.insert(Consent, {"person_id": pid, "given_on": TODAY, "scope": "облік"})
    person, consent = outgoing(a)
    waiting = deliver(hub, [consent], a.device_id)
    assert list(waiting.quarantined.values()) == ["unresolved_reference"]
    released = deliver(hub, [person], a.device_id)
    assert released.applied and released.released == [ChangeRecord.from_json(consent).change_id]
    assert quarantined(hub) == []
    assert state(hub)["consent"] == state(a)["consent"]


def test_one_bad_record_is_quarantined_and_the_rest_applies(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, _ = star
    first = add_person(a, "Гнатюк", "Марія")
    second = add_person(a, "Дорошенко", "Іван")
    good_one, good_two = (ChangeRecord.from_json(r) for r in outgoing(a))
    bad_value = ChangeRecord(
        "bad-value",
        "person",
        "row-x",
        a.device_id,
        900,
        "",
        {"birth_date": FieldChange("вчора", good_one.hlc)},
    )
    unknown = ChangeRecord("bad-table", "nonsense", "row-y", a.device_id, 901, "", {})
    result = deliver(
        hub,
        [
            b"{not json",
            bad_value.to_json(),
            good_one.to_json(),
            unknown.to_json(),
            good_two.to_json(),
        ],
        a.device_id,
    )
    assert sorted(result.applied) == sorted([good_one.change_id, good_two.change_id])
    assert sorted(q["reason"] for q in quarantined(hub)) == [
        "bad_value",
        "malformed",
        "unknown_table",
    ]
    assert _value(hub, "person", first, "surname") == "Гнатюк"
    assert _value(hub, "person", second, "surname") == "Дорошенко"


def test_a_cloned_device_is_detected(star: tuple[Store, Store, Store]) -> None:
    hub, a, _ = star
    add_person(a, "Гнатюк", "Марія")
    (record,) = [ChangeRecord.from_json(r) for r in outgoing(a)]
    deliver(hub, [record.to_json()], a.device_id)
    twin = ChangeRecord(
        "another-change",
        "person",
        "another-row",
        record.device,
        record.seq,
        record.user,
        record.fields,
    )
    result = deliver(hub, [twin.to_json()], a.device_id)
    assert result.quarantined == {"another-change": "cloned_device"}


@pytest.mark.parametrize("how", list(Resolution))
def test_a_resolution_is_an_ordinary_change_that_travels(
    star: tuple[Store, Store, Store], how: Resolution
) -> None:
    hub, a, b = star
    pid = _phone_edited_on_both_spokes(star)
    with hub.read() as conn:
        assert open_count(conn) == 1
        (conflict,) = conflicts_of(conn, pid)
    assert conflict.kept.value == "+380502222222" and conflict.lost.value == "+380671111111"
    assert conflict.kept.worker == conflict.lost.worker == "Олена Тестова"
    assert conflict.kept.at is not None
    with hub.write() as uow:
        resolve(uow, conflict.id, how, "+380931234567")
    expected = {
        Resolution.KEEP: "+380502222222",
        Resolution.SWAP: "+380671111111",
        Resolution.TYPED: "+380931234567",
    }[how]
    for spoke in (a, b):
        sync(spoke, hub)
    assert {_value(s, "person", pid, "phone") for s in (hub, a, b)} == {expected}
    assert state(a) == state(b) == state(hub)
    assert open_conflicts(hub) == open_conflicts(a) == open_conflicts(b) == []
    with pytest.raises(ValidationError), hub.write() as uow:
        resolve(uow, conflict.id, Resolution.KEEP)


def test_opposite_merges_on_two_spokes_end_with_one_survivor(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, b = star
    p = add_person(a, "Гнатюк", "Марія")
    q = add_person(a, "Гнатюк", "Марія", phone="+380671234567")
    with a.write() as uow:
        uow.insert(Consent, {"person_id": q, "given_on": TODAY, "scope": "облік"})
    sync(a, hub)
    sync(b, hub)
    with a.write() as uow:
        merge_people(uow, p, q)
    with b.write() as uow:
        merge_people(uow, q, p)
    for _ in range(3):
        for spoke in (a, b):
            sync(spoke, hub)
    assert state(a) == state(b) == state(hub)
    merged = {_value(hub, "person", x, "merged_into") for x in (p, q)}
    assert None in merged and len(merged) == 2  # one survivor, one redirect, no circle
    survivor = p if _value(hub, "person", p, "merged_into") is None else q
    with hub.read() as conn:
        consents = conn.execute(text("SELECT person_id FROM consent")).scalars().all()
    assert set(consents) == {survivor}


def test_a_case_moved_on_two_spokes_ends_in_the_state_its_history_leads_to(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, b = star
    person = add_person(a, "Гнатюк", "Марія")
    with a.write() as uow:
        case, _ = open_case(uow, Appeal(person, Channel.APPLICATION, TODAY, ["006.0"]), "ІЗМ")
    sync(a, hub)
    sync(b, hub)
    yesterday = TODAY - dt.timedelta(days=1)
    with a.write() as uow:  # A's clock is an hour behind B's: its state loses by clock...
        move_case(uow, case, CaseState.ASSESSING, CaseFacts(), TODAY)
    with b.write() as uow:  # ...to B's moves, entered late and dated yesterday
        move_case(uow, case, CaseState.ASSESSING, CaseFacts(), yesterday)
        move_case(uow, case, CaseState.AWAITING_DECISION, CaseFacts(assessment_act=True), yesterday)
    with a.write() as uow:
        move_case(uow, case, CaseState.COMPREHENSIVE, CaseFacts(comprehensive_needed=True), TODAY)
    for _ in range(3):
        for spoke in (a, b):
            sync(spoke, hub)
    assert state(a) == state(b) == state(hub)
    with hub.read() as conn:
        events = conn.execute(
            text(
                'SELECT on_, to_state FROM (SELECT "on" AS on_, to_state, field_clocks, id '
                "FROM case_event WHERE case_id = :c) ORDER BY on_, "
                "json_extract(field_clocks, '$.to_state'), id"
            ),
            {"c": case},
        ).all()
    assert len(events) == 4
    assert events[-1].to_state == CaseState.COMPREHENSIVE.value
    assert _value(hub, "social_case", case, "state") == CaseState.COMPREHENSIVE.value


def test_a_second_device_of_a_workplace_numbers_under_its_own_tag(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, _ = star
    with a.write() as uow:
        community = uow.insert(Community, {"katottg": "", "name": "Громада"})
        workplace = uow.insert(Workplace, {"name": "Офіс", "community_id": community})
        meta.put(uow.connection, meta.WORKPLACE_ID, workplace)
    person = add_person(a, "Гнатюк", "Марія")
    with a.write() as uow:
        _, first = open_case(uow, Appeal(person, Channel.APPLICATION, TODAY, ["006.0"]), "ІЗМ")
    sync(a, hub)
    # The same workplace restored on another laptop: a new device id, the same series' meta.
    with a.writer.begin() as conn:
        meta.put(conn, meta.DEVICE_ID, "01900000-0000-7000-8000-00000000beef")
    a.device_id = "01900000-0000-7000-8000-00000000beef"
    with a.write() as uow:
        _, second = open_case(uow, Appeal(person, Channel.APPLICATION, TODAY, ["006.0"]), "ІЗМ")
    assert first == f"ІЗМ-{TODAY.year}-0001"
    assert second == f"ІЗМ/BEEF-{TODAY.year}-0001"


def test_two_heads_made_on_two_spokes_leave_one(star: tuple[Store, Store, Store]) -> None:
    hub, a, b = star
    first = add_person(a, "Гнатюк", "Марія")
    second = add_person(a, "Гнатюк", "Петро")
    with a.write() as uow:
        household = uow.insert(Household, {"name": "Гнатюки"})
        join_household(uow, first, household, HouseholdRole.SPOUSE, TODAY)
        join_household(uow, second, household, HouseholdRole.SPOUSE, TODAY)
    sync(a, hub)
    sync(b, hub)
    with a.write() as uow:
        make_head(uow, first, household, TODAY)
    with b.write() as uow:
        make_head(uow, second, household, TODAY)
    for _ in range(3):
        for spoke in (a, b):
            sync(spoke, hub)
    assert state(a) == state(b) == state(hub)
    head = _value(hub, "household", household, "head_id")
    roles = {p: _value(hub, "person", p, "household_role") for p in (first, second)}
    assert head in (first, second)
    assert roles[head] == "head"
    assert [r for p, r in roles.items() if p != head] == ["other_relative"]


def test_a_head_whose_household_has_not_arrived_waits_for_it(
    star: tuple[Store, Store, Store],
) -> None:
    """A cut page brings a person as the head of a household whose own record is not in it
    (found by the convergence test): the person applies, and the household's head is settled
    when the household arrives."""
    hub, a, _b = star
    with a.write() as uow:
        household = uow.insert(Household, {"name": "Гнатюки"})
    person = add_person(a, "Гнатюк", "Марія")
    with a.write() as uow:
        join_household(uow, person, household, HouseholdRole.HEAD, TODAY)
    records = outgoing(a)
    first = [r for r in records if json.loads(r)["table"] != "household"]
    deliver(hub, first, a.device_id)
    deliver(hub, records, a.device_id)
    assert _value(hub, "household", household, "head_id") == person
    assert _value(hub, "person", person, "household_role") == "head"
    assert quarantined(hub) == []


def test_a_record_the_store_refuses_is_quarantined_alone(
    star: tuple[Store, Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A constraint no check foresaw refuses a chunk's writes: the chunk is tried record by
    record, only the one at fault is quarantined, and the audit chain stays whole."""
    hub, a, _ = star
    for surname in ("Гнатюк", "Відмова", "Дорошенко"):
        add_person(a, surname, "Марія")
    records = outgoing(a)
    real_flush = Batch.flush

    def refusing(batch: Batch) -> None:
        if any(r["surname"] == "Відмова" for r in batch._inserts.get("person", [])):
            raise IntegrityError("INSERT", {}, Exception("CHECK constraint failed: person"))
        real_flush(batch)

    monkeypatch.setattr(Batch, "flush", refusing)
    result = deliver(hub, records, a.device_id)
    assert len(result.applied) == 2
    assert list(result.quarantined.values()) == ["refused_by_store"]
    with hub.read() as conn:
        surnames = set(conn.execute(text("SELECT surname FROM person")).scalars())
        report = run_check(conn, hub.audit_seal())
    assert {"Гнатюк", "Дорошенко"} <= surnames and "Відмова" not in surnames
    assert report.audit_chain_ok


def test_declarations_of_one_case_made_on_two_spokes_read_as_one(
    star: tuple[Store, Store, Store],
) -> None:
    """One declaration per case: two spokes that each record it offline keep both rows, and
    every replica reads the same one as current (latest by date, then id) and the same
    payment from it."""
    hub, a, b = star
    person = add_person(a, "Гнатюк", "Марія", birth_date=dt.date(1944, 5, 1))
    with a.write() as uow:
        case, _ = open_case(uow, Appeal(person, Channel.APPLICATION, TODAY, ["006.0"]), "ІЗМ")
    sync(a, hub)
    sync(b, hub)
    month = income_months(TODAY)[0]
    for spoke, amount in ((a, 300_000), (b, 450_000)):
        member = cw.DeclaredMember(
            "Гнатюк Марія Іванівна",
            is_recipient=True,
            incomes=(cw.DeclaredIncome(month, "pension", amount),),
        )
        with spoke.write() as uow:
            cw.save_income(uow, case, TODAY, [member])
    for _ in range(2):
        for spoke in (a, b):
            sync(spoke, hub)
    assert state(a) == state(b) == state(hub)
    read = []
    for replica in (hub, a, b):
        with replica.read() as conn:
            members = cw.declared_members(conn, case)
            read.append((members, cw.case_payment(conn, case, TODAY)))
    assert read[0] == read[1] == read[2]
    assert read[0][0] is not None and len(read[0][0]) == 1


def test_plan_revisions_made_on_two_spokes_read_the_same_everywhere(
    star: tuple[Store, Store, Store],
) -> None:
    """Two spokes each make the next revision of one plan offline: both stay (nothing is
    lost), and every replica lists them in one order and takes the same one as current."""
    hub, a, b = star
    person = add_person(a, "Гнатюк", "Марія")
    with a.write() as uow:
        case, _ = open_case(uow, Appeal(person, Channel.APPLICATION, TODAY, ["015.1"]), "ІЗМ")
    sync(a, hub)
    sync(b, hub)
    for spoke, frequency in ((a, "3 рази на тиждень"), (b, "щодня")):
        measure = cw.PlanMeasure(
            person, "015.1", "Догляд вдома", frequency, Decimal(20), "Петренко О. І."
        )
        draft = cw.PlanDraft(
            TODAY, TODAY + dt.timedelta(days=180), ("Допомога в самообслуговуванні",), (measure,)
        )
        with spoke.write() as uow:  # the decision to grant is on paper, not yet entered
            uow.update(SocialCase, case, {"state": CaseState.GRANTED.value})
            cw.save_plan(uow, case, draft)
    for _ in range(2):
        for spoke in (a, b):
            sync(spoke, hub)
    assert state(a) == state(b) == state(hub)
    seen = []
    for replica in (hub, a, b):
        with replica.read() as conn:
            latest = cw.latest_plan(conn, case)
            revisions = [p.id for p in cw.plan_revisions(conn, case)]
            seen.append((latest.id if latest else None, revisions))
    assert seen[0] == seen[1] == seen[2]
    assert len(seen[0][1]) == 2
