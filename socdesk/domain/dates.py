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
from socdesk.domain.messages import fill, noop

EXAMPLE = "28.02.1948"
DAY_HINT = "ДД.ММ.РРРР (наприклад, 05.03.2026) або РРРР-ММ-ДД"
MONTH_HINT = "ММ.РРРР (наприклад, 03.2026) або РРРР-ММ"
# «у лютому»: the month in the locative, as in «у квітні 30 днів».
_IN_MONTH = (
    noop("Domain", "січні"),
    noop("Domain", "лютому"),
    noop("Domain", "березні"),
    noop("Domain", "квітні"),
    noop("Domain", "травні"),
    noop("Domain", "червні"),
    noop("Domain", "липні"),
    noop("Domain", "серпні"),
    noop("Domain", "вересні"),
    noop("Domain", "жовтні"),
    noop("Domain", "листопаді"),
    noop("Domain", "грудні"),
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
        raise ValidationError(
            fill(noop("Domain", "%1: %2 Формат: %3."), label, exc, DAY_HINT), field
        ) from None


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
            fill(noop("Domain", "«%1» — не дата. Напишіть день, місяць і рік: %2."), typed, hint)
            if hint
            else fill(
                noop("Domain", "«%1» — не дата. Напишіть день, місяць і рік, напр. %2."),
                typed,
                EXAMPLE,
            ),
            field,
        )
    day, month, year = int(match[1]), int(match[2]), match[3]
    if len(year) == 2:
        this_year = (today or dt.date.today()).year
        full = 2000 + int(year) if 2000 + int(year) <= this_year else 1900 + int(year)
        if short_years:
            return _existing(typed, field, day, month, full)
        raise ValidationError(
            fill(
                noop("Domain", "%1 — рік напишіть чотирма цифрами, напр. %2."),
                typed,
                f"{day:02}.{month:02}.{full}",
            ),
            field,
        )
    return _existing(typed, field, day, month, int(year))


def _existing(typed: str, field: str, day: int, month: int, year: int) -> dt.date:
    problem = _day_problem(day, month, year)
    if problem:
        raise ValidationError(
            fill(noop("Domain", "%1 — такої дати немає: %2."), typed, problem), field
        )
    return dt.date(year, month, day)


def _day_problem(day: int, month: int, year: int) -> str | None:
    if not 1 <= month <= 12:
        return noop("Domain", "місяців лише 12")
    if year < dt.MINYEAR:
        return noop("Domain", "року 0 не буває")
    if day < 1:
        return noop("Domain", "днів з номером 0 не буває")
    days = calendar.monthrange(year, month)[1]
    if day > days:  # a month has 28 to 31 days: one message each, so that each reads naturally
        if month == 2:
            return fill(_FEBRUARY[days], year)
        return fill(_MONTH_DAYS[days], _IN_MONTH[month - 1])
    return None


_FEBRUARY = {
    28: noop("Domain", "у лютому %1 року 28 днів"),
    29: noop("Domain", "у лютому %1 року 29 днів"),
}
_MONTH_DAYS = {30: noop("Domain", "у %1 30 днів"), 31: noop("Domain", "у %1 31 день")}


def parse_month(text: str, field: str = "month", label: str = "Місяць") -> tuple[int, int]:
    """(year, month) typed as ММ.РРРР or РРРР-ММ."""
    typed = text.strip()
    if found := _MONTH_FIRST.fullmatch(typed):
        month, year = (int(g) for g in found.groups())
    elif found := _ISO_MONTH.fullmatch(typed):
        year, month = (int(g) for g in found.groups())
    else:
        raise ValidationError(
            fill(noop("Domain", "%1: «%2» — не місяць; пишіть %3."), label, typed, MONTH_HINT),
            field,
        )
    if not 1 <= month <= 12 or year < 1:
        raise ValidationError(
            fill(noop("Domain", "%1: місяця «%2» немає; пишіть %3."), label, typed, MONTH_HINT),
            field,
        )
    return year, month


def check_period(start: dt.date, end: dt.date) -> None:
    """A period ends on or after its start."""
    if end < start:
        raise ValidationError(
            fill(
                noop(
                    "Domain",
                    "Кінець періоду (%1) раніше за його початок (%2); поміняйте дати місцями.",
                ),
                f"{end:%d.%m.%Y}",
                f"{start:%d.%m.%Y}",
            ),
            "period",
        )
