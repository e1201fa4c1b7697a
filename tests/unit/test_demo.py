"""The demo district: realistic, valid and deterministic for a seed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text
from support import FAST_KDF, make_paths

from socdesk.demo import build_demo
from socdesk.domain.identifiers import Sex, rnokpp_facts, validate_rnokpp
from socdesk.domain.people import Role
from socdesk.store.check import run_check
from socdesk.store.database import NewUser, Store


def _build(folder: Path, seed: int, n: int = 120) -> Store:
    store, _ = Store.create(
        make_paths(folder), NewUser("demo", "demo", "Демо", Role.COORDINATOR), FAST_KDF
    )
    build_demo(store, n, seed)
    return store


def _people(store: Store) -> list[tuple[object, ...]]:
    with store.read() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT id, surname, given_name, patronymic, birth_date, sex, rnokpp, phone, household_id, "
                    "district_id FROM person ORDER BY id"
                )
            )
        ]


def test_same_seed_same_people(tmp_path: Path) -> None:
    a, b, c = _build(tmp_path / "a", 3), _build(tmp_path / "b", 3), _build(tmp_path / "c", 4)
    try:
        assert _people(a) == _people(b)
        assert _people(a) != _people(c)
    finally:
        for s in (a, b, c):
            s.close()


def test_demo_is_valid_and_realistic(tmp_path: Path) -> None:
    with _build(tmp_path / "d", 1, 300) as store, store.read() as conn:
        report = run_check(conn)
        assert report.ok, report.to_json()
        assert report.counts["person"] == 300
        assert 3 <= report.counts["starosta_district"] <= 8
        people = conn.execute(
            text("SELECT birth_date, sex, rnokpp, district_id, household_id FROM person")
        ).all()
        for birth, sex, rnokpp, district, household in people:
            assert district and household
            if rnokpp:
                facts = rnokpp_facts(validate_rnokpp(rnokpp))
                assert facts.birth_date == dt.date.fromisoformat(birth)
                assert facts.sex is Sex(sex)
        assert sum(1 for p in people if p.rnokpp) > 0.85 * len(people)
        sexes = {p.sex for p in people}
        assert sexes == {"male", "female"}
        households = conn.execute(text("SELECT count(DISTINCT household_id) FROM person")).scalar()
        assert 300 / 5 <= households < 300
        stays, heads = conn.execute(
            text(
                "SELECT (SELECT count(*) FROM household_membership WHERE left_on IS NULL), "
                "(SELECT count(*) FROM household h JOIN person p ON p.id = h.head_id "
                " AND p.household_id = h.id AND p.household_role = 'head')"
            )
        ).one()
        assert stays == 300 and heads == households  # one open stay each; every head lives there
        states = dict(
            conn.execute(text("SELECT state, count(*) FROM social_case GROUP BY state")).all()
        )
        assert sum(states.values()) == 50  # one recipient in six
        assert len(states) >= 6  # cases at many stages of the path
        last = conn.execute(
            text(
                "SELECT c.state, (SELECT e.to_state FROM case_event e WHERE e.case_id = c.id "
                'ORDER BY e."on" DESC, e.hlc DESC LIMIT 1) FROM social_case c'
            )
        ).all()
        assert all(moved in (None, state) for state, moved in last)  # the moves lead to the state
