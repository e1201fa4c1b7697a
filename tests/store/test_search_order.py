"""Search results are exactly the first N matches in Ukrainian alphabetical order, whether people
sit in the re-ranked (ordered) part of the index or were added or edited since (unordered)."""

from __future__ import annotations

import random
import re

import pytest

from socdesk.domain.text import index_fold, sort_key
from socdesk.store import fts
from socdesk.store.database import Store
from socdesk.store.people import search_cursor, search_person_ids
from socdesk.store.schema import Person

SURNAMES = (
    "Коваль",
    "Коваленко",
    "Ковальчук",
    "Кова",
    "Ґудзь",
    "Гудзь",
    "Гудзенко",
    "Дʼяченко",
    "Дяченко",
    "Яценко",
    "Іваненко",
    "Їжак",
)
GIVEN = ("Олена", "Олег", "Ольга", "Іван", "Ірина", "Ґанна", "Ганна", "Марʼяна")
LIMIT = 15


def _expected(rows: dict[str, tuple[str, str]], query: str, limit: int) -> list[str]:
    """Sort keys of the first `limit` people whose name words start with each query word."""
    words = re.findall(r"\w+", index_fold(query))
    hits = []
    for surname, given in rows.values():
        tokens = re.findall(r"\w+", index_fold(f"{surname} {given}"))
        if all(any(t.startswith(w) for t in tokens) for w in words):
            hits.append(sort_key(surname, given, ""))
    return sorted(hits)[:limit]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_order_matches_brute_force(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    rows: dict[str, tuple[str, str]] = {}

    def add(n: int) -> None:
        with store.write() as uow:
            for _ in range(n):
                name = (rng.choice(SURNAMES), rng.choice(GIVEN))
                rows[uow.insert(Person, {"surname": name[0], "given_name": name[1]})] = name

    add(150)
    with store.writer.begin() as conn:
        fts.recreate(conn)  # these 150 are now in the ordered area
    add(40)  # unordered area
    with store.write() as uow:  # edits move people to the unordered area; deletions leave
        for person_id in rng.sample(sorted(rows), 30):
            if rng.random() < 0.3:
                uow.delete(Person, person_id)
                del rows[person_id]
            else:
                name = (rng.choice(SURNAMES), rng.choice(GIVEN))
                uow.update(Person, person_id, {"surname": name[0], "given_name": name[1]})
                rows[person_id] = name
    with store.read() as conn:
        unordered, total = fts.unordered_count(conn)
        assert 0 < unordered < total
        for query in (
            "ков",
            "коваль",
            "гудз",
            "ґудз",
            "д'яч",
            "дʼяченко",
            "о",
            "ол",
            "ковал ол",
            "і",
            "ї",
            "я",
            "ганна",
            "марʼ",
        ):
            got = search_person_ids(conn, query, LIMIT)
            keys = [sort_key(*rows[i], "") for i in got]
            assert keys == _expected(rows, query, LIMIT), query
            cursor = search_cursor(query)
            assert cursor is not None
            paged: list[str] = []
            while page := cursor.next_page(conn, 7):
                paged += page
            assert len(paged) == len(set(paged))
            assert [sort_key(*rows[i], "") for i in paged] == _expected(rows, query, 10**6), query


def test_a_rerank_reads_the_sort_keys_the_triggers_keep(store: Store) -> None:
    """The re-rank after a large apply (`ensure` under the current layout) does not recompute
    sort keys: the ones that inserts and renames left are the ones a full rebuild makes."""
    rng = random.Random(7)
    rows: dict[str, tuple[str, str]] = {}
    with store.write() as uow:
        for _ in range(120):
            name = (rng.choice(SURNAMES), rng.choice(GIVEN))
            rows[uow.insert(Person, {"surname": name[0], "given_name": name[1]})] = name
    with store.write() as uow:
        for person_id in rng.sample(sorted(rows), 40):
            name = (rng.choice(SURNAMES), rng.choice(GIVEN))
            uow.update(Person, person_id, {"surname": name[0], "given_name": name[1]})
            rows[person_id] = name
    with store.writer.begin() as conn:
        fts.recreate(conn, sort_keys=False)
    with store.read() as conn:
        assert fts.unordered_count(conn)[0] == 0
        stored = dict(conn.exec_driver_sql("SELECT id, sort_key FROM person").all())
        assert stored == {i: sort_key(*name, "") for i, name in rows.items()}
        for query in ("ков", "гудз", "д'яч", "о", "ковал ол"):
            got = search_person_ids(conn, query, LIMIT)
            assert [sort_key(*rows[i], "") for i in got] == _expected(rows, query, LIMIT), query
