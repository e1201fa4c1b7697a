"""Dates as people type them: ДД.ММ.РРРР (one-digit day or month, and / , or a space between,
are fine), and, when one does not parse, what exactly is wrong with it («31.02.1950 — такої
дати немає: у лютому 1950 року 28 днів»). One parser for every screen and command:
`read_day` for a form's field (empty is no date; ISO is named in the form people write),
`parse_day` for a command's argument (required; ISO РРРР-ММ-ДД also taken), `parse_month`
for a month (ММ.РРРР or РРРР-ММ)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from socdesk.domain.errors import ValidationError
from socdesk.domain.text import plural_form

EXAMPLE = "28.02.1948"
DAY_HINT = "ДД.ММ.РРРР (наприклад, 05.03.2026) або РРРР-ММ-ДД"
MONTH_HINT = "ММ.РРРР (наприклад, 03.2026) або РРРР-ММ"
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
_DAY = re.compile(r"(\d{1,2})[./,\s-](\d{1,2})[./,\s-](\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_FIRST = re.compile(r"(\d{1,2})[./-](\d{4})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def read_day(
    text: str, field: str, today: dt.date | None = None, *, short_years: bool = False
) -> dt.date | None:
    """A form's date field: None if empty, else the day typed as ДД.ММ.РРРР, or
    `ValidationError` for `field` saying what is wrong (an ISO date is answered with its
    ДД.ММ.РРРР form, since a form writes dates as people do).

    `short_years` is for files made elsewhere (the registry import): a two-digit year is
    taken as the latest year with those digits that is not after `today` (05.03.48 is 1948,
    05.03.21 is 2021) and an ISO date is taken as it is. A person typing in a form is asked
    for four digits instead, since a form can say so while the date is typed."""
    typed = text.strip()
    if not typed:
        return None
    return _day(typed, field, iso=short_years, today=today, short_years=short_years)


def parse_day(text: str, field: str = "date", label: str = "Дата") -> dt.date:
    """A command's date argument, typed as ДД.ММ.РРРР or РРРР-ММ-ДД; `ValidationError` naming
    `label` (the option) if it is neither or no such day exists."""
    try:
        return _day(text.strip(), field, iso=True, today=None)
    except ValidationError as exc:
        raise ValidationError(f"{label}: {exc} Формат: {DAY_HINT}.", field) from None


def _day(
    typed: str, field: str, *, iso: bool, today: dt.date | None, short_years: bool = False
) -> dt.date:
    match = _DAY.fullmatch(typed)
    if match is None:
        found = _ISO.fullmatch(typed)
        if found and iso:
            return _existing(typed, field, int(found[3]), int(found[2]), int(found[1]))
        hint = f"{found[3]:0>2}.{found[2]:0>2}.{found[1]}" if found else None
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
        if short_years:
            return _existing(typed, field, day, month, full)
        raise ValidationError(
            f"{typed} — рік напишіть чотирма цифрами, напр. {day:02}.{month:02}.{full}.", field
        )
    return _existing(typed, field, day, month, int(year))


def _existing(typed: str, field: str, day: int, month: int, year: int) -> dt.date:
    problem = _day_problem(day, month, year)
    if problem:
        raise ValidationError(f"{typed} — такої дати немає: {problem}.", field)
    return dt.date(year, month, day)


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


def parse_month(text: str, field: str = "month", label: str = "Місяць") -> tuple[int, int]:
    """(year, month) typed as ММ.РРРР or РРРР-ММ."""
    typed = text.strip()
    if found := _MONTH_FIRST.fullmatch(typed):
        month, year = (int(g) for g in found.groups())
    elif found := _ISO_MONTH.fullmatch(typed):
        year, month = (int(g) for g in found.groups())
    else:
        raise ValidationError(f"{label}: «{typed}» — не місяць; пишіть {MONTH_HINT}.", field)
    if not 1 <= month <= 12 or year < 1:
        raise ValidationError(f"{label}: місяця «{typed}» немає; пишіть {MONTH_HINT}.", field)
    return year, month


def check_period(start: dt.date, end: dt.date) -> None:
    """A period ends on or after its start."""
    if end < start:
        raise ValidationError(
            f"Кінець періоду ({end:%d.%m.%Y}) раніше за його початок ({start:%d.%m.%Y}); "
            "поміняйте дати місцями.",
            "period",
        )
