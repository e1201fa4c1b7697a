"""An erasure through the server (issue 17), on SQLite and PostgreSQL: a district's edit made
before the coordinator's erasure and pushed after it leaves the erased value in no row, log,
outbox, conflict or history, on the server or any desk; two coordinators erasing one person
offline at once both stand, everywhere alike."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from http_support import connect, desks, edit, server_rows, server_text, settle_http
from replicas import state
from residue_support import table_text
from sqlalchemy import select
from support import TODAY, add_person
from sync_checks import NORTH

from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, quarantine
from socdesk.store.database import Store
from socdesk.store.retention import erase_person
from socdesk.sync.exchange import exchange

__all__ = ["desks"]  # a fixture
CANARY = "Канарейчишин живе з Оксаною"


def _person(settings: ServerSettings, person: str) -> dict[str, object]:
    table = CURRENT["person"]
    (row,) = server_rows(settings, select(table).where(table.c.id == person))
    return row


def test_a_districts_late_edit_never_brings_the_erased_value_back(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
) -> None:
    a, b = desks
    ids = territory[1]
    hub_a = connect(client, server_settings, a, None)  # the coordinator's: every district
    hub_b = connect(client, server_settings, b, [ids["Північний"]])
    person = add_person(a, "Коваленко", notes="", settlement_id=ids[NORTH])
    settle_http((a, hub_a), (b, hub_b))
    edit(b, person, notes=CANARY)  # offline, before the erasure
    erase_person(a, person, "заява особи", TODAY, fields=["notes"])  # the notes were empty
    exchange(a, hub_a)
    settle_http((b, hub_b), (a, hub_a))
    assert _person(server_settings, person)["notes"] == ""
    assert CANARY not in server_text(server_settings)
    for desk in (a, b):
        assert CANARY not in table_text(desk)
    assert state(a)["person"] == state(b)["person"]
    edit(b, person, notes="Правильна примітка")  # a lawful correction, later
    settle_http((b, hub_b), (a, hub_a))
    assert _person(server_settings, person)["notes"] == "Правильна примітка"
    assert state(a)["person"] == state(b)["person"]


def test_two_coordinators_erasing_offline_at_once_both_stand(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
) -> None:
    a, b = desks
    ids = territory[1]
    hub_a = connect(client, server_settings, a, None)
    hub_b = connect(client, server_settings, b, None)
    person = add_person(a, "Канарейко", notes="стара примітка", settlement_id=ids[NORTH])
    settle_http((a, hub_a), (b, hub_b))
    erase_person(a, person, "примітка незаконна", TODAY, fields=["notes"])
    erase_person(b, person, "помилка в прізвищі", TODAY, corrected={"surname": "Коваль"})
    settle_http((a, hub_a), (b, hub_b))
    row = _person(server_settings, person)
    assert (row["surname"], row["notes"]) == ("Коваль", "")
    assert len(row["erasures"]) == 2  # type: ignore[arg-type]
    assert server_rows(server_settings, select(quarantine)) == []
    found = server_text(server_settings)
    assert "Канарейко" not in found and "стара примітка" not in found
    for desk in (a, b):
        assert "Канарейко" not in table_text(desk) and "стара примітка" not in table_text(desk)
    assert state(a)["person"] == state(b)["person"]
    assert json.loads(str(state(a)["person"][person]["erasures"])) == row["erasures"]
