"""Households: one at a time, moves keep the history, the head follows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from support import TODAY, add_person

from socdesk.domain.errors import ValidationError
from socdesk.domain.people import HouseholdRole
from socdesk.store.database import Store
from socdesk.store.households import (
    history,
    join_household,
    leave_household,
    make_head,
    members,
)
from socdesk.store.people import create_household

JAN, MAR, JUN = dt.date(2026, 1, 10), dt.date(2026, 3, 1), dt.date(2026, 6, 15)


def _household(store: Store, address: str) -> str:
    with store.write() as uow:
        return create_household(uow, None, address, None)


def _head(store: Store, household: str) -> str | None:
    with store.read() as conn:
        return conn.execute(
            text("SELECT head_id FROM household WHERE id = :i"), {"i": household}
        ).scalar()


def test_join_move_and_history(store: Store) -> None:
    mother, son = add_person(store, "Бондар", "Олена"), add_person(store, "Бондар", "Андрій")
    first, second = _household(store, "вул. Шкільна, 5"), _household(store, "вул. Миру, 2")
    with store.write() as uow:
        join_household(uow, mother, first, HouseholdRole.HEAD, JAN)
        join_household(uow, son, first, HouseholdRole.CHILD, JAN)
    with store.read() as conn:
        assert members(conn, first) == [(mother, HouseholdRole.HEAD), (son, HouseholdRole.CHILD)]
    assert _head(store, first) == mother
    with store.write() as uow:  # the son moves out to his own household
        join_household(uow, son, second, HouseholdRole.HEAD, MAR)
    with store.read() as conn:
        assert members(conn, first) == [(mother, HouseholdRole.HEAD)]
        assert members(conn, second) == [(son, HouseholdRole.HEAD)]
        stays = history(conn, son)
        open_stays = conn.execute(
            text(
                "SELECT count(*) FROM household_membership WHERE person_id = :p AND left_on IS NULL"
            ),
            {"p": son},
        ).scalar()
    assert [(s.household_id, s.role, s.joined_on, s.left_on) for s in stays] == [
        (first, HouseholdRole.CHILD, JAN, MAR),
        (second, HouseholdRole.HEAD, MAR, None),
    ]
    assert open_stays == 1  # one household at a time


def test_leaving_clears_the_head(store: Store) -> None:
    mother = add_person(store, "Бондар", "Олена")
    home = _household(store, "вул. Шкільна, 5")
    with store.write() as uow:
        join_household(uow, mother, home, HouseholdRole.HEAD, JAN)
        leave_household(uow, mother, JUN)
    assert _head(store, home) is None
    with store.read() as conn:
        assert members(conn, home) == []
        assert history(conn, mother)[0].left_on == JUN


def test_joining_the_same_household_again_changes_nothing(store: Store) -> None:
    person = add_person(store, "Бондар", "Олена")
    home = _household(store, "вул. Шкільна, 5")
    with store.write() as uow:
        join_household(uow, person, home, HouseholdRole.HEAD, JAN)
    with store.write() as uow:
        join_household(uow, person, home, HouseholdRole.HEAD, TODAY)
    assert not uow.changes
    with store.read() as conn:
        assert len(history(conn, person)) == 1


def test_membership_syncs(store: Store) -> None:
    person = add_person(store, "Бондар", "Олена")
    home = _household(store, "вул. Шкільна, 5")
    with store.write() as uow:
        join_household(uow, person, home, HouseholdRole.HEAD, JAN)
    assert uow.changes.households and uow.changes.sync_outbox
    with store.read() as conn:
        tables = set(conn.execute(text("SELECT table_name FROM outbox")).scalars())
    assert {"household_membership", "person", "household"} <= tables


def test_a_household_has_one_head(store: Store) -> None:
    """Whoever writes (a dialog, the command line, an import): a second head is refused, and
    `make_head` hands the role over, the old head staying a member."""
    mother = add_person(store, "Коваль", "Ганна")
    son = add_person(store, "Коваль", "Петро")
    home = _household(store, "вул. Шкільна, 1")
    with store.write() as uow:
        join_household(uow, mother, home, HouseholdRole.HEAD, JAN)
        join_household(uow, son, home, HouseholdRole.CHILD, JAN)
    with pytest.raises(ValidationError, match="вже є голова: Коваль Ганна"), store.write() as uow:
        join_household(uow, son, home, HouseholdRole.HEAD, MAR)
    with store.write() as uow:
        make_head(uow, son, home, MAR)
    with store.read() as conn:
        assert members(conn, home) == [
            (son, HouseholdRole.HEAD),
            (mother, HouseholdRole.OTHER_RELATIVE),
        ]
    assert _head(store, home) == son
