"""The duplicate cascade: each rule, its order, and what must not match."""

from __future__ import annotations

import datetime as dt

import pytest

from socdesk.domain.duplicates import (
    Candidate,
    DuplicateRule,
    MatchFields,
    find_candidates,
    match_rule,
    name_distance,
    name_key,
)

BORN = dt.date(1948, 2, 28)
OLENA = MatchFields("Ковальчук", "Олена", "Іванівна", BORN, "1759013776", "id_card", "001234567")


def person(**changes: object) -> MatchFields:
    values = {f: getattr(OLENA, f) for f in MatchFields.__dataclass_fields__}
    values.update(changes)
    return MatchFields(**values)  # type: ignore[arg-type]


def test_name_key_ignores_what_people_type_differently() -> None:
    assert name_key("Марʼяна") == name_key("МАР'ЯНА") == name_key("мар’яна") == "маряна"
    assert name_key("Ґудзь") == name_key("Гудзь")
    assert name_key("Kовальчук") == name_key("Ковальчук")  # Latin K
    assert name_key("Петренко-Ковальчук") == "петренкоковальчук"
    assert name_key("Іван") != name_key("Їван") != name_key("Йван")


@pytest.mark.parametrize(
    ("other", "rule"),
    [
        # 1. РНОКПП, names close: the same person with a typo in the name
        (person(surname="Ковальчюк"), DuplicateRule.RNOKPP),
        (person(surname="КОВАЛЬЧУК", given_name="олена", patronymic=""), DuplicateRule.RNOKPP),
        # 1. РНОКПП, names far apart: flagged, not merged
        (person(surname="Шевченко", given_name="Петро"), DuplicateRule.RNOKPP_NAME_DIFFERS),
        # 2. document + name, no РНОКПП on either side
        (person(rnokpp="", birth_date=None), DuplicateRule.DOCUMENT),
        # 3. surname + name + date of birth, different documents
        (
            person(rnokpp="", document_number="999999999", patronymic="Петрівна"),
            DuplicateRule.NAME_AND_BIRTH_DATE,
        ),
        (
            person(rnokpp="", document_number="", surname="Kовальчук"),
            DuplicateRule.NAME_AND_BIRTH_DATE,
        ),
        # 4. within two edits, same date of birth
        (
            person(rnokpp="", document_number="", surname="Ковальчик"),
            DuplicateRule.SIMILAR_NAME_AND_BIRTH_DATE,
        ),
        (
            person(rnokpp="", document_number="", given_name="Алена"),
            DuplicateRule.SIMILAR_NAME_AND_BIRTH_DATE,
        ),
    ],
)
def test_each_rule(other: MatchFields, rule: DuplicateRule) -> None:
    new = person(rnokpp=other.rnokpp and OLENA.rnokpp, document_number=OLENA.document_number)
    assert match_rule(new, other) is rule
    assert rule.message and not rule.message.isascii()


@pytest.mark.parametrize(
    "other",
    [
        person(
            rnokpp="",
            document_number="",
            birth_date=dt.date(1948, 2, 29 - 1) + dt.timedelta(days=1),
        ),
        person(rnokpp="", document_number="", surname="Ковалюк", given_name="Ольга"),  # 3+ edits
        person(
            rnokpp="", document_number="001234567", given_name="Петро", birth_date=None
        ),  # doc, other name
        person(rnokpp="", document_number="", birth_date=None),  # nothing to compare but the name
        person(
            rnokpp="1759013770", document_number="", birth_date=dt.date(1950, 1, 1)
        ),  # other number
    ],
)
def test_what_must_not_match(other: MatchFields) -> None:
    assert match_rule(OLENA, other) is None


def test_document_types_must_agree_when_both_known() -> None:
    new = person(rnokpp="", birth_date=None)
    assert (
        match_rule(new, person(rnokpp="", birth_date=None, document_type="passport_book")) is None
    )
    assert (
        match_rule(new, person(rnokpp="", birth_date=None, document_type=None))
        is DuplicateRule.DOCUMENT
    )


def test_distance_is_capped() -> None:
    assert name_distance(OLENA, OLENA) == 0
    assert name_distance(OLENA, person(surname="Шевченко")) == 3  # "more than two"


def test_candidates_strongest_first_each_once() -> None:
    existing = [
        ("c", person(rnokpp="", document_number="", given_name="Алена")),
        ("a", person()),
        ("b", person(rnokpp="", birth_date=None)),
        ("a", person(rnokpp="")),  # the same id again under a weaker rule
        ("z", person(rnokpp="", document_number="", surname="Шевченко", given_name="Петро")),
    ]
    assert find_candidates(OLENA, existing) == [
        Candidate("a", DuplicateRule.RNOKPP),
        Candidate("b", DuplicateRule.DOCUMENT),
        Candidate("c", DuplicateRule.SIMILAR_NAME_AND_BIRTH_DATE),
    ]


def test_missing_patronymic_is_not_a_different_name() -> None:
    assert name_distance(OLENA, person(patronymic="")) == 0
    assert name_distance(OLENA, person(patronymic="Петрівна")) == 3
