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
    return " ".join(result[k] for k in named if k in result)


_GENDERS = {Sex.MALE.value: "masculine", Sex.FEMALE.value: "feminine"}
