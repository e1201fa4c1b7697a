"""An erasure against late edits and against another erasure, through a hub (issue 17): an
edit made before the erasure and sent after it never brings the erased value back, on any
replica (the erasure's own clock stamps every field it covers); a lawful correction made
after it wins as any edit; two erasures made offline at once both stand (the erasures list is
a grow-only set) and both are scrubbed everywhere."""

from __future__ import annotations

import pytest
from bundles_support import star  # noqa: F401  (the fixture: a hub and two spokes)
from replicas import deliver, open_conflicts, outgoing, settle, state, sync
from residue_support import table_text
from sqlalchemy import select, text
from support import TODAY, add_person

from socdesk.domain.retention import ANONYMOUS_SURNAME
from socdesk.store.database import Store
from socdesk.store.people import create_household
from socdesk.store.retention import erase_person
from socdesk.store.schema import Person

CANARY = "Канарейчишин живе з Оксаною"
_person = Person.__table__  # type: ignore[attr-defined]


def _row(store: Store, person: str) -> dict[str, object]:
    with store.read() as conn:
        return dict(conn.execute(select(_person).where(_person.c.id == person)).one()._mapping)


def _quarantined(store: Store) -> list[str]:
    with store.read() as conn:
        return list(conn.execute(text("SELECT reason FROM sync_quarantine")).scalars())


def _edit(store: Store, person: str, **values: object) -> None:
    with store.write() as uow:
        uow.update(Person, person, values)


@pytest.mark.parametrize("whole", [False, True], ids=["notes", "whole_person"])
@pytest.mark.parametrize("late_first", [False, True], ids=["erasure_first", "edit_first"])
def test_an_edit_made_before_the_erasure_never_brings_the_value_back(
    star: tuple[Store, Store, Store],  # noqa: F811
    whole: bool,
    late_first: bool,
) -> None:
    """B edits the notes offline; A, whose notes are still empty, erases them (or the whole
    person): the erasure record did not have to change the notes. B's record reaches the hub
    after the erasure (or before it): the canary is nowhere afterwards, on any replica."""
    hub, a, b = star
    person = add_person(a, "Коваленко", notes="")
    settle(hub, a, b)
    _edit(b, person, notes=CANARY)  # offline, before the erasure: an older clock
    if late_first:
        sync(b, hub)
    fields = () if whole else ("notes",)
    erase_person(a, person, "персональні дані оброблялися незаконно", TODAY, fields=fields)
    sync(a, hub)
    settle(hub, b, a)
    for replica in (hub, a, b):
        assert _row(replica, person)["notes"] == "", replica
        assert CANARY not in table_text(replica), replica
        assert _quarantined(replica) == []
    assert state(hub)["person"] == state(a)["person"] == state(b)["person"]
    if whole:
        assert _row(b, person)["surname"] == ANONYMOUS_SURNAME


