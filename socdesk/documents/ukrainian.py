"""How Ukrainian documents write dates, sums and names.

- Dates: «23 листопада 2026 р.» in text, «23.11.2026» in tables.
- Sums: «1 234,56 грн (одна тисяча двісті тридцять чотири гривні 56 копійок)»: the hryvnias in
  words (`num2words`, `lang="uk"`: it agrees the feminine «одна, дві гривні»), kopiykas in figures,
  as bookkeeping writes them.
- Names in the grammatical case a sentence needs («надати Коваль Олені Іванівні»): the
  `shevchenko-py` distribution (import name `shevchenko`, a port of shevchenko-js), held to a
  hand-checked table of names (tests/documents/data/names.csv).
  A person may correct a declined form; the correction (kept in the person's record) wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum

import shevchenko
from num2words import num2words

from socdesk.domain.identifiers import Sex
from socdesk.domain.payment import uah

MONTHS_GENITIVE = (
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
)


def long_date(day: dt.date) -> str:
    """«23 листопада 2026 р.»"""
    return f"{day.day} {MONTHS_GENITIVE[day.month - 1]} {day.year} р."


def short_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def sum_in_words(amount_kop: int) -> str:
    """«одна тисяча двісті тридцять чотири гривні 56 копійок» for 123456."""
    whole, part = divmod(abs(amount_kop), 100)
    words = num2words(Decimal(whole), lang="uk", to="currency", currency="UAH")
    hryvnias = words.split(",")[0].strip()  # "…гривні, нуль копійок": the kopiykas in figures
    kopiykas = _KOPIYKA_FORMS[_form(part)]
    return f"{hryvnias} {part:02d} {kopiykas}"


def money(amount_kop: int) -> str:
    """«1 234,56 грн (одна тисяча двісті тридцять чотири гривні 56 копійок)»"""
    return f"{uah(amount_kop)} ({sum_in_words(amount_kop)})"


_KOPIYKA_FORMS = ("копійка", "копійки", "копійок")


def _form(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


class Case(StrEnum):
    """The grammatical cases a document's sentences put names in."""

    NOMINATIVE = "nominative"
    GENITIVE = "genitive"  # (заява) Коваль Олени
    DATIVE = "dative"  # (надати) Коваль Олені
    ACCUSATIVE = "accusative"
    ABLATIVE = "ablative"  # (з) Коваль Оленою


def declined_name(
    surname: str,
    given: str,
    patronymic: str,
    sex: str | None,
    case: Case,
    corrections: Mapping[str, str] | None = None,
) -> str:
    """The full name in `case`; a correction the person made for that case wins. The name
    declines by `sex` ("male", "female": the record's, or else what the РНОКПП encodes, see
    `sex_for_grammar`); unknown, the patronymic or the given name decides, else masculine."""
    full = " ".join(p for p in (surname, given, patronymic) if p)
    if corrections and corrections.get(case.value):
        return corrections[case.value]
    if case is Case.NOMINATIVE or not full:
        return full
    named = {"family_name": surname, "given_name": given, "patronymic_name": patronymic}
    fields = {k: v for k, v in named.items() if v}
    gender = _GENDERS.get(sex or "") or shevchenko.detect_gender(fields) or shevchenko.MASCULINE
    try:
        result = shevchenko.in_case(case.value, fields, gender=gender)
    except ValueError:  # InputValidationError: an unusual name is printed as written
        return full
    if surname and gender == shevchenko.MASCULINE:
        result["family_name"] = _mixed_group(surname, result["family_name"], case)
    return " ".join(result[k] for k in named if k in result)


_GENDERS = {Sex.MALE.value: "masculine", Sex.FEMALE.value: "feminine"}

# Surnames that are names of trades in -ар of the mixed group decline soft, as the nouns do
# («Бондар» → «Бондаря», «Бондарю»); shevchenko declines most of them hard, as «Гончар»,
# «Комар» (which are hard). The endings for the cases after the stem «Бондар».
_MIXED_AR = frozenset(
    {
        "бондар", "вівчар", "воротар", "друкар", "золотар", "кобзар", "кухар", "лихвар", "лимар",
        "лікар", "паламар", "пекар", "писар", "пономар", "пушкар", "рибар", "слюсар", "токар",
        "шинкар",
    }
)  # fmt: skip
_MIXED_ENDINGS = {Case.GENITIVE: "я", Case.DATIVE: "ю", Case.ACCUSATIVE: "я", Case.ABLATIVE: "ем"}


