"""Bundles imported in any order, once or twice, give the same final state; an importer killed
at any point leaves nothing half-applied, and importing again completes (issue 15)."""

from __future__ import annotations

import dataclasses
import itertools
import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bundles_support import everything, star
from replicas import state, sync
from sqlalchemy import event
from support import LOGIN, PASSWORD, TODAY, add_person, make_paths

from socdesk.store import meta
from socdesk.store.database import Store
from socdesk.store.people import load_person, update_person
from socdesk.sync.bundles import export_for_centre, import_bundle

__all__ = ["star"]
Star = tuple[Store, Store, Store]
KILLS = int(os.environ.get("SOCDESK_BUNDLE_KILLS", "50"))


def edit(store: Store, person_id: str, **changes: object) -> None:
    with store.write() as uow:
        person = load_person(uow.connection, person_id)
        update_person(uow, person_id, dataclasses.replace(person, **changes), TODAY)


def four_bundles(star: Star, folder: Path) -> list[Path]:
    """Two bundles from each workplace, with edits of one field of one person on both."""
    hub, a, b = star
    person = add_person(a, "Гнатюк")
    sync(a, hub)
    sync(b, hub)
    edit(a, person, given_name="Марія")
    a1 = export_for_centre(a, folder).path
    edit(a, person, patronymic="Іванівна")
    a2 = export_for_centre(a, folder).path  # holds a1's edit too: it is not confirmed yet
    edit(b, person, given_name="Ганна")
    b1 = export_for_centre(b, folder).path
    add_person(b, "Дяченко")
    b2 = export_for_centre(b, folder).path
    return [a1, a2, b1, b2]


def copy_of(hub: Store, source: Path | None, target: Path) -> Store:
    """The hub's folder copied to `target` (already there if no `source`), opened as the hub."""
    if source is not None:
        shutil.copytree(source, target)
    store = Store.open(make_paths(target), LOGIN, PASSWORD)
    with store.writer.begin() as conn:  # a copy is a new device: this one stands for the hub
        meta.put(conn, meta.DEVICE_ID, hub.device_id)
    store.device_id = hub.device_id
    return store


def test_every_order_once_or_twice_gives_the_same_state(star: Star, tmp_path: Path) -> None:
    hub, _a, _b = star
    paths = four_bundles(star, tmp_path)
    source = hub.paths.data_dir
    hub.checkpoint()
    finals = []
    for n, order in enumerate(itertools.permutations(paths)):
        for times in (1, 2):
            store = copy_of(hub, source, tmp_path / f"hub{n}x{times}")
            try:
                for path in order * times:
                    import_bundle(store, path)
                finals.append(state(store))
            finally:
                store.close()
    assert len(finals) == 48
    assert all(final == finals[0] for final in finals)
    people = finals[0]["person"].values()
    assert sorted(p["surname"] for p in people) == ["Гнатюк", "Дяченко"]


def test_an_importer_killed_anywhere_leaves_nothing_half_applied(
    star: Star, tmp_path: Path
) -> None:
    hub, a, _b = star
    for surname in ("Гнатюк", "Дяченко", "Мельник", "Олійник", "Петренко"):
        add_person(a, surname)
    path = export_for_centre(a, tmp_path).path
    before = everything(hub)
    hub.checkpoint()
    source = hub.paths.data_dir
    probe = copy_of(hub, source, tmp_path / "probe")
    statements = count_statements(probe, path)
    expected = everything(probe)
    probe.close()
    assert statements >= KILLS
    points = sorted({1 + i * (statements - 1) // (KILLS - 1) for i in range(KILLS)})
    assert len(points) == KILLS
    for n, point in enumerate(points):
        folder = tmp_path / f"kill{n}"
        shutil.copytree(source, folder)
        killed_at(hub, folder, path, point)
        store = copy_of(hub, None, folder)
        try:
            assert everything(store) == before, f"half-applied when killed at statement {point}"
            assert import_bundle(store, path).report.applied == 5
            assert everything(store)["rows"] == expected["rows"]
        finally:
            store.close()
            shutil.rmtree(folder)


STEPS = 10  # SQLite virtual machine instructions between two chances to die


def on_steps(store: Store, call: Callable[[], None]) -> None:
    """Calls `call` every `STEPS` instructions SQLite runs for the store's writer: inside
    statements and commits, not only between them."""

    def install(conn: Any, *_args: object) -> None:
        conn.connection.dbapi_connection.set_progress_handler(call, STEPS)

    event.listen(store.writer, "before_cursor_execute", install)


def count_statements(store: Store, path: Path) -> int:
    seen = [0]

    def count() -> int:
        seen[0] += 1
        return 0

    on_steps(store, count)
    import_bundle(store, path)
    return seen[0]


def killed_at(hub: Store, folder: Path, path: Path, point: int) -> None:
    """Imports `path` in a child process that is SIGKILLed at its `point`-th chance."""
    child = os.fork()
    if child == 0:  # pragma: no cover - the child never returns
        try:
            store = copy_of(hub, None, folder)
            seen = [0]

            def kill() -> int:
                seen[0] += 1
                if seen[0] == point:
                    os.kill(os.getpid(), signal.SIGKILL)
                return 0

            on_steps(store, kill)
            import_bundle(store, path)
        finally:
            os._exit(0)
    _, status = os.waitpid(child, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
