"""Duplicate detection before a new person is saved (пошук можливих дублікатів).

The rules, strongest first, as ЄІССС matches people (issue 4):

1. the same РНОКПП. When the names differ by more than 2 letters the match is *flagged*
   (a typo in the number, or a number given to the wrong person), never taken as the same;
2. the same identity document (type and number) and the same surname and name;
3. the same surname, name and date of birth;
4. names within 2 edits of each other, with the same date of birth.

Names are compared by `name_key`: case, apostrophes, ґ/г and Latin look-alike letters never
matter. A candidate is reported once, under the first rule it meets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from socdesk.domain.messages import noop
from socdesk.domain.text import APOSTROPHE, LATIN_LOOKALIKES, search_fold

MAX_NAME_EDITS = 2


class DuplicateRule(StrEnum):
    """Why an existing person may be the one being registered."""

    RNOKPP = "rnokpp"
    RNOKPP_NAME_DIFFERS = "rnokpp_name_differs"
    DOCUMENT = "document"
    NAME_AND_BIRTH_DATE = "name_and_birth_date"
    SIMILAR_NAME_AND_BIRTH_DATE = "similar_name_and_birth_date"

    @property
    def message(self) -> str:
        """What the worker is told, in Ukrainian."""
        return _MESSAGES[self]


_MESSAGES = {
    DuplicateRule.RNOKPP: noop("Domain", "Особа з таким самим РНОКПП уже є в реєстрі."),
    DuplicateRule.RNOKPP_NAME_DIFFERS: noop(
        "Domain",
        "Такий РНОКПП уже записано іншій особі, і ПІБ суттєво відрізняється. Перевірте номер "
        "за документом: це може бути помилка в номері.",
    ),
    DuplicateRule.DOCUMENT: noop(
        "Domain", "Особа з тим самим документом і тим самим прізвищем та ім'ям уже є."
    ),
    DuplicateRule.NAME_AND_BIRTH_DATE: noop(
        "Domain",
        "Особа з тим самим прізвищем, ім'ям і датою народження вже є.",
    ),
    DuplicateRule.SIMILAR_NAME_AND_BIRTH_DATE: noop(
        "Domain",
        "Особа зі схожим ПІБ (різниця до двох літер) і тією самою датою народження вже є.",
    ),
}


@dataclass(frozen=True, slots=True)
class MatchFields:
    """What duplicate detection compares: the card's identifying fields."""

    surname: str
    given_name: str
    patronymic: str = ""
    birth_date: dt.date | None = None
    rnokpp: str = ""
    document_type: str | None = None
    document_number: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """An existing person who may be the one being registered, and why."""

    person_id: str
    rule: DuplicateRule


def name_key(text: str) -> str:
    """A name reduced to what identifies it: letters only, one case, ґ as г, no look-alikes."""
    folded = search_fold(text.translate(LATIN_LOOKALIKES))
    # ʼ is a letter to Unicode (a modifier letter), not to a person comparing names.
    return "".join(ch for ch in folded if ch.isalpha() and ch != APOSTROPHE)


def name_distance(a: MatchFields, b: MatchFields, limit: int = MAX_NAME_EDITS) -> int:
    """Edits between two names; `limit + 1` means "more than the limit".

    Surname and name always count; the patronymic only when both records have one, since a
    card without it is not a different person.
    """
    fields = ["surname", "given_name"]
    if a.patronymic.strip() and b.patronymic.strip():
        fields.append("patronymic")
    left = " ".join(name_key(getattr(a, f)) for f in fields)
    right = " ".join(name_key(getattr(b, f)) for f in fields)
    from rapidfuzz.distance import Levenshtein  # where used: not needed to start (memory)

    return int(Levenshtein.distance(left, right, score_cutoff=limit))


def _same_name(a: MatchFields, b: MatchFields) -> bool:
    return name_key(a.surname) == name_key(b.surname) and name_key(a.given_name) == name_key(
        b.given_name
    )


def match_rule(new: MatchFields, existing: MatchFields) -> DuplicateRule | None:
    """The first rule under which `existing` may be `new`, or None."""
    if new.rnokpp and new.rnokpp == existing.rnokpp:
        if name_distance(new, existing) > MAX_NAME_EDITS:
            return DuplicateRule.RNOKPP_NAME_DIFFERS
        return DuplicateRule.RNOKPP
    if (
        new.document_number
        and new.document_number == existing.document_number
        and (
            not new.document_type
            or not existing.document_type
            or new.document_type == existing.document_type
        )
        and _same_name(new, existing)
    ):
        return DuplicateRule.DOCUMENT
    if new.birth_date is None or new.birth_date != existing.birth_date:
        return None
    if _same_name(new, existing):
        return DuplicateRule.NAME_AND_BIRTH_DATE
    if name_distance(new, existing) <= MAX_NAME_EDITS:
        return DuplicateRule.SIMILAR_NAME_AND_BIRTH_DATE
    return None


def find_candidates(
    new: MatchFields, existing: Iterable[tuple[str, MatchFields]]
) -> list[Candidate]:
    """Every existing person who may be `new`, strongest rule first, each once."""
    order = list(DuplicateRule)
    found: dict[str, DuplicateRule] = {}
    for person_id, fields in existing:
        rule = match_rule(new, fields)
        if rule is not None and (
            person_id not in found or order.index(rule) < order.index(found[person_id])
        ):
            found[person_id] = rule
    return sorted(
        (Candidate(pid, rule) for pid, rule in found.items()),
        key=lambda c: (order.index(c.rule), c.person_id),
    )
