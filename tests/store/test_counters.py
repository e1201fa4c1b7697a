"""The live register's size, kept by triggers through inserts, deletes, merges and migrations."""

from __future__ import annotations

from sqlalchemy import text
from support import TODAY, add_person, kovalchuk

from socdesk.store import counters
from socdesk.store.database import Store
from socdesk.store.merge import merge_people
from socdesk.store.people import PersonFilter, count_people, create_person
from socdesk.store.schema import Person


def counted(store: Store) -> tuple[int, int]:
    with store.read() as conn:
        kept = count_people(conn)
        real = conn.execute(
            text("SELECT count(*) FROM person WHERE deleted = 0 AND merged_into IS NULL")
        ).scalar_one()
    return kept, real


def test_the_count_follows_inserts_deletes_and_merges(store: Store) -> None:
    assert counted(store) == (0, 0)
    first = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        a, _ = create_person(uow, kovalchuk(), None, TODAY)
        b, _ = create_person(uow, kovalchuk(phone=""), None, TODAY)
    assert counted(store) == (3, 3)
    with store.write() as uow:
        merge_people(uow, a, b)
    assert counted(store) == (2, 2)
    with store.write() as uow:
        uow.delete(Person, first)
    assert counted(store) == (1, 1)
    with store.write() as uow:
        uow.update(Person, first, {"deleted": False})  # a tombstone undone by sync
        uow.update(Person, first, {"surname": "Ковальська"})  # other fields: no change
    assert counted(store) == (2, 2)


def test_a_rolled_back_write_leaves_the_count(store: Store) -> None:
    add_person(store, "Коваль", "Олена")
    try:
        with store.write() as uow:
            create_person(uow, kovalchuk(), None, TODAY)
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    assert counted(store) == (1, 1)


def test_missing_triggers_are_recreated_at_open(store: Store) -> None:
    add_person(store, "Коваль", "Олена")
    with store.writer.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER person_live_count_ai")
        conn.exec_driver_sql("UPDATE meta SET value = '999' WHERE key = 'count.live_people'")
        assert counters.ensure(conn)
        assert not counters.ensure(conn)
    add_person(store, "Коваль", "Петро")
    assert counted(store) == (2, 2)


def test_a_filtered_count_counts(store: Store) -> None:
    add_person(store, "Коваль", "Олена", categories=["older"])
    add_person(store, "Коваль", "Петро")
    with store.read() as conn:
        assert count_people(conn, PersonFilter(category="older")) == 1


def test_admin_check_catches_a_count_that_drifted(store: Store) -> None:
    from socdesk.store.check import run_check

    add_person(store, "Коваль", "Олена")
    with store.read() as conn:
        assert run_check(conn, store.audit_seal()).live_count_ok
    with store.writer.begin() as conn:  # as a careless REPLACE in some future sync would
        conn.exec_driver_sql("UPDATE meta SET value = '7' WHERE key = 'count.live_people'")
    with store.read() as conn:
        report = run_check(conn, store.audit_seal())
    assert not report.live_count_ok
    assert not report.ok
