"""Identifier rules from REFERENCE.md §9, including the tricky cases."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socdesk.domain.errors import ValidationError
from socdesk.domain.identifiers import (
    DocumentType,
    Sex,
    make_rnokpp,
    normalize_document,
    normalize_phone,
    phone_search_forms,
    rnokpp_facts,
    rnokpp_warnings,
    sex_for_grammar,
    unzr_check_digit,
    validate_name,
    validate_rnokpp,
    validate_unzr,
)


def test_rnokpp_stdnum_vectors() -> None:
    assert validate_rnokpp("1759013776") == "1759013776"
    with pytest.raises(ValidationError, match="контрольну цифру"):
        validate_rnokpp("1759013770")


@pytest.mark.parametrize("value", ["", "123", "17590137761", "175901377a"])
def test_rnokpp_shape(value: str) -> None:
    with pytest.raises(ValidationError, match="10 цифр"):
        validate_rnokpp(value)


def test_rnokpp_encodes_birth_date_and_sex() -> None:
    # 17590 days after 31.12.1899 is 28.02.1948 (REFERENCE.md §9.1); digit 9 = 7 → male.
    facts = rnokpp_facts("1759013776")
    assert facts.birth_date == dt.date(1948, 2, 28)
    assert facts.sex is Sex.MALE


def test_rnokpp_day_one_is_first_of_january_1900() -> None:
    number = make_rnokpp(dt.date(1900, 1, 1), Sex.FEMALE, 0)
    assert number.startswith("00001")
    assert rnokpp_facts(number).sex is Sex.FEMALE


@given(
    st.dates(dt.date(1900, 1, 2), dt.date(2030, 1, 1)), st.sampled_from(Sex), st.integers(0, 999)
)
def test_made_rnokpp_is_valid_and_consistent(birth: dt.date, sex: Sex, serial: int) -> None:
    number = make_rnokpp(birth, sex, serial)
    assert validate_rnokpp(number) == number
    assert rnokpp_facts(number).birth_date == birth
    assert rnokpp_facts(number).sex is sex
    assert rnokpp_warnings(number, birth, sex) == []


def test_rnokpp_mismatch_is_a_warning_not_an_error() -> None:
    warnings = rnokpp_warnings("1759013776", dt.date(1948, 3, 1), Sex.FEMALE)
    assert len(warnings) == 2
    assert "28.02.1948" in warnings[0]


@pytest.mark.parametrize(
    "typed", ["067 123 45 67", "0671234567", "+380 (67) 123-45-67", "380671234567"]
)
def test_phone_any_format(typed: str) -> None:
    assert normalize_phone(typed) == "+380671234567"


def test_phone_search_forms() -> None:
    assert phone_search_forms("+380671234567") == ["380671234567", "0671234567", "671234567"]


@pytest.mark.parametrize("typed", ["12345", "067 123", "телефон"])
def test_phone_rejected_with_a_hint(typed: str) -> None:
    with pytest.raises(ValidationError, match="067 123 45 67"):
        normalize_phone(typed)


def test_id_card_is_nine_digits() -> None:
    assert normalize_document(DocumentType.ID_CARD, "001 234 567") == "001234567"
    with pytest.raises(ValidationError, match="9 цифр"):
        normalize_document(DocumentType.ID_CARD, "0012345678")  # 10 digits: not an ID card


def test_passport_book_maps_latin_lookalikes() -> None:
    # Latin "AB" typed on an English layout is the Cyrillic series АВ.
    assert normalize_document(DocumentType.PASSPORT_BOOK, "ab 123456") == "АВ123456"
    assert normalize_document(DocumentType.PASSPORT_BOOK, "кв-654321") == "КВ654321"
    with pytest.raises(ValidationError, match="АБ123456"):
        normalize_document(DocumentType.PASSPORT_BOOK, "АБ12345")


def test_unzr_format_date_and_check_digit() -> None:
    first12 = "198001150123"
    good = f"19800115-0123{unzr_check_digit(first12)}"
    assert validate_unzr(good, dt.date(1980, 1, 15)) == (good, [])
    assert validate_unzr(good.replace("-", ""))[0] == good
    _, warnings = validate_unzr(good, dt.date(1981, 1, 15))
    assert any("дата" in w.casefold() for w in warnings)
    bad_digit = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert validate_unzr(bad_digit)[1]
    with pytest.raises(ValidationError, match="РРРРММДД"):
        validate_unzr("19801315-01234")  # month 13
    with pytest.raises(ValidationError, match="формат"):
        validate_unzr("1980011501234X")


@pytest.mark.parametrize(
    "name", ["Олена", "Мар'яна", "Мар’яна", "Петренко-Ковальчук", "Ґрунтовська", "Д'Арк", "Ля Мур"]
)
def test_names_accepted(name: str) -> None:
    assert validate_name(name, "surname", "Прізвище")


def test_name_apostrophes_become_one_form() -> None:
    assert validate_name("Мар'яна", "given_name", "Ім'я") == "Марʼяна"
    assert validate_name(" Мар’яна  ", "given_name", "Ім'я") == "Марʼяна"


def test_latin_lookalike_inside_cyrillic_name_is_caught() -> None:
    # "Kовальчук" with a Latin K: invisible on screen, fatal to search and matching.
    with pytest.raises(ValidationError, match="латинські") as info:
        validate_name("Kовальчук", "surname", "Прізвище")
    assert "Ковальчук" in str(info.value)


@pytest.mark.parametrize("name", ["", "   ", "Олена1", "Smith", "Олена!", "-Олена"])
def test_names_rejected(name: str) -> None:
    with pytest.raises(ValidationError):
        validate_name(name, "surname", "Прізвище")


def test_the_sex_a_name_declines_by_is_the_records_then_the_rnokpps() -> None:
    born = dt.date(1970, 1, 2)
    his, hers = make_rnokpp(born, Sex.MALE, 3), make_rnokpp(born, Sex.FEMALE, 3)
    assert sex_for_grammar("female", his) is Sex.FEMALE
    assert sex_for_grammar(None, his) is Sex.MALE
    assert sex_for_grammar(None, hers) is Sex.FEMALE
    assert sex_for_grammar(None, None) is None
    assert sex_for_grammar(None, "") is None
    assert sex_for_grammar(None, "12345") is None  # not a РНОКПП: the name must decide
