"""`admin check` counts every soft reference that names no row, from the schema's list."""

from __future__ import annotations

from rows import minimal_row
from sqlalchemy import update

from socdesk.store.check import run_check
from socdesk.store.database import Store
from socdesk.store.schema import REFERENCES, TABLES_BY_NAME, Reference
from socdesk.store.schema.refs import SOFT_REFERENCES


def naming(ref: Reference, row_id: str) -> object:
    """A value of `ref`'s column that names `row_id`."""
    key = ref.json_path.removeprefix("[]").removeprefix(".")
    if not ref.json_path:
        return row_id
    return [{key: row_id, "name": "Олена"}] if key else [row_id]


def test_every_soft_reference_that_dangles_is_counted(store: Store) -> None:
    with store.read() as conn:
        before = run_check(conn, store.audit_seal())
    assert before.ok, before.to_json()
    assert set(before.dangling_references) == {r.name for r in SOFT_REFERENCES}
    # One row per soft reference naming a row that does not exist; none is refused at commit,
    # including the settlement's and the workplace's community (no immediate key any more).
    with store.write() as uow:
        for ref in SOFT_REFERENCES:
            table = TABLES_BY_NAME[ref.table]
            row_id = uow.insert(table, minimal_row(table, **{ref.column: naming(ref, "missing")}))
            if ref.column == "district_id":  # the store derives it; a damaged store may not
                tbl = table.__table__  # type: ignore[attr-defined]
                uow.connection.execute(
                    update(tbl).where(tbl.c.id == row_id).values(district_id="missing")
                )
    with store.read() as conn:
        after = run_check(conn, store.audit_seal())
    assert after.dangling_references == {r.name: 1 for r in SOFT_REFERENCES}
    assert after.foreign_key_problems == 0 and not after.ok


def test_community_references_are_soft() -> None:
    kinds = {r.name: r.kind for r in REFERENCES if r.target_table == "community"}
    assert kinds == {
        "settlement.community_id": "soft",
        "starosta_district.community_id": "soft",
        "workplace.community_id": "soft",
    }
    assert all(r.deferred for r in REFERENCES if r.kind == "fk")  # no immediate key is left
