"""Hypothesis against the bundle reader and the change decoder: whatever the bytes, reading
ends in a refusal (`BadBundle`) or in checked records, never in another exception, and
unpacking stays within its caps (issue 15)."""

from __future__ import annotations

import json
import tracemalloc
from typing import Any

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.sync import bundle_check, wire
from socdesk.sync.bundle import BadBundle, KeyPair, open_payload, read_header, seal, verify

SENDER, RECIPIENT = KeyPair.generate(), KeyPair.generate()
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def record(n: int) -> bytes:
    return ChangeRecord(
        change_id=f"c{n:04d}",
        table="person",
        row_id=f"r{n:04d}",
        device="d1",
        seq=n,
        user="",
        fields={"surname": FieldChange(f"Гнатюк {n}", f"{n:016x}-0000-d1", "")},
    ).to_json()


def values(**changes: Any) -> dict[str, Any]:
    return {
        "bundle_id": "b1",
        "kind": "to_centre",
        "sender": "d1",
        "sender_key": SENDER.key_id,
        "recipient": "hub",
        "recipient_key": RECIPIENT.key_id,
        "schema": "0021",
        "created_at": "2026-12-06T06:00:00Z",
        "first": 1,
        "last": 3,
        "feed_cursor": 0,
        "acks": [],
        "records": 3,
        "counts": {"person": 3},
        **changes,
    }


GENUINE = seal(
    values(), [wire.pack([record(n) for n in (1, 2, 3)], "0021")], SENDER, RECIPIENT.box_public
)


def read(data: bytes, resign: bool = False) -> list[ChangeRecord]:
    """Everything the importer checks before it writes, without a store."""
    if resign:  # the sender's own key over garbage: what lies past the signature is fuzzed
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        body = data[:-64]
        data = body + Ed25519PrivateKey.from_private_bytes(SENDER.sign_private).sign(body)
    header = read_header(data)
    verify(data, SENDER.sign_public)
    payload = open_payload(data, header, RECIPIENT.box_private)
    return bundle_check.records_of(header, payload.pages)


def test_the_genuine_bundle_reads() -> None:
    assert [r.seq for r in read(GENUINE)] == [1, 2, 3]


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes_are_refused_cleanly(data: bytes) -> None:
    with pytest.raises(BadBundle):
        read(data)


@FUZZ
@given(
    st.lists(st.tuples(st.integers(0, len(GENUINE) - 1), st.integers(0, 255)), max_size=8),
    st.booleans(),
    st.integers(0, len(GENUINE)),
)
def test_mutated_bundles_are_refused_cleanly(
    edits: list[tuple[int, int]], resign: bool, cut: int
) -> None:
    data = bytearray(GENUINE)
    for offset, value in edits:
        data[offset] = value
    data = data[: max(cut, len(data) - 200)] if cut % 3 == 0 else data
    if bytes(data) == GENUINE:
        return
    try:
        read(bytes(data), resign)
    except BadBundle:
        return
    assert resign  # only a re-signed body with untouched chunks can still read


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@FUZZ
@given(st.lists(st.binary(max_size=64) | JSONISH.map(lambda v: json.dumps(v).encode()), max_size=5))
def test_any_records_sealed_properly_are_decoded_or_refused(lines: list[bytes]) -> None:
    lines = [line.replace(b"\n", b" ") for line in lines]
    sealed = seal(
        values(records=len(lines)), [wire.pack(lines, "0021")], SENDER, RECIPIENT.box_public
    )
    try:
        records = read(sealed)
    except BadBundle:
        return
    assert all(isinstance(r, ChangeRecord) for r in records)


def test_a_compression_bomb_inside_a_signed_bundle_stays_within_the_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(wire, "MAX_UNPACKED", 2 * 1024 * 1024)
    header = json.dumps({"format": 1, "schema": "0021", "count": 1}).encode()
    bomb = zstandard.ZstdCompressor().compress(header + b"\n" + b"x" * (256 * 1024 * 1024))
    sealed = seal(values(records=1), [bomb], SENDER, RECIPIENT.box_public)
    assert len(sealed) < 64 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(BadBundle):
            read(sealed)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024
