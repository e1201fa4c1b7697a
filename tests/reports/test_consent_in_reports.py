"""A withdrawn consent shows on every report: the line under the report's filters."""

from __future__ import annotations

import datetime as dt

from support import TODAY, add_person

from socdesk.domain.report_scope import ReportScope
from socdesk.reports.registry import filters
from socdesk.store.consents import DEFAULT_SCOPE, give_consent, withdraw_consent
from socdesk.store.database import Store


def test_reports_say_how_many_withdrew_consent(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    scope = ReportScope(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with store.write() as uow:
        consent = give_consent(uow, person_id, dt.date(2026, 1, 5), DEFAULT_SCOPE, TODAY)
    with store.read() as conn:
        assert not any("згоду" in what for what, _ in filters(conn, scope))
    with store.write() as uow:
        withdraw_consent(uow, consent, dt.date(2026, 3, 1), TODAY)
    with store.read() as conn:
        shown = dict(filters(conn, scope))
    assert shown["Відкликали згоду на обробку даних"].startswith("1 ос.")
