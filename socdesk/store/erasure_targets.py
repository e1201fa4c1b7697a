"""Which rows and fields an erasure covers, read from a set of tables: the desktop store's
or the server's copies of them (the server scrubs its change log too; it may import this
module, which needs no engine and no unit of work)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

from sqlalchemy import Connection, String, Table, cast, or_, select

from socdesk.domain.changes import FieldChange, JsonValue, canonical_value
from socdesk.domain.erasure_merge import written_by
from socdesk.domain.retention import PERSON_DETAILS, Erasure, erased_fields, parse_erasures
from socdesk.store.follow import followers
from socdesk.store.schema.people import live_people

Targets = dict[tuple[str, str], frozenset[str]]  # (table, row id) -> fields whose values go


def rows_of(
    conn: Connection, tables: Mapping[str, Table], person_id: str, household: str | None = None
) -> list[tuple[str, dict[str, Any]]]:
    """The person's rows (`store.follow`) and their household's when they live there alone
    (`household`: the one an erasure's origin found so, "" none; None: found here now)."""
    rows = followers(conn, tables, person_id)
    if not rows:
        return []
    rows += _also_about(conn, tables, person_id, rows)
    if household is not None:
        if household:
            table = tables["household"]
            found = conn.execute(select(table).where(table.c.id == household))
            rows += [("household", dict(row._mapping)) for row in found]
        return rows
    household_id = rows[0][1].get("household_id")
    if household_id and not any(name == "household" for name, _ in rows):
        person, households = tables["person"], tables["household"]
        others = conn.execute(
            select(person.c.id)
            .where(person.c.household_id == household_id, person.c.id != person_id)
            .where(live_people())
            .limit(1)
        ).first()
        if others is None:
            row = conn.execute(select(households).where(households.c.id == household_id)).first()
            if row is not None:
                rows.append(("household", dict(row._mapping)))
    return rows


# Rows about the person that do not follow them between districts (their district comes from
# elsewhere, or is another's) yet hold free text about them: (table, column, parent table).
_ALSO = (
    ("social_case", "person_id", "person"),
    ("care_plan", "case_id", "social_case"),
    ("contract", "case_id", "social_case"),
    ("sensitive_access", "person_id", "person"),
    ("contract_payment", "contract_id", "contract"),
    ("contract_payment", "case_id", "social_case"),
)


def _also_about(
    conn: Connection,
    tables: Mapping[str, Table],
    person_id: str,
    rows: list[tuple[str, dict[str, Any]]],
) -> list[tuple[str, dict[str, Any]]]:
    seen = {(name, str(row["id"])) for name, row in rows}
    parents: dict[str, set[str]] = {"person": {person_id}}
    for name, row in rows:
        parents.setdefault(name, set()).add(str(row["id"]))
    found: list[tuple[str, dict[str, Any]]] = []
    for name, column, parent in _ALSO:
        ids = sorted(parents.get(parent, ()))
        if name not in tables or not ids:
            continue
        table = tables[name]
        for found_row in conn.execute(select(table).where(table.c[column].in_(ids))):
            values = dict(found_row._mapping)
            key = (name, str(values["id"]))
            if key not in seen:
                seen.add(key)
                found.append((name, values))
                parents.setdefault(name, set()).add(key[1])
    declaration = tables.get("income_declaration")  # any family's that lists the person
    if declaration is not None:
        listed = cast(declaration.c.members, String).contains(person_id)
        for found_row in conn.execute(select(declaration).where(listed)):
            values = dict(found_row._mapping)
            if ("income_declaration", str(values["id"])) not in seen:
                found.append(("income_declaration", values))
    return found


def targets(
    conn: Connection, tables: Mapping[str, Table], person_id: str, erasures: Sequence[Erasure]
) -> Targets:
    found: Targets = {}
    for erasure in erasures:
        if erasure.whole:  # one with a clock names the household its origin anonymised
            household = erasure.household if erasure.hlc else None
            for name, row in rows_of(conn, tables, person_id, household):
                fields = erased_fields(name)
                if fields:
                    key = (name, str(row["id"]))
                    found[key] = found.get(key, frozenset()) | fields
        else:  # a name outside the person's details (one a record made up) is no target
            key = ("person", person_id)
            found[key] = found.get(key, frozenset()) | (frozenset(erasure.fields) & PERSON_DETAILS)
    return found


def current_values(
    conn: Connection, tables: Mapping[str, Table], found: Targets
) -> dict[tuple[str, str], dict[str, JsonValue]]:
    """Each target row's erased fields as change records carry them now."""
    values: dict[tuple[str, str], dict[str, JsonValue]] = {}
    for (table, row_id), fields in found.items():
        tbl = tables[table]
        row = conn.execute(select(tbl).where(tbl.c.id == row_id)).first()
        if row is not None:
            values[(table, row_id)] = {
                f: canonical_value(row._mapping[f]) for f in fields if f in row._mapping
            }
    return values


def erased_on_row(
    conn: Connection, tables: Mapping[str, Table], table: str, row_id: str
) -> frozenset[str]:
    """The fields of one row that erasures of its person covered (none if not erased); a
    household's, by the erasures of its members and of those that name it."""
    person = tables["person"]
    if table == "household":
        named = cast(person.c.erasures, String).contains(row_id)
        people = select(person.c.id).where(or_(person.c.household_id == row_id, named))
        found = [str(p) for p in conn.execute(people).scalars()]
    else:
        person_id = _person_of(conn, tables, table, row_id)
        found = [] if person_id is None else [person_id]
    covered: frozenset[str] = frozenset()
    for person_id in found:
        value = conn.execute(select(person.c.erasures).where(person.c.id == person_id)).scalar()
        erasures = parse_erasures(value)
        if erasures:
            erased = targets(conn, tables, person_id, erasures)
            covered |= erased.get((table, row_id), frozenset())
    return covered


def _person_of(
    conn: Connection, tables: Mapping[str, Table], table: str, row_id: str
) -> str | None:
    """The person a row is about: itself, its `person_id`, or its case's person."""
    if table == "person":
        return row_id
    tbl = tables.get(table)
    if tbl is None:
        return None
    for column, parent in (("person_id", None), ("case_id", "social_case")):
        if column in tbl.c:
            found = conn.execute(select(tbl.c[column]).where(tbl.c.id == row_id)).scalar()
            if found and parent is None:
                return str(found)
            if found:
                case = tables[parent]  # type: ignore[index]
                person = conn.execute(select(case.c.person_id).where(case.c.id == found)).scalar()
                return None if person is None else str(person)
    return None


Stamps = dict[tuple[str, str], dict[str, str]]  # (table, row id) -> field -> erasure's clock


def scrub_values(
    conn: Connection,
    tables: Mapping[str, Table],
    person_id: str,
    erasures: Sequence[Erasure],
    found: Targets,
    records_of: Callable[[str], list[Mapping[str, FieldChange]]],
) -> tuple[dict[tuple[str, str], dict[str, JsonValue]], Stamps]:
    """What a scrub writes into the records that carry the erased fields: for a field of an
    erasure with a clock, the value that erasure wrote (the same on every replica, whatever
    was written after it: `domain.erasure_merge.written_by`), and that clock; for one made
    before clocks were recorded, the row's value now ("" clock: every record rewritten)."""
    stamps: Stamps = {}
    for entry in erasures:
        for key, fields in targets(conn, tables, person_id, [entry]).items():
            row_stamps = stamps.setdefault(key, {})
            for name in fields:
                prior = row_stamps.get(name)
                legacy = not entry.hlc or prior == ""
                row_stamps[name] = "" if legacy else max(prior or "", entry.hlc)
    values = current_values(conn, tables, found)
    for (table, row_id), now in values.items():
        stamped = {n: s for n, s in stamps.get((table, row_id), {}).items() if s and n in now}
        if stamped:
            tbl = tables[table]
            row = dict(conn.execute(select(tbl).where(tbl.c.id == row_id)).one()._mapping)
            now.update(written_by(stamped, row, partial(records_of, row_id)))
    return values, stamps
