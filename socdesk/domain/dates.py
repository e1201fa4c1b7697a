"""Dates as people type them on Ukrainian forms (ДД.ММ.РРРР), and, when one does not parse,
what exactly is wrong with it: «31.02.1950 — такої дати немає: у лютому 1950 року 28 днів»."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from socdesk.domain.errors import ValidationError
from socdesk.domain.text import plural_form

EXAMPLE = "28.02.1948"
# «у лютому»: the month in the locative, as in «у квітні 30 днів».
_IN_MONTH = (
    "січні",
    "лютому",
    "березні",
    "квітні",
    "травні",
    "червні",
    "липні",
    "серпні",
    "вересні",
    "жовтні",
    "листопаді",
    "грудні",
)
_DAY = re.compile(r"(\d{1,2})[./,\s](\d{1,2})[./,\s](\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_day(text: str, field: str, today: dt.date | None = None) -> dt.date | None:
    """The date typed as `text` (ДД.ММ.РРРР; one-digit day or month, / or , between them are
    fine); None if empty; otherwise `ValidationError` for `field` saying what is wrong."""
    typed = text.strip()
    if not typed:
        return None
    match = _DAY.fullmatch(typed)
    if match is None:
        iso = _ISO.fullmatch(typed)
        hint = f"{iso[3]:0>2}.{iso[2]:0>2}.{iso[1]}" if iso else None
        raise ValidationError(
            f"«{typed}» — не дата. Напишіть день, місяць і рік: {hint}."
            if hint
            else f"«{typed}» — не дата. Напишіть день, місяць і рік, напр. {EXAMPLE}.",
            field,
        )
    day, month, year = int(match[1]), int(match[2]), match[3]
    if len(year) == 2:
        this_year = (today or dt.date.today()).year
        full = 2000 + int(year) if 2000 + int(year) <= this_year else 1900 + int(year)
        raise ValidationError(
            f"{typed} — рік напишіть чотирма цифрами, напр. {day:02}.{month:02}.{full}.", field
        )
    problem = _day_problem(day, month, int(year))
    if problem:
        raise ValidationError(f"{typed} — такої дати немає: {problem}.", field)
    return dt.date(int(year), month, day)


def _day_problem(day: int, month: int, year: int) -> str | None:
    if not 1 <= month <= 12:
        return "місяців лише 12"
    if year < dt.MINYEAR:
        return "року 0 не буває"
    if day < 1:
        return "днів з номером 0 не буває"
    days = calendar.monthrange(year, month)[1]
    if day > days:
        where = f"у лютому {year} року" if month == 2 else f"у {_IN_MONTH[month - 1]}"
        return f"{where} {days} {('день', 'дні', 'днів')[plural_form(days)]}"
    return None
