"""The satisfaction questionnaire summarised per question: counts per answer (zero counts
kept), unanswered, and the share satisfied, from answers counted by hand."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from socdesk.domain.forms import parse_definition
from socdesk.domain.surveys import OVERALL, SURVEY_FORM, summarise

DEFINITION = parse_definition(
    json.loads(
        (Path(__file__).parents[3] / "resources" / "forms" / "satisfaction_survey.json").read_text(
            encoding="utf-8"
        )
    )
)


def test_the_questionnaire_is_a_form_definition_with_an_overall_rating() -> None:
    assert DEFINITION.code == SURVEY_FORM
    assert DEFINITION.effective_from <= dt.date(2026, 1, 1)
    overall = DEFINITION.fields()[OVERALL]
    assert [c.value for c in overall.choices if c.satisfied] == ["excellent", "good"]


def test_counts_per_answer_and_the_share_satisfied() -> None:
    filled = [
        {"overall": "excellent", "polite": "yes", "timely": "yes"},
        {"overall": "good", "polite": "yes", "timely": "partly"},
        {"overall": "fair", "polite": "no", "timely": "yes"},
        {"overall": "good", "polite": "yes"},  # timely not answered
        {"overall": "somewhat", "polite": "yes", "timely": "unsure"},  # not a choice
    ]
    summary = summarise(DEFINITION, filled)
    assert summary.respondents == 5
    overall = summary.question(OVERALL)
    assert [(a.value, a.count) for a in overall.answers] == [
        ("excellent", 1),
        ("good", 2),
        ("fair", 1),
        ("poor", 0),
    ]
    assert (overall.answered, overall.unanswered, overall.satisfied) == (4, 1, 3)
    assert overall.satisfied_share == Decimal("0.7500")
    timely = summary.question("timely")
    assert (timely.answered, timely.unanswered, timely.satisfied) == (4, 1, 2)
    assert timely.satisfied_share == Decimal("0.5000")
    assert summary.question("polite").satisfied_share == Decimal("0.8000")


def test_a_question_without_satisfied_answers_or_answers_has_no_share() -> None:
    summary = summarise(DEFINITION, [])
    assert summary.respondents == 0
    assert summary.question(OVERALL).satisfied_share is None
    respondent = summarise(DEFINITION, [{"respondent": "recipient"}]).question("respondent")
    assert not respondent.rated and respondent.satisfied_share is None
    assert respondent.answered == 1
