"""Dates as people type them: ДД.ММ.РРРР (also with / or - between, or a two-digit day and
month without leading zeros) or ISO РРРР-ММ-ДД; months as ММ.РРРР or РРРР-ММ. One parser for
every command and screen that reads a typed date."""

from __future__ import annotations

import datetime as dt
import re

from socdesk.domain.errors import ValidationError

_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_FIRST = re.compile(r"(\d{1,2})[./-](\d{4})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
DAY_HINT = "ДД.ММ.РРРР (наприклад, 05.03.2026) або РРРР-ММ-ДД"
MONTH_HINT = "ММ.РРРР (наприклад, 03.2026) або РРРР-ММ"


def parse_day(text: str, field: str = "date", label: str = "Дата") -> dt.date:
    """The date typed as ДД.ММ.РРРР or РРРР-ММ-ДД; a ValidationError naming `label` if it is
    neither or no such day exists (31.02)."""
    typed = text.strip()
    if found := _DAY_FIRST.fullmatch(typed):
        day, month, year = (int(g) for g in found.groups())
    elif found := _ISO_DAY.fullmatch(typed):
        year, month, day = (int(g) for g in found.groups())
    else:
        raise ValidationError(f"{label}: «{typed}» — не дата; пишіть {DAY_HINT}.", field)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            f"{label}: дати «{typed}» немає в календарі; пишіть {DAY_HINT}.", field
        ) from None


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
