"""USB bundles: importing a bundle end to end vs a bare executemany of the same rows, and a
bundle's size per 1,000 changes vs the same changes as plain JSON (issue 15).

Source: a demo district of another seed (`bench.fixtures.demo_store`, as `bench_sync`), made a
workplace that trusts the centre; its outbox (about `records` change records of every kind) is
exported as one bundle for the centre through the product (`export_for_centre`). Target: a
private copy of the `recipients` store, made the centre.

Product: `import_bundle` (read, size limits, signature, recipient, HPKE open of every chunk,
zstd unpack, decoding and checking every record, apply in one transaction with the change
log, audit, history, search index, and the bundle's entry). Also `apply_remote` alone on the
same records (another copy), so the bundle's own overhead shows apart from the merge.
Baseline: the same rows, one executemany per table in one transaction (`bench_sync._bare`).
Targets: import ratio ≥ 0.2; bundle ≤ 1/6 of plain JSON per 1,000 changes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.bench_sync import RECORDS_PER_RECIPIENT, _bare, _records
from bench.common import save, timed
from bench.data import open_store
from bench.fixtures import UNIT, demo_store, private_copy
from socdesk.domain.ids import new_id
from socdesk.store.replica import HUB, apply_remote, set_role
from socdesk.sync import keycards, wire
from socdesk.sync.bundle import KeyPair, seal
from socdesk.sync.bundles import export_for_centre, import_bundle
from socdesk.sync.exchange import PAGE


def run(recipients: int = 50_000, records: int = 100_000) -> dict[str, object]:
    target = demo_store(recipients)
    per_unit = UNIT * RECORDS_PER_RECIPIENT
    source = demo_store(max(UNIT, -(-records // per_unit) * UNIT), seed=7)
    batch = _records(source)
    raw = [r.to_json() for r in batch]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare_s = _bare(private_copy(target, folder / "bare"), batch)
        apply_s = _apply_only(private_copy(target, folder / "apply"), raw)
        centre = open_store(private_copy(target, folder / "centre"))
        field = open_store(private_copy(source, folder / "field"))
        try:
            assert centre.device_id != field.device_id
            with centre.write() as uow:
                set_role(uow, HUB)
            keycards.trust(field, keycards.write_card(centre, folder))
            keycards.trust(centre, keycards.write_card(field, folder))
            export_s, exported = timed(lambda: export_for_centre(field, folder))
            import_s, imported = timed(lambda: import_bundle(centre, exported.path))
            bundle_bytes = exported.path.stat().st_size
        finally:
            centre.close()
            field.close()
    sample = raw[:1000]
    plain = len(b"[" + b",".join(sample) + b"]")
    keys = KeyPair.generate()
    pages = [wire.pack(sample[i : i + PAGE], "0021") for i in range(0, len(sample), PAGE)]
    sealed = len(seal(_values(len(sample)), pages, keys, KeyPair.generate().box_public))
    outcome = {
        "recipients": recipients,
        "records": len(batch),
        "applied": imported.report.applied,
        "bundle_mb": round(bundle_bytes / 2**20, 2),
        "export_s": round(export_s, 2),
        "import_s": round(import_s, 2),
        "apply_only_s": round(apply_s, 2),
        "bare_s": round(bare_s, 2),
        "ratio": round(bare_s / import_s, 3),  # throughput, bundle import against bare
        "ratio_apply_only": round(bare_s / apply_s, 3),
        "bundle_overhead_s": round(import_s - apply_s, 2),
        "per_1000_json_bytes": plain,
        "per_1000_bundle_bytes": sealed,
        "size_ratio": round(sealed / plain, 4),
        "target": "ratio >= 0.2; size_ratio <= 0.1667",
    }
    save("bundle_import", outcome)
    return outcome


def _apply_only(folder: Path, raw: list[bytes]) -> float:
    store = open_store(folder)
    try:
        with store.write() as uow:
            seconds, _ = timed(lambda: apply_remote(uow, raw, "bench-peer"))
        return seconds
    finally:
        store.close()


def _values(records: int) -> dict[str, object]:
    return {
        "bundle_id": new_id(),
        "kind": "to_centre",
        "sender": new_id(),
        "sender_key": "0" * 32,
        "recipient": new_id(),
        "recipient_key": "1" * 32,
        "schema": "0021",
        "created_at": "2026-12-06T06:00:00Z",
        "first": 1,
        "last": records,
        "feed_cursor": 0,
        "acks": [],
        "records": records,
        "counts": {"person": records},
    }
