"""A withdrawn consent is enforced in the store (REFERENCE.md §11): while no consent or other
legal ground is in force, a new assessment or survey, a new appeal the person would make and
an export of their data are refused, naming the day and what to do; what the law requires
goes on (services contracted, acts, payments, the person's own access), a notice or an urgent
case is still registered, and a new consent or ground lifts the refusal, on every replica."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from payment_support import paid_case
from replicas import make_replica, sync
from support import BARTHEL_BEST_BUT_STAIRS, TODAY, add_person

from socdesk.domain.cases import Channel
from socdesk.domain.consent import ConsentWithdrawn
from socdesk.domain.errors import ValidationError
from socdesk.domain.receipts import Receipt
from socdesk.reports.registry_export import ExportFormat, export_recipients
from socdesk.store import subject_access
from socdesk.store.cases import Appeal, open_case
from socdesk.store.consents import DEFAULT_SCOPE, give_consent, withdraw_consent
from socdesk.store.database import Store
from socdesk.store.forms import complete_form, correct_form, current_definition, save_form_draft
from socdesk.store.payments import record_payment
from socdesk.store.service_log import Delivered, log_services
from socdesk.store.surveys import survey_definition

BARTHEL = {**BARTHEL_BEST_BUT_STAIRS, "stairs": "independent"}
GIVEN, WITHDRAWN = dt.date(2026, 1, 5), dt.date(2026, 3, 10)
AFTER = dt.date(2026, 4, 2)


def withdraw(store: Store, person: str, on: dt.date = WITHDRAWN) -> None:
    with store.write() as uow:
        consent = give_consent(uow, person, GIVEN, DEFAULT_SCOPE, TODAY, paper_ref="арк. 1")
    with store.write() as uow:
        withdraw_consent(uow, consent, on, TODAY)


def appeal(store: Store, person: str, channel: Channel = Channel.APPLICATION, **kw: bool) -> str:
    with store.write() as uow:
        case, _ = open_case(uow, Appeal(person, channel, AFTER, ["015.1"], **kw), "Б")
    return case


def test_a_new_appeal_is_refused_naming_the_day_and_what_to_do(store: Store) -> None:
    person = add_person(store, "Коваль", "Ганна")
    withdraw(store, person)
    with pytest.raises(ConsentWithdrawn) as refused:
        appeal(store, person)
    assert "10.03.2026" in str(refused.value)
    assert "нову згоду або правову підставу" in str(refused.value)
    assert appeal(store, person, Channel.NOTICE)  # the centre must act on a notice
    assert appeal(store, person, urgent=True)  # and on a crisis


@pytest.mark.parametrize("ground", ["consent", "vital_interests"])
def test_a_new_consent_or_legal_ground_lifts_the_refusal(store: Store, ground: str) -> None:
    person = add_person(store, "Коваль", "Ганна")
    withdraw(store, person)
    with store.write() as uow:
        give_consent(uow, person, AFTER, "Рішення суду № 5 від 01.04.2026", TODAY, ground)
    assert appeal(store, person)


def test_a_person_without_any_consent_recorded_is_not_refused(store: Store) -> None:
    person = add_person(store, "Коваль", "Ганна")  # imported before consents were kept
    assert appeal(store, person)


def test_a_new_assessment_or_survey_is_refused_an_urgent_act_and_a_correction_are_not(
    store: Store,
) -> None:
    person, case, _ = paid_case(store, "Коваль")
    barthel = current_definition("adl_barthel", AFTER)
    with store.write() as uow:
        done = save_form_draft(uow, None, barthel, BARTHEL, case_id=case)
        complete_form(uow, done, AFTER)
        draft = save_form_draft(uow, None, barthel, BARTHEL, case_id=case)
    withdraw(store, person)
    with pytest.raises(ConsentWithdrawn, match="нове оцінювання"), store.write() as uow:
        save_form_draft(uow, None, barthel, BARTHEL, case_id=case)
    with pytest.raises(ConsentWithdrawn, match=r"10\.03\.2026"), store.write() as uow:
        save_form_draft(uow, None, survey_definition(AFTER), {}, person_id=person)
    with pytest.raises(ConsentWithdrawn), store.write() as uow:
        complete_form(uow, draft, AFTER)  # begun before, not finished after
    with store.write() as uow:
        corrected = correct_form(uow, done, "описка в даті")  # rectification is their right
        complete_form(uow, corrected, AFTER)
        urgent = current_definition("urgent_act", AFTER)
        assert save_form_draft(uow, None, urgent, {}, case_id=case)


def test_what_the_law_requires_goes_on(store: Store) -> None:
    person, case, contract = paid_case(store, "Коваль")
    withdraw(store, person)
    with store.write() as uow:
        log_services(uow, [Delivered(case, person, "015.1", AFTER, Decimal(2))], AFTER)
        record_payment(uow, contract, AFTER.replace(day=1), Receipt(45000, AFTER, "7"))
    with store.read() as conn:
        held = subject_access.gather(conn, person)  # the person's own access
    assert held["person_id"] == person


def test_the_register_export_leaves_out_who_withdrew_and_refuses_them_alone(
    store: Store, tmp_path: Path
) -> None:
    add_person(store, "Гудз", "Олена")
    withdrawn = add_person(store, "Ковальчук", "Ганна")
    withdraw(store, withdrawn)
    out = tmp_path / "реєстр.csv"
    assert export_recipients(store, out, ExportFormat.CSV) == 1
    assert "Ковальчук" not in out.read_text(encoding="utf-8-sig")
    with pytest.raises(ConsentWithdrawn, match="не передають іншим"):
        export_recipients(store, tmp_path / "одна.csv", ExportFormat.CSV, search="ковальчук")
    assert not (tmp_path / "одна.csv").exists()


@pytest.fixture
def star(template_store: Path, tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    stores = tuple(
        make_replica(template_store, tmp_path / name, hub=name == "hub")
        for name in ("hub", "a", "b")
    )
    yield stores  # type: ignore[misc]
    for store in stores:
        store.close()


def test_a_withdrawal_made_on_one_replica_is_enforced_on_another(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, b = star
    person = add_person(a, "Коваль", "Ганна")
    withdraw(a, person)
    sync(a, hub)
    sync(b, hub)
    with pytest.raises(ConsentWithdrawn, match=r"10\.03\.2026"):
        appeal(b, person)
    with b.write() as uow:
        give_consent(uow, person, AFTER, DEFAULT_SCOPE, TODAY, paper_ref="арк. 2")
    sync(b, hub)
    sync(a, hub)
    assert appeal(a, person)


def test_a_withdrawal_dated_in_the_future_or_before_the_consent_is_refused(store: Store) -> None:
    person = add_person(store, "Коваль", "Ганна")
    with store.write() as uow:
        consent = give_consent(uow, person, GIVEN, DEFAULT_SCOPE, TODAY, paper_ref="арк. 1")
    for on, words in (
        (TODAY + dt.timedelta(days=1), "пізніше сьогоднішньої"),
        (GIVEN - dt.timedelta(days=1), "раніше дати надання згоди"),
    ):
        with pytest.raises(ValidationError, match=words), store.write() as uow:
            withdraw_consent(uow, consent, on, TODAY)
    appeal(store, person)  # nothing was withdrawn: new acts go on
    with store.write() as uow:
        withdraw_consent(uow, consent, GIVEN, TODAY)  # the same day it was given is allowed
    with pytest.raises(ConsentWithdrawn):
        appeal(store, person)
