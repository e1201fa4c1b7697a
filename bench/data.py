"""Benchmark data: the demo district's people (never real people)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from socdesk.demo import demo_people
from socdesk.domain.ids import new_id
from socdesk.domain.people import PersonInput, Role, validate_person
from socdesk.paths import AppPaths
from socdesk.store.database import NewUser, Store
from socdesk.store.keys import KdfParams
from socdesk.store.schema import Person

TODAY = dt.date(2026, 11, 23)
USER = NewUser("bench", "bench", "Benchmark", Role.COORDINATOR)


def new_store(folder: Path) -> Store:
    store, _ = Store.create(AppPaths(folder, folder / "logs"), USER, KdfParams(1024, 1, 1))
    return store


def open_store(folder: Path) -> Store:
    return Store.open(AppPaths(folder, folder / "logs"), USER.login, USER.password)


def people(n: int, seed: int) -> list[PersonInput]:
    return list(demo_people(n, seed, TODAY))


def person_rows(inputs: list[PersonInput], device: str) -> list[dict[str, object]]:
    """The rows the unit of work would store for `inputs`, for the raw-insert baselines."""
    stamp = "0000019a00000000-0000-" + "0" * 32
    clocks = json.dumps(dict.fromkeys(Person.synced_fields(), stamp))
    rows = []
    for person in inputs:
        values = validate_person(person, TODAY).values
        rows.append(
            {
                **values,
                "categories": json.dumps(values["categories"]),
                "birth_date": str(values["birth_date"]) if values["birth_date"] else None,
                "id": new_id(),
                "hlc": stamp,
                "origin": device,
                "deleted": 0,
                "field_clocks": clocks,
                "district_id": None,
                "merged_into": None,
                "sort_key": "",
            }
        )
    return rows


def raw_insert(conn: object, rows: list[dict[str, object]]) -> None:
    """`executemany` of stored rows into `person` in one transaction (the bare baseline)."""
    columns = list(rows[0])
    sql = f"INSERT INTO person ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
    conn.executemany(sql, [tuple(r[c] for c in columns) for r in rows])  # type: ignore[attr-defined]
    conn.execute("COMMIT")  # type: ignore[attr-defined]
