"""A person record against the person's erasures (domain/erasure_merge.py): the erasures list
is a grow-only set in one order everywhere; a value older than an erasure covering its field
is not merged and not logged; a later one merges as any edit."""

from __future__ import annotations

import datetime as dt

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.erasure_merge import bad_erasures, erasures_update, logged, split, written_by
from socdesk.domain.hlc import Hlc
from socdesk.domain.retention import (
    Erasure,
    ErasureKind,
    covered_clocks,
    merged_erasures,
)

D = dt.date
T1, T2, T3 = "0001-0000-" + "a" * 32, "0002-0000-" + "a" * 32, "0003-0000-" + "a" * 32


def _entry(id_: str, on: dt.date, fields: tuple[str, ...], hlc: str = "") -> Erasure:
    return Erasure(id_, ErasureKind.UNLAWFUL, on, fields, "заява", hlc)


def _record(**fields: FieldChange) -> ChangeRecord:
    return ChangeRecord("c1", "person", "p1", "d1", 1, "", fields)


def test_the_union_is_ordered_by_date_then_id_whatever_comes_first() -> None:
    a = _entry("b", D(2026, 1, 2), ("notes",)).to_obj()
    b = _entry("a", D(2026, 1, 2), ("phone",)).to_obj()
    c = _entry("z", D(2025, 5, 1), ("*",)).to_obj()
    assert merged_erasures([a], [b, c]) == merged_erasures([c, b, a], [a]) == [c, b, a]
    assert merged_erasures([a], "not a list", [{"id": "broken"}]) == [a]


def test_an_entry_made_before_clocks_were_kept_keeps_its_shape_and_covers_nothing() -> None:
    old = _entry("a", D(2026, 1, 2), ("notes",))
    assert "hlc" not in old.to_obj() and Erasure.from_obj(old.to_obj()) == old
    assert covered_clocks([old]) == {}
    whole = _entry("b", D(2026, 1, 2), ("*",), T2)
    assert covered_clocks([whole])["given_name"] == T2
    assert "sex" not in covered_clocks([whole])  # anonymisation keeps it


def test_an_older_value_is_neither_merged_nor_logged_and_a_newer_one_is() -> None:
    entry = _entry("a", D(2026, 1, 2), ("notes", "phone"), T2)
    row = {
        "notes": "",
        "phone": "+380671112233",
        "erasures": [entry.to_obj()],
        "field_clocks": {"notes": T2, "phone": T2, "erasures": T2},
        "hlc": T2,
    }
    late = _record(notes=FieldChange("канарка", T1), phone=FieldChange("+380", T3))
    found = split(late, row)
    assert found is not None and set(found.merge.fields) == {"phone"}
    assert found.held == {"notes": T2} and found.notices == ("notes",)
    kept = logged(late, found, written_by(found.held, row, list))
    assert kept.fields["notes"] == FieldChange("", T1)  # what the erasure wrote, its clock
    assert kept.fields["phone"] == late.fields["phone"]
    assert found.brought == [] and erasures_update(found, row) is None
    assert split(_record(notes=FieldChange("нове", T3)), row) is None


def test_a_list_without_the_rows_entry_merges_by_union() -> None:
    mine = _entry("a", D(2026, 1, 2), ("notes",), T2)
    theirs = _entry("b", D(2026, 1, 1), ("phone",), T1)
    row = {
        "notes": "",
        "erasures": [mine.to_obj()],
        "field_clocks": {"erasures": T2},
        "hlc": T2,
    }
    found = split(_record(erasures=FieldChange([theirs.to_obj()], T1)), row)
    assert found is not None and found.brought == [theirs]
    assert "erasures" not in found.merge.fields
    assert erasures_update(found, row) == {
        "erasures": [theirs.to_obj(), mine.to_obj()],
        "field_clocks": {"erasures": T2},
        "hlc": T2,
    }


def test_an_erasure_whose_clock_is_not_one_or_is_after_its_change_is_refused() -> None:
    change = str(Hlc(2_000, 0, "b" * 32))
    fine = _entry("a", D(2026, 1, 2), ("notes",), str(Hlc(1_000, 0, "a" * 32))).to_obj()
    legacy = _entry("b", D(2025, 1, 2), ("notes",)).to_obj()
    assert bad_erasures(_record(erasures=FieldChange([fine, legacy], change))) is None
    for stamp in ("garbage", str(Hlc(16**15, 0, "a" * 32))):  # far in the future
        entry = _entry("c", D(2026, 1, 2), ("notes",), stamp).to_obj()
        assert bad_erasures(_record(erasures=FieldChange([fine, entry], change))) is not None
