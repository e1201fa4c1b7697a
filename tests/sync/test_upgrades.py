"""Upgrades (issue 17): a desktop of the previous release syncs with a new server. Its records,
without the columns added since, are taken (the server's defaults fill them); it pulls every
page it can read, labelled with its own schema; a page carrying a table or column newer than
it waits, with its cursor, for its update (nothing lost); the list of what each revision added
(`server.versions.ADDED`) agrees with the fixture store of every accepted revision."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from http_support import BASE, NORTH, North, desks, north, server_rows, territory
from replicas import outgoing
from sqlalchemy import select, text
from support import TODAY, add_person, fixture_connection

from socdesk.server import versions
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT
from socdesk.store import changelog
from socdesk.store.consents import DEFAULT_SCOPE, consents, give_consent
from socdesk.store.migrate import STORE_REVISION
from socdesk.store.people import create_household
from socdesk.store.schema import SYNC_TABLES
from socdesk.sync import wire
from socdesk.sync.exchange import PeerTooNew, SyncReport, exchange

__all__ = ["desks", "north", "territory"]  # fixtures

FIXTURES = Path(__file__).parent.parent / "store" / "fixtures"
PREVIOUS = versions.OLDEST_DESKTOP_SCHEMA


def as_previous_release(north: North, monkeypatch: pytest.MonkeyPatch) -> SyncReport:
    """Desk a exchanges as a desktop of the oldest schema the server takes."""
    with monkeypatch.context() as patch:
        patch.setattr("socdesk.sync.exchange.STORE_REVISION", PREVIOUS)
        patch.setitem(north.hub_a.headers, versions.SCHEMA_HEADER, PREVIOUS)
        return exchange(north.a, north.hub_a)


def test_records_of_the_previous_release_without_newer_columns_are_taken(
    north: North, server_settings: ServerSettings, client: TestClient
) -> None:
    a, b, hub_a, hub_b, ids = north
    person = add_person(a, "Гнатюк", settlement_id=ids[NORTH])
    with a.write() as uow:
        give_consent(uow, person, TODAY, DEFAULT_SCOPE, TODAY, paper_ref="арк. 1")
    newer = versions.ADDED["0022"]["consent"]
    assert newer is not None
    records = []
    for raw in outgoing(a):  # as the previous release wrote them: no legal ground, no paper
        record = json.loads(raw)
        if record["table"] == "consent":
            record["fields"] = {k: v for k, v in record["fields"].items() if k not in newer}
        records.append(json.dumps(record).encode())
    raw_answer = client.post(
        f"{BASE}/api/v1/sync/push",
        content=wire.pack(records, PREVIOUS),
        headers={**hub_a.headers, versions.SCHEMA_HEADER: PREVIOUS},
    )
    assert raw_answer.status_code == 200 and len(raw_answer.json()["accepted"]) == len(records)
    (row,) = server_rows(server_settings, select(CURRENT["consent"]))
    assert (row["ground"], row["paper_ref"]) == ("consent", "")  # the server's defaults
    exchange(b, hub_b)
    with b.read() as conn:
        assert [c.ground.value for c in consents(conn, person)] == ["consent"]


def test_the_previous_release_pulls_what_it_reads_and_waits_for_its_update_for_the_rest(
    north: North, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, hub_a, hub_b, ids = north
    with b.write() as uow:  # households are as they were in the previous release
        create_household(uow, ids[NORTH], "вул. Миру, 3", None)
    exchange(b, hub_b)
    as_previous_release(north, monkeypatch)  # a page of households: labelled with a's schema
    with a.read() as conn:
        assert conn.execute(text("SELECT address FROM household")).scalars().all() == [
            "вул. Миру, 3"
        ]
    person = add_person(b, "Гнатюк", settlement_id=ids[NORTH])  # a person has `erasures` (0024)
    with b.write() as uow:
        give_consent(uow, person, TODAY, "Запит поліції № 15/2", TODAY, "court_or_police")
    exchange(b, hub_b)
    with pytest.raises(PeerTooNew, match="Оновіть"):
        as_previous_release(north, monkeypatch)  # the person and the consent are newer than a
    with a.read() as conn:
        kept = changelog.cursor(conn, hub_a.hub_id)
        assert consents(conn, person) == []
    exchange(a, hub_a)  # a is updated
    with a.read() as conn:
        assert [c.ground.value for c in consents(conn, person)] == ["court_or_police"]
        assert changelog.cursor(conn, hub_a.hub_id) > kept


def test_a_page_is_labelled_with_the_desktops_schema_only_when_it_reads_every_record() -> None:
    person = json.dumps({"table": "person", "fields": {"surname": {}}}).encode()
    consent = json.dumps({"table": "consent", "fields": {"ground": {}}}).encode()
    payment = json.dumps({"table": "contract_payment", "fields": {"month": {}}}).encode()
    assert versions.page_schema([person], "0021") == "0021"
    assert versions.page_schema([person, consent], "0021") == STORE_REVISION
    assert versions.page_schema([payment], "0021") == "0021"
    assert versions.page_schema([payment], "0019") == STORE_REVISION
    assert versions.page_schema([consent], None) == STORE_REVISION
    erasures = json.dumps({"table": "person", "fields": {"erasures": {}}}).encode()
    assert versions.page_schema([erasures], "0023") == STORE_REVISION
    assert versions.page_schema([erasures], "0024") == "0024"


def _synced_columns(folder: Path) -> dict[str, set[str]]:
    """Each synced table's columns in a fixture store, read without upgrading it."""
    conn = fixture_connection(folder)
    try:
        found: dict[str, set[str]] = {}
        for table in SYNC_TABLES:
            name = table.__tablename__
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
            if columns:
                found[str(name)] = columns
        return found
    finally:
        conn.close()


@pytest.mark.parametrize(
    "revision",
    sorted(p.name for p in FIXTURES.iterdir() if p.name >= versions.OLDEST_DESKTOP_SCHEMA),
)
def test_what_each_revision_added_agrees_with_its_fixture_store(revision: str) -> None:
    held = _synced_columns(FIXTURES / revision)
    expected: dict[str, Any] = {}
    for table in SYNC_TABLES:
        name = str(table.__tablename__)
        expected[name] = set(table.synced_fields())
        for added_at, added in versions.ADDED.items():
            if added_at > revision and name in added:
                columns = added[name]
                expected[name] = None if columns is None else expected[name] - columns
    assert {n for n, c in expected.items() if c is None} == set(expected) - set(held)
    for name, columns in expected.items():
        if columns is not None:
            assert columns <= held[name], (revision, name, columns - held[name])
