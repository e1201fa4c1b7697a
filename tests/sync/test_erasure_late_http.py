"""Through the server (issue 17, review of the branch): a household's address changed offline
before the anonymisation and pushed after it is kept nowhere, a person told without it; a
move to another settlement made before a rectification or an erasure of the settlement
takes its district nowhere, so every replica holds one settlement and its district."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from http_support import connect, desks, edit, server_rows, server_text, settle_http
from residue_support import table_text
from sqlalchemy import select, text
from support import TODAY, add_person
from sync_checks import NORTH, SOUTH

from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, conflict
from socdesk.store.database import Store
from socdesk.store.people import create_household
from socdesk.store.retention import erase_person
from socdesk.store.schema import Household, Person
from socdesk.sync.exchange import exchange

__all__ = ["desks"]  # a fixture
CANARY = "вул. Канарейкова 13"


def _desk(store: Store, person: str) -> tuple[object, object]:
    table = Person.__table__  # type: ignore[attr-defined]
    with store.read() as conn:
        row = conn.execute(select(table).where(table.c.id == person)).one()
    return row.settlement_id, row.district_id


@pytest.mark.parametrize("how", ["rectify", "erase"])
def test_a_settlement_held_back_takes_its_district_along(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
    how: str,
) -> None:
    a, b = desks
    ids = territory[1]
    hub_a = connect(client, server_settings, a, None)
    hub_b = connect(client, server_settings, b, None)
    person = add_person(a, "Коваленко", notes="", settlement_id=ids[NORTH])
    settle_http((a, hub_a), (b, hub_b))
    edit(b, person, settlement_id=ids[SOUTH])  # offline, before the erasure: a move
    if how == "rectify":
        erase_person(a, person, "виправлення", TODAY, corrected={"settlement_id": ids[NORTH]})
    else:
        erase_person(a, person, "незаконно", TODAY, fields=["settlement_id"])
    exchange(a, hub_a)
    settle_http((b, hub_b), (a, hub_a))
    (row,) = server_rows(
        server_settings, select(CURRENT["person"]).where(CURRENT["person"].c.id == person)
    )
    held = {(row["settlement_id"], row["district_id"]), _desk(a, person), _desk(b, person)}
    assert len(held) == 1  # every replica alike
    ((settlement, district),) = held
    with a.read() as conn:
        query = text("SELECT district_id FROM settlement WHERE id = :i")
        north_district = conn.execute(query, {"i": ids[NORTH]}).scalar()
    assert settlement == (ids[NORTH] if how == "rectify" else None)
    assert district == north_district  # where the person was, never the move's district


def test_a_household_edit_before_anonymisation_is_kept_nowhere(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
) -> None:
    a, b = desks
    ids = territory[1]
    hub_a = connect(client, server_settings, a, None)
    hub_b = connect(client, server_settings, b, None)
    with a.write() as uow:
        household = create_household(uow, ids[NORTH], "стара адреса", None)
    person = add_person(a, "Коваленко", notes="", settlement_id=ids[NORTH], household_id=household)
    settle_http((a, hub_a), (b, hub_b))
    with b.write() as uow:
        uow.update(Household, household, {"address": CANARY})
    erase_person(a, person, "незаконно", TODAY)
    exchange(a, hub_a)
    settle_http((b, hub_b), (a, hub_a))
    assert CANARY not in server_text(server_settings)
    assert CANARY not in table_text(a) and CANARY not in table_text(b)
    told = server_rows(server_settings, select(conflict).where(conflict.c.row_id == household))
    assert [(c["field"], c["lost_value"]) for c in told] == [("address", "")]