def test_a_late_record_sent_again_is_a_duplicate(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    """The hub logged B's late record without the erased value (a person is told once, without
    it); B sends it again (the answer was lost): a duplicate, not other content, and still no
    canary."""
    hub, a, b = star
    person = add_person(a, "Коваленко", notes="")
    settle(hub, a, b)
    _edit(b, person, notes=CANARY)
    erase_person(a, person, "заява", TODAY, fields=["notes"])
    sync(a, hub)
    late = outgoing(b)
    first = deliver(hub, late, b.device_id)
    again = deliver(hub, late, b.device_id)
    assert len(first.applied) == 1 and first.conflicts == 1  # the value-less notice
    assert (again.rejected, len(again.duplicates), again.conflicts) == ({}, 1, 0)
    assert CANARY not in table_text(hub)


def test_a_correction_made_after_the_erasure_wins(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    hub, a, b = star
    person = add_person(a, "Коваленко", notes="", phone="")
    settle(hub, a, b)
    _edit(b, person, notes=CANARY)  # before the erasure, sent after it
    erase_person(a, person, "заява", TODAY, fields=["notes", "phone"])
    sync(a, hub)
    settle(hub, b, a)
    _edit(a, person, phone="+380671112233", notes="Правильна примітка")  # lawful, later
    settle(hub, a, b)
    for replica in (hub, a, b):
        row = _row(replica, person)
        assert (row["phone"], row["notes"]) == ("+380671112233", "Правильна примітка")
        assert CANARY not in table_text(replica)
    assert state(hub)["person"] == state(a)["person"] == state(b)["person"]


def test_two_erasures_made_offline_at_once_both_stand(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    hub, a, b = star
    person = add_person(a, "Канарейко", notes="стара примітка")
    settle(hub, a, b)
    erase_person(a, person, "примітка незаконна", TODAY, fields=["notes"])
    erase_person(b, person, "помилка в прізвищі", TODAY, corrected={"surname": "Коваль"})
    settle(hub, a, b)
    for replica in (hub, a, b):
        assert _quarantined(replica) == []
        row = _row(replica, person)
        assert (row["surname"], row["notes"]) == ("Коваль", "")
        assert len(row["erasures"]) == 2  # type: ignore[arg-type]
        found = table_text(replica)
        assert "Канарейко" not in found and "стара примітка" not in found, replica
    assert state(hub)["person"] == state(a)["person"] == state(b)["person"]


def test_the_earlier_of_two_offline_erasures_arriving_last_still_stands(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    """The later erasure reaches the hub first: the earlier one's list is older than the
    row's `erasures` clock, which is an erasure's stamp, yet the list is merged as a union,
    never held back (it was: a withheld notice about `erasures` itself, and the forwarded
    record quarantined on the other spoke with the erased note still in its row)."""
    hub, a, b = star
    person = add_person(a, "Коваленко", notes=CANARY)
    settle(hub, a, b)
    erase_person(b, person, "примітка незаконна", TODAY, fields=["notes"])  # earlier clock
    erase_person(a, person, "ім’я незаконне", TODAY, fields=["given_name"])
    sync(a, hub)
    settle(hub, b, a)
    for replica in (hub, a, b):
        assert _quarantined(replica) == []
        assert len(_row(replica, person)["erasures"]) == 2  # type: ignore[arg-type]
        assert all(c["field"] != "erasures" for c in open_conflicts(replica))
        assert CANARY not in table_text(replica), replica
    assert state(hub)["person"] == state(a)["person"] == state(b)["person"]


def test_a_list_that_lacks_an_entry_is_merged_not_refused(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    """A record whose erasures lack the row's entry (made before that entry reached its
    device) is taken: the list becomes the union of both."""
    hub, a, b = star
    person = add_person(a, "Коваленко", notes="")
    settle(hub, a, b)
    erase_person(a, person, "заява", TODAY, fields=["notes"])
    sync(a, hub)
    erase_person(b, person, "заява", TODAY, fields=["phone"])  # b lacks a's entry
    result = deliver(hub, outgoing(b), b.device_id)
    assert result.quarantined == {}
    assert len(_row(hub, person)["erasures"]) == 2  # type: ignore[arg-type]


def _alone_in_a_household(store: Store, address: str) -> tuple[str, str]:
    with store.write() as uow:
        household = create_household(uow, None, address, None)
    return add_person(store, "Коваленко", notes="", household_id=household), household


def test_a_household_record_sent_again_after_the_scrub_is_a_duplicate(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    """The hub scrubbed the household's address from its log (its only member was
    anonymised); A sends the household's record again (the answer was lost): a duplicate,
    neither refused nor quarantined with the old address."""
    hub, a, _ = star
    person, _household = _alone_in_a_household(a, CANARY)
    sent = outgoing(a)
    deliver(hub, sent, a.device_id)
    sync(a, hub)
    erase_person(a, person, "персональні дані оброблялися незаконно", TODAY)
    sync(a, hub)
    assert CANARY not in table_text(hub)
    again = deliver(hub, sent, a.device_id)
    assert again.rejected == {} and again.quarantined == {}
    assert CANARY not in table_text(hub)


def test_the_household_the_origin_anonymised_is_scrubbed_everywhere(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    """A anonymises a person living alone, while B (offline) adds a second member to the
    household: every replica scrubs the household's old address, as A did."""
    hub, a, b = star
    person, household = _alone_in_a_household(a, CANARY)
    settle(hub, a, b)
    add_person(b, "Сусідко", household_id=household)  # a second member, A does not know yet
    sync(b, hub)
    erase_person(a, person, "персональні дані оброблялися незаконно", TODAY)
    settle(hub, a, b)
    for replica in (hub, a, b):
        assert CANARY not in table_text(replica), replica
    assert state(hub)["household"] == state(a)["household"] == state(b)["household"]