def _mixed_group(surname: str, declined: str, case: Case) -> str:
    """`declined` (the library's form of a man's `surname`) with every part of the surname
    that is a trade in -ар of the mixed group declined soft."""
    parts, forms = surname.split("-"), declined.split("-")
    if len(parts) != len(forms) or case not in _MIXED_ENDINGS:
        return declined
    ending = _MIXED_ENDINGS[case]
    return "-".join(
        part + (ending.upper() if part.isupper() else ending) if part.lower() in _MIXED_AR else form
        for part, form in zip(parts, forms, strict=True)
    )


# An institution's name declines in its head: the adjectives before the head noun and the noun
# («Територіальний центр …» → «Територіальному центру …»); what follows the head (the genitive
# «соціального обслуговування», a name in quotes, «… міської ради») stays as written.
_HEADS: dict[str, tuple[str, str, str]] = {  # noun: (gender, genitive, dative)
    "центр": ("m", "центру", "центру"),
    "заклад": ("m", "закладу", "закладу"),
    "відділ": ("m", "відділу", "відділу"),
    "департамент": ("m", "департаменту", "департаменту"),
    "сектор": ("m", "сектору", "сектору"),
    "фонд": ("m", "фонду", "фонду"),
    "комітет": ("m", "комітету", "комітету"),
    "будинок": ("m", "будинку", "будинку"),
    "установа": ("f", "установи", "установі"),
    "служба": ("f", "служби", "службі"),
    "рада": ("f", "ради", "раді"),
    "організація": ("f", "організації", "організації"),
    "адміністрація": ("f", "адміністрації", "адміністрації"),
    "управління": ("n", "управління", "управлінню"),
    "відділення": ("n", "відділення", "відділенню"),
    "підприємство": ("n", "підприємства", "підприємству"),
    "товариство": ("n", "товариства", "товариству"),
}
_ADJECTIVES: dict[str, tuple[tuple[str, str, str], ...]] = {  # gender: (ending, gen, dat)
    "m": (("ій", "ього", "ьому"), ("ий", "ого", "ому")),
    "f": (("я", "ьої", "ій"), ("а", "ої", "ій")),
    "n": (("є", "ього", "ьому"), ("е", "ого", "ому")),
}


def institution_in(name: str, case: Case) -> str | None:
    """An institution's name in `case` (nominative, genitive, dative), or None when the name
    does not start as the rule knows (an abbreviation such as «КУ», a head noun it lacks): the
    sentence must then be put so that the name stays in the nominative."""
    if case is Case.NOMINATIVE:
        return name
    if case not in (Case.GENITIVE, Case.DATIVE):
        return None
    words = name.split(" ")
    for i, word in enumerate(words[:5]):
        head = _HEADS.get(word.lower())
        if head is None:
            continue
        gender, *forms = head
        form = forms[0] if case is Case.GENITIVE else forms[1]
        adjectives = [_adjective_in(w, gender, case) for w in words[:i]]
        if any(a is None for a in adjectives):
            return None
        declined = [*(a for a in adjectives if a), _same_letters(word, form)]
        return " ".join(declined + words[i + 1 :])
    return None


def _adjective_in(word: str, gender: str, case: Case) -> str | None:
    for ending, genitive, dative in _ADJECTIVES[gender]:
        if word.lower().endswith(ending) and len(word) > len(ending) + 2:
            new = genitive if case is Case.GENITIVE else dative
            return word[: -len(ending)] + (new.upper() if word.isupper() else new)
    return None


def _same_letters(word: str, form: str) -> str:
    """`form` written as `word` is: «ЦЕНТР» → «ЦЕНТРУ», «Центр» → «Центру»."""
    if word.isupper():
        return form.upper()
    return word[0] + form[1:] if word[:1].isupper() else form
