"""The list of references is read from the schema and misses no id-holding column."""

from __future__ import annotations

from sqlalchemy import JSON, Column, MetaData, String, Table

from socdesk.store.schema import REFERENCES, SYNC_TABLES, SyncColumns, references_to
from socdesk.store.schema.refs import NOT_REFERENCES, Reference, ids_in, with_id_replaced

SYNC_TABLE_OBJECTS: list[Table] = [t.__table__ for t in SYNC_TABLES]  # type: ignore[attr-defined]


def _holds_ids(column: Column[object]) -> bool:
    """A column that may hold ids: named so, uuid-sized text, or JSON (which may nest them)."""
    if column.name in SyncColumns.LOCAL_COLUMNS:
        return False
    sized = isinstance(column.type, String) and column.type.length == 36
    named = column.name.endswith(("_id", "_ids"))
    return named or sized or isinstance(column.type, JSON)


def _unclassified(tables: list[Table], refs: tuple[Reference, ...]) -> list[str]:
    known = {r.name for r in refs} | set(NOT_REFERENCES)
    return [
        f"{t.name}.{c.name}"
        for t in tables
        for c in t.columns
        if _holds_ids(c) and f"{t.name}.{c.name}" not in known
    ]


def test_every_id_column_of_a_syncable_table_is_classified() -> None:
    assert _unclassified(SYNC_TABLE_OBJECTS, REFERENCES) == []


def test_a_new_table_with_an_unmarked_id_column_is_caught() -> None:
    new = Table("visit", MetaData(), Column("id", String(36)), Column("nurse_id", String(36)))
    new_json = Table("note", MetaData(), Column("id", String(36)), Column("links", JSON))
    assert _unclassified([new, new_json], REFERENCES) == ["visit.nurse_id", "note.links"]


def test_not_references_name_existing_columns_that_are_not_references() -> None:
    columns = {f"{t.name}.{c.name}" for t in SYNC_TABLE_OBJECTS for c in t.columns}
    assert set(NOT_REFERENCES) <= columns
    assert not set(NOT_REFERENCES) & {r.name for r in REFERENCES}


def test_references_come_from_the_schema() -> None:
    by_name = {r.name: r for r in REFERENCES}
    tables = {t.name: t for t in SYNC_TABLE_OBJECTS}
    for ref in REFERENCES:
        assert "id" in tables[ref.target_table].c, ref
    assert by_name["consent.person_id"] == Reference(
        "consent", "person_id", "person", "fk", deferred=True
    )
    assert by_name["person.merged_into"] == Reference("person", "merged_into", "person", "soft")
    assert by_name["care_plan.measures"].json_path == "[].person_id"
    assert by_name["workplace.district_ids"].json_path == "[]"
    # Every syncable table is scoped by its district.
    assert {r.table for r in REFERENCES if r.column == "district_id"} == set(tables)
    assert {r.name for r in references_to("person")} >= {
        "person.merged_into",
        "household.head_id",
        "household_membership.person_id",
        "consent.person_id",
        "social_case.person_id",
        "form_record.person_id",
        "income_declaration.members",
        "care_plan.measures",
        "service_entry.person_id",
        "printed_document.person_id",
    }


def test_ids_in_and_replaced_in_plain_and_json_columns() -> None:
    by_name = {r.name: r for r in REFERENCES}
    head, members, districts = (
        by_name["household.head_id"],
        by_name["income_declaration.members"],
        by_name["workplace.district_ids"],
    )
    assert ids_in(head, "p1") == ["p1"] and ids_in(head, None) == [] and ids_in(head, "") == []
    family = [{"name": "А", "person_id": "p1"}, {"name": "Б", "person_id": None}, {"name": "В"}]
    assert ids_in(members, family) == ["p1"]
    assert ids_in(districts, ["d1", "d2"]) == ["d1", "d2"]
    assert with_id_replaced(head, "p1", "p1", "p2") == "p2"
    assert with_id_replaced(head, "p3", "p1", "p2") == "p3"
    assert with_id_replaced(members, family, "p1", "p2") == [
        {"name": "А", "person_id": "p2"},
        {"name": "Б", "person_id": None},
        {"name": "В"},
    ]
    assert family[0]["person_id"] == "p1"  # a new value; the old one is left as it was
    assert with_id_replaced(districts, ["d1", "d2"], "d2", "d9") == ["d1", "d9"]
