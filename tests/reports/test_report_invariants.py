"""Invariants of the reports over the demo district, for any period, districts and services
(Hypothesis): totals are the sums of their rows (persons: once, however many rows they are
in); a person is counted once per row however many services they had; the districts' reports
add up to the community's; a merged record or a deleted line is not counted twice."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from support import FAST_KDF, make_paths

from socdesk.demo import build_demo
from socdesk.domain.people import Role
from socdesk.domain.report_scope import ReportScope
from socdesk.reports.model import ColumnKind, Report, Table, Total
from socdesk.reports.registry import kinds, run
from socdesk.store.database import NewUser, Store
from socdesk.store.merge import merge_people
from socdesk.store.report_data import district_names
from socdesk.store.schema import ServiceEntry

# Tables whose rows split the people, cases or lines, so that districts add up.
PARTITIONS = {
    "centre": ("by_sex", "by_place", "appeals", "decisions", "refuse_grounds", "terminate_grounds"),
    "workload": ("per_worker", "deadlines"),
}


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    store, _ = Store.create(
        make_paths(folder), NewUser("demo", "demo", "Демо", Role.COORDINATOR), FAST_KDF
    )
    with store:
        build_demo(store, 300, 7)
    return folder


@pytest.fixture(scope="module")
def demo(demo_folder: Path) -> Iterator[Store]:
    with Store.open(make_paths(demo_folder), "demo", "demo") as store:
        yield store


def _span(store: Store) -> tuple[dt.date, dt.date]:
    with store.read() as conn:
        first, last = conn.execute(
            text('SELECT MIN("on"), MAX("on") FROM service_entry WHERE deleted = 0')
        ).one()
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)


def _numbers(table: Table, key: str) -> list[int | Decimal]:
    return [v for v in table.column(key) if isinstance(v, int | Decimal)]


def _check_totals(report: Report) -> None:
    for table in report.tables:
        if table.total is None:
            continue
        for index, column in enumerate(table.columns):
            values = _numbers(table, column.key)
            total = table.total[index]
            if column.kind is ColumnKind.TEXT or column.total is Total.NONE:
                continue
            if column.total is Total.SUM:
                assert total == sum(values), (table.code, column.key)
            else:  # persons once: at least the largest row, at most the sum
                assert isinstance(total, int), (table.code, column.key)
                assert max(values, default=0) <= total <= sum(values), (table.code, column.key)


@st.composite
def scopes(draw: st.DrawFn, span: tuple[dt.date, dt.date], districts: list[str]) -> ReportScope:
    first, last = span
    days = (last - first).days
    a = draw(st.integers(0, days))
    b = draw(st.integers(a, days))
    chosen = draw(st.none() | st.lists(st.sampled_from(districts), min_size=1, unique=True))
    services = draw(
        st.none()
        | st.lists(st.sampled_from(["015.1", "010.1", "002.0", "012.0"]), min_size=1, unique=True)
    )
    return ReportScope(
        first + dt.timedelta(days=a),
        first + dt.timedelta(days=b),
        tuple(chosen) if chosen else None,
        tuple(services) if services else None,
    )


def test_totals_are_the_sums_of_their_rows_for_any_scope(demo: Store) -> None:
    with demo.read() as conn:
        districts = sorted(district_names(conn))

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(scopes(_span(demo), districts), st.sampled_from(sorted(kinds())))
    def check(scope: ReportScope, kind: str) -> None:
        _check_totals(run(demo, kind, scope))

    check()


def _people_per_service(store: Store, scope: ReportScope) -> dict[str, set[str]]:
    """Counted here from the raw lines, independently of the reports' SQL."""
    found: dict[str, set[str]] = defaultdict(set)
    with store.read() as conn:
        lines = conn.execute(
            text('SELECT person_id, service_code, "on", deleted, district_id FROM service_entry')
        )
        people = {
            r[0]: (r[1], r[2])
            for r in conn.execute(text("SELECT id, merged_into, deleted FROM person"))
        }
        for person, code, on, deleted, district in lines:
            merged_into, person_deleted = people[person]
            if (
                deleted
                or person_deleted
                or not scope.start.isoformat() <= on <= scope.end.isoformat()
            ):
                continue
            if scope.district_ids is not None and district not in scope.district_ids:
                continue
            found[code].add(merged_into or person)
    return found


def test_a_person_is_counted_once_per_service(demo: Store) -> None:
    first, last = _span(demo)
    scope = ReportScope(first, last)
    services = run(demo, "centre", scope).table("services")
    per_code: dict[str, int] = defaultdict(int)
    for code, people in zip(services.column("code"), services.column("recipients"), strict=True):
        per_code[str(code)] += int(people)  # type: ignore[arg-type]
    expected = _people_per_service(demo, scope)
    assert per_code == {code: len(people) for code, people in expected.items()}
    everyone = set().union(*expected.values())
    assert services.total is not None and services.total[4] == len(everyone)
    lines = sum(int(v) for v in services.column("services"))  # type: ignore[arg-type]
    assert lines > len(everyone)  # people had many lines, and are still counted once


@pytest.mark.parametrize("kind", sorted(PARTITIONS))
def test_the_districts_add_up_to_the_community(demo: Store, kind: str) -> None:
    first, last = _span(demo)
    with demo.read() as conn:
        districts = sorted(district_names(conn))
    assert len(districts) > 1
    whole = run(demo, kind, ReportScope(first, last))
    parts = [run(demo, kind, ReportScope(first, last, (d,))) for d in districts]
    for code in PARTITIONS[kind]:
        table = whole.table(code)
        assert table.total is not None
        for index, column in enumerate(table.columns):
            if column.kind is ColumnKind.TEXT or column.total is Total.NONE:
                continue
            summed = sum(p.table(code).total[index] for p in parts)  # type: ignore[index,misc]
            assert summed == table.total[index], (code, column.key)


def test_merged_records_and_deleted_lines_are_not_counted_twice(
    demo_folder: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(demo_folder, folder)
    with Store.open(make_paths(folder), "demo", "demo") as store:
        first, last = _span(store)
        scope = ReportScope(first, last)
        before = run(store, "centre", scope).table("services")
        with store.read() as conn:
            rows = conn.execute(
                text(
                    "SELECT e.id, e.person_id FROM service_entry e JOIN person p ON p.id = e.person_id "
                    "WHERE e.deleted = 0 AND p.merged_into IS NULL ORDER BY e.id"
                )
            ).all()
        served = list(dict.fromkeys(person for _, person in rows))
        survivor, other = served[0], served[1]
        with store.write() as uow:
            merge_people(uow, survivor, other)
        merged = run(store, "centre", scope).table("services")
        assert merged.total is not None and before.total is not None
        assert merged.total[4] == before.total[4] - 1  # two records, one person
        assert merged.total[7] == before.total[7]  # every line still counted, once
        with store.write() as uow:
            uow.delete(ServiceEntry, rows[-1][0])
        deleted = run(store, "centre", scope).table("services")
        assert deleted.total is not None and deleted.total[7] == before.total[7] - 1
