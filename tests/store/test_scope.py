"""Sync scope: every syncable row gets its district from the store's rules, never a screen."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Table, select
from support import TODAY

from socdesk.domain.people import PersonInput
from socdesk.store.database import Store
from socdesk.store.people import create_person
from socdesk.store.schema import (
    SYNC_TABLES,
    CarePlan,
    CaseDecision,
    CaseEvent,
    Consent,
    Contract,
    FormRecord,
    Household,
    HouseholdMembership,
    IncomeDeclaration,
    OutboxEntry,
    Person,
    PrintedDocument,
    ServiceEntry,
    Settlement,
    SocialCase,
    StarostaDistrict,
    SyncColumns,
)
from socdesk.store.scope import scope_sources
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    set_up_workplace,
)

DAY = dt.date(2026, 3, 2)
NORTH, SOUTH, OUTSIDE = (PlaceRecord("", "C", n) for n in ("Бабенкове", "Копанки", "Хутір"))


def _territory(store: Store) -> dict[str, str]:
    """Two districts of one settlement each, and a settlement outside both: name -> id."""
    community = CommunityRecord("", "Громада", settlements=(NORTH, SOUTH, OUTSIDE))
    setup = WorkplaceSetup(
        community,
        "Громада",
        (DistrictSetup("Північний", (NORTH,)), DistrictSetup("Південний", (SOUTH,))),
        "Офіс",
    )
    set_up_workplace(store, setup)
    with store.read() as conn:
        places = {
            r.name: r.id for r in conn.execute(select(_t(Settlement).c.id, _t(Settlement).c.name))
        }
        districts = {
            r.name: r.id
            for r in conn.execute(select(_t(StarostaDistrict).c.id, _t(StarostaDistrict).c.name))
        }
    return places | districts


def _t(model: type[SyncColumns]) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


def _district(store: Store, model: type[SyncColumns], row_id: str) -> str | None:
    with store.read() as conn:
        tbl = _t(model)
        return conn.execute(select(tbl.c.district_id).where(tbl.c.id == row_id)).scalar_one()  # type: ignore[no-any-return]


def _everything_of(store: Store, person_id: str) -> dict[type[SyncColumns], str]:
    """One row of every kind that belongs to the person or their case; screens pass no district."""
    rows: dict[type[SyncColumns], str] = {}
    with store.write() as uow:
        case = uow.insert(
            SocialCase,
            {
                "number": "Н-1",
                "person_id": person_id,
                "state": "applied",
                "channel": "application",
                "received_on": DAY,
            },
        )
        rows[SocialCase] = case
        household = uow.insert(Household, {"address": "вул. Миру, 1", "head_id": person_id})
        rows[Household] = household
        by_case = {"case_id": case}
        for model, values in (
            (CaseEvent, {"from_state": "applied", "to_state": "assessing", "on": DAY}),
            (FormRecord, {"form_code": "act", "form_version": "1"}),
            (IncomeDeclaration, {"declared_on": DAY}),
            (CaseDecision, {"kind": "grant", "number": "1", "decided_on": DAY}),
            (Contract, {"number": "1", "signed_on": DAY}),
            (CarePlan, {"made_on": DAY, "review_on": DAY}),
            (
                ServiceEntry,
                {
                    "person_id": person_id,
                    "service_code": "006.0",
                    "on": DAY,
                    "units_x100": 100,
                    "unit": "година",
                },
            ),
        ):
            rows[model] = uow.insert(model, {**by_case, **values})
        rows[Consent] = uow.insert(
            Consent, {"person_id": person_id, "given_on": DAY, "scope": "усе"}
        )
        rows[HouseholdMembership] = uow.insert(
            HouseholdMembership,
            {"person_id": person_id, "household_id": household, "role": "head", "joined_on": DAY},
        )
        rows[PrintedDocument] = uow.insert(
            PrintedDocument,
            {
                "kind": "contract",
                "subject_id": case,
                "printed_at": "2026-03-02T10:00:00Z",
                "printed_by": "",
                "pdf_sha256": "0" * 64,
            },
        )
    return rows


def test_a_person_registered_in_the_card_gets_the_district_of_their_settlement(
    store: Store,
) -> None:
    ids = _territory(store)
    with store.write() as uow:  # the card passes no district
        person, _ = create_person(
            uow, PersonInput("Коваль", "Олена", settlement_id=ids["Бабенкове"]), None, TODAY
        )
    assert _district(store, Person, person) == ids["Північний"]


def test_a_district_given_by_the_writer_is_overridden_by_the_settlement(store: Store) -> None:
    ids = _territory(store)
    with store.write() as uow:
        person = uow.insert(
            Person,
            {
                "surname": "Коваль",
                "given_name": "Олена",
                "settlement_id": ids["Копанки"],
                "district_id": ids["Північний"],
            },
        )
    assert _district(store, Person, person) == ids["Південний"]
    with store.write() as uow:
        uow.update(Person, person, {"district_id": ids["Північний"]})
    assert _district(store, Person, person) == ids["Південний"]


def test_every_row_of_a_person_inherits_their_district(store: Store) -> None:
    ids = _territory(store)
    with store.write() as uow:
        person, _ = create_person(
            uow, PersonInput("Коваль", "Олена", settlement_id=ids["Бабенкове"]), None, TODAY
        )
    rows = _everything_of(store, person)
    assert {m.__name__: _district(store, m, r) for m, r in rows.items()} == {
        m.__name__: ids["Північний"] for m in rows
    }


def test_a_move_to_another_district_rescopes_every_row_through_change_records(store: Store) -> None:
    ids = _territory(store)
    with store.write() as uow:
        person, _ = create_person(
            uow, PersonInput("Коваль", "Олена", settlement_id=ids["Бабенкове"]), None, TODAY
        )
    rows = {Person: person, **_everything_of(store, person)}
    with store.write() as uow:
        uow.update(Person, person, {"settlement_id": ids["Копанки"]})
    assert {m.__name__: _district(store, m, r) for m, r in rows.items()} == {
        m.__name__: ids["Південний"] for m in rows
    }
    with store.read() as conn:  # each move travels as an ordinary change record
        outbox = _t(OutboxEntry)
        carried = {
            r.row_id: json.loads(r.fields_json)["district_id"]["value"]
            for r in conn.execute(select(outbox.c.row_id, outbox.c.fields_json))
        }
    assert {carried[r] for r in rows.values()} == {ids["Південний"]}


def test_a_household_takes_its_settlement_or_else_its_head(store: Store) -> None:
    ids = _territory(store)
    with store.write() as uow:
        head, _ = create_person(
            uow, PersonInput("Коваль", "Олена", settlement_id=ids["Копанки"]), None, TODAY
        )
        placed = uow.insert(Household, {"settlement_id": ids["Бабенкове"], "head_id": head})
        by_head = uow.insert(Household, {"head_id": head})
    assert _district(store, Household, placed) == ids["Північний"]
    assert _district(store, Household, by_head) == ids["Південний"]


def test_a_settlement_moved_to_another_district_takes_its_people_along(store: Store) -> None:
    ids = _territory(store)
    with store.write() as uow:
        person, _ = create_person(
            uow, PersonInput("Коваль", "Олена", settlement_id=ids["Хутір"]), None, TODAY
        )
    assert _district(store, Person, person) is None
    case = _everything_of(store, person)[SocialCase]
    with store.write() as uow:
        uow.update(Settlement, ids["Хутір"], {"district_id": ids["Південний"]})
    assert _district(store, Person, person) == ids["Південний"]
    assert _district(store, SocialCase, case) == ids["Південний"]


def test_an_unplaced_person_keeps_the_district_the_import_chose(store: Store) -> None:
    ids = _territory(store)
    with store.write() as uow:
        person, _ = create_person(uow, PersonInput("Коваль", "Олена"), ids["Південний"], TODAY)
    assert _district(store, Person, person) == ids["Південний"]
    with store.write() as uow:  # an edit of the card without a settlement keeps it
        uow.update(Person, person, {"phone": "+380671234567", "settlement_id": None})
    assert _district(store, Person, person) == ids["Південний"]


def test_every_table_that_refers_to_a_person_or_case_declares_where_its_district_comes_from() -> (
    None
):
    owners = {"person_id", "case_id", "household_id", "settlement_id"}
    for model in SYNC_TABLES:
        columns = {c.name for c in _t(model).columns}
        if columns & owners:
            assert scope_sources(model), model.__name__
        for column, parent in scope_sources(model):
            assert column in columns, (model.__name__, column)
            assert "district_id" in {c.name for c in _t(parent).columns}
