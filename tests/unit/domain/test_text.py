"""Ukrainian folding and alphabetical order."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socdesk.domain.text import (
    UKRAINIAN_ALPHABET,
    index_fold,
    quantity,
    search_fold,
    sort_key,
)


def test_alphabet_order_is_ukrainian_not_unicode() -> None:
    # In Unicode ґ (U+0491), є, і, ї sort after я; in Ukrainian they sit inside the alphabet.
    words = [
        "Яценко",
        "Їжакевич",
        "Іваненко",
        "Ґудзь",
        "Гнатюк",
        "Єременко",
        "Ейсмонт",
        "Жук",
        "Иванів",
        "Йосипенко",
        "Щербак",
        "Ющенко",
        "Ьо",
    ]
    expected = [
        "Гнатюк",
        "Ґудзь",
        "Ейсмонт",
        "Єременко",
        "Жук",
        "Иванів",
        "Іваненко",
        "Їжакевич",
        "Йосипенко",
        "Щербак",
        "Ьо",
        "Ющенко",
        "Яценко",
    ]
    assert sorted(words, key=lambda w: sort_key(w)) == expected


def test_each_letter_sorts_in_alphabet_position() -> None:
    keys = [sort_key(ch) for ch in UKRAINIAN_ALPHABET]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


def test_shorter_surname_first_and_case_ignored() -> None:
    assert sort_key("Ков", "Олена") < sort_key("Коваль", "Андрій")
    assert sort_key("коваль") == sort_key("КОВАЛЬ")
    assert sort_key("Мар'яна") == sort_key("Марʼяна") == sort_key("Марʼяна")


def test_search_fold() -> None:
    assert search_fold("ҐАНОК") == "ганок"
    assert search_fold("Мар'яна") == search_fold("МАР’ЯНА") == "марʼяна"
    assert search_fold("Їжак") != search_fold("Іжак")  # ї and і are different letters


@pytest.mark.parametrize("typed", ["демян", "Демʼян", "Дем'ян", "ДЕМ’ЯН", "Дем`ян"])
def test_index_fold_drops_every_apostrophe(typed: str) -> None:
    assert index_fold(typed) == "демян"


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Iзюм", "ізюм"),  # Latin I
        ("Kовaль", "коваль"),  # Latin K and a
        ("ПETPO", "петро"),  # Latin E, T, O
        ("Bacильчук", "васильчук"),  # Latin B, a
        ("Hina", "hina"),  # a Latin word stays Latin
        ("John Iзюм", "john ізюм"),  # word by word
        ("Kirк", "кіrк"),  # mixed: the look-alikes become Cyrillic, r stays
    ],
)
def test_index_fold_reads_latin_look_alikes_in_cyrillic_words(typed: str, folded: str) -> None:
    assert index_fold(typed) == folded


@given(st.text(alphabet=UKRAINIAN_ALPHABET + UKRAINIAN_ALPHABET.upper() + " -'", max_size=30))
def test_sort_key_is_case_insensitive(text: str) -> None:
    assert sort_key(text) == sort_key(text.upper()) == sort_key(text.lower())


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        ("1", "година", "1 година"),
        ("2", "година", "2 години"),
        ("5", "година", "5 годин"),
        ("11", "година", "11 годин"),
        ("21", "доба", "21 доба"),
        ("22", "доба", "22 доби"),
        ("14", "консультація", "14 консультацій"),
        ("2.5", "година", "2,5 години"),
        ("0.25", "година", "0,25 години"),
        ("3", "відвідування", "3 відвідування"),
        ("3", "невідома", "3 невідома"),
    ],
)
def test_quantities_agree_with_their_count(amount: str, unit: str, expected: str) -> None:
    assert quantity(Decimal(amount), unit) == expected


def test_short_name_keeps_the_surname_and_gives_initials() -> None:
    from socdesk.domain.text import short_name

    assert short_name("Коваль", "Олена", "Іванівна") == "Коваль О. І."
    assert short_name("Коваль", "Олена") == "Коваль О."
    assert short_name("Коваль") == "Коваль"
