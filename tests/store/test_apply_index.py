"""The search index after applying another replica's people: a batch large enough to need a
re-rank is applied with the index's triggers off and the index rebuilt once at its end
(`fts.bulk_begin`/`bulk_end`); search must then find, order and keep following everyone as if
the triggers had run record by record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import deliver, make_replica, outgoing
from sqlalchemy import Connection, text
from support import add_person

from socdesk.domain.text import sort_key
from socdesk.store import fts
from socdesk.store.database import Store
from socdesk.store.people import search_person_ids
from socdesk.store.schema import Person


@pytest.fixture
def pair(template_store: Path, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    source = make_replica(template_store, tmp_path / "source")
    target = make_replica(template_store, tmp_path / "target")
    yield source, target
    for store in (source, target):
        store.close()


@pytest.fixture
def tiny_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any batch with a person is "large": the bulk path runs on a few records."""
    monkeypatch.setattr(fts, "REBUILD_MIN_UNORDERED", 0)
    monkeypatch.setattr(fts, "REBUILD_UNORDERED_SHARE", 0.0)


def _triggers(store: Store) -> set[str]:
    with store.read() as conn:
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        return {name for (name,) in rows} & set(fts.TRIGGER_NAMES)


def _sort_keys(store: Store, ids: list[str]) -> dict[str, tuple[str, str]]:
    with store.read() as conn:
        rows = conn.execute(
            text("SELECT id, sort_key, surname, given_name, patronymic FROM person")
        ).all()
    return {
        r.id: (r.sort_key, sort_key(r.surname, r.given_name, r.patronymic))
        for r in rows
        if r.id in ids
    }


def test_bulk_begin_only_when_a_re_rank_will_follow(pair: tuple[Store, Store]) -> None:
    _, target = pair
    with target.write() as uow:
        assert not fts.bulk_begin(uow.connection, 0)
        assert not fts.bulk_begin(uow.connection, 3)  # a few people: the triggers stay
        assert fts.bulk_begin(uow.connection, fts.REBUILD_MIN_UNORDERED + 1)
        fts.bulk_end(uow.connection, [])
    assert _triggers(target) == set(fts.TRIGGER_NAMES)


@pytest.mark.usefixtures("tiny_threshold")
def test_large_apply_indexes_orders_and_keeps_following(pair: tuple[Store, Store]) -> None:
    source, target = pair
    ids = [add_person(source, name, "Ірина") for name in ("Яковенко", "Абрамович", "Ґудзь")]
    result = deliver(target, outgoing(source), "source")
    assert len(result.applied) >= 3 and not result.quarantined
    with source.write() as uow:  # a name changed on the source arrives in a second batch
        uow.update(Person, ids[0], {"surname": "Бондар"})
    deliver(target, outgoing(source), "source")

    assert _triggers(target) == set(fts.TRIGGER_NAMES)  # back after the rebuild
    with target.read() as conn:
        assert fts.unordered_count(conn)[0] == 0  # everyone in the ordered area
        assert search_person_ids(conn, "ірина") == [ids[1], ids[0], ids[2]]  # А, Б, Ґ
        assert search_person_ids(conn, "яковенко") == []
    keys = _sort_keys(target, ids)
    assert all(stored == derived for stored, derived in keys.values())

    # A local edit after the bulk apply is indexed by the triggers again.
    with target.write() as uow:
        uow.update(Person, ids[2], {"surname": "Дорош"})
    with target.read() as conn:
        assert search_person_ids(conn, "дорош") == [ids[2]]
        assert search_person_ids(conn, "ґудзь") == []


def test_small_apply_keeps_the_triggers(pair: tuple[Store, Store]) -> None:
    source, target = pair
    pid = add_person(source, "Мельничук", "Ганна")
    deliver(target, outgoing(source), "source")
    with target.read() as conn:
        assert search_person_ids(conn, "мельничук") == [pid]
        assert fts.unordered_count(conn)[0] >= 1  # indexed by trigger, no re-rank for one
    assert _triggers(target) == set(fts.TRIGGER_NAMES)


