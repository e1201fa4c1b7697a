"""Merges of persons through the server (issue 11's deterministic rule, issue 14's model test):
the same two people merged in opposite directions on two desks end, after both sync, with one
survivor on both desks and on the server, and every change of both desks in the server's log."""

from __future__ import annotations

from http_support import North, desks, north, server_rows, territory
from sqlalchemy import select, text
from support import TODAY, add_person

from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change
from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.store.merge import merge_people
from socdesk.sync.exchange import exchange

__all__ = ["desks", "north", "territory"]  # fixtures


def _live(store: Store) -> list[str]:
    with store.read() as conn:
        query = "SELECT id FROM person WHERE deleted = 0 AND merged_into IS NULL"
        return sorted(conn.execute(text(query)).scalars())


def _outbox(store: Store) -> set[str]:
    with store.read() as conn:
        return set(conn.execute(text("SELECT change_id FROM outbox")).scalars())


def test_opposite_merges_end_with_one_survivor_and_nothing_unlogged(
    north: North, server_settings: ServerSettings
) -> None:
    a, b, hub_a, hub_b, ids = north
    before = _outbox(a) | _outbox(b)
    first = add_person(a, "Коваль", settlement_id=ids["Бабенкове"])
    second = add_person(a, "Бондар", settlement_id=ids["Бабенкове"])
    exchange(a, hub_a)
    exchange(b, hub_b)
    with a.write() as uow:
        merge_people(uow, first, second, TODAY)
    with b.write() as uow:
        merge_people(uow, second, first, TODAY)
    for store, hub in ((a, hub_a), (b, hub_b), (a, hub_a), (b, hub_b)):
        exchange(store, hub)
    logged = {r["change_id"] for r in server_rows(server_settings, select(change.c.change_id))}
    made = (_outbox(a) | _outbox(b)) - before
    assert made - logged == set()
    for store in (a, b):
        with store.read() as conn:
            assert changelog.unconfirmed_count(conn) == 0
    assert len(_live(a)) == 1 and _live(a) == _live(b)
    rows = server_rows(server_settings, select(CURRENT["person"]))
    assert [r["id"] for r in rows if r["merged_into"] is None and not r["deleted"]] == _live(a)
