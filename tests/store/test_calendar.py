"""Deadlines from reference data: working days under the stored martial-law periods."""

from __future__ import annotations

import datetime as dt

import pytest

from socdesk.domain.ids import reference_id
from socdesk.store.calendar import deadline_days, work_calendar
from socdesk.store.database import Store
from socdesk.store.schema import MartialLawPeriod


def test_needs_assessment_deadline_from_reference_data(store: Store) -> None:
    with store.read() as conn:
        amount, unit = deadline_days(conn, "needs_assessment", dt.date(2026, 8, 20))
        calendar = work_calendar(conn)
        with pytest.raises(LookupError):
            deadline_days(conn, "no_such_step", dt.date(2026, 8, 20))
    assert (amount, unit) == (5, "working_days")
    # Received Thursday 20.08.2026: Fri 21, Mon 24 (Independence Day, a working day under
    # martial law), Tue 25, Wed 26, Thu 27.
    assert calendar.add_working_days(dt.date(2026, 8, 20), amount) == dt.date(2026, 8, 27)


def test_ending_martial_law_is_a_data_change(store: Store) -> None:
    with store.write() as uow:
        uow.update(
            MartialLawPeriod,
            reference_id("martial_law_period", "2022-02-24"),
            {"end": dt.date(2026, 8, 1)},
        )
    with store.read() as conn:
        calendar = work_calendar(conn)
    assert calendar.add_working_days(dt.date(2026, 8, 20), 5) == dt.date(2026, 8, 28)


def test_rules_on_a_day_follow_a_rule_that_changes() -> None:
    import datetime as dt

    from socdesk.store.calendar import DeadlineRules

    rules = DeadlineRules(
        [
            ("decision", dt.date(2020, 1, 1), dt.date(2024, 12, 31), 10, "working_days"),
            ("decision", dt.date(2025, 1, 1), None, 7, "working_days"),
            ("needs_assessment", dt.date(2020, 1, 1), None, 5, "working_days"),
        ]
    )
    codes = ("decision", "needs_assessment")
    before = rules.rules_on(codes, dt.date(2024, 12, 31))
    after = rules.rules_on(codes, dt.date(2025, 1, 1))
    assert before == {"decision": (10, "working_days"), "needs_assessment": (5, "working_days")}
    assert after["decision"] == (7, "working_days")
    assert rules.rules_on(codes, dt.date(2026, 6, 1)) is after  # one lookup per span
