"""An id of a merged record, from outside (a link, a draft, a reprint, a record), writes and
shows the survivor: nothing new attaches to a merged record."""

from __future__ import annotations

import json
from decimal import Decimal

from rows import minimal_row
from sqlalchemy import text
from support import TODAY, add_person

from socdesk.domain.cases import CaseState, Channel
from socdesk.domain.people import HouseholdRole
from socdesk.store.cases import Appeal, open_case
from socdesk.store.consents import give_consent
from socdesk.store.database import Store
from socdesk.store.forms import current_definition, save_form_draft
from socdesk.store.households import join_household
from socdesk.store.merge import merge_people, resolve_row_references
from socdesk.store.people import create_household
from socdesk.store.printing import person_sheet, prints_of, record_print
from socdesk.store.redirects import resolve_optional, resolve_person_id
from socdesk.store.schema import IncomeDeclaration, ServiceEntry, ServiceType, SocialCase
from socdesk.store.service_log import Delivered, log_services


def _merged(store: Store) -> tuple[str, str]:
    survivor = add_person(store, "Коваль", "Олена")
    other = add_person(store, "Коваль", "Олена", patronymic="Іванівна")
    with store.write() as uow:
        merge_people(uow, survivor, other, TODAY)
    return survivor, other


def _person_of(store: Store, table: str, row_id: str) -> str:
    with store.read() as conn:
        return str(
            conn.execute(
                text(f"SELECT person_id FROM {table} WHERE id = :i"), {"i": row_id}
            ).scalar_one()
        )


def test_writes_that_name_a_merged_record_name_the_survivor(store: Store) -> None:
    survivor, other = _merged(store)
    appeal = Appeal(other, Channel.APPLICATION, TODAY, ["006.0"])
    barthel = current_definition("adl_barthel", TODAY)
    with store.write() as uow:
        case_id, _ = open_case(uow, appeal, "ІЗМ-1")
        consent = give_consent(uow, other, TODAY, "облік", TODAY)
        household = create_household(uow, None, "вул. Шкільна, 5", None)
        join_household(uow, other, household, HouseholdRole.HEAD, TODAY)
        form = save_form_draft(uow, None, barthel, {}, case_id=case_id, person_id=other)
        printed = record_print(uow, "person_card", other, {}, "0" * 64, person_id=other)
    for table, row_id in [
        ("social_case", case_id),
        ("consent", consent),
        ("household_membership", _stay(store, household)),
        ("form_record", form),
        ("printed_document", printed),
    ]:
        assert _person_of(store, table, row_id) == survivor, table
    with store.read() as conn:
        assert person_sheet(conn, other)["id"] == survivor  # a reprint shows the survivor


def test_a_service_line_for_a_merged_record_names_the_survivor(store: Store) -> None:
    survivor, other = _merged(store)
    with store.write() as uow:
        case_id, _ = open_case(uow, Appeal(survivor, Channel.APPLICATION, TODAY, ["015.1"]), "A")
        uow.update(SocialCase, case_id, {"state": CaseState.PROVIDING.value})
        (line,) = log_services(uow, [Delivered(case_id, other, "015.1", TODAY, Decimal(1))], TODAY)
    assert _person_of(store, ServiceEntry.__tablename__, line) == survivor  # type: ignore[arg-type]


def test_resolving(store: Store) -> None:
    survivor, other = _merged(store)
    with store.read() as conn:
        assert resolve_person_id(conn, other) == survivor
        assert resolve_person_id(conn, survivor) == survivor
        assert resolve_person_id(conn, "unknown") == "unknown"  # not ours to refuse here
        assert resolve_optional(conn, None) is None
        assert resolve_optional(conn, other) == survivor


def _stay(store: Store, household: str) -> str:
    with store.read() as conn:
        return str(
            conn.execute(
                text("SELECT id FROM household_membership WHERE household_id = :h"),
                {"h": household},
            ).scalar_one()
        )


def test_a_row_from_another_device_that_names_a_merged_record_is_repointed(
    store: Store,
) -> None:
    """The applier's step: a row made where the merge was not yet seen names the merged
    record; resolving its references writes a change that travels."""
    survivor, other = _merged(store)
    family = [{"name": "Олена", "person_id": other}, {"name": "Іван", "person_id": None}]
    with store.write() as uow:
        case_id = uow.insert(SocialCase, minimal_row(SocialCase, person_id=other))
        declaration = uow.insert(
            IncomeDeclaration, minimal_row(IncomeDeclaration, case_id=case_id, members=family)
        )
    with store.write() as uow:
        assert resolve_row_references(uow, SocialCase, case_id)
        assert resolve_row_references(uow, IncomeDeclaration, declaration)
        assert not resolve_row_references(uow, SocialCase, case_id)  # nothing left to do
        assert not resolve_row_references(uow, ServiceType, "any")  # names no person
    assert _person_of(store, "social_case", case_id) == survivor
    with store.read() as conn:
        members = conn.execute(
            text("SELECT members FROM income_declaration WHERE id = :i"), {"i": declaration}
        ).scalar_one()
        pending = conn.execute(
            text("SELECT count(*) FROM outbox WHERE row_id = :i"), {"i": declaration}
        ).scalar_one()
    assert json.loads(members) == [
        {"name": "Олена", "person_id": survivor},
        {"name": "Іван", "person_id": None},
    ]
    assert pending == 1  # the change travels (coalesced with the insert, still unsent)


def test_the_survivors_earlier_prints_include_the_merged_records(store: Store) -> None:
    survivor = add_person(store, "Коваль", "Олена")
    other = add_person(store, "Коваль", "Олена", patronymic="Іванівна")
    with store.write() as uow:
        printed = record_print(uow, "person_card", other, {}, "0" * 64, person_id=other)
        merge_people(uow, survivor, other, TODAY)
    with store.read() as conn:
        assert [p["id"] for p in prints_of(conn, survivor)] == [printed]
