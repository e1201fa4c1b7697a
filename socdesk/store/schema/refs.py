"""Every reference between tables, read from the schema itself (never a hand list).

A reference is a column that holds the id of a row of another (or the same) table: a foreign
key (`kind="fk"`, checked by SQLite, at COMMIT when deferred) or a soft reference
(`kind="soft"`, marked with `base.soft_ref`, checked by `admin check` and resolved by sync).
Merging persons repoints every reference whose target is `person`; `admin check` counts every
soft one that dangles; the sync applier checks them before it commits a batch. A test holds
every id-like column of every syncable table to be a reference or named in `NOT_REFERENCES`,
so a new table or column cannot be forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Table
from sqlmodel import SQLModel

# The table modules register their tables in SQLModel.metadata.
from socdesk.store.schema import cases as _cases  # noqa: F401
from socdesk.store.schema import local as _local  # noqa: F401
from socdesk.store.schema import people as _people  # noqa: F401
from socdesk.store.schema import reference as _reference  # noqa: F401

RefKind = Literal["fk", "soft"]


@dataclass(frozen=True, slots=True)
class Reference:
    """`table.column` holds ids of `target_table` rows.

    `json_path` is "" for a plain column; for a JSON column "[]" means a list of ids and
    "[].key" the `key` of each object in a list (which may lack it or hold null).
    `deferred` tells whether a foreign key is checked only at COMMIT (soft ones never are).
    """

    table: str
    column: str
    target_table: str
    kind: RefKind
    json_path: str = ""
    deferred: bool = False

    @property
    def name(self) -> str:
        return f"{self.table}.{self.column}"


# Columns of syncable tables that look like ids (or hold them in JSON) but are not references
# to a row: "table.column" -> why.
NOT_REFERENCES: dict[str, str] = {
    "printed_document.subject_id": "a person's or a case's id, or a period: person_id names "
    "the person of a person's document, and the snapshot keeps what was printed",
    "printed_document.snapshot": "the data as printed, frozen: never repointed",
    "person.categories": "codes of recipient_category, not ids",
    "person.name_forms": "declined names",
    "person.erasures": "erasures made to the person's data: their own ids, kinds and reasons",
    "social_case.services": "service codes",
    "form_record.answers": "the form's answers",
    "reference_document.content": "a published reference document (minimums, rules, a form)",
    "case_decision.services": "service codes",
    "case_decision.income": "the income figures as decided",
    "contract.services": "service codes with volumes and tariffs",
    "contract.payment_steps": "the calculation as printed",
    "care_plan.goals": "text",
}


def _references(tables: list[Table]) -> tuple[Reference, ...]:
    found: list[Reference] = []
    for table in tables:
        for column in table.columns:
            for fk in column.foreign_keys:
                found.append(
                    Reference(
                        table.name,
                        column.name,
                        fk.column.table.name,
                        "fk",
                        deferred=bool(fk.deferrable) and fk.initially == "DEFERRED",
                    )
                )
            target = column.info.get("ref")
            if target is not None:
                if column.foreign_keys:
                    raise TypeError(f"{table.name}.{column.name}: a foreign key and a soft ref")
                found.append(
                    Reference(
                        table.name,
                        column.name,
                        str(target),
                        "soft",
                        json_path=str(column.info.get("json_path", "")),
                    )
                )
    return tuple(sorted(found, key=lambda r: (r.table, r.column)))


REFERENCES: tuple[Reference, ...] = _references(list(SQLModel.metadata.sorted_tables))
SOFT_REFERENCES: tuple[Reference, ...] = tuple(r for r in REFERENCES if r.kind == "soft")


def references_to(target_table: str) -> tuple[Reference, ...]:
    """Every reference (foreign key or soft) whose target is `target_table`."""
    return tuple(r for r in REFERENCES if r.target_table == target_table)


def _json_key(ref: Reference) -> str:
    return ref.json_path.removeprefix("[]").removeprefix(".")


def ids_in(ref: Reference, value: object) -> list[str]:
    """The ids that `value` (a row's value of `ref`'s column, JSON decoded) names."""
    if not ref.json_path:
        return [value] if isinstance(value, str) and value else []
    key, found = _json_key(ref), []
    for item in value if isinstance(value, list) else []:
        named = item.get(key) if key and isinstance(item, dict) else None if key else item
        if isinstance(named, str) and named:
            found.append(named)
    return found


def with_id_replaced(ref: Reference, value: object, old: str, new: str) -> object:
    """`value` (of `ref`'s column) with every `old` id in it replaced by `new`; a new object."""
    if not ref.json_path:
        return new if value == old else value
    if not isinstance(value, list):
        return value
    key = _json_key(ref)
    if not key:
        return [new if item == old else item for item in value]
    return [
        {**item, key: new} if isinstance(item, dict) and item.get(key) == old else item
        for item in value
    ]
