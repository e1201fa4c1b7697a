"""A page of change records travels as the same bytes, and a bad page is refused whole."""

from __future__ import annotations

import json

import pytest
import zstandard

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.sync import wire
from socdesk.sync.wire import BadPage, pack, unpack


def record(n: int) -> bytes:
    return ChangeRecord(
        change_id=f"c{n:04d}",
        table="person",
        row_id=f"r{n:04d}",
        device="d" * 32,
        seq=n,
        user="w1",
        fields={"surname": FieldChange(f"Дʼяченко {n}", f"{n:016x}-0000-{'d' * 32}", "")},
    ).to_json()


def test_records_come_out_byte_for_byte() -> None:
    records = [record(n) for n in range(50)]
    page = unpack(pack(records, "0018"))
    assert page.schema == "0018" and page.records == records
    assert unpack(pack([], "0018")).records == []


def test_a_compression_bomb_is_refused_within_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wire, "MAX_UNPACKED", 1024 * 1024)
    header = json.dumps({"format": 1, "schema": "0018", "count": 1}).encode()
    bomb = zstandard.ZstdCompressor().compress(header + b"\n" + b"x" * (8 * 1024 * 1024))
    assert len(bomb) < 64 * 1024
    with pytest.raises(BadPage, match="більша за 1 МБ"):
        unpack(bomb)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"format": 2, "schema": "0018", "count": 0}', "Оновіть програму"),
        (b'{"schema": "0018"}', "заголовка"),
        (b"not json at all", "заголовка"),
        (b'{"format": 1, "schema": "0018", "count": 3}\n{}', "неповна"),
    ],
)
def test_a_wrong_header_or_count_refuses_the_page(body: bytes, expected: str) -> None:
    with pytest.raises(BadPage, match=expected):
        unpack(zstandard.ZstdCompressor().compress(body))


def test_bytes_that_are_not_zstd_are_refused() -> None:
    with pytest.raises(BadPage, match="zstd"):
        unpack(b'{"format": 1}')


def test_a_record_spanning_lines_cannot_be_packed() -> None:
    with pytest.raises(ValueError, match="one line"):
        pack([b'{"a":\n1}'], "0018")
