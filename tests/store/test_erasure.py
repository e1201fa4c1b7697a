"""Anonymisation after the retention period, rectification and erasure (store/erasure.py,
store/retention.py): one synced change that leaves no old value in the history, the change
logs, the outbox or the search index of any replica, and reports that count the same."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import report_fixture
from bundles_support import star  # noqa: F401  (the fixture: a hub and two spokes)
from replicas import deliver, outgoing, sync
from residue_support import table_text
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from support import FAST_KDF, TODAY, add_person

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.errors import NotPermitted, ValidationError
from socdesk.domain.hlc import Hlc, node_from_device
from socdesk.domain.ids import new_id
from socdesk.domain.people import Role
from socdesk.domain.report_scope import ReportScope
from socdesk.domain.retention import ANONYMOUS_SURNAME, Erasure, ErasureKind
from socdesk.reports.registry import kinds, run
from socdesk.store.apply_batch import Batch
from socdesk.store.database import NewUser, Store
from socdesk.store.digest import store_tables
from socdesk.store.erasure import erase_fields, rectify
from socdesk.store.erasure_targets import targets
from socdesk.store.retention import (
    RetentionPeriod,
    anonymise_due,
    due_people,
    erase_person,
    set_period,
)
from socdesk.store.schema import AuditEntry, Person, SocialCase

D = dt.date
CANARY = "Канарейчишин"
CANARY_PHONE = "+380671112233"
_person = Person.__table__  # type: ignore[attr-defined]
_audit = AuditEntry.__table__  # type: ignore[attr-defined]


def _closed_case(store: Store, person: str, closed_on: dt.date | None) -> str:
    with store.write() as uow:
        return uow.insert(
            SocialCase,
            {
                "number": f"К-{person[:4]}",
                "person_id": person,
                "state": "closed" if closed_on else "providing",
                "channel": "application",
                "received_on": D(2015, 1, 5),
                "closed_on": closed_on,
            },
        )


def _row(store: Store, person: str) -> dict[str, object]:
    with store.read() as conn:
        return dict(conn.execute(select(_person).where(_person.c.id == person)).one()._mapping)


def test_due_people_follow_the_dated_period_in_force_at_the_closing(store: Store) -> None:
    old = add_person(store, "Старенко")
    recent = add_person(store, "Новенко")
    still_open = add_person(store, "Відкритенко")
    _closed_case(store, old, D(2019, 12, 31))
    _closed_case(store, recent, D(2021, 3, 1))
    _closed_case(store, still_open, D(2010, 1, 1))
    _closed_case(store, still_open, None)
    with store.read() as conn:
        assert due_people(conn, TODAY) == []  # no period set: nobody
    set_period(store, RetentionPeriod(5, D(2000, 1, 1), "Номенклатура справ, п. 07-12"))
    set_period(store, RetentionPeriod(10, D(2021, 1, 1), "Номенклатура справ 2021"))
    with store.read() as conn:
        due = due_people(conn, TODAY)
    assert [(d.person_id, d.ends_on) for d in due] == [(old, D(2024, 12, 31))]


def test_only_a_coordinator_sets_the_period_or_erases(store: Store) -> None:
    store.add_user(NewUser("ivan", "інший-пароль-1", "Іван", Role.SPECIALIST), FAST_KDF)
    person = add_person(store, CANARY)
    store.close()
    worker = Store.open(store.paths, "ivan", "інший-пароль-1")
    try:
        with pytest.raises(NotPermitted):
            set_period(worker, RetentionPeriod(5, D(2020, 1, 1), "Номенклатура"))
        with pytest.raises(NotPermitted):
            erase_person(worker, person, "заява", TODAY)
    finally:
        worker.close()


def test_an_erasure_needs_a_reason_and_the_audit_keeps_it_but_never_the_value(
    store: Store,
) -> None:
    person = add_person(store, CANARY, phone="0671112233")
    with pytest.raises(ValidationError):
        erase_person(store, person, "  ", TODAY, fields=["phone"])
    erase_person(store, person, "номер чужий, заява особи", TODAY, fields=["phone"])
    with store.read() as conn:
        entry = conn.execute(
            select(_audit.c.action, _audit.c.detail).where(_audit.c.action.like("erasure.%"))
        ).one()
    assert entry.action == "erasure.unlawful"
    assert entry.detail == "phone,номер чужий, заява особи"
    assert "0671112233" not in table_text(store)
    assert CANARY in table_text(store)  # only what was erased goes


def test_rectification_leaves_no_wrong_value_in_the_history(store: Store) -> None:
    person = add_person(store, "Коваленко")
    with store.write() as uow:
        uow.update(Person, person, {"surname": CANARY})  # the wrong surname, in history now
    assert CANARY in table_text(store)
    erase_person(store, person, "помилка в прізвищі", TODAY, corrected={"surname": "Коваль"})
    assert _row(store, person)["surname"] == "Коваль"
    assert CANARY not in table_text(store)


def test_anonymising_everyone_due_keeps_what_reports_count(store: Store) -> None:
    ids = report_fixture.build(store)
    scope = ReportScope(D(2026, 1, 1), D(2026, 6, 30))
    before = {kind: run(store, kind, scope).tables for kind in kinds()}
    with store.write() as uow:
        for key in ("C3", "C4"):
            uow.update(SocialCase, ids[key], {"state": "closed", "closed_on": D(2026, 6, 30)})
    set_period(store, RetentionPeriod(3, D(2020, 1, 1), "Номенклатура справ"))
    assert anonymise_due(store, D(2029, 6, 29)) == []
    due = anonymise_due(store, D(2029, 6, 30))
    assert {d.person_id for d in due} == {ids["P3"]}  # P4's other case (C6) stays open
    row = _row(store, ids["P3"])
    assert row["surname"] == ANONYMOUS_SURNAME and row["given_name"] == ""
    assert row["birth_date"] == D(2012, 1, 1)
    assert (row["sex"], row["categories"]) == ("female", ["child_disability"])
    assert "Ткач" not in table_text(store)
    with store.read() as conn:
        assert due_people(conn, D(2030, 1, 1)) == []  # anonymised once
    after = {kind: run(store, kind, scope).tables for kind in kinds()}
    for kind, tables in before.items():
        for was, now in zip(tables, after[kind], strict=True):
            assert (was.rows, was.total) == (now.rows, now.total), (kind, was.code)


def test_the_erasure_reaches_every_replica_and_scrubs_it_there(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    hub, a, b = star
    person = add_person(a, "Коваленко", phone="0671112233", notes="")
    sent_before = outgoing(a)  # frozen as sent: the answer is "lost", A sends them again later
    deliver(hub, sent_before, a.device_id)
    for _ in range(2):
        sync(a, hub)
        sync(b, hub)
    with b.write() as uow:  # an edit made on B: its history there, its record at the hub
        uow.update(Person, person, {"surname": CANARY, "notes": "живе з онукою Оксаною"})
    for _ in range(2):
        sync(b, hub)
        sync(a, hub)
    assert all(CANARY in table_text(s) for s in (hub, a, b))
    _closed_case(a, person, D(2015, 3, 1))
    erase_person(a, person, "персональні дані оброблялися незаконно", TODAY)
    for _ in range(2):
        sync(a, hub)
        sync(b, hub)
    again = deliver(hub, sent_before, a.device_id)  # sent again after the hub scrubbed them
    assert (again.rejected, sorted(again.duplicates)) == (
        {},
        sorted(again.applied + again.duplicates),
    )
    for replica in (hub, a, b):
        text = table_text(replica)
        assert CANARY not in text and "Оксан" not in text and "0671112233" not in text
        assert _row(replica, person)["surname"] == ANONYMOUS_SURNAME
        assert len(_row(replica, person)["erasures"]) == 1  # type: ignore[arg-type]
        with replica.read() as conn:
            audited = conn.execute(
                select(_audit.c.detail).where(_audit.c.action == "erasure.unlawful")
            ).scalars()
            assert list(audited) == ["*,персональні дані оброблялися незаконно"]


def test_a_stop_between_people_keeps_those_done_and_leaves_the_rest_due(store: Store) -> None:
    people = [add_person(store, name) for name in ("Перший", "Другий", "Третій")]
    for day, person in enumerate(people, 1):
        _closed_case(store, person, D(2016, 3, day))
    set_period(store, RetentionPeriod(5, D(2000, 1, 1), "Номенклатура справ"))
    seen: list[tuple[int, int]] = []

    def step(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1  # Cancel once the first person is done

    done = anonymise_due(store, TODAY, step=step)
    assert seen == [(0, 3), (1, 3)]
    assert [d.person_id for d in done] == people[:1]
    assert _row(store, people[0])["surname"] == ANONYMOUS_SURNAME
    assert [_row(store, p)["surname"] for p in people[1:]] == ["Другий", "Третій"]
    with store.read() as conn:
        assert [d.person_id for d in due_people(conn, TODAY)] == people[1:]
    assert anonymise_due(store, TODAY, step=lambda _d, _t: False) == []  # stopped at once
    assert [d.person_id for d in anonymise_due(store, TODAY)] == people[1:]


def test_an_erasure_covers_only_the_persons_details(store: Store) -> None:
    """A field name outside the person's details (or a made-up one) is no target."""
    person = add_person(store, "Коваленко", notes="")
    forged = Erasure(new_id(), ErasureKind.UNLAWFUL, TODAY, ("district_id", "nope", "notes"), "x")
    with store.read() as conn:
        found = targets(conn, store_tables(), person, [forged])
    assert found == {("person", person): frozenset({"notes"})}


