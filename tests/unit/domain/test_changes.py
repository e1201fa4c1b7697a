"""Change records serialise canonically; `Changes` combine."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from socdesk.domain.changes import (
    ChangeRecord,
    Changes,
    FieldChange,
    MalformedRecord,
    canonical_json,
)


def test_canonical_bytes_do_not_depend_on_key_order() -> None:
    a = canonical_json({"b": 1, "a": "Олена", "c": [dt.date(2026, 1, 2)]})
    b = canonical_json({"c": [dt.date(2026, 1, 2)], "a": "Олена", "b": 1})
    assert a == b == '{"a":"Олена","b":1,"c":["2026-01-02"]}'.encode()


def test_decimal_and_float() -> None:
    assert canonical_json({"x": Decimal("1234.50")}) == b'{"x":"1234.50"}'
    with pytest.raises(TypeError):
        canonical_json({"x": 1.5})


def test_change_record_round_trip() -> None:
    fields = {"surname": FieldChange("Ґудзь", "h2", "h1"), "x": FieldChange(None, "h3")}
    record = ChangeRecord("c1", "person", "r1", "d", 7, "u", fields)
    again = ChangeRecord.from_json(record.to_json())
    assert again == record
    assert again.to_json() == record.to_json()
    assert again.hlc == "h3"
    assert again.digest() == record.digest()


@pytest.mark.parametrize(
    "text",
    [
        b"not json",
        b"[]",
        b'{"change_id":"c","table":"person","row_id":"r","device":"d","seq":"1","user":"",'
        b'"fields":{}}',
        b'{"change_id":"c","table":"person","row_id":"r","device":"d","seq":1,"user":"",'
        b'"fields":{"a":{"value":1,"hlc":2,"base":""}}}',
        b'{"change_id":"c","table":"person","row_id":"r","device":"d","seq":1,"user":""}',
        b'{"change_id":"c","table":"person","row_id":"r","device":"d","seq":true,"user":"",'
        b'"fields":{}}',
        b'{"change_id":1,"table":"person","row_id":"r","device":"d","seq":1,"user":"","fields":{}}',
        b'{"change_id":"c","table":"person","row_id":"r","device":"d","seq":1,"user":"",'
        b'"fields":[]}',
        b'{"change_id":"c","table":"person","row_id":"r","device":"d","seq":1,"user":"",'
        b'"fields":{"a":"x"}}',
        b'{"change_id":"c","table":"person","row_id":"r","device":"d","seq":1,"user":"",'
        b'"fields":{"a":{"value":1,"hlc":"h"}}}',
        b'{"change_id":"c","table":"person","row_id":"r","device":"d","seq":1,"user":"",'
        b'"fields":{"a":{"value":1,"hlc":"h","base":null}}}',
        b'"text"',
        b"\xff",
    ],
)
def test_malformed_records_are_refused(text: bytes) -> None:
    with pytest.raises(MalformedRecord):
        ChangeRecord.from_json(text)


def test_changes_combine() -> None:
    combined = Changes(recipients=True) | Changes(sync_outbox=True)
    assert combined == Changes(recipients=True, sync_outbox=True)
    assert not Changes()
    assert Changes.of("households")


_TRICKY_TEXT = ["", 'Олена "Ґ" \\ /', "a\nb\tc\x00\x1f\x7f", "😀 ї", "\u2028\u2029"]


@pytest.mark.parametrize(
    "value",
    [
        *_TRICKY_TEXT,
        None,
        True,
        False,
        0,
        -7,
        10**30,
        Decimal("-0.50"),
        dt.date(2026, 1, 2),
        dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        ["b", {"z": 1, "a": [None, True]}],
        {"я": "x", "a": {"c": Decimal("1.0"), "b": ""}},
        (1, "x"),
    ],
)
def test_record_bytes_are_the_canonical_json_of_its_object(value: object) -> None:
    """`to_json` writes the bytes itself (the applier serialises every record it logs): they
    must stay exactly `canonical_json` of the record's object, whatever the values."""
    fields = {
        name: FieldChange(value, f"h{n}", "" if n % 2 else "b") for n, name in enumerate(_NAMES)
    }
    record = ChangeRecord('c"1', "person", "r\\1", "dé", 12, "ю\n", fields)
    expected = canonical_json(
        {
            "change_id": record.change_id,
            "table": record.table,
            "row_id": record.row_id,
            "device": record.device,
            "seq": record.seq,
            "user": record.user,
            "fields": {name: f.to_obj() for name, f in fields.items()},
        }
    )
    assert record.to_json() == expected
    assert ChangeRecord.from_json(expected).to_json() == expected


_NAMES = ["surname", "a", "Z", "ім'я", "field_clocks", 'q"uote', ""]


def test_record_with_a_float_is_not_serialised() -> None:
    record = ChangeRecord("c", "person", "r", "d", 1, "", {"x": FieldChange(1.5, "h")})
    with pytest.raises(TypeError):
        record.to_json()