@pytest.mark.usefixtures("tiny_threshold")
def test_a_batch_delivered_again_does_not_rebuild(
    pair: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = pair
    add_person(source, "Савчук", "Олег")
    records = outgoing(source)
    deliver(target, records, "source")
    rebuilds: list[bool] = []
    real = fts.recreate

    def counted(conn: Connection, *, sort_keys: bool = True) -> None:
        rebuilds.append(True)
        real(conn, sort_keys=sort_keys)

    monkeypatch.setattr(fts, "recreate", counted)
    again = deliver(target, records, "source")
    assert again.duplicates and not again.applied
    assert rebuilds == []  # every record was logged already: nobody to re-index
    assert _triggers(target) == set(fts.TRIGGER_NAMES)


def _rebuilds(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    rebuilds: list[bool] = []
    real = fts.recreate

    def counted(conn: Connection, *, sort_keys: bool = True) -> None:
        rebuilds.append(True)
        real(conn, sort_keys=sort_keys)

    monkeypatch.setattr(fts, "recreate", counted)
    return rebuilds


def _found(store: Store, queries: tuple[str, ...]) -> dict[str, list[str]]:
    with store.read() as conn:
        return {query: search_person_ids(conn, query, 100) for query in queries}


@pytest.mark.usefixtures("tiny_threshold")
def test_a_large_apply_places_its_people_between_the_others_without_a_rebuild(
    pair: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ordered area keeps room between neighbours: a batch's people (new, renamed, and
    those the triggers had left unordered) take places between theirs, in the order a full
    rebuild gives, and nobody else is re-indexed."""
    source, target = pair
    names = ("Бондар", "Яковенко", "Абрамович", "Ґудзь", "Гуменюк", "Дорош", "Євтух", "Їжак")
    local = [add_person(target, name, "Ірина") for name in names[::2]]
    with target.writer.begin() as conn:
        fts.recreate(conn)  # the target's own people in the ordered area
    add_person(target, "Жук", "Ірина")  # and one in the unordered area
    renamed = add_person(source, "Коваль", "Ірина")
    deliver(target, outgoing(source), "source")
    rebuilds = _rebuilds(monkeypatch)
    arrived = [add_person(source, name, "Ірина") for name in names[1::2]]
    with source.write() as uow:
        uow.update(Person, renamed, {"surname": "Аврамчук"})
        uow.update(Person, arrived[0], {"surname": "Вакуленко"})
    result = deliver(target, outgoing(source), "source")
    assert len(result.applied) >= 4 and not result.quarantined

    assert rebuilds == []  # placed, not rebuilt
    assert _triggers(target) == set(fts.TRIGGER_NAMES)
    queries = ("ірина", "а", "б", "в", "я", "коваль", "аврамчук", "вакуленко", "яковенко", "жук")
    placed = _found(target, queries)
    with target.read() as conn:
        assert fts.unordered_count(conn) == (0, len(names) + 2)
    assert placed["коваль"] == placed["яковенко"] == []
    assert placed["аврамчук"] == [renamed] and placed["вакуленко"] == [arrived[0]]
    assert placed["б"] == [local[0]] and len(placed["ірина"]) == len(names) + 2
    with target.writer.begin() as conn:
        fts.recreate(conn)
    assert _found(target, queries) == placed  # what a full rebuild gives, in the same order


@pytest.mark.usefixtures("tiny_threshold")
def test_a_settlement_renamed_in_a_large_apply_re_indexes_its_people(
    pair: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    from socdesk.domain.ids import reference_id
    from socdesk.store.schema import Community, Settlement

    source, target = pair
    with source.write() as uow:
        cid = uow.insert(
            Community,
            {"katottg": "UA63040090000021240", "name": "Ізюмська"},
            row_id=reference_id("community", "UA63040090000021240"),
        )
        sid = uow.insert(
            Settlement,
            {"katottg": "UA63040090080095309", "name": "Камʼянка", "category": "C"}
            | {"community_id": cid},
        )
    pid = add_person(source, "Бойко", settlement_id=sid)
    deliver(target, outgoing(source), "source")
    rebuilds = _rebuilds(monkeypatch)
    with source.write() as uow:
        uow.update(Settlement, sid, {"name": "Весела Долина"})
    other = add_person(source, "Олійник")  # a person in the batch: the bulk path runs
    deliver(target, outgoing(source), "source")
    assert rebuilds == []
    found = _found(target, ("весела", "камʼянка", "олійник"))
    assert found == {"весела": [pid], "камʼянка": [], "олійник": [other]}


def test_no_room_between_neighbours_is_told() -> None:
    keys = [("а", 1), ("в", 2)]
    assert fts._spots([("б", 3)], keys, [10, 11]) is None  # no rowid between 10 and 11
    assert fts._spots([("б", 3), ("б", 4)], keys, [10, 13]) == [(3, 11), (4, 12)]
    assert fts._spots([("я", 5)], keys, [10, 13]) == [(5, 13 + fts.GAP)]
    assert fts._spots([("0", 6)], keys, [10, 13]) == [(6, 5)]
