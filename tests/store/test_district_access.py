"""A specialist sees payments, questionnaires and reports of their own districts only (their
workplace's), whoever asks: the store's queries keep to them; a coordinator sees every
district. The fixture district: «Перший» (D1) holds P1 and P2 (contracts KC1, KC2, KC2R),
«Другий» (D2) holds P3 and P4 (KC6)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import report_fixture

from socdesk.domain.errors import NotPermitted
from socdesk.domain.report_scope import ReportScope
from socdesk.reports.registry import compute
from socdesk.store import report_data
from socdesk.store.database import Store
from socdesk.store.district_access import offered_districts
from socdesk.store.payments import arrears, ledger
from socdesk.store.surveys import survey_summary

H1 = ReportScope(dt.date(2026, 1, 1), dt.date(2026, 6, 30))


@pytest.fixture
def both(store: Store) -> Iterator[tuple[Store, Store, dict[str, str]]]:
    """(the coordinator's store, the same store signed in as the specialist of D1, ids)."""
    ids = report_fixture.build(store)
    report_fixture.specialist_of_first(store, ids)
    specialist = Store.open(store.paths, *report_fixture.SPECIALIST)
    yield store, specialist, ids
    specialist.close()


def test_a_specialists_payments_and_filter_are_their_districts_only(
    both: tuple[Store, Store, dict[str, str]],
) -> None:
    coordinator, specialist, ids = both
    with coordinator.read() as conn:
        every = {line.contract_id for line in ledger(conn, H1.start, H1.end)}
        offered_to_all = [d for d, _ in offered_districts(conn)]
    with specialist.read() as conn:
        own = {line.contract_id for line in ledger(conn, H1.start, H1.end)}
        owed = {a.person_id for a in arrears(conn, H1.end)}
        offered = offered_districts(conn)
        with pytest.raises(NotPermitted, match="своїх старостинських округів"):
            ledger(conn, H1.start, H1.end, [ids["D2"]])
    assert every == {ids["KC2"], ids["KC2R"], ids["KC6"]}  # KC1 is free: nothing charged
    assert own == {ids["KC2"], ids["KC2R"]}
    assert owed == {ids["P2"]}
    assert offered == [(ids["D1"], "Перший")]
    assert sorted(offered_to_all) == sorted([ids["D1"], ids["D2"]])


def test_a_specialists_report_counts_their_districts_and_the_store_refuses_more(
    both: tuple[Store, Store, dict[str, str]],
) -> None:
    coordinator, specialist, ids = both
    first = ReportScope(H1.start, H1.end, (ids["D1"],))
    with coordinator.read() as conn:
        of_first = compute(conn, "centre", first)
        everyone = report_data.served_people(conn, H1)
    with specialist.read() as conn:
        mine = compute(conn, "centre", H1)  # «every district»: all of theirs
        respondents = survey_summary(conn, H1.start, H1.end).respondents
        with pytest.raises(NotPermitted):
            report_data.served_people(conn, H1)  # the store's query itself refuses
        with pytest.raises(NotPermitted):
            compute(conn, "centre", ReportScope(H1.start, H1.end, (ids["D2"],)))
    assert everyone == 4
    assert mine.tables == of_first.tables and mine.filters == of_first.filters
    assert mine.table("services").total is not None
    assert mine.table("services").total[4] == 2  # P1 and P2
    assert respondents == 2  # P1's and P2's questionnaires (both in «Перший»)