def test_a_replica_merges_an_erasures_list_that_shrinks(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    hub, a, b = star
    person = add_person(a, "Коваленко", notes="")
    sync(a, hub)
    erase_person(a, person, "персональні дані оброблялися незаконно", TODAY)
    sync(a, hub)
    stamp = str(Hlc(int(time.time() * 1000) + 1000, 0, node_from_device(b.device_id)))
    dropped = ChangeRecord(
        new_id(), "person", person, b.device_id, 99, "", {"erasures": FieldChange([], stamp)}
    )
    result = deliver(hub, [dropped.to_json()], b.device_id)
    assert result.applied == [dropped.change_id]  # a grow-only set: the union stays
    assert len(_row(hub, person)["erasures"]) == 1  # type: ignore[arg-type]
    assert _row(hub, person)["field_clocks"]["erasures"] == stamp  # type: ignore[index]


def test_an_erasure_the_store_refused_scrubs_nothing(
    star: tuple[Store, Store, Store],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A chunk rolled back and its erasure record then quarantined leaves nothing scrubbed."""
    hub, a, _ = star
    person = add_person(a, "Старенко", notes="")
    sync(a, hub)
    with a.write() as uow:
        uow.update(Person, person, {"surname": CANARY})
    sync(a, hub)
    assert "Старенко" in table_text(hub)
    erase_person(a, person, "персональні дані оброблялися незаконно", TODAY)
    real_flush = Batch.flush

    def refusing(batch: Batch) -> None:
        if any("erasures" in values for values in batch._updates.values()):
            raise IntegrityError("UPDATE", {}, Exception("CHECK constraint failed: person"))
        real_flush(batch)

    monkeypatch.setattr(Batch, "flush", refusing)
    result = deliver(hub, outgoing(a), a.device_id)
    assert "refused_by_store" in result.quarantined.values()
    assert "Старенко" in table_text(hub)


def test_a_replica_scrubs_only_the_erasure_it_lacked(
    star: tuple[Store, Store, Store],  # noqa: F811
) -> None:
    """An erasure the row already had is not scrubbed again: values written after it stay."""
    hub, a, b = star
    person = add_person(a, "Коваленко", notes="стара примітка")
    sync(a, hub)
    with a.write() as uow:
        erase_fields(uow, person, ["notes"], "заява", TODAY)
    sync(a, hub)
    sync(b, hub)
    for notes in ("Середнє", "Пізніше"):  # written lawfully after the erasure
        with b.write() as uow:
            uow.update(Person, person, {"notes": notes})
        sync(b, hub)
    sync(a, hub)
    with a.write() as uow:
        rectify(uow, person, {"surname": "Коваль"}, "заява", TODAY)
    sync(a, hub)
    assert "Середнє" in table_text(hub)
    assert "стара примітка" not in table_text(hub)
