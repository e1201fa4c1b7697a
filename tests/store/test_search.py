"""Recipient search through FTS5: case, apostrophes, ґ/г, identifiers, phone formats."""

from __future__ import annotations

import pytest
from support import add_person

from socdesk.domain.identifiers import DocumentType, Sex
from socdesk.domain.people import RnokppStatus
from socdesk.store.database import Store
from socdesk.store.fts import match_expression
from socdesk.store.people import list_person_ids, person_rows, search_person_ids
from socdesk.store.schema import Person


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    import datetime as dt

    return {
        "kovalchuk": add_person(
            store,
            "Ковальчук",
            "Олена",
            patronymic="Іванівна",
            phone="067 123 45 67",
            birth_date=dt.date(1948, 2, 28),
            sex=Sex.MALE,
            rnokpp_status=RnokppStatus.KNOWN,
            rnokpp="1759013776",
            document_type=DocumentType.ID_CARD,
            document_number="001234567",
        ),
        "koval": add_person(store, "КОВАЛЬ", "Петро"),
        "maryana": add_person(store, "Дʼяченко", "Мар'яна"),
        "gudz": add_person(
            store,
            "Ґудзь",
            "Євген",
            document_type=DocumentType.PASSPORT_BOOK,
            document_number="КВ654321",
        ),
        "hudz": add_person(store, "Гудзь", "Ілля"),
    }


def _names(store: Store, query: str) -> set[str]:
    with store.read() as conn:
        return {r.surname for r in person_rows(conn, search_person_ids(conn, query))}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ковальчук", {"Ковальчук"}),
        ("КОВА", {"Ковальчук", "КОВАЛЬ"}),
        ("коваль олена", {"Ковальчук"}),
        ("Олена Ковальчук", {"Ковальчук"}),  # any word order
        ("іванівна", {"Ковальчук"}),
        ("1759013776", {"Ковальчук"}),
        ("17590", {"Ковальчук"}),
        ("001234567", {"Ковальчук"}),
        ("кв654321", {"Ґудзь"}),
        ("067 123 45 67", {"Ковальчук"}),
        ("+38 (067) 123-45-67", {"Ковальчук"}),
        ("0671234567", {"Ковальчук"}),
        ("марʼяна", {"Дʼяченко"}),
        ("мар'яна", {"Дʼяченко"}),
        ("Мар’яна", {"Дʼяченко"}),
        ("д'яч", {"Дʼяченко"}),
        ("дяч", {"Дʼяченко"}),  # typed without the apostrophe
        ("марянa", {"Дʼяченко"}),  # and with a Latin a at the end
        ("Kовальчук", {"Ковальчук"}),  # Latin K in a Cyrillic word
        ("IВАНІВНА", {"Ковальчук"}),  # Latin I
        ("гудзь", {"Ґудзь", "Гудзь"}),  # ґ is found by г
        ("ґудзь", {"Ґудзь", "Гудзь"}),
        ("Євген", {"Ґудзь"}),
        ("мар", {"Дʼяченко"}),
        ("шевченко", set()),
    ],
)
def test_search(store: Store, people: dict[str, str], query: str, expected: set[str]) -> None:
    assert _names(store, query) == expected


@pytest.mark.parametrize("query", ['"', "*", "AND", "NEAR(", "коваль OR", "(", "^", "-", "''"])
def test_fts_syntax_in_input_is_inert(store: Store, people: dict[str, str], query: str) -> None:
    _names(store, query)  # must not raise


def test_empty_query() -> None:
    assert match_expression("   ") is None
    assert match_expression("!!!") is None


def test_index_follows_edits_and_tombstones(store: Store, people: dict[str, str]) -> None:
    with store.write() as uow:
        uow.update(Person, people["koval"], {"surname": "Бондаренко"})
    assert _names(store, "коваль") == {"Ковальчук"}
    assert _names(store, "бондар") == {"Бондаренко"}
    with store.write() as uow:
        uow.delete(Person, people["kovalchuk"])
    assert _names(store, "коваль") == set()


