"""Merging two records of one person: nothing lost, nothing deleted, references follow."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from rows import minimal_row
from sqlalchemy import select, text
from support import TODAY, kovalchuk

from socdesk.domain.identifiers import DocumentType
from socdesk.domain.people import HouseholdRole, PersonInput, RnokppStatus
from socdesk.store.check import run_check
from socdesk.store.database import Store
from socdesk.store.households import join_household
from socdesk.store.merge import (
    MergeRefused,
    merge_people,
    merged_ids,
    resolve_person_id,
    settle_redirects,
)
from socdesk.store.people import create_household, create_person, search_person_ids
from socdesk.store.schema import (
    REFERENCES,
    TABLES_BY_NAME,
    Consent,
    Household,
    Reference,
    references_to,
)
from socdesk.store.schema.refs import ids_in


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


def _naming(ref: Reference, row_id: str) -> object:
    key = ref.json_path.removeprefix("[]").removeprefix(".")
    if not ref.json_path:
        return row_id
    return [{"name": "Олена", key: row_id}, {"name": "Іван", key: None}] if key else [row_id]


def _names(store: Store, ref: Reference, row_id: str) -> list[str]:
    table = TABLES_BY_NAME[ref.table].__table__  # type: ignore[attr-defined]
    with store.read() as conn:
        value = conn.execute(select(table.c[ref.column]).where(table.c.id == row_id)).scalar_one()
    return ids_in(ref, value)


def test_every_reference_to_the_merged_record_is_repointed(store: Store) -> None:
    """A row of every table, in every column that refers to a person (read from the schema),
    names the other record; after the merge each names the survivor and none the other."""
    survivor, other, _, _ = _two_records(store)
    rows: list[tuple[Reference, str]] = []
    with store.write() as uow:
        for ref in references_to("person"):
            model = TABLES_BY_NAME[ref.table]
            values = minimal_row(model, **{ref.column: _naming(ref, other)})
            rows.append((ref, uow.insert(model, values)))
    assert {r.name for r, _ in rows} >= {"social_case.person_id", "care_plan.measures"}
    with store.write() as uow:
        merge_people(uow, survivor, other, TODAY)
    for ref, row_id in rows:
        assert _names(store, ref, row_id) == [survivor], ref.name
    with store.read() as conn:
        for ref in REFERENCES:
            table = TABLES_BY_NAME[ref.table].__table__  # type: ignore[attr-defined]
            values = conn.execute(select(table.c.id, table.c[ref.column])).all()
            left = [i for i, v in values if other in ids_in(ref, v)]
            assert left == [], ref.name  # nothing names the merged record any more


def test_the_survivors_household_wins(store: Store) -> None:
    survivor, other, _, household = _two_records(store)  # the other heads `household`
    with store.write() as uow:
        own = create_household(uow, None, "вул. Лісова, 2", None)
        join_household(uow, survivor, own, HouseholdRole.SPOUSE, TODAY)
        join_household(uow, other, household, HouseholdRole.HEAD, TODAY)
    later = TODAY + dt.timedelta(days=3)
    with store.write() as uow:
        merge_people(uow, survivor, other, later)
    with store.read() as conn:
        stays = conn.execute(
            text("SELECT household_id, left_on FROM household_membership WHERE person_id = :p"),
            {"p": survivor},
        ).all()
    assert sorted(stays) == sorted([(own, None), (household, later.isoformat())])
    assert _row(store, "household", household)["head_id"] is None  # its head left with the stay
    assert _row(store, "person", survivor)["household_id"] == own


def test_a_head_merged_within_the_household_leaves_the_survivor_its_head(store: Store) -> None:
    survivor, other, _, household = _two_records(store)
    with store.write() as uow:
        join_household(uow, survivor, household, HouseholdRole.SPOUSE, TODAY)
        join_household(uow, other, household, HouseholdRole.HEAD, TODAY)
    with store.write() as uow:
        merge_people(uow, survivor, other, TODAY)
    with store.read() as conn:
        open_stays = conn.execute(
            text(
                "SELECT count(*) FROM household_membership WHERE person_id = :p AND left_on IS NULL"
            ),
            {"p": survivor},
        ).scalar_one()
    assert open_stays == 1
    assert _row(store, "household", household)["head_id"] == survivor
    assert _row(store, "person", survivor)["household_role"] == HouseholdRole.HEAD.value


EARLY = "0000000000000001-0000-" + "b" * 32  # an HLC before anything this store stamps
LATE = "7fffffffffffffff-0000-" + "c" * 32  # one after


def _arrives(store: Store, record: str, into: str, clock: str) -> None:
    """What the sync applier will do with another device's merge: the redirect with its
    clock, written as received (no outbox entry)."""
    with store.writer.begin() as conn:
        clocks = json.loads(
            conn.execute(
                text("SELECT field_clocks FROM person WHERE id = :i"), {"i": record}
            ).scalar_one()
        )
        clocks["merged_into"] = clock
        conn.execute(
            text("UPDATE person SET merged_into = :m, field_clocks = :c WHERE id = :i"),
            {"m": into, "c": json.dumps(clocks), "i": record},
        )


@pytest.mark.parametrize("here_first", [True, False], ids=["here-first", "there-first"])
def test_opposite_merges_on_two_devices_end_with_one_survivor(
    store: Store, here_first: bool
) -> None:
    """Device 1 merged b into a, device 2 a into b, whichever first: the earlier merge wins on
    every replica. Here one store plays either replica: its own merge, then the other's."""
    a, b, consent, _ = _two_records(store)  # the consent names b
    if here_first:  # this device merged b into a; a into b arrives, made later
        with store.write() as uow:
            merge_people(uow, a, b, TODAY)
        _arrives(store, a, b, LATE)
    else:  # this device merged a into b; b into a arrives, made earlier
        with store.write() as uow:
            merge_people(uow, b, a, TODAY)
        _arrives(store, b, a, EARLY)
    with store.write() as uow:
        cleared = settle_redirects(uow, [a, b])
    assert cleared == [a]
    with store.read() as conn:
        assert resolve_person_id(conn, a) == resolve_person_id(conn, b) == a
        assert set(merged_ids(conn, a)) == {a, b}
        report = run_check(conn, store.audit_seal())
        assert report.ok, report.to_json()  # the live count too: one of the two is listed
    assert _row(store, "person", a)["merged_into"] is None
    assert _row(store, "consent", consent)["person_id"] == a  # references follow the survivor
