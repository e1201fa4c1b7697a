"""Who is due for anonymisation, on business dates (domain/retention.py)."""

from __future__ import annotations

import datetime as dt

from socdesk.domain.retention import (
    Erasure,
    ErasureKind,
    add_years,
    is_due,
    latest_closing,
    scrubbed_copy,
    without_free_text,
    without_member_name,
    year_only,
)

D = dt.date


def test_due_once_the_period_has_passed_since_the_latest_closing() -> None:
    closings: list[dt.date | None] = [D(2020, 3, 1), D(2021, 6, 30)]
    assert not is_due(closings, 5, D(2026, 6, 29))
    assert is_due(closings, 5, D(2026, 6, 30))


def test_an_open_case_or_no_case_or_no_period_is_never_due() -> None:
    assert not is_due([D(2000, 1, 1), None], 5, D(2026, 1, 1))
    assert not is_due([], 5, D(2026, 1, 1))
    assert not is_due([D(2000, 1, 1)], None, D(2026, 1, 1))
    assert latest_closing([None]) is None


def test_years_from_29_february_end_on_28_february() -> None:
    assert add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)


def test_anonymised_values_keep_the_year_choices_and_other_members() -> None:
    assert year_only(D(1948, 11, 30)) == D(1948, 1, 1)
    answers = {"story": "Коваль живе сама", "mobility": "partial", "score": 3}
    assert without_free_text(answers, frozenset({"story"})) == {
        "story": "",
        "mobility": "partial",
        "score": 3,
    }
    members = [{"person_id": "a", "name": "Коваль"}, {"person_id": "b", "name": "Мороз"}]
    assert without_member_name(members, "a") == [
        {"person_id": "a", "name": ""},
        {"person_id": "b", "name": "Мороз"},
    ]


def test_an_erasure_travels_as_plain_json_and_back() -> None:
    erasure = Erasure("e1", ErasureKind.RECTIFY, D(2026, 12, 6), ("phone",), "заява особи")
    assert Erasure.from_obj(erasure.to_obj()) == erasure
    assert not erasure.whole


def test_a_record_sent_again_unscrubbed_is_known_by_its_clocks_and_erased_fields() -> None:
    from socdesk.domain.changes import ChangeRecord, FieldChange

    def record(surname: str, sex: str = "female") -> ChangeRecord:
        fields = {"surname": FieldChange(surname, "h1"), "sex": FieldChange(sex, "h1")}
        return ChangeRecord("c1", "person", "p1", "d1", 1, "", fields)

    erased = frozenset({"surname", "given_name"})
    assert scrubbed_copy(record("Знеособлено"), record("Коваль"), erased)
    assert not scrubbed_copy(record("Знеособлено"), record("Знеособлено"), erased)  # the same
    assert not scrubbed_copy(record("Знеособлено", "male"), record("Коваль"), erased)  # sex kept
    assert not scrubbed_copy(record("Знеособлено"), record("Коваль"), frozenset())  # not erased
    other = ChangeRecord("c1", "person", "p1", "d1", 1, "", {"surname": FieldChange("X", "h2")})
    assert not scrubbed_copy(record("Знеособлено"), other, erased)
