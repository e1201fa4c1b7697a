"""Applying a batch pauses Python's cycle collector, and a large one raises the page cache,
only while it applies."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import make_replica
from support import add_person

from socdesk.store import apply_batch, changelog, replica
from socdesk.store.database import Store
from socdesk.store.replica import apply_remote


@pytest.fixture
def pair(template_store: Path, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    source = make_replica(template_store, tmp_path / "a")
    target = make_replica(template_store, tmp_path / "b")
    yield source, target
    for store in (source, target):
        store.close()


def test_the_collector_runs_again_after_an_apply_and_after_a_failed_one(
    pair: tuple[Store, Store],
) -> None:
    source, target = pair
    add_person(source, "Гнатюк", "Марія")
    with source.read() as conn:
        raw = [r.to_json() for r in changelog.outgoing(conn)]
    with target.write() as uow:
        result = apply_remote(uow, raw, "peer")
    assert result.applied and gc.isenabled()

    def broken() -> Iterator[bytes]:
        yield raw[0]
        raise RuntimeError("the connection dropped")

    with pytest.raises(RuntimeError), target.write() as uow:
        apply_remote(uow, broken(), "peer")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(pair: tuple[Store, Store]) -> None:
    _, target = pair
    gc.disable()
    try:
        with target.write() as uow:
            apply_remote(uow, [], "peer")
        assert not gc.isenabled()
    finally:
        gc.enable()


def _cache_size(store_conn: object) -> int:
    return int(store_conn.exec_driver_sql("PRAGMA cache_size").scalar())  # type: ignore[attr-defined]


def _spy_cache(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The page cache each apply sees while it applies its records."""
    seen: list[int] = []
    applying = replica._Applier._apply_all

    def spying(self: replica._Applier, parsed: list[object]) -> None:
        seen.append(_cache_size(self.conn))
        applying(self, parsed)  # type: ignore[arg-type]

    monkeypatch.setattr(replica._Applier, "_apply_all", spying)
    return seen


def test_a_large_batch_raises_the_page_cache_while_it_applies_and_puts_it_back(
    pair: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = pair
    add_person(source, "Гнатюк", "Марія")
    with source.read() as conn:
        raw = [r.to_json() for r in changelog.outgoing(conn)]
    monkeypatch.setattr(apply_batch, "LARGE_BATCH", len(raw))
    seen = _spy_cache(monkeypatch)
    with target.write() as uow:
        usual = _cache_size(uow.connection)
        result = apply_remote(uow, raw, "peer")
        after = _cache_size(uow.connection)
    assert result.applied
    assert seen == [-apply_batch.LARGE_CACHE_KIB] and usual != seen[0] and after == usual

    def failing(self: replica._Applier, parsed: list[object]) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(replica._Applier, "_apply_all", failing)
    with pytest.raises(RuntimeError), target.write() as uow:
        try:
            apply_remote(uow, raw, "peer")
        finally:
            assert _cache_size(uow.connection) == usual


def test_a_small_batch_keeps_the_usual_page_cache(
    pair: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = pair
    add_person(source, "Гнатюк", "Марія")
    with source.read() as conn:
        raw = [r.to_json() for r in changelog.outgoing(conn)]
    monkeypatch.setattr(apply_batch, "LARGE_BATCH", len(raw) + 1)
    seen = _spy_cache(monkeypatch)
    with target.write() as uow:
        usual = _cache_size(uow.connection)
        apply_remote(uow, raw, "peer")
    assert seen == [usual]
