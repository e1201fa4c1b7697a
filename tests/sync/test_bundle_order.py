"""Bundles imported in any order, once or twice, give the same final state; an importer killed
at any point leaves nothing half-applied, and importing again completes (issue 15)."""

from __future__ import annotations

import dataclasses
import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bundles_support import everything, star
from replicas import state, sync
from sqlalchemy import event
from support import LOGIN, PASSWORD, TODAY, add_person, make_paths

import socdesk
from socdesk.store import meta
from socdesk.store.database import Store
from socdesk.store.people import load_person, update_person
from socdesk.sync.bundles import export_for_centre, import_bundle

__all__ = ["star"]
Star = tuple[Store, Store, Store]
KILLS = int(os.environ.get("SOCDESK_BUNDLE_KILLS", "50"))
CHILD = Path(__file__).with_name("bundle_kill_child.py")
STEPS = 10  # as in bundle_kill_child.py


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
    chances = count_chances(probe, path)
    expected = everything(probe)
    probe.close()
    assert chances >= KILLS
    points = sorted({1 + i * (chances - 1) // (KILLS - 1) for i in range(KILLS)})
    assert len(points) == KILLS
    folders = [tmp_path / f"kill{n}" for n in range(KILLS)]
    for folder in folders:
        shutil.copytree(source, folder)
    answers = killed_at(hub, path, list(zip(folders, points, strict=True)))
    assert answers == ["killed"] * KILLS
    for folder, point in zip(folders, points, strict=True):
        store = copy_of(hub, None, folder)
        try:
            assert everything(store) == before, f"half-applied when killed at {point}"
            assert import_bundle(store, path).report.applied == 5
            assert everything(store)["rows"] == expected["rows"]
        finally:
            store.close()


def count_chances(store: Store, path: Path) -> int:
    """How many chances to die the child's importer has (as bundle_kill_child counts them)."""
    seen = [0]

    def count() -> int:
        seen[0] += 1
        return 0

    def install(conn: Any, *_args: object) -> None:
        conn.connection.dbapi_connection.set_progress_handler(count, STEPS)

    event.listen(store.writer, "before_cursor_execute", install)
    import_bundle(store, path)
    return seen[0]


def killed_at(hub: Store, path: Path, kills: list[tuple[Path, int]]) -> list[str]:
    """One clean child process forks an importer per (folder, point) and says how each ended."""
    root = Path(socdesk.__file__).parent.parent
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
        "BUNDLE_LOGIN": LOGIN,
        "BUNDLE_PASSWORD": PASSWORD,
    }
    orders = "".join(f"{folder} {point}\n" for folder, point in kills)
    done = subprocess.run(
        [sys.executable, str(CHILD), str(path), hub.device_id],
        input=orders.encode(),
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    return done.stdout.decode().split("\n")[:-1]
