"""A reading connection that lives through a large sync apply (the search index rebuilt by the
writer) still sees a healthy store in `admin check` (README's known limit, issue 14)."""

from __future__ import annotations

from support import add_person

from socdesk.store import fts
from socdesk.store.check import run_check
from socdesk.store.database import Store
from socdesk.store.schema import Person


def test_a_reader_open_across_an_index_rebuild_reports_the_store_healthy(store: Store) -> None:
    names = ["Коваль", "Бондар", "Шевчук", "Мельник", "Ткаченко", "Кравець"]
    people = [add_person(store, names[n % 6], f"Олена{'а' * n}") for n in range(30)]
    with store.read() as conn:  # the pooled reader: opened now, kept across what follows
        assert run_check(conn, store.audit_seal()).ok
    with store.write() as uow:
        for pid in people[::3]:
            uow.delete(Person, pid)
        for pid in people[1::3]:
            uow.update(Person, pid, {"surname": "Інший"})
    with store.read() as conn:
        assert run_check(conn, store.audit_seal()).ok
    for _ in range(2):
        with store.write() as uow:
            fts.recreate(uow.connection, sort_keys=False)
        more = [add_person(store, "Новенька", f"Ірина{'а' * n}") for n in range(5)]
        with store.write() as uow:
            uow.delete(Person, more[0])
        with store.read() as conn:
            report = run_check(conn, store.audit_seal())
            assert report.ok, report.to_json()
