"""The scope digest finds drift and a targeted resync repairs it: a row a desk lost comes
back, a value it holds wrongly is put right, an edit it has not sent yet is kept, and only
the tables that differ are read again. The server's digest covers the device's scope only."""

from __future__ import annotations

from http_support import NORTH, SOUTH, North, apart, desks, edit, north, surnames, territory
from sqlalchemy import text
from support import add_person

from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.sync.digest import differing, resync
from socdesk.sync.exchange import exchange

__all__ = ["apart", "desks", "north", "territory"]  # fixtures


def drift(store: Store, sql: str, **params: object) -> None:
    """Changes the store behind its back (as a bad restore or a bug would)."""
    with store.writer.begin() as conn:
        conn.execute(text(sql), params)


def phone_of(store: Store, person_id: str) -> str | None:
    with store.read() as conn:
        found = conn.execute(text("SELECT phone FROM person WHERE id = :i"), {"i": person_id})
        return found.scalar_one_or_none()


def test_after_a_sync_the_digests_agree(north: North) -> None:
    a, b, hub_a, hub_b, ids = north
    add_person(a, "Гнатюк", settlement_id=ids[NORTH], phone="+380671111111")
    exchange(a, hub_a)
    report = exchange(b, hub_b)
    assert "person" not in report.resynced
    assert "person" not in differing(a, hub_a) and "person" not in differing(b, hub_b)


def test_a_lost_row_and_a_wrong_value_are_repaired_by_a_targeted_resync(north: North) -> None:
    a, b, hub_a, hub_b, ids = north
    lost = add_person(a, "Гнатюк", settlement_id=ids[NORTH])
    wrong = add_person(a, "Ющенко", settlement_id=ids[NORTH], phone="+380671111111")
    exchange(a, hub_a)
    exchange(b, hub_b)
    drift(b, "DELETE FROM person WHERE id = :i", i=lost)
    drift(  # an older clock and another value, as a stale backup would hold
        b,
        "UPDATE person SET phone = '+380000000000', hlc = :old, "
        "field_clocks = json_set(field_clocks, '$.phone', :old) WHERE id = :i",
        old="0000000000000001-0000-" + "0" * 31 + "1",
        i=wrong,
    )
    assert differing(b, hub_b) == ["person"]
    report = exchange(b, hub_b)
    assert report.resynced == ["person"]
    assert surnames(b) == ["Гнатюк", "Ющенко"]
    assert differing(b, hub_b) == [] and phone_of(b, wrong) == "+380671111111"
    with b.read() as conn:
        assert changelog.unconfirmed_count(conn) == 0  # the repair is not sent back


def test_a_resync_never_discards_an_unsent_edit(north: North) -> None:
    a, b, hub_a, hub_b, ids = north
    kept = add_person(a, "Гнатюк", settlement_id=ids[NORTH], phone="+380671111111")
    lost = add_person(a, "Ющенко", settlement_id=ids[NORTH])
    exchange(a, hub_a)
    exchange(b, hub_b)
    edit(b, kept, phone="+380502222222")  # not sent yet
    drift(b, "DELETE FROM person WHERE id = :i", i=lost)
    done = resync(b, hub_b)  # a resync on its own, before any push
    assert done.tables == ["person"] and done.kept_unsent == 1
    assert surnames(b) == ["Гнатюк", "Ющенко"] and phone_of(b, kept) == "+380502222222"
    with b.read() as conn:
        assert changelog.unconfirmed_count(conn) == 1
        assert conn.execute(text("SELECT count(*) FROM sync_conflict")).scalar_one() == 0
    exchange(b, hub_b)
    exchange(a, hub_a)
    assert phone_of(a, kept) == "+380502222222"


def test_the_servers_digest_covers_the_devices_scope_only(apart: North) -> None:
    a, b, hub_a, hub_b, ids = apart
    add_person(a, "Гнатюк", settlement_id=ids[NORTH])
    add_person(b, "Ющенко", settlement_id=ids[SOUTH])
    add_person(b, "Аврамчук", settlement_id=ids[SOUTH])
    exchange(a, hub_a)
    exchange(b, hub_b)
    north, south = hub_a.digest(), hub_b.digest()
    assert north["districts"] == [ids["Північний"]]
    assert (north["tables"]["person"]["count"], south["tables"]["person"]["count"]) == (1, 2)
    assert "person" not in differing(a, hub_a) and "person" not in differing(b, hub_b)


def test_rows_only_this_desk_holds_cost_a_read_not_a_write(north: North) -> None:
    a, b, hub_a, hub_b, ids = north
    add_person(a, "Гнатюк", settlement_id=ids[NORTH])
    exchange(a, hub_a)
    exchange(b, hub_b)
    add_person(b, "Ющенко", settlement_id=ids[NORTH])
    drift(b, "UPDATE outbox SET state = 2")  # as if confirmed, though the hub never got it
    log = "SELECT count(*) FROM sync_change_log"
    with b.read() as conn:
        before = conn.execute(text(log)).scalar_one()
    for _ in range(2):
        done = resync(b, hub_b)
        assert done.tables == ["person"] and done.applied == 0
    with b.read() as conn:
        assert conn.execute(text(log)).scalar_one() == before
    assert surnames(b) == ["Гнатюк", "Ющенко"]  # kept: a resync never deletes
