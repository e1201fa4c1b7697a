"""Two desktop stores (copies of one template with a community of two districts) and the
in-process server, over HTTP (`HttpHub`): fixtures and helpers shared by the sync tests."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from fastapi.testclient import TestClient
from replicas import make_replica
from rows import minimal_row
from sqlalchemy import select, text
from support import TODAY, add_person
from sync_checks import NORTH, SOUTH, make_territory

from socdesk.domain.cases import CaseState, Channel
from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change, conflict, quarantine
from socdesk.server.tables import connect as server_engine
from socdesk.store.cases import Appeal, open_case
from socdesk.store.consents import give_consent
from socdesk.store.database import Store
from socdesk.store.forms import current_definition, save_form_draft
from socdesk.store.schema import (
    CarePlan,
    Contract,
    Person,
    SocialCase,
)
from socdesk.store.service_log import Delivered, log_services
from socdesk.sync.exchange import exchange
from socdesk.sync.http import HttpHub, enrol_device

BASE = "http://testserver"
__all__ = ["NORTH", "SOUTH"]  # the settlements' names, for the tests that import them here


@pytest.fixture(scope="module")
def territory(
    template_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    """The template store with a community of two districts of one settlement each (every
    replica starts from it): the folder, and name -> id of the districts and settlements."""
    folder = tmp_path_factory.mktemp("territory") / "data"
    return folder, make_territory(template_store, folder)


@pytest.fixture
def desks(territory: tuple[Path, dict[str, str]], tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    folder, _ = territory
    a, b = make_replica(folder, tmp_path / "a"), make_replica(folder, tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def connect(
    client: TestClient, settings: ServerSettings, store: Store, districts: list[str] | None
) -> HttpHub:
    """Enrols the store's device with a fresh code, as the «Підключення» dialog will."""
    code = admin.enrol(settings, "Робоче місце", districts)
    answer = enrol_device(BASE, code, store.device_id, client=client)
    return HttpHub(BASE, str(answer["token"]), client=client)


class North(NamedTuple):
    """Both desks enrolled for the northern district, their hubs, and the territory's ids."""

    a: Store
    b: Store
    hub_a: HttpHub
    hub_b: HttpHub
    ids: dict[str, str]


@pytest.fixture
def north(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> North:
    ids = territory[1]
    hub_a, hub_b = (connect(client, server_settings, s, [ids["Північний"]]) for s in desks)
    return North(*desks, hub_a, hub_b, ids)


@pytest.fixture
def apart(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> North:
    """Desk a enrolled for the northern district, desk b for the southern one."""
    ids = territory[1]
    hub_a = connect(client, server_settings, desks[0], [ids["Північний"]])
    hub_b = connect(client, server_settings, desks[1], [ids["Південний"]])
    return North(*desks, hub_a, hub_b, ids)


def server_rows(settings: ServerSettings, query: Any) -> list[dict[str, Any]]:
    engine = server_engine(settings.url)
    try:
        with engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]
    finally:
        engine.dispose()


def server_text(settings: ServerSettings) -> str:
    """Every value of the server's current tables, change log, conflicts and quarantine, as
    text: what a residue check searches."""
    tables = [*CURRENT.values(), change, conflict, quarantine]
    return "\n".join(
        str(value) if not isinstance(value, bytes) else value.decode("utf-8", "replace")
        for table in tables
        for row in server_rows(settings, select(table))
        for value in row.values()
    )


def settle_http(*pairs: tuple[Store, HttpHub]) -> None:
    """Two rounds of exchanges: what any desk sent reaches every other one."""
    for _ in range(2):
        for store, hub in pairs:
            exchange(store, hub)


def surnames(store: Store) -> list[str]:
    with store.read() as conn:
        return sorted(conn.execute(text("SELECT surname FROM person")).scalars())


def edit(store: Store, row_id: str, **values: object) -> None:
    with store.write() as uow:
        uow.update(Person, row_id, values)


CASE_TABLES = ("social_case", "form_record", "care_plan", "contract", "service_entry", "consent")


def person_with_case(store: Store, surname: str, settlement_id: str) -> dict[str, str]:
    """A person with a case, a form, a care plan, a contract, a service line and a consent:
    table name -> row id (the person's under "person")."""
    pid = add_person(store, surname, settlement_id=settlement_id)
    barthel = current_definition("adl_barthel", TODAY)
    with store.write() as uow:
        case_id, _ = open_case(uow, Appeal(pid, Channel.APPLICATION, TODAY, ["015.1"]), "ІЗМ")
        uow.update(SocialCase, case_id, {"state": CaseState.PROVIDING.value})
        rows = {
            "person": pid,
            "social_case": case_id,
            "form_record": save_form_draft(uow, None, barthel, {}, case_id=case_id),
            "care_plan": uow.insert(CarePlan, minimal_row(CarePlan, case_id=case_id)),
            "contract": uow.insert(Contract, minimal_row(Contract, case_id=case_id)),
            "consent": give_consent(uow, pid, TODAY, "облік", TODAY),
        }
        (rows["service_entry"],) = log_services(
            uow, [Delivered(case_id, pid, "015.1", TODAY, Decimal(1))], TODAY
        )
    return rows


def rows_of(store: Store, rows: dict[str, str]) -> dict[str, bool]:
    """Which of `rows` (table -> id) the store holds."""
    with store.read() as conn:
        return {
            table: conn.execute(text(f"SELECT 1 FROM {table} WHERE id = :i"), {"i": row_id}).first()
            is not None
            for table, row_id in rows.items()
        }
