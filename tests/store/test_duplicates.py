"""Duplicate detection against the store: each rule, offline, by indexed lookups."""

from __future__ import annotations

import datetime as dt

import pytest
from support import TODAY, kovalchuk

from socdesk.domain.duplicates import DuplicateRule
from socdesk.domain.identifiers import DocumentType
from socdesk.domain.people import PersonInput, RnokppStatus, validate_person
from socdesk.store.database import Store
from socdesk.store.duplicates import find_duplicates, match_fields
from socdesk.store.people import create_person
from socdesk.store.schema import Person


def _register(store: Store, person: PersonInput) -> str:
    with store.write() as uow:
        person_id, _ = create_person(uow, person, None, TODAY)
    return person_id


def _check(
    store: Store, person: PersonInput, exclude: str | None = None
) -> list[tuple[str, DuplicateRule]]:
    fields = match_fields(validate_person(person, TODAY).values)
    with store.read() as conn:
        return [(c.person_id, c.rule) for c in find_duplicates(conn, fields, exclude)]


@pytest.fixture
def existing(store: Store) -> str:
    return _register(
        store, kovalchuk(document_type=DocumentType.ID_CARD, document_number="001234567")
    )


def test_same_rnokpp(store: Store, existing: str) -> None:
    assert _check(store, kovalchuk(surname="Ковальчюк")) == [(existing, DuplicateRule.RNOKPP)]
    other = kovalchuk(surname="Шевченко", given_name="Петро", patronymic="")
    assert _check(store, other) == [(existing, DuplicateRule.RNOKPP_NAME_DIFFERS)]


def test_same_document_and_name(store: Store, existing: str) -> None:
    typed = PersonInput(
        "КОВАЛЬЧУК", "Олена", document_type=DocumentType.ID_CARD, document_number="001 234 567"
    )
    assert _check(store, typed) == [(existing, DuplicateRule.DOCUMENT)]


def test_same_name_and_birth_date(store: Store, existing: str) -> None:
    typed = PersonInput("Ковальчук", "Олена", birth_date=dt.date(1948, 2, 28))
    assert _check(store, typed) == [(existing, DuplicateRule.NAME_AND_BIRTH_DATE)]


def test_similar_name_and_birth_date(store: Store, existing: str) -> None:
    typed = PersonInput("Ковальчик", "Олена", birth_date=dt.date(1948, 2, 28))
    assert _check(store, typed) == [(existing, DuplicateRule.SIMILAR_NAME_AND_BIRTH_DATE)]


def test_no_false_alarm(store: Store, existing: str) -> None:
    assert _check(store, PersonInput("Ковальчук", "Олена", birth_date=dt.date(1948, 3, 1))) == []
    assert _check(store, PersonInput("Шевчук", "Іван", birth_date=dt.date(1948, 2, 28))) == []


def test_the_card_itself_merged_and_deleted_are_not_candidates(store: Store, existing: str) -> None:
    assert _check(store, kovalchuk(), exclude=existing) == []
    twin = _register(store, kovalchuk(rnokpp_status=RnokppStatus.UNKNOWN, rnokpp=""))
    assert {pid for pid, _ in _check(store, kovalchuk())} == {existing, twin}
    with store.write() as uow:
        uow.update(Person, twin, {"merged_into": existing})
        uow.delete(Person, existing)
    assert _check(store, kovalchuk()) == []


def test_lookups_use_indexes(store: Store) -> None:
    with store.read() as conn:
        for column in ("rnokpp", "birth_date"):
            plan = conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN SELECT id FROM person WHERE {column} = ? "
                "AND deleted = 0 AND merged_into IS NULL",
                ("x",),
            ).all()
            assert any(" INDEX ix_person_" in str(step) for step in plan), (column, plan)
