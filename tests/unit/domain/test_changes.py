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
