"""Quality surveys: the satisfaction questionnaire is filled per recipient as a form record
(synced like every act) and summarised for the report; corrections replace what they
correct, and a recipient surveyed twice counts once, with the latest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from payment_support import paid_case, two_districts

from socdesk.domain.surveys import OVERALL, SURVEY_FORM
from socdesk.store.database import Store
from socdesk.store.forms import complete_form, correct_form, save_form_draft
from socdesk.store.surveys import (
    completed_surveys,
    person_surveys,
    survey_definition,
    survey_summary,
)

ON = dt.date(2026, 6, 10)
GOOD = {
    "surveyed_on": "2026-06-10",
    "respondent": "recipient",
    "timely": "yes",
    "polite": "yes",
    "complete": "yes",
    "regular": "partly",
    "needs_met": "yes",
    "informed": "yes",
    "overall": "good",
}


def survey(
    store: Store, person: str, case: str | None, answers: dict[str, object], on: dt.date = ON
) -> str:
    definition = survey_definition(on)
    with store.write() as uow:
        record = save_form_draft(uow, None, definition, answers, case_id=case, person_id=person)
        complete_form(uow, record, on)
    return record


def test_a_filled_questionnaire_is_a_synced_form_record_of_its_person(store: Store) -> None:
    person, case, _ = paid_case(store, "Коваль")
    record = survey(store, person, case, GOOD)
    with store.read() as conn:
        (found,) = person_surveys(conn, person)
        (done,) = completed_surveys(conn, ON, ON)
    assert found.id == done.id == record and found.case_id == case
    assert found.status == "completed" and found.answers["overall"] == "good"
    assert survey_definition(ON).code == SURVEY_FORM


def test_the_summary_counts_each_recipient_once_with_corrections_in_place(store: Store) -> None:
    places = two_districts(store)
    first, case, _ = paid_case(store, "Коваль", settlement_id=places["Бабенкове"])
    second, _, _ = paid_case(store, "Бойко", settlement_id=places["Копанки"])
    third, _, _ = paid_case(store, "Антоненко", settlement_id=places["Бабенкове"])
    survey(store, first, case, {**GOOD, "overall": "poor"}, dt.date(2026, 5, 1))
    survey(store, first, case, GOOD)  # the later one counts
    wrong = survey(store, second, None, {**GOOD, "overall": "fair", "polite": "no"})
    with store.write() as uow:
        fixed = correct_form(uow, wrong, "Переплутали відповіді")
        save_form_draft(
            uow, fixed, survey_definition(ON), {**GOOD, "overall": "excellent", "polite": "no"}
        )
        complete_form(uow, fixed, ON)
    draft_only = survey_definition(ON)
    with store.write() as uow:  # a draft is not counted
        save_form_draft(uow, None, draft_only, {"overall": "poor"}, person_id=third)
    with store.read() as conn:
        summary = survey_summary(conn, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
        north = survey_summary(
            conn, dt.date(2026, 1, 1), dt.date(2026, 6, 30), [places["Північний"]]
        )
        may = survey_summary(conn, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    overall = summary.question(OVERALL)
    assert summary.respondents == 2
    assert [(a.value, a.count) for a in overall.answers] == [
        ("excellent", 1),
        ("good", 1),
        ("fair", 0),
        ("poor", 0),
    ]
    assert overall.satisfied_share == Decimal(1)
    assert summary.question("polite").satisfied_share == Decimal("0.5")
    assert north.respondents == 1 and north.question(OVERALL).answers[1].count == 1
    assert may.respondents == 1 and may.question(OVERALL).answers[3].count == 1
