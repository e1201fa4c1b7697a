"""Reference documents the centre publishes: a new year's subsistence minimum applies from its
date, a form's new version to forms started from then, a working-day transfer to the deadlines
of later days; a bad document is refused, and if one still arrives it is ignored and logged."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from refdoc_support import (
    LOST_CAPACITY_2027,
    NEW_VERSION,
    NEW_YEAR,
    forget_published_forms,
    form_2027,
    minimums_2027,
    shipped,
    transfer,
)
from support import FAST_KDF, add_person

from socdesk.domain import refdocs as rd
from socdesk.domain.cases import Channel
from socdesk.domain.errors import NotPermitted, ValidationError
from socdesk.domain.ids import reference_id
from socdesk.domain.people import Role
from socdesk.store import casework as cw
from socdesk.store import refdocs
from socdesk.store.calendar import deadline_days, work_calendar
from socdesk.store.cases import Appeal, open_case
from socdesk.store.database import NewUser, Store
from socdesk.store.deadlines import cases_due
from socdesk.store.forms import complete_form, current_definition, definitions, save_form_draft
from socdesk.store.schema import FormRecord, ReferenceDocument

LOST_CAPACITY_2026 = 259_500
RECEIVED = dt.date(2026, 11, 2)


def income_case(store: Store) -> str:
    """A pensioner (the group of those who lost capacity) with a declared income."""
    person = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1944, 5, 1))
    with store.write() as uow:
        case_id, _ = open_case(uow, Appeal(person, Channel.APPLICATION, RECEIVED, ["015.1"]), "Б")
        months = [(2026, m) for m in range(5, 11)]
        incomes = tuple(cw.DeclaredIncome(m, "pension", 600_000) for m in months)
        member = cw.DeclaredMember("Коваль Ганна", is_recipient=True, incomes=incomes)
        cw.save_income(uow, case_id, RECEIVED, [member])
    return case_id


def minimum_on(store: Store, case_id: str, on: dt.date) -> int:
    with store.read() as conn:
        return cw.case_payment(conn, case_id, on, 100_000).result.minimum_kop


def test_a_minimum_published_in_december_applies_from_january(store: Store) -> None:
    case_id = income_case(store)
    assert minimum_on(store, case_id, dt.date(2027, 1, 15)) == LOST_CAPACITY_2026  # not yet
    refdocs.publish(store, rd.SUBSISTENCE, minimums_2027(), NEW_YEAR)
    assert minimum_on(store, case_id, dt.date(2026, 12, 31)) == LOST_CAPACITY_2026
    assert minimum_on(store, case_id, dt.date(2027, 1, 15)) == LOST_CAPACITY_2027


def test_a_document_not_in_force_yet_is_not_used_even_for_its_own_periods(store: Store) -> None:
    case_id = income_case(store)
    early = minimums_2027()
    for item in early["items"]:
        if item["valid_from"] == "2027-01-01":
            item["valid_from"] = "2026-12-01"  # dated into December, published for January
    refdocs.publish(store, rd.SUBSISTENCE, early, NEW_YEAR)
    assert minimum_on(store, case_id, dt.date(2026, 12, 20)) == LOST_CAPACITY_2026


@pytest.mark.parametrize("through", ["publish", "write_version"])
def test_a_form_version_published_in_this_process_is_known_at_once(
    store: Store, through: str
) -> None:
    """Published here, a version is in the process's registry without reopening the store or
    a reader asking for the published ones (the case window no longer does, on each refresh)."""
    forget_published_forms()
    if through == "publish":
        refdocs.publish(store, rd.FORM, form_2027(), NEW_YEAR)
    else:  # the reference-data screen's write, in the caller's unit of work
        with store.write() as uow:
            refdocs.write_version(uow, rd.FORM, form_2027(), NEW_YEAR)
    definition = definitions()[("needs_assessment", NEW_VERSION)]
    assert definition.effective_from == NEW_YEAR and "(редакція 2027)" in definition.title


def test_a_new_form_version_applies_to_forms_started_from_its_date(store: Store) -> None:
    code = "needs_assessment"
    old = current_definition(code, dt.date(2026, 12, 20))
    first, second = add_person(store, "Гнатюк"), add_person(store, "Дяченко")
    with store.write() as uow:
        draft = save_form_draft(uow, None, old, {}, person_id=first)
    refdocs.publish(store, rd.FORM, form_2027(code), NEW_YEAR)
    with store.read() as conn:
        before = current_definition(code, dt.date(2026, 12, 31), conn)
        after = current_definition(code, NEW_YEAR, conn)
        row = conn.execute(
            ReferenceDocument.__table__.select()  # type: ignore[attr-defined]
        ).one()
    assert before.version == old.version and after.version == NEW_VERSION
    assert after.effective_from == NEW_YEAR and row.effective_from == NEW_YEAR
    with store.write() as uow:
        started = save_form_draft(uow, None, after, {}, person_id=second)
        with pytest.raises(ValidationError):  # checked against its own (new) definition
            complete_form(uow, started, NEW_YEAR)
    with store.read() as conn:
        versions = dict(
            conn.execute(
                FormRecord.__table__.select().with_only_columns(  # type: ignore[attr-defined]
                    FormRecord.__table__.c.id,  # type: ignore[attr-defined]
                    FormRecord.__table__.c.form_version,  # type: ignore[attr-defined]
                )
            ).all()
        )
    assert versions == {draft: old.version, started: NEW_VERSION}  # the draft keeps its own


def test_a_published_transfer_changes_deadlines_of_later_days(store: Store) -> None:
    monday = dt.date(2027, 1, 4)
    with store.read() as conn:
        assert work_calendar(conn).add_working_days(monday, 1) == dt.date(2027, 1, 5)
    refdocs.publish(
        store,
        rd.CALENDAR,
        transfer(("2027-01-05", False), ("2027-01-09", True), ("2026-12-29", False)),
        NEW_YEAR,
    )
    with store.read() as conn:
        calendar = work_calendar(conn)
    assert calendar.add_working_days(monday, 1) == dt.date(2027, 1, 6)  # 5th: a day off now
    assert calendar.is_working_day(dt.date(2027, 1, 9))  # a Saturday worked
    assert calendar.is_working_day(dt.date(2026, 12, 29))  # before the date: as it was


def test_a_legal_deadline_changed_by_law_applies_from_its_date(store: Store) -> None:
    doc = shipped("reference", "legal_deadlines.json")
    doc["version"] = NEW_VERSION
    for item in doc["items"]:
        if item["code"] == "needs_assessment":
            item["amount"] = 3  # a shorter term from the new year (the item keeps its 2020)
    refdocs.publish(store, rd.LEGAL_DEADLINES, doc, NEW_YEAR)
    with store.read() as conn:
        before = deadline_days(conn, "needs_assessment", dt.date(2026, 12, 31))
        after = deadline_days(conn, "needs_assessment", dt.date(2027, 1, 5))
    assert before == (5, "working_days") and after == (3, "working_days")


def test_a_bad_document_is_refused_and_nothing_is_written(store: Store) -> None:
    bad = minimums_2027()
    bad["items"][-1]["amount_kop"] = -5
    with pytest.raises(ValidationError, match="не прийнято"):
        refdocs.publish(store, rd.SUBSISTENCE, bad, NEW_YEAR)
    form = form_2027()
    del form["sections"]
    with pytest.raises(ValidationError, match="не прийнято"):
        refdocs.publish(store, rd.FORM, form, NEW_YEAR)
    with pytest.raises(ValidationError, match="Невідомий вид"):
        refdocs.publish(store, "holidays", transfer(), NEW_YEAR)
    with store.read() as conn:
        assert refdocs.published(conn) == []


def test_a_version_is_published_once_and_must_be_newer(store: Store) -> None:
    refdocs.publish(store, rd.SUBSISTENCE, minimums_2027(), NEW_YEAR)
    with pytest.raises(ValidationError, match="не новіша"):
        refdocs.publish(store, rd.SUBSISTENCE, minimums_2027(), dt.date(2027, 2, 1))
    same_as_shipped = shipped("payment", "rules.json")
    with pytest.raises(ValidationError, match="не новіша"):
        refdocs.publish(store, rd.PAYMENT_RULES, same_as_shipped, NEW_YEAR)


def test_only_a_coordinator_publishes(store: Store) -> None:
    store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    with (
        Store.open(store.paths, "petro", "пароль-петра") as specialist,
        pytest.raises(NotPermitted),
    ):
        refdocs.publish(specialist, rd.SUBSISTENCE, minimums_2027(), NEW_YEAR)


def test_a_bad_row_that_arrives_is_ignored_with_a_logged_reason(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    case_id = income_case(store)
    broken = minimums_2027()
    broken["items"] = [{"group": "lost_capacity", "amount_kop": "багато"}]
    with store.write() as uow:  # as sync would deliver it: no check on the way in
        uow.insert(
            ReferenceDocument,
            {
                "kind": rd.SUBSISTENCE,
                "key": "",
                "version": "2026-12-20.1",
                "effective_from": NEW_YEAR,
                "content": broken,
                "published_by": "",
            },
        )
    with caplog.at_level(logging.WARNING, logger="socdesk.store.refdocs"):
        assert minimum_on(store, case_id, dt.date(2027, 1, 15)) == LOST_CAPACITY_2026
    assert any("ignored" in r.getMessage() for r in caplog.records)


def test_a_version_changed_after_publishing_is_ignored(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    case_id = income_case(store)
    doc = refdocs.publish(store, rd.SUBSISTENCE, minimums_2027(), NEW_YEAR)
    row_id = reference_id("reference_document", f"{doc.kind}:{doc.key}:{doc.version}")
    changed = minimums_2027()
    changed["items"][-1]["amount_kop"] = 999_999
    with store.write() as uow:  # as an edit from elsewhere would arrive
        uow.update(ReferenceDocument, row_id, {"content": changed})
    with caplog.at_level(logging.WARNING, logger="socdesk.store.refdocs"):
        assert minimum_on(store, case_id, dt.date(2027, 1, 15)) == LOST_CAPACITY_2026
    assert any("changed after it was published" in r.getMessage() for r in caplog.records)


def test_the_overview_tells_versions_in_force_and_coming(store: Store) -> None:
    refdocs.publish(store, rd.SUBSISTENCE, minimums_2027(), NEW_YEAR)
    with store.read() as conn:
        lines = refdocs.overview(conn, dt.date(2026, 12, 15))
        later = refdocs.overview(conn, dt.date(2027, 1, 2))
    minimums = [(x.version, x.source, x.in_force) for x in lines if x.kind == rd.SUBSISTENCE]
    assert minimums == [("2026-11-23.1", rd.SHIPPED, True), (NEW_VERSION, rd.PUBLISHED, False)]
    now = [(x.version, x.in_force) for x in later if x.kind == rd.SUBSISTENCE]
    assert now == [(NEW_VERSION, True)]
    assert {x.key for x in lines if x.kind == rd.FORM} >= {"needs_assessment", "adl_barthel"}


def test_every_shipped_document_passes_its_check() -> None:
    kinds = {d.kind for d in refdocs.shipped()}
    assert kinds == {rd.SUBSISTENCE, rd.PAYMENT_RULES, rd.LEGAL_DEADLINES, rd.FORM}


def test_new_payment_rules_leave_the_deadlines_of_cases_received_before_them(store: Store) -> None:
    person = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1944, 5, 1))
    with store.write() as uow:
        case_id, _ = open_case(uow, Appeal(person, Channel.APPLICATION, RECEIVED, ["015.1"]), "Б")
    today = dt.date(2027, 1, 5)
    with store.read() as conn:
        before = [d.step for d in cases_due(conn, today, case_id=case_id)]
    assert "decision_martial_law" in {s.code for s in before}  # one working day
    rules = shipped("payment", "rules.json")
    rules["version"] = NEW_VERSION
    rules["martial_law_simplified_services"] = ["015.2"]  # home care no longer simplified
    refdocs.publish(store, rd.PAYMENT_RULES, rules, NEW_YEAR)
    with store.read() as conn:
        after = [d.step for d in cases_due(conn, today, case_id=case_id)]
        facts = cw.case_facts(conn, case_id, today)
        assert cw.payment_rules(conn, today).martial_law_services == {"015.2"}  # in force now
    assert after == before  # the rules in force on the day the case came
    assert facts.martial_law_simplified  # and the case's own facts say the same
