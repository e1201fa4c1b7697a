"""A conflict the server kept reaches both desks of the district; resolved by a person on one
desk («keep this», «keep that» or a typed value), the choice travels as an ordinary change and
the server's conflict is closed: after both desks sync it is gone everywhere, for good, and
the value is the same on both desks and on the server."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from http_support import BASE, desks, edit, server_rows, territory
from sqlalchemy import select, text
from support import add_person
from sync_checks import NORTH, NORTH_DISTRICT

from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, conflict
from socdesk.store import conflicts
from socdesk.store.conflicts import Resolution
from socdesk.store.database import Store
from socdesk.sync import link

__all__ = ["desks", "territory"]  # fixtures
A_PHONE, B_PHONE, TYPED = "+380671111111", "+380502222222", "+380633333333"


def _phone(store: Store, person: str) -> str:
    with store.read() as conn:
        query = text("SELECT phone FROM person WHERE id = :id")
        return str(conn.execute(query, {"id": person}).scalar_one())


def _open(store: Store) -> list[conflicts.Conflict]:
    with store.read() as conn:
        return conflicts.open_conflicts(conn)


@pytest.mark.parametrize(
    ("how", "expected"),
    [(Resolution.KEEP, B_PHONE), (Resolution.SWAP, A_PHONE), (Resolution.TYPED, TYPED)],
)
def test_a_conflict_resolved_on_one_desk_is_gone_everywhere(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
    how: Resolution,
    expected: str,
) -> None:
    a, b = desks
    ids = territory[1]
    for desk in desks:
        code = admin.enrol(server_settings, "Офіс", [ids[NORTH_DISTRICT]])
        link.connect(desk, BASE, code, client=client)
    person = add_person(a, "Спірна", settlement_id=ids[NORTH])
    link.sync_now(a, client=client)
    link.sync_now(b, client=client)
    edit(a, person, phone=A_PHONE)
    edit(b, person, phone=B_PHONE)
    for desk in (a, b, a):
        link.sync_now(desk, client=client)
    for desk in desks:  # the server's conflict reached both desks
        (found,) = _open(desk)
        assert (found.field, found.kept.value, found.lost.value) == ("phone", B_PHONE, A_PHONE)

    with a.write() as uow:
        conflicts.resolve(uow, _open(a)[0].id, how, TYPED if how is Resolution.TYPED else None)
    for desk in (a, b, a, b):
        link.sync_now(desk, client=client)
        assert _open(desk) == []
        assert link.status(desk).conflicts == 0
    assert _phone(a, person) == _phone(b, person) == expected
    (row,) = server_rows(server_settings, select(CURRENT["person"].c.phone))
    assert row["phone"] == expected
    held = server_rows(server_settings, select(conflict.c.resolved))
    assert held == [{"resolved": True}]  # the resolution made no conflict of its own
