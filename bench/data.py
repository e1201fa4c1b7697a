"""Synthetic recipients for benchmarks, fast enough for 500,000 rows (never real people)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

from faker.providers.person.uk_UA import Provider as Names

from socdesk.domain.identifiers import DocumentType, Sex, make_rnokpp
from socdesk.domain.people import PersonInput, RnokppStatus, Role
from socdesk.paths import AppPaths
from socdesk.store.database import NewUser, Store
from socdesk.store.keys import KdfParams

OPERATORS = ("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99")
APOSTROPHE_NAMES = ("Дʼяченко", "Підʼячий", "Памʼятний", "Мʼясоїд", "Солодʼянкін")
FIRST = {True: list(Names.first_names_male), False: list(Names.first_names_female)}
MIDDLE = {True: list(Names.middle_names_male), False: list(Names.middle_names_female)}
USER = NewUser("bench", "bench", "Benchmark", Role.COORDINATOR)


def new_store(folder: Path) -> Store:
    store, _ = Store.create(AppPaths(folder, folder / "logs"), USER, KdfParams(1024, 1, 1))
    return store


def people(n: int, seed: int) -> Iterator[PersonInput]:
    rng = random.Random(seed)
    male_surnames, female_surnames = list(Names.last_names_male), list(Names.last_names_female)
    for i in range(n):
        sex = Sex.MALE if rng.random() < 0.45 else Sex.FEMALE
        male = sex is Sex.MALE
        birth = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randint(0, 33_000))
        surname = rng.choice(male_surnames if male else female_surnames)
        if i % 97 == 0:
            surname = rng.choice(APOSTROPHE_NAMES)
        yield PersonInput(
            surname=surname,
            given_name=rng.choice(
                list(Names.first_names_male if male else Names.first_names_female)
            ),
            patronymic=rng.choice(
                list(Names.middle_names_male if male else Names.middle_names_female)
            ),
            birth_date=birth,
            sex=sex,
            rnokpp_status=RnokppStatus.KNOWN,
            rnokpp=make_rnokpp(birth, sex, rng.randint(0, 999)),
            document_type=DocumentType.ID_CARD,
            document_number=f"{rng.randint(0, 999_999_999):09d}",
            phone=f"+380{rng.choice(OPERATORS)}{rng.randint(0, 9_999_999):07d}",
        )


def person_rows(n: int, seed: int, device: str) -> list[dict[str, object]]:
    """Stored rows (as the unit of work would write them) for `n` people, for raw inserts."""
    import json

    from socdesk.domain.ids import new_id
    from socdesk.domain.people import validate_person
    from socdesk.store.schema import Person

    stamp = "0000019a00000000-0000-" + "0" * 32
    clocks = json.dumps(dict.fromkeys(Person.synced_fields(), stamp))
    today = dt.date(2026, 11, 23)
    rows = []
    for person in people(n, seed):
        values = validate_person(person, today).values
        row: dict[str, object] = {
            **values,
            "categories": json.dumps(values["categories"]),
            "birth_date": str(values["birth_date"]),
            "id": new_id(),
            "hlc": stamp,
            "origin": device,
            "deleted": 0,
            "field_clocks": clocks,
            "district_id": None,
            "merged_into": None,
            "sort_key": "",
        }
        rows.append(row)
    return rows


def raw_insert(conn: object, rows: list[dict[str, object]]) -> None:
    """`executemany` of stored rows into `person` in one transaction (the bare baseline)."""
    columns = list(rows[0])
    sql = f"INSERT INTO person ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
    conn.executemany(sql, [tuple(r[c] for c in columns) for r in rows])  # type: ignore[attr-defined]
    conn.execute("COMMIT")  # type: ignore[attr-defined]
