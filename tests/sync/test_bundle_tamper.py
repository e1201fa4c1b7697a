"""Tampered, forged, misaddressed and replayed bundles are refused before anything changes,
each refusal in the audit log with its Ukrainian reason (issue 15, reliability)."""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest
from bundles_support import audit, enrol, everything, star
from replicas import make_replica
from support import add_person

from socdesk.store.database import Store
from socdesk.sync import bundle, keycards
from socdesk.sync.bundle import SIGNATURE, BadBundle
from socdesk.sync.bundles import (
    export_for_centre,
    export_for_workplace,
    import_bundle,
    own_keys,
)

__all__ = ["star"]
Star = tuple[Store, Store, Store]
FLIPS = int(os.environ.get("SOCDESK_BUNDLE_FLIPS", "1000"))
CUTS = int(os.environ.get("SOCDESK_BUNDLE_CUTS", "200"))
CYRILLIC = re.compile("[а-яіїєґ]{4}", re.IGNORECASE)


def refused(store: Store, data: bytes, folder: Path, name: str = "x.sdbundle") -> BadBundle:
    path = folder / name
    path.write_bytes(data)
    with pytest.raises(BadBundle) as caught:
        import_bundle(store, path)
    assert CYRILLIC.search(str(caught.value)), str(caught.value)
    return caught.value


def sample(star: Star, tmp_path: Path) -> tuple[Path, Path]:
    """Two genuine bundles from workplace a to the centre."""
    _hub, a, _b = star
    add_person(a, "Гнатюк")
    first = export_for_centre(a, tmp_path).path
    add_person(a, "Дяченко")
    return first, export_for_centre(a, tmp_path).path


def test_single_bit_flips_and_truncations_are_all_refused_before_any_write(
    star: Star, tmp_path: Path
) -> None:
    hub, _a, _b = star
    path, _ = sample(star, tmp_path)
    data = path.read_bytes()
    before = everything(hub)
    rng = random.Random(15)
    reasons: set[str] = set()
    for _ in range(FLIPS):
        offset = rng.randrange(len(data))
        flipped = bytearray(data)
        flipped[offset] ^= 1 << rng.randrange(8)
        reasons.add(refused(hub, bytes(flipped), tmp_path).reason)
    for _ in range(CUTS):
        reasons.add(refused(hub, data[: rng.randrange(len(data))], tmp_path).reason)
    assert everything(hub) == before  # nothing changed but the audit log
    rejections = audit(hub, "bundle.rejected")
    assert len(rejections) == FLIPS + CUTS
    assert all(CYRILLIC.search(detail) for detail in rejections)
    assert {"bad_signature", "not_a_bundle", "truncated"} <= reasons
    import_bundle(hub, path)  # the genuine one still imports


def test_headers_swapped_between_bundles_are_refused(star: Star, tmp_path: Path) -> None:
    hub, a, _b = star
    first, second = (p.read_bytes() for p in sample(star, tmp_path))
    h1, h2 = (bundle.read_header(d) for d in (first, second))
    start = 14 + 2 + 4
    swapped = second[: start + len(h2.raw)] + first[start + len(h1.raw) :]
    assert refused(hub, swapped, tmp_path).reason == "bad_signature"
    # Even signed again by the genuine key, the chunks are bound to their own header.
    body = swapped[:-SIGNATURE]
    resigned = body + _sign(a, body)
    assert refused(hub, resigned, tmp_path).reason in {"bad_chunk", "bad_payload"}
    assert len(audit(hub, "bundle.rejected")) == 2


def test_chunks_reordered_or_dropped_do_not_open(star: Star, tmp_path: Path) -> None:
    hub, a, _b = star
    add_person(a, "Гнатюк")
    path = export_for_centre(a, tmp_path).path
    header = bundle.read_header(path.read_bytes())
    keys, to = own_keys(a), own_keys(hub).box_public
    page = bundle.open_payload(path.read_bytes(), header, own_keys(hub).box_private).pages[0]
    values = {k: v for k, v in header.values.items() if k not in ("chunks", "payload_sha256")}
    two = bundle.seal(values, [page, page], keys, to)
    h = bundle.read_header(two)
    start = 20 + len(h.raw)
    chunks, at = [], start
    while at < len(two) - SIGNATURE:  # two pages, then the private part
        end = at + 4 + int.from_bytes(two[at : at + 4], "big")
        chunks.append(two[at:end])
        at = end
    c1, c2, private = chunks
    for rest in (
        c2 + c1 + private,
        c1 + c1 + private,
        c1 + private,
        c1 + c2,
        private + c1 + c2,
        c1 + private + c2,
    ):
        body = two[:start] + rest
        forged = body + _sign(a, body)
        assert refused(hub, forged, tmp_path).reason in {"bad_chunk", "truncated"}


def test_unsigned_misaddressed_unknown_and_revoked_bundles_are_refused(
    star: Star, template_store: Path, tmp_path: Path
) -> None:
    hub, a, b = star
    path, _ = sample(star, tmp_path)
    data = path.read_bytes()
    assert refused(hub, data[:-SIGNATURE], tmp_path).reason in {"bad_signature", "truncated"}
    assert refused(hub, data[:-SIGNATURE] + bytes(SIGNATURE), tmp_path).reason == "bad_signature"
    # For another workplace: b trusts the centre, but the centre's bundle is for a.
    for_a = export_for_workplace(hub, a.device_id, tmp_path).path.read_bytes()
    assert refused(b, for_a, tmp_path).reason == "wrong_recipient"
    other = make_replica(template_store, tmp_path / "other-centre", hub=True)
    stranger = make_replica(template_store, tmp_path / "stranger")
    try:
        enrol(other, a, tmp_path / "cards2")  # a now writes to the other centre
        assert refused(other, data, tmp_path).reason == "wrong_recipient"
        keycards.trust(stranger, keycards.write_card(hub, tmp_path / "cards2"))
        add_person(stranger, "Мельник")
        unknown = export_for_centre(stranger, tmp_path).path.read_bytes()
        assert refused(hub, unknown, tmp_path).reason == "unknown_signer"
    finally:
        other.close()
        stranger.close()
    before = everything(hub)
    keycards.revoke(hub, a.device_id)
    assert refused(hub, data, tmp_path).reason == "revoked_signer"
    assert len(audit(b, "bundle.rejected")) == 1
    assert len(audit(hub, "bundle.rejected")) == 4
    assert everything(hub)["rows"] == before["rows"]


def test_a_canary_surname_never_appears_in_the_file(star: Star, tmp_path: Path) -> None:
    hub, a, _b = star
    canary = "Щербаківський"
    add_person(a, canary, given="Канарка")
    data = export_for_centre(a, tmp_path).path.read_bytes()
    for text in (canary, "Канарка"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "cp1251"):
            assert text.encode(encoding) not in data
    down = export_for_workplace(hub, a.device_id, tmp_path).path.read_bytes()
    assert canary.encode() not in down


def _sign(store: Store, body: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(own_keys(store).sign_private).sign(body)
