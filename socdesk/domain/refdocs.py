"""Reference documents and their versions (довідкові дані): which one is in force on a day.

A document is what a shipped file holds (`resources/reference/subsistence_minimums.json`,
`resources/payment/rules.json`, a form under `resources/forms/`) or what the centre published
later through sync (`store.refdocs`): a kind, a key (the form's code; "" for a document of which
there is one), a version `YYYY-MM-DD.N` and the day it applies from. For a kind, key and
business date the one in force is the newest version that applies by then, shipped or
published alike: a subsistence minimum published in December applies from 1 January, and a
newer file from an app update still counts. Each document is checked by the loader that reads
it for its consumers, so a bad one is refused when published and ignored when it arrives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from socdesk.domain.errors import ValidationError
from socdesk.domain.forms import DefinitionError, parse_definition
from socdesk.domain.messages import fill, noop
from socdesk.domain.payment import Group, Minimum, payment_rules

SUBSISTENCE, PAYMENT_RULES, FORM = "subsistence_minimums", "payment_rules", "form"
CALENDAR, LEGAL_DEADLINES = "calendar", "legal_deadlines"
KINDS = {
    SUBSISTENCE: noop("Domain", "Прожиткові мінімуми"),
    PAYMENT_RULES: noop("Domain", "Правила оплати послуг"),
    FORM: noop("Domain", "Форма (акт, анкета)"),
    CALENDAR: noop("Domain", "Календар: перенесення робочих і вихідних днів"),
    LEGAL_DEADLINES: noop("Domain", "Строки за законом"),
}
SHIPPED, PUBLISHED = "shipped", "published"
ALWAYS = dt.date(2000, 1, 1)  # a shipped document without a date applies from always
_UNITS = {"working_days", "calendar_days", "hours"}
_GROUPS = {"general"} | {g.value for g in Group}


@dataclass(frozen=True, slots=True)
class RefDoc:
    kind: str
    key: str
    version: str
    effective_from: dt.date
    content: Mapping[str, Any]
    source: str = SHIPPED  # SHIPPED (a file of this build) or PUBLISHED (a synced row)
    published_by: str = ""


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Orders versions `2026-11-23.1` < `2026-11-23.2` < `2026-12-10.1` (numbers as numbers)."""
    parts = re.findall(r"\d+|[^\d.\-]+", version)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def check(kind: str, content: Any) -> str:
    """Checks a document as its loader reads it; returns its key. `ValidationError` says what
    is wrong, in words a coordinator can act on."""
    if kind not in KINDS:
        raise ValidationError(
            fill(
                noop("Domain", "Невідомий вид довідкових даних «%1». Можливі: %2."),
                kind,
                ", ".join(KINDS),
            ),
            "kind",
        )
    if not isinstance(content, Mapping) or not str(content.get("version", "")).strip():
        raise _bad(kind, fill(noop("Domain", "немає поля %1"), "'version'"))
    try:
        return _check_content(kind, content)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _bad(kind, _why(exc)) from None


def _why(exc: BaseException) -> str:
    """What is wrong, without Python's names for it (the person reads it)."""
    if isinstance(exc, DefinitionError) and exc.__cause__ is not None:
        return _why(exc.__cause__)
    if isinstance(exc, KeyError):
        return fill(noop("Domain", "немає поля %1"), exc)
    return fill(noop("Domain", "неправильне значення (%1)"), exc)


def _check_content(kind: str, content: Mapping[str, Any]) -> str:
    if kind == FORM:
        return parse_definition(content).code
    if kind == PAYMENT_RULES:
        payment_rules(content)
    elif kind == SUBSISTENCE:
        if not minimums_of(content):
            raise ValueError("items is empty")
    elif kind == LEGAL_DEADLINES:
        if not deadline_rows(content):
            raise ValueError("items is empty")
    elif kind == CALENDAR:
        calendar_days(content)
    return ""


def _bad(kind: str, why: str) -> ValidationError:
    return ValidationError(
        fill(
            noop("Domain", "Документ «%1» не прийнято: %2. Виправте файл і спробуйте знову."),
            KINDS.get(kind, kind),
            why,
        ),
        "content",
    )


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def minimums_of(content: Mapping[str, Any]) -> list[Minimum]:
    """The subsistence minimums of a document, newest period first (so it wins where periods
    of two documents overlap)."""
    found = []
    for item in content["items"]:
        group, amount = str(item["group"]), item["amount_kop"]
        if group not in _GROUPS:
            raise ValueError(f"unknown group {group!r}")
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise ValueError(f"amount_kop {amount!r} of {group} is not a positive whole number")
        start = _date(item["valid_from"])
        assert start is not None
        found.append(Minimum(group, start, _date(item.get("valid_to")), amount))
    return sorted(found, key=lambda m: m.valid_from, reverse=True)


def deadline_rows(
    content: Mapping[str, Any],
) -> list[tuple[str, dt.date, dt.date | None, int, str]]:
    """(code, valid_from, valid_to, amount, unit) of a legal deadlines document."""
    rows = []
    for item in content["items"]:
        amount, unit = item["amount"], str(item["unit"])
        if not isinstance(amount, int) or amount < 0 or unit not in _UNITS:
            raise ValueError(f"deadline {item.get('code')!r}: amount {amount!r}, unit {unit!r}")
        start = _date(item["valid_from"])
        assert start is not None
        rows.append((str(item["code"]), start, _date(item.get("valid_to")), amount, unit))
    return rows


def calendar_days(content: Mapping[str, Any]) -> dict[dt.date, bool]:
    """A calendar document's days: date -> whether it is a working day (a transfer)."""
    days = {}
    for item in content["items"]:
        working = item["working"]
        if not isinstance(working, bool):
            raise ValueError(f"working of {item.get('date')!r} is not true or false")
        day = _date(item["date"])
        assert day is not None
        days[day] = working
    return days


def effective_from(content: Mapping[str, Any]) -> dt.date:
    """When a shipped document applies: its `effective_from` (forms have one), else always."""
    return _date(content.get("effective_from")) or ALWAYS


def merged(shipped: Iterable[RefDoc], published: Iterable[RefDoc]) -> list[RefDoc]:
    """Shipped and published versions of documents together; a published version with the
    version string of a shipped one is that same document (the shipped file stands)."""
    found = {(d.kind, d.key, d.version): d for d in shipped}
    for doc in published:
        found.setdefault((doc.kind, doc.key, doc.version), doc)
    return list(found.values())


def in_force(docs: Iterable[RefDoc], on: dt.date) -> RefDoc | None:
    """The newest version that applies on `on` (None when none applies yet)."""
    candidates = [d for d in docs if d.effective_from <= on]
    return max(candidates, key=lambda d: version_key(d.version), default=None)


def calendar_overrides(docs: Sequence[RefDoc]) -> dict[dt.date, bool]:
    """Every day a calendar document names, as the calendar version in force on that day says
    (a transfer published for later dates leaves the days before it as they were)."""
    days: set[dt.date] = set()
    parsed = {d.version: calendar_days(d.content) for d in docs}
    for found in parsed.values():
        days |= found.keys()
    result = {}
    for day in sorted(days):
        doc = in_force(docs, day)
        if doc is not None and day in parsed[doc.version]:
            result[day] = parsed[doc.version][day]
    return result
