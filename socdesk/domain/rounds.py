"""The day's round of home visits: which days a contract's schedule names, and how long a
worker's day may be before someone must confirm it.

A contract's schedule is typed by people: «пн, ср, пт, 9:00–11:00», «вт–пт», «щодня»,
«понеділок і четвер». `schedule_days` reads the days it names; a schedule that names none
(empty, or only hours) means the working week, Monday to Friday.
"""

from __future__ import annotations

import re
from decimal import Decimal

DAY_HOURS_LIMIT = Decimal(8)  # a working day; more for one worker is confirmed, not assumed
WORKING_WEEK = frozenset(range(5))
EVERY_DAY = frozenset(range(7))
WEEKDAY_NAMES = ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя")

_LETTER = "а-яіїєґʼ'’a-z"
_DAYS = (
    ("пн", "понеділ"),
    ("вт", "вівтор"),
    ("ср", "серед"),
    ("чт", "четвер"),
    ("пт", "пʼятниц"),
    ("сб", "субот"),
    ("нд", "неділ"),
)
_DAY = "|".join(f"{long}[{_LETTER}]*|{short}\\.?(?![{_LETTER}])" for short, long in _DAYS)
_WORD = re.compile(f"(?<![{_LETTER}])({_DAY})")
_RANGE = re.compile(f"(?<![{_LETTER}])({_DAY})\\s*[-–—]\\s*({_DAY})")


def _day(word: str) -> int:
    for n, (short, long) in enumerate(_DAYS):
        if word.startswith((short, long)):
            return n
    raise ValueError(word)


def schedule_days(schedule: str) -> frozenset[int]:
    """The weekdays (Monday = 0) a contract's schedule names; the working week if none."""
    text = schedule.lower().replace("'", "ʼ").replace("’", "ʼ")
    if re.search(r"щодн|щоденн|цілодоб|щодобов", text):
        return EVERY_DAY
    days: set[int] = set()
    for match in _RANGE.finditer(text):
        first, last = _day(match.group(1)), _day(match.group(2))
        days.update(
            range(first, last + 1) if first <= last else [*range(first, 7), *range(last + 1)]
        )
    text = _RANGE.sub(" ", text)
    days.update(_day(match.group(1)) for match in _WORD.finditer(text))
    if not days and re.search(r"будн|робоч", text):
        return WORKING_WEEK
    return frozenset(days) or WORKING_WEEK


def day_too_long(hours: Decimal) -> bool:
    """A worker's logged hours for one day beyond a working day: to be confirmed."""
    return hours > DAY_HOURS_LIMIT
