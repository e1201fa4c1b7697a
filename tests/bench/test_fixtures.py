"""The benchmarks' bulk-built demo store is a valid store: `admin check` passes, copies have
their own ids and identifiers, and the product finds the copied people."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from stdnum.ua import rntrc

from bench.data import open_store, stored_people, vary_ident
from bench.fixtures import demo_store
from socdesk.store.check import run_check
from socdesk.store.people import search_person_ids

UNIT, COPIES = 12, 3


@pytest.fixture(scope="module")
def replicated() -> dict[str, object]:
    unit = demo_store(UNIT, seed=5, unit=UNIT)
    big = demo_store(UNIT * COPIES, seed=5, unit=UNIT)
    out: dict[str, object] = {}
    for name, folder in (("unit", unit), ("big", big)):
        store = open_store(folder)
        with store.read() as conn:
            report = run_check(conn, store.audit_seal())
            out[name] = report
            out[f"{name}_people"] = conn.exec_driver_sql(
                "SELECT id, rnokpp, phone, surname FROM person ORDER BY rowid"
            ).fetchall()
            out[f"{name}_changes"] = conn.exec_driver_sql(
                "SELECT count(DISTINCT change_id) FROM outbox"
            ).scalar()
            surname = out[f"{name}_people"][0][3]  # type: ignore[index]
            out[f"{name}_found"] = len(search_person_ids(conn, surname))
        store.close()
    return out


def test_the_copied_store_passes_admin_check(replicated: dict[str, object]) -> None:
    report = replicated["big"]
    assert report.ok, report.to_json()  # type: ignore[attr-defined]


def test_people_and_their_records_are_copied_and_shared_rows_are_not(
    replicated: dict[str, object],
) -> None:
    unit, big = replicated["unit"].counts, replicated["big"].counts  # type: ignore[attr-defined]
    for table in ("person", "household", "household_membership", "social_case", "service_entry"):
        assert big[table] == COPIES * unit[table], table
    for table in ("settlement", "starosta_district", "worker", "workplace", "service_type"):
        assert big[table] == unit[table], table
    assert replicated["big_changes"] == big["outbox"]  # every change id is new


def test_copies_have_their_own_ids_and_valid_identifiers(replicated: dict[str, object]) -> None:
    people = replicated["big_people"]
    assert len({p[0] for p in people}) == len(people)  # type: ignore[attr-defined]
    known = [p[1] for p in people if p[1]]  # type: ignore[attr-defined]
    assert len(set(known)) == len(known)
    assert all(rntrc.is_valid(number) for number in known)
    assert replicated["big_found"] >= COPIES * replicated["unit_found"]  # type: ignore[operator]


def test_stored_people_copies_keep_identifiers_valid_and_distinct() -> None:
    rows = stored_people(40, "device", seed=3, pool=10)
    assert len({r["id"] for r in rows}) == 40
    for field in ("rnokpp", "phone", "document_number"):
        known = [r[field] for r in rows if r[field]]
        assert len(set(known)) == len(known), field
    assert all(rntrc.is_valid(str(r["rnokpp"])) for r in rows if r["rnokpp"])
    phones = [vary_ident("phone", "+380671234567", copy) for copy in range(4)]
    assert len(set(phones)) == 4 and all(p.startswith("+38067") for p in phones)
    assert Counter(len(p) for p in phones) == {13: 4}


def test_the_reports_bench_tops_the_service_log_up_in_bulk(tmp_path: Path) -> None:
    from bench.bench_reports import SPAN_END, SPAN_START, add_lines
    from bench.fixtures import private_copy

    folder = private_copy(demo_store(UNIT, seed=5, unit=UNIT), tmp_path / "store")
    with open_store(folder) as store, store.read() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM service_entry").scalar()
        indexes = _indexes(conn)
    total = before * 3 + 5  # more than one round of copies, the last one partial
    assert add_lines(folder, total)[0] == before
    with open_store(folder) as store, store.read() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM service_entry")]
        days = conn.exec_driver_sql(
            'SELECT min("on"), max("on") FROM service_entry WHERE rowid > ?', (before,)
        ).one()
        assert _indexes(conn) == indexes  # built again after the bulk insert
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert run_check(conn, store.audit_seal()).ok
    assert len(ids) == total and len(set(ids)) == total
    assert all(UUID(i).version == 7 for i in ids)  # the shape of the product's ids
    assert SPAN_START.isoformat() <= days[0] and days[1] <= SPAN_END.isoformat()


def _indexes(conn: Any) -> list[str]:
    return sorted(
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'service_entry' AND sql IS NOT NULL"
        )
    )
