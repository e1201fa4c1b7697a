"""Payments received and quality surveys for the demo district, so that the payments screens
and the reports have something to show: most paid months paid in full around mid-month with a
receipt, some in part, some not at all (arrears); a satisfaction questionnaire for about a
third of the recipients being served, mostly content."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select

from socdesk.domain.receipts import Receipt, first_of_month
from socdesk.domain.surveys import SURVEY_FORM
from socdesk.domain.workdays import month_end
from socdesk.store.database import Store
from socdesk.store.forms import complete_form, current_definition, save_form_draft
from socdesk.store.payments import ledger, record_payment
from socdesk.store.schema import Contract, SocialCase
from socdesk.store.service_log import DELIVERING

_case = SocialCase.__table__  # type: ignore[attr-defined]
_contract = Contract.__table__  # type: ignore[attr-defined]
BATCH = 500  # payment rows per transaction
SURVEYED = 0.35  # the share of recipients being served who answered the questionnaire
QUESTIONS = ("timely", "polite", "complete", "regular", "needs_met", "informed")


def add_payments_and_surveys(store: Store, rng: random.Random, today: dt.date) -> tuple[int, int]:
    """Records the demo's payments and questionnaires; returns how many of each."""
    return _payments(store, rng, today), _surveys(store, rng, today)


def _payments(store: Store, rng: random.Random, today: dt.date) -> int:
    with store.read() as conn:
        signed: dict[str, dt.date] = {
            r.id: r.signed_on for r in conn.execute(select(_contract.c.id, _contract.c.signed_on))
        }
        lines = ledger(conn, min(signed.values()), today) if signed else []
    due = [line for line in lines if line.charged_kop > 0]
    entries = []
    receipt = rng.randint(100, 900)
    for line in due:
        current = line.month == first_of_month(today)
        chance = rng.random()
        if (current and chance < 0.6) or chance < 0.08:
            continue  # not paid (yet)
        amount = line.charged_kop if chance > 0.18 else line.charged_kop // 2
        paid_on = max(
            signed[line.contract_id],
            min(today, month_end(line.month), line.month + dt.timedelta(rng.randint(5, 24))),
        )
        receipt += rng.randint(1, 3)
        entries.append((line.contract_id, line.month, Receipt(amount, paid_on, f"{receipt:06d}")))
    for start in range(0, len(entries), BATCH):
        with store.write() as uow:
            for contract_id, month, paid in entries[start : start + BATCH]:
                record_payment(uow, contract_id, month, paid)
    return len(entries)


def _surveys(store: Store, rng: random.Random, today: dt.date) -> int:
    with store.read() as conn:
        served = conn.execute(
            select(_case.c.id, _case.c.person_id)
            .where(
                _case.c.deleted.is_(False),
                _case.c.state.in_([s.value for s in DELIVERING]),
                _case.c.person_id.is_not(None),
            )
            .order_by(_case.c.id)
        ).all()
    chosen = [r for r in served if rng.random() < SURVEYED]
    with store.write() as uow:
        for case_id, person_id in chosen:
            on = today - dt.timedelta(days=rng.randint(0, 170))
            definition = current_definition(SURVEY_FORM, on)
            record = save_form_draft(
                uow, None, definition, _answers(rng, on), case_id=case_id, person_id=person_id
            )
            complete_form(uow, record, on)
    return len(chosen)


def _answers(rng: random.Random, on: dt.date) -> dict[str, Any]:
    answers: dict[str, Any] = {
        "surveyed_on": on.isoformat(),
        "respondent": "recipient" if rng.random() < 0.85 else "representative",
    }
    for key in QUESTIONS:
        answers[key] = rng.choices(("yes", "partly", "no", "unsure"), (80, 12, 4, 4))[0]
    answers["overall"] = rng.choices(("excellent", "good", "fair", "poor"), (40, 45, 12, 3))[0]
    complained = rng.random() < 0.05
    answers["complained"] = complained
    if complained:
        answers["complaint"] = "Соціальний робітник запізнювався на відвідування."
    if rng.random() < 0.2:
        answers["suggestions"] = "Хотілося б, щоб відвідували частіше."
    return answers
