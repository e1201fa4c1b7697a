"""The person card's validation."""

from __future__ import annotations

import datetime as dt

import pytest
from support import kovalchuk

from socdesk.domain.errors import ValidationError
from socdesk.domain.identifiers import DocumentType
from socdesk.domain.people import PersonInput, RnokppStatus, validate_person

TODAY = dt.date(2026, 11, 23)


def test_valid_person_values() -> None:
    checked = validate_person(
        kovalchuk(phone="067 123 45 67", categories=["older", "older", "idp"]),
        TODAY,
    )
    assert checked.values["rnokpp"] == "1759013776"
    assert checked.values["phone"] == "+380671234567"
    assert checked.values["categories"] == ["idp", "older"]
    assert checked.warnings == []


def test_unknown_rnokpp_is_a_warning() -> None:
    checked = validate_person(PersonInput("Ковальчук", "Олена"), TODAY)
    assert checked.values["rnokpp"] == ""
    assert any("РНОКПП" in w for w in checked.warnings)


def test_refused_rnokpp_needs_a_passport() -> None:
    with pytest.raises(ValidationError, match="паспорта") as info:
        validate_person(
            PersonInput("Ковальчук", "Олена", rnokpp_status=RnokppStatus.REFUSED), TODAY
        )
    assert info.value.field == "document"
    checked = validate_person(
        PersonInput(
            "Ковальчук",
            "Олена",
            rnokpp_status=RnokppStatus.REFUSED,
            document_type=DocumentType.PASSPORT_BOOK,
            document_number="КВ123456",
        ),
        TODAY,
    )
    assert checked.values["document_number"] == "КВ123456"


def test_future_birth_date_refused() -> None:
    with pytest.raises(ValidationError, match="Дата народження"):
        validate_person(
            PersonInput("Ковальчук", "Олена", birth_date=TODAY + dt.timedelta(days=1)), TODAY
        )


def test_every_problem_of_a_card_is_named_at_once() -> None:
    from socdesk.domain.people import person_problems

    person = PersonInput(
        "",
        "Iван",  # a Latin I
        birth_date=dt.date(1890, 1, 1),
        rnokpp_status=RnokppStatus.KNOWN,
        rnokpp="1759013770",
        phone="12345",
    )
    problems = person_problems(person, TODAY)
    assert set(problems) == {"surname", "given_name", "birth_date", "rnokpp", "phone"}
    assert "Прізвище" in problems["surname"]
    assert person_problems(PersonInput("Ковальчук", "Олена"), TODAY) == {}


def test_a_refused_rnokpp_asks_for_the_document_at_its_number() -> None:
    from socdesk.domain.people import person_problems

    person = PersonInput("Ковальчук", "Олена", rnokpp_status=RnokppStatus.REFUSED)
    assert set(person_problems(person, TODAY)) == {"document_number"}
