"""Benchmark data: the demo district's people (never real people).

- `people(n, seed)`: the demo's people as the card would enter them (for the product path);
- `person_rows(inputs, device)`: the rows the unit of work would store for them;
- `stored_people(n, device)`: `n` stored rows, fast at any size (a pool of `POOL` people made
  once per run, copied with new ids and their own РНОКПП, phone and document number);
- `bench.fixtures.demo_store(n)`: a whole demo store (households, cases, service logs, change
  records, audit chain) of `n` recipients, built once per run and reused.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

from socdesk.demo import demo_people
from socdesk.domain.ids import new_id
from socdesk.domain.people import PersonInput, Role, validate_person
from socdesk.paths import DB_FILE, AppPaths
from socdesk.store import counters, fts
from socdesk.store.database import NewUser, Store
from socdesk.store.engine import connect_raw
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


def load_people(folder: Path, key: bytes, rows: list[dict[str, object]]) -> None:
    """The fixture's way to store many people in a closed store (not a baseline): `raw_insert`
    on a connection of its own (a large cache, no fsync), without the search index's and the
    live count's triggers, which the next opening of the store rebuilds from the rows at once
    (it finds them missing). Row by row, the triggers cost more than the inserts: 500,000
    people took minutes to load, and the opening rebuilt the index anyway."""
    conn = connect_raw(folder / DB_FILE, key, cache_kib=1024 * 1024)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        for name in (*fts.TRIGGER_NAMES, *counters.TRIGGER_NAMES):
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("DELETE FROM meta WHERE key = ?", (fts.META_KEY,))
        raw_insert(conn, rows)
    finally:
        conn.close()


POOL = 50_000  # people made by the demo's generator (about 30 s); more are copies of them


@cache
def _pool(seed: int, size: int) -> tuple[dict[str, object], ...]:
    return tuple(person_rows(people(size, seed), device=""))


def stored_people(n: int, device: str, seed: int = 21, pool: int = POOL) -> list[dict[str, object]]:
    """`n` person rows as the unit of work would store them (see `person_rows`). The first
    `pool` are the demo's people; the others copy them with new ids and their own РНОКПП
    (valid, same birth date and sex), phone and document number: names repeat every `pool`
    people, as names do in a large register."""
    pool = min(pool, n)
    made = _pool(seed, pool)
    rows = []
    for i in range(n):
        copy, row = divmod(i, pool)
        fresh = {**made[row], "id": new_id(), "origin": device}
        if copy:
            for field in ("rnokpp", "phone", "document_number"):
                fresh[field] = vary_ident(field, str(fresh[field]), copy)
        rows.append(fresh)
    return rows


def vary_ident(kind: str, value: str, copy: int) -> str:
    """Copy `copy`'s own РНОКПП (valid check digit, same birth date and sex), phone (same
    operator) or document number (same series) for a copied person."""
    if not value or copy == 0:
        return value
    if kind == "rnokpp":
        from stdnum.ua import rntrc

        # Digits 6-8 are a serial; stepping it by 5 keeps digit 9 (sex and serial mod 5).
        serial = (int(value[5:8]) + 5 * copy) % 1000
        body = f"{value[:5]}{serial:03d}{value[8]}"
        return body + str(rntrc.calc_check_digit(body))
    digits = min(7, len(value) - len(value.rstrip("0123456789")))
    if digits == 0:
        return value
    tail = (int(value[-digits:]) + 7_919 * copy) % 10**digits
    return f"{value[:-digits]}{tail:0{digits}d}"
