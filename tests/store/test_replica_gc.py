"""Applying a batch pauses Python's cycle collector only while it applies."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import make_replica
from support import add_person

from socdesk.store import changelog
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
