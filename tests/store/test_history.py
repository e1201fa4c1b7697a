"""The card's history of changes: old → new, who and when, across merges."""

from __future__ import annotations

import datetime as dt

from support import TODAY, add_person, kovalchuk

from socdesk.store.database import Store
from socdesk.store.history import CREATED, person_history
from socdesk.store.merge import merge_people
from socdesk.store.people import load_person, update_person


def test_an_edit_is_kept_as_old_and_new(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена", phone="0671234567")
    with store.read() as conn:
        person = load_person(conn, person_id)
    person.surname = "Ковальчук"
    person.phone = "0509876543"
    with store.write() as uow:
        update_person(uow, person_id, person, TODAY)
    with store.read() as conn:
        history = person_history(conn, person_id)
    changed = {e.field: (e.old, e.new) for e in history if e.field != CREATED}
    assert changed["surname"] == ("Коваль", "Ковальчук")
    assert changed["phone"] == ("+380671234567", "+380509876543")
    assert "sort_key" not in changed
    assert history[-1].field == CREATED  # the oldest entry: the card was created
    assert {e.user for e in history} == {"Олена Тестова"}
    assert all(e.at.tzinfo is dt.UTC for e in history)


def test_a_survivor_shows_both_histories(store: Store) -> None:
    with store.write() as uow:
        from socdesk.store.people import create_person

        first, _ = create_person(uow, kovalchuk(), None, TODAY)
        second, _ = create_person(uow, kovalchuk(phone="0501112233"), None, TODAY)
    with store.write() as uow:
        merge_people(uow, first, second)
    with store.read() as conn:
        history = person_history(conn, first)
    assert {e.record_id for e in history if e.field == CREATED} == {first, second}
    assert any(e.field == "merged_into" and e.record_id == second for e in history)
