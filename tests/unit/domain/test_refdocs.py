"""Which version of a reference document is in force on a day: the newest that applies by
then, shipped or published alike; a published copy of a shipped version is that version."""

from __future__ import annotations

import datetime as dt

import pytest

from socdesk.domain import refdocs as rd
from socdesk.domain.errors import ValidationError

JAN = dt.date(2027, 1, 1)


def doc(version: str, start: dt.date, source: str = rd.SHIPPED, **content: object) -> rd.RefDoc:
    return rd.RefDoc(rd.CALENDAR, "", version, start, {"version": version, **content}, source)


def test_versions_are_ordered_as_numbers() -> None:
    ordered = ["2026-11-23.1", "2026-11-23.2", "2026-11-23.10", "2026-12-01.1"]
    assert sorted(reversed(ordered), key=rd.version_key) == ordered


def test_the_newest_version_in_force_on_the_day() -> None:
    shipped = doc("2026-11-23.1", rd.ALWAYS)
    published = doc("2026-12-10.1", JAN, rd.PUBLISHED)
    update = doc("2027-02-01.1", rd.ALWAYS)  # a newer file from an app update
    assert rd.in_force([shipped, published], dt.date(2026, 12, 31)) is shipped
    assert rd.in_force([shipped, published], JAN) is published
    assert rd.in_force([shipped, published, update], JAN) is update
    assert rd.in_force([published], dt.date(2026, 12, 31)) is None


def test_a_published_copy_of_a_shipped_version_is_that_version() -> None:
    shipped = doc("2026-11-23.1", rd.ALWAYS)
    copy = doc("2026-11-23.1", JAN, rd.PUBLISHED)
    assert rd.merged([shipped], [copy]) == [shipped]


def test_a_transfer_counts_from_its_document_s_date() -> None:
    first = rd.RefDoc(
        rd.CALENDAR,
        "",
        "2026-12-10.1",
        JAN,
        {
            "items": [
                {"date": "2026-12-31", "working": False},
                {"date": "2027-01-05", "working": False},
            ]
        },
        rd.PUBLISHED,
    )
    second = rd.RefDoc(
        rd.CALENDAR,
        "",
        "2026-12-20.1",
        dt.date(2027, 1, 3),
        {"items": [{"date": "2027-01-09", "working": True}]},  # the 5th is a day off no more
        rd.PUBLISHED,
    )
    assert rd.calendar_overrides([first]) == {dt.date(2027, 1, 5): False}
    assert rd.calendar_overrides([first, second]) == {dt.date(2027, 1, 9): True}


@pytest.mark.parametrize(
    ("kind", "content", "told"),
    [
        (rd.SUBSISTENCE, {"version": "1"}, "немає поля 'items'"),
        (rd.CALENDAR, {"version": "1", "items": [{"date": "2027-13-01", "working": True}]}, ""),
        (rd.CALENDAR, {"version": "1", "items": [{"date": "2027-01-05", "working": "так"}]}, ""),
        (rd.FORM, {"version": "1", "code": "x"}, "немає поля 'sections'"),
        (rd.PAYMENT_RULES, {"version": "1", "differentiated_rule": "як завжди"}, ""),
        (rd.LEGAL_DEADLINES, {"items": []}, "немає поля 'version'"),
    ],
)
def test_a_bad_document_is_told_in_words(kind: str, content: dict[str, object], told: str) -> None:
    with pytest.raises(ValidationError, match="не прийнято") as caught:
        rd.check(kind, content)
    assert told in str(caught.value)
    assert "Error" not in str(caught.value)
