"""Reading the audit log: newest first, keyset pages, filters."""

from __future__ import annotations

import datetime as dt

from support import add_person

from socdesk.store.audit import AuditFilter, audit_actions, audit_page, local_days
from socdesk.store.database import Store


def test_pages_go_back_in_time_without_repeats(store: Store) -> None:
    for n in range(7):
        add_person(store, "Коваль", "Олена" if n % 2 else "Ірина")
    with store.read() as conn:
        first = audit_page(conn, AuditFilter(), limit=3)
        second = audit_page(conn, AuditFilter(), before_id=first[-1].id, limit=3)
        everything = audit_page(conn, AuditFilter(), limit=1000)
    assert [r.id for r in first + second] == [r.id for r in everything[:6]]
    assert [r.id for r in everything] == sorted((r.id for r in everything), reverse=True)


def test_filters_by_user_action_and_period(store: Store) -> None:
    add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        uow.audit_action("export", "person", ["csv", "1", "all"])
    today = dt.date.today()
    since, until = local_days(today, today)
    with store.read() as conn:
        assert {"insert", "export"} <= set(audit_actions(conn))
        exports = audit_page(conn, AuditFilter(action="export"))
        mine = audit_page(conn, AuditFilter(user_id=store.user_id))
        none = audit_page(conn, AuditFilter(user_id="someone-else"))
        today_only = audit_page(conn, AuditFilter(since=since, until=until))
        earlier = audit_page(conn, AuditFilter(until=since))
    assert [r.detail for r in exports] == ["csv,1,all"]
    assert mine
    assert none == []
    assert len(today_only) >= 2
    assert all(r.at < since for r in earlier)
    assert all(since <= r.at < until for r in today_only)
