"""Merging two records of one person: nothing lost, nothing deleted, references follow."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text
from support import TODAY, kovalchuk

from socdesk.domain.identifiers import DocumentType
from socdesk.domain.people import PersonInput, RnokppStatus
from socdesk.store.database import Store
from socdesk.store.merge import MergeRefused, merge_people, merged_ids, resolve_person_id
from socdesk.store.people import create_household, create_person, search_person_ids
from socdesk.store.schema import Consent, Household


def _two_records(store: Store) -> tuple[str, str, str, str]:
    with store.write() as uow:
        survivor, _ = create_person(uow, kovalchuk(phone="", categories=["older"]), None, TODAY)
        other, _ = create_person(
            uow,
            PersonInput(
                "Ковальчюк",
                "Олена",
                birth_date=dt.date(1948, 2, 28),
                rnokpp_status=RnokppStatus.UNKNOWN,
                phone="050 111 22 33",
                document_type=DocumentType.PASSPORT_BOOK,
                document_number="КВ654321",
                categories=["idp"],
            ),
            None,
            TODAY,
        )
        consent = uow.insert(Consent, {"person_id": other, "given_on": TODAY, "scope": "облік"})
        household = create_household(uow, None, "вул. Шкільна, 5", None)
        uow.update(Household, household, {"head_id": other})
    return survivor, other, consent, household


def _row(store: Store, table: str, row_id: str) -> dict[str, object]:
    with store.read() as conn:
        return dict(
            conn.execute(text(f"SELECT * FROM {table} WHERE id = :i"), {"i": row_id})
            .mappings()
            .one()
        )


def test_merge_keeps_everything_and_repoints(store: Store) -> None:
    survivor, other, consent, household = _two_records(store)
    with store.write() as uow:
        merge_people(uow, survivor, other)
    kept = _row(store, "person", survivor)
    assert kept["surname"] == "Ковальчук"  # the survivor's own values win
    assert kept["phone"] == "+380501112233" and kept["document_number"] == "КВ654321"  # gaps filled
    assert json.loads(str(kept["categories"])) == ["idp", "older"]
    gone = _row(store, "person", other)
    assert gone["merged_into"] == survivor and not gone["deleted"]  # never deleted
    assert _row(store, "consent", consent)["person_id"] == survivor
    assert _row(store, "household", household)["head_id"] == survivor
    with store.read() as conn:
        assert resolve_person_id(conn, other) == survivor
        assert set(merged_ids(conn, survivor)) == {survivor, other}
        assert search_person_ids(conn, "ковальчюк") == []  # the redirect is not listed
        merges = (
            conn.execute(text("SELECT fields_json FROM outbox WHERE row_id = :i"), {"i": other})
            .scalars()
            .all()
        )
    assert any(b'"merged_into"' in m for m in merges)  # the redirect syncs


def test_chains_resolve_to_the_last_survivor(store: Store) -> None:
    survivor, other, _, _ = _two_records(store)
    with store.write() as uow:
        third, _ = create_person(uow, PersonInput("Ковальчук", "Олена"), None, TODAY)
        merge_people(uow, other, survivor)  # survivor merged into other…
        merge_people(uow, third, other)  # …then other into third
    with store.read() as conn:
        assert resolve_person_id(conn, survivor) == third
        assert set(merged_ids(conn, third)) == {third, other, survivor}


def test_refusals(store: Store) -> None:
    survivor, other, _, _ = _two_records(store)
    with store.write() as uow:
        merge_people(uow, survivor, other)
    for a, b, words in [
        (survivor, survivor, "самим собою"),
        (survivor, other, "уже об'єднано"),
        (survivor, "missing", "немає"),
    ]:
        with pytest.raises(MergeRefused, match=words), store.write() as uow:
            merge_people(uow, a, b)