def test_settlement_is_searchable(store: Store) -> None:
    from socdesk.domain.ids import reference_id
    from socdesk.store.schema import Community, Settlement

    with store.write() as uow:
        cid = uow.insert(
            Community,
            {"katottg": "UA63040090000021240", "name": "Ізюмська"},
            row_id=reference_id("community", "UA63040090000021240"),
        )
        sid = uow.insert(
            Settlement,
            {
                "katottg": "UA63040090080095309",
                "name": "Камʼянка",
                "category": "C",
                "community_id": cid,
            },
        )
    add_person(store, "Бойко", settlement_id=sid)
    assert _names(store, "кам'янка") == {"Бойко"}
    assert _names(store, "камянка") == {"Бойко"}
    assert _names(store, "Kaмянка") == {"Бойко"}  # Latin K and a
    # Renamed (here, or by a change from another replica): found under the new name only.
    with store.write() as uow:
        uow.update(Settlement, sid, {"name": "Кам'янка-Дніпровська"})
    assert _names(store, "дніпровська") == {"Бойко"}
    assert _names(store, "кам'янка") == {"Бойко"}
    with store.write() as uow:
        uow.update(Settlement, sid, {"name": "Весела Долина"})
    assert _names(store, "весела") == {"Бойко"}
    assert _names(store, "дніпровська") == set()


def test_list_is_in_ukrainian_alphabetical_order(store: Store, people: dict[str, str]) -> None:
    for surname in ("Яценко", "Їжакевич", "Іваненко", "Єременко", "Аврамчук"):
        add_person(store, surname)
    with store.read() as conn:
        names = [r.surname for r in person_rows(conn, list_person_ids(conn))]
    assert names == [
        "Аврамчук",
        "Гудзь",
        "Ґудзь",
        "Дʼяченко",
        "Єременко",
        "Іваненко",
        "Їжакевич",
        "КОВАЛЬ",
        "Ковальчук",
        "Яценко",
    ]


def test_sort_uses_an_index(store: Store) -> None:
    with store.read() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM person WHERE deleted = 0 ORDER BY sort_key"
        ).all()
    assert any("ix_person_sort_key" in str(step) for step in plan)
    assert not any("TEMP B-TREE" in str(step) for step in plan)


def test_merged_record_leaves_the_index(store: Store, people: dict[str, str]) -> None:
    with store.write() as uow:
        uow.update(Person, people["koval"], {"merged_into": people["kovalchuk"]})
    assert _names(store, "коваль") == {"Ковальчук"}


def test_old_index_layout_is_rebuilt_on_open(store: Store, people: dict[str, str]) -> None:
    from support import LOGIN, PASSWORD

    with store.writer.begin() as conn:
        conn.exec_driver_sql("DELETE FROM person_fts")  # as if built by an older layout
        conn.exec_driver_sql("UPDATE meta SET value = '1' WHERE key = 'fts_layout'")
    assert _names(store, "коваль") == set()
    store.close()
    with Store.open(store.paths, LOGIN, PASSWORD) as reopened:
        assert _names(reopened, "коваль") == {"Ковальчук", "КОВАЛЬ"}


def test_index_of_layout_4_is_rebuilt(store: Store, people: dict[str, str]) -> None:
    """Layout 4 indexed names with their apostrophes: a store built by it is re-indexed."""
    from support import LOGIN, PASSWORD

    with store.writer.begin() as conn:
        conn.exec_driver_sql("DELETE FROM person_fts")
        conn.exec_driver_sql("UPDATE meta SET value = '4' WHERE key = 'fts_layout'")
    store.close()
    with Store.open(store.paths, LOGIN, PASSWORD) as reopened:
        assert _names(reopened, "дяченко") == {"Дʼяченко"}


def test_rebuild_twice(store: Store, people: dict[str, str]) -> None:
    from socdesk.store import fts

    for _ in range(2):
        with store.writer.begin() as conn:
            fts.recreate(conn)
    assert _names(store, "гудзь") == {"Ґудзь", "Гудзь"}
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_birth_date_order_uses_an_index(store: Store) -> None:
    with store.read() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM person WHERE deleted = 0 AND merged_into IS NULL "
            "ORDER BY birth_date, sort_key"
        ).all()
    assert any("ix_person_live_birth" in str(step) for step in plan)
    assert not any("TEMP B-TREE" in str(step) for step in plan)


def test_listing_the_register_reads_only_an_index(store: Store) -> None:
    from socdesk.store.people import PersonOrder, list_person_ids

    with store.read() as conn:
        list_person_ids(conn)  # runs
        for order, index in (
            (PersonOrder.NAME, "ix_person_live_name"),
            (PersonOrder.BIRTH_DATE, "ix_person_live_birth"),
        ):
            from sqlalchemy import select

            from socdesk.store.people import _ORDER_COLUMNS, _person
            from socdesk.store.schema.people import live_people

            stmt = select(_person.c.id).where(live_people()).order_by(*_ORDER_COLUMNS[order])
            compiled = str(stmt.compile(compile_kwargs={"literal_binds": True}))
            plan = str(conn.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled).all())
            assert f"USING COVERING INDEX {index}" in plan, plan
