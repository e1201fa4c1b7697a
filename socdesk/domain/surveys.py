"""Quality surveys (CMU 449, REFERENCE.md §10.1): the recipient satisfaction questionnaire is a
form definition (`resources/forms/satisfaction_survey.json`), filled per recipient as a form
record; this summarises filled questionnaires for the report.

Per question (every choice field of the definition): how many chose each answer, how many did
not answer, and, where the definition marks answers as satisfied (`Choice.satisfied`), how many
were satisfied and their share of those who answered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from socdesk.domain.forms import FormDefinition

SURVEY_FORM = "satisfaction_survey"
OVERALL = "overall"  # the question of the overall rating


@dataclass(frozen=True, slots=True)
class AnswerCount:
    value: str
    label: str
    count: int
    satisfied: bool


@dataclass(frozen=True, slots=True)
class QuestionSummary:
    key: str
    label: str
    answers: tuple[AnswerCount, ...]  # in the definition's order, zero counts included
    unanswered: int

    @property
    def answered(self) -> int:
        return sum(a.count for a in self.answers)

    @property
    def satisfied(self) -> int:
        return sum(a.count for a in self.answers if a.satisfied)

    @property
    def rated(self) -> bool:
        """The question has answers that count as satisfied."""
        return any(a.satisfied for a in self.answers)

    @property
    def satisfied_share(self) -> Decimal | None:
        """Satisfied ÷ answered, to 4 places (0.8333); None when nobody answered or the
        question has no satisfied answers."""
        if not self.rated or not self.answered:
            return None
        return (Decimal(self.satisfied) / self.answered).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP
        )


@dataclass(frozen=True, slots=True)
class SurveySummary:
    respondents: int
    questions: tuple[QuestionSummary, ...]

    def question(self, key: str) -> QuestionSummary:
        return next(q for q in self.questions if q.key == key)


def summarise(definition: FormDefinition, filled: Iterable[Mapping[str, Any]]) -> SurveySummary:
    """The summary of filled questionnaires (their answers), per choice question. An answer
    that is not one of the question's choices (a newer version's) counts as unanswered."""
    questions = [f for s in definition.sections for f in s.fields if f.type == "choice"]
    counts: dict[str, dict[str, int]] = {q.key: {} for q in questions}
    unanswered = dict.fromkeys(counts, 0)
    respondents = 0
    for answers in filled:
        respondents += 1
        for q in questions:
            value = answers.get(q.key)
            if isinstance(value, str) and any(c.value == value for c in q.choices):
                counts[q.key][value] = counts[q.key].get(value, 0) + 1
            else:
                unanswered[q.key] += 1
    return SurveySummary(
        respondents,
        tuple(
            QuestionSummary(
                q.key,
                q.label,
                tuple(
                    AnswerCount(c.value, c.label, counts[q.key].get(c.value, 0), c.satisfied)
                    for c in q.choices
                ),
                unanswered[q.key],
            )
            for q in questions
        ),
    )
