"""The unit of work: row, change record and audit entry commit together."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from support import add_person

from socdesk.domain.changes import Changes
from socdesk.domain.hlc import Hlc
from socdesk.store.check import run_check, verify_audit_chain
from socdesk.store.database import Store
from socdesk.store.schema import Household, Person


def _outbox(store: Store) -> list[dict[str, object]]:
    with store.read() as conn:
        rows = conn.execute(text("SELECT * FROM outbox ORDER BY seq")).mappings().all()
    return [dict(r) for r in rows]


def test_insert_writes_row_change_record_and_audit(store: Store) -> None:
    before = len(_outbox(store))
    with store.write() as uow:
        pid = uow.insert(Person, {"surname": "Ґудзь", "given_name": "Марʼяна"})
    assert uow.changes == Changes(recipients=True, sync_outbox=True)
    entries = _outbox(store)
    assert len(entries) == before + 1
    entry = entries[-1]
    assert entry["table_name"] == "person" and entry["row_id"] == pid
    fields = json.loads(entry["fields_json"])  # type: ignore[arg-type]
    assert fields["surname"] == {"value": "Ґудзь", "hlc": entry["hlc"], "base": ""}
    assert fields["deleted"]["value"] is False
    assert "sort_key" not in fields and "field_clocks" not in fields
    with store.read() as conn:
        row = conn.execute(
            text("SELECT hlc, origin, field_clocks FROM person WHERE id=:i"), {"i": pid}
        ).one()
        audit = conn.execute(
            text("SELECT action, row_id FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
    assert row.hlc == entry["hlc"] and row.origin == store.device_id
    assert set(json.loads(row.field_clocks).values()) == {row.hlc}
    assert tuple(audit) == ("insert", pid)


def test_pending_changes_coalesce_keeping_each_fields_clock(store: Store) -> None:
    pid = add_person(store, "Коваль")
    with store.read() as conn:
        created = json.loads(
            conn.execute(
                text("SELECT field_clocks FROM person WHERE id=:i"), {"i": pid}
            ).scalar_one()
        )
    with store.write() as uow:
        uow.update(Person, pid, {"phone": "+380671234567"})
    with store.write() as uow:
        uow.update(Person, pid, {"phone": "+380501234567", "notes": "дзвонити після 10:00"})
    with store.write() as uow:
        uow.update(Person, pid, {"notes": "дзвонити після 11:00"})
    entries = [e for e in _outbox(store) if e["row_id"] == pid]
    assert len(entries) == 1  # four saves, one change record
    fields = json.loads(entries[0]["fields_json"])  # type: ignore[arg-type]
    assert fields["phone"]["value"] == "+380501234567" and fields["surname"]["value"] == "Коваль"
    with store.read() as conn:
        clocks_at = json.loads(
            conn.execute(
                text("SELECT field_clocks FROM person WHERE id=:i"), {"i": pid}
            ).scalar_one()
        )
    # Each field keeps the clock of its own last edit, on the row and in the record; the
    # surname, untouched since the person was created, is not restamped by the later edits.
    assert {name: f["hlc"] for name, f in fields.items()} == {n: clocks_at[n] for n in fields}
    assert clocks_at["surname"] == created["surname"]
    assert clocks_at["phone"] < clocks_at["notes"] == entries[0]["hlc"]
    # The record still creates the row: nothing was replaced.
    assert {f["base"] for f in fields.values()} == {""}


def test_an_edit_records_the_clock_it_replaced(store: Store) -> None:
    pid = add_person(store, "Коваль")
    with store.writer.begin() as conn:
        conn.execute(text("UPDATE outbox SET state = 1"))
        before = json.loads(
            conn.execute(
                text("SELECT field_clocks FROM person WHERE id=:i"), {"i": pid}
            ).scalar_one()
        )
    with store.write() as uow:
        uow.update(Person, pid, {"notes": "перше"})
    with store.write() as uow:
        uow.update(Person, pid, {"notes": "друге"})
    entry = [e for e in _outbox(store) if e["row_id"] == pid][-1]
    notes = json.loads(entry["fields_json"])["notes"]  # type: ignore[arg-type]
    assert notes["value"] == "друге" and notes["base"] == before["notes"]


def test_sent_change_is_not_reopened(store: Store) -> None:
    pid = add_person(store, "Коваль")
    with store.writer.begin() as conn:
        conn.execute(text("UPDATE outbox SET state = 1"))
    with store.write() as uow:
        uow.update(Person, pid, {"notes": "нове"})
    entries = [e for e in _outbox(store) if e["row_id"] == pid]
    assert len(entries) == 2
    assert json.loads(entries[1]["fields_json"]).keys() == {"notes"}  # type: ignore[arg-type]


def test_outbox_sequence_is_gap_free_even_after_a_rollback(store: Store) -> None:
    add_person(store, "Коваль")
    with pytest.raises(RuntimeError), store.write() as uow:
        uow.insert(Person, {"surname": "Шевчук", "given_name": "Іван"})
        raise RuntimeError("the form's save failed half-way")
    add_person(store, "Бондар")
    seqs = [e["seq"] for e in _outbox(store)]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    with store.read() as conn:
        assert (
            conn.execute(text("SELECT count(*) FROM person WHERE surname='Шевчук'")).scalar() == 0
        )


def test_unchanged_update_records_nothing(store: Store) -> None:
    pid = add_person(store, "Коваль")
    count = len(_outbox(store))
    with store.write() as uow:
        assert uow.update(Person, pid, {"surname": "Коваль"}) is False
    assert not uow.changes
    assert len(_outbox(store)) == count


def test_delete_is_a_tombstone(store: Store) -> None:
    pid = add_person(store, "Коваль")
    with store.write() as uow:
        uow.delete(Person, pid)
    with store.read() as conn:
        assert (
            conn.execute(text("SELECT deleted FROM person WHERE id=:i"), {"i": pid}).scalar() == 1
        )


def test_clock_is_monotonic_across_restarts_even_if_wall_clock_goes_back(store: Store) -> None:
    add_person(store, "Коваль")
    with store.read() as conn:
        first = Hlc.parse(conn.execute(text("SELECT value FROM meta WHERE key='hlc'")).scalar_one())
    store.close()
    reopened = Store.open(store.paths, "olena", "пароль-для-тестів", clock=lambda: 1000)
    try:
        with reopened.write() as uow:
            pid = uow.insert(Person, {"surname": "Бондар", "given_name": "Іван"})
        with reopened.read() as conn:
            second = Hlc.parse(
                conn.execute(text("SELECT hlc FROM person WHERE id=:i"), {"i": pid}).scalar_one()
            )
    finally:
        reopened.close()
    assert second > first


def test_unknown_field_is_a_bug(store: Store) -> None:
    with pytest.raises(ValueError), store.write() as uow:
        uow.insert(Household, {"sort_key": "x"})


def test_audit_chain_detects_tampering(store: Store) -> None:
    add_person(store, "Коваль")
    add_person(store, "Бондар")
    with store.read() as conn:
        assert verify_audit_chain(conn, store.audit_seal())
        assert run_check(conn, store.audit_seal()).ok
    with store.writer.begin() as conn:
        conn.execute(
            text(
                "UPDATE audit_log SET action='view' WHERE id = (SELECT max(id) - 1 FROM audit_log)"
            )
        )
    with store.read() as conn:
        assert not verify_audit_chain(conn, store.audit_seal())
        assert not run_check(conn, store.audit_seal()).ok


def test_a_rows_pending_change_is_found_by_its_index_not_by_scanning(store: Store) -> None:
    """Every update looks up the row's pending change record; with thousands pending (a device
    offline for days) a scan of the unsent ones made each write slower than the last."""
    from sqlalchemy.dialects import sqlite

    from socdesk.store.uow import pending_entry

    letters = "абвгдежзиклмнопрстуф"
    for a in letters:
        for b in letters[:15]:
            add_person(store, f"Коваль{a}{b}", "Олена")  # 300 unsent change records
    query = pending_entry("person", "some-id").compile(
        dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
    )
    with store.read() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}").all()
    assert "ix_outbox_row_id_state (row_id=? AND state=?)" in plan[0][3]


def test_a_long_write_goes_out_in_runs_within_one_transaction(store: Store) -> None:
    """One executemany holds the GIL for its whole run: a worker writing hundreds of rows
    must not freeze the window, so buffered rows go out at most MAX_PENDING_ROWS at a time."""
    from sqlalchemy import event

    from socdesk.store.uow import MAX_PENDING_ROWS

    runs: list[int] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if executemany and statement.startswith("INSERT INTO household"):
            runs.append(len(parameters))

    engine = store.writer
    event.listen(engine, "before_cursor_execute", count)
    try:
        with store.write() as uow:
            for n in range(250):
                uow.insert(Household, {"address": f"вул. Шкільна, {n}"})
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert sum(runs) == 250 and max(runs) <= MAX_PENDING_ROWS
    with store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM household")).scalar() == 250


def test_control_characters_never_reach_the_store(store: Store) -> None:
    """Whatever screen or command writes it: NUL and ESC pasted into an address broke the
    export of the whole register (issue 13)."""
    with store.write() as uow:
        pid = uow.insert(Person, {"surname": "Коваль", "given_name": "Олена\x00"})
        household = uow.insert(Household, {"address": "вул.\x1b Миру, 5\r\nкв. 2"})
    with store.write() as uow:
        uow.update(Person, pid, {"notes": "рядок\x07 один\rрядок два\tі табуляція"})
    with store.read() as conn:
        person = conn.execute(
            text("SELECT given_name, notes FROM person WHERE id=:i"), {"i": pid}
        ).one()
        address = conn.execute(
            text("SELECT address FROM household WHERE id=:i"), {"i": household}
        ).scalar()
    assert tuple(person) == ("Олена", "рядок один\nрядок два\tі табуляція")
    assert address == "вул. Миру, 5\nкв. 2"
