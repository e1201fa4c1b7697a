"""A restored backup or a copied data folder becomes a new device (`store.identity`)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text
from support import LOGIN, PASSWORD, add_person, make_paths

from socdesk.domain import hlc as hlc_rules
from socdesk.paths import AppPaths
from socdesk.store import identity, meta
from socdesk.store.backup import restore
from socdesk.store.database import Store


def _outbox(store: Store) -> dict[int, tuple[str, str, bool]]:
    with store.read() as conn:
        rows = conn.execute(text("SELECT seq, change_id, device, state FROM outbox")).all()
    return {row.seq: (row.change_id, row.device, row.state != 0) for row in rows}


def _clock_node(store: Store) -> str:
    with store.read() as conn:
        return hlc_rules.Hlc.parse(meta.get(conn, meta.HLC) or "").node


def _device_audits(store: Store) -> list[tuple[str, str, str]]:
    with store.read() as conn:
        rows = conn.execute(
            text("SELECT device, row_id, detail FROM audit_log WHERE action = 'device.new'")
        ).all()
    return [(r.device, r.row_id, r.detail) for r in rows]


def _one_sent_one_unsent(paths: AppPaths) -> tuple[str, str, dict[int, tuple[str, str, bool]]]:
    """Opens the store (settling its identity), leaves one sent and one unsent entry."""
    with Store.open(paths, LOGIN, PASSWORD) as store:
        add_person(store, "Відправлений")
        with store.writer.begin() as conn:
            conn.execute(text("UPDATE outbox SET state = 1"))  # OutboxState.SENT
        add_person(store, "Невідправлений")
        return store.device_id, store.store_id, _outbox(store)


def _assert_new_device(
    store: Store, old_device: str, store_id: str, before: dict[int, tuple[str, str, bool]]
) -> None:
    assert store.device_id and store.device_id != old_device
    assert store.store_id == store_id
    after = _outbox(store)
    assert after.keys() == before.keys()
    for seq, (change_id, device, sent) in before.items():
        if sent:  # what has left the device stays exactly as it was
            assert after[seq] == (change_id, device, True)
        else:
            assert after[seq][0] != change_id and after[seq][1] == store.device_id
    assert _clock_node(store) == hlc_rules.node_from_device(store.device_id)
    add_person(store, "Після копіювання")
    newest = _outbox(store)[max(_outbox(store))]
    assert newest[1] == store.device_id
    assert [(a[1], a[2].split(",")[1]) for a in _device_audits(store)][-1] == (
        store.device_id,
        "unsent=1",
    )


def test_a_copied_folder_becomes_a_new_device(store_paths: AppPaths, tmp_path: Path) -> None:
    device, store_id, before = _one_sent_one_unsent(store_paths)
    copy = make_paths(tmp_path / "copy")
    shutil.copytree(store_paths.data_dir, copy.data_dir)
    with Store.open(copy, LOGIN, PASSWORD) as store:
        _assert_new_device(store, device, store_id, before)
        assert _device_audits(store)[-1][2].startswith("copied")
    with Store.open(copy, LOGIN, PASSWORD) as again:  # and stays that device
        assert again.device_id == store.device_id
    with Store.open(store_paths, LOGIN, PASSWORD) as original:  # the original is untouched
        assert original.device_id == device and _outbox(original) == before


def test_a_restored_backup_becomes_a_new_device(store_paths: AppPaths, tmp_path: Path) -> None:
    device, store_id, before = _one_sent_one_unsent(store_paths)
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        backup = store.backup(tmp_path / "b")
    restore(store_paths, backup, LOGIN, PASSWORD)
    with Store.open(store_paths, LOGIN, PASSWORD) as restored:
        _assert_new_device(restored, device, store_id, before)
        assert _device_audits(restored)[-1][2].startswith("restored")


def test_an_older_copy_put_back_in_place_is_recognised(
    store_paths: AppPaths, tmp_path: Path
) -> None:
    device, store_id, before = _one_sent_one_unsent(store_paths)
    old = tmp_path / "old.db"
    shutil.copyfile(store_paths.db_file, old)
    Store.open(store_paths, LOGIN, PASSWORD).close()  # the device went on working here
    inode = store_paths.db_file.stat().st_ino
    shutil.copyfile(old, store_paths.db_file)  # same file, same inode, older content
    assert store_paths.db_file.stat().st_ino == inode
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        _assert_new_device(store, device, store_id, before)


def test_reopening_in_place_keeps_the_device(store_paths: AppPaths) -> None:
    device, _, before = _one_sent_one_unsent(store_paths)
    for _ in range(2):
        with Store.open(store_paths, LOGIN, PASSWORD) as store:
            assert store.device_id == device and _outbox(store) == before


def test_a_store_never_recorded_keeps_its_device(store_paths: AppPaths) -> None:
    device, _, before = _one_sent_one_unsent(store_paths)
    with Store.open(store_paths, LOGIN, PASSWORD) as store, store.writer.begin() as conn:
        conn.execute(text("DELETE FROM meta WHERE key = :k"), {"k": identity.INSTANCE})
    (store_paths.data_dir / identity.INSTANCE_FILE).unlink()
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        assert store.device_id == device and _outbox(store) == before
    assert (store_paths.data_dir / identity.INSTANCE_FILE).exists()


def test_a_copied_spoke_and_its_original_both_sync_as_two_devices(
    template_store: Path, tmp_path: Path
) -> None:
    """Without a new id the copy numbers its records like the original: the hub would
    quarantine them as a cloned device, and a pending entry would reach it twice."""
    from replicas import make_replica, push, quarantined

    hub = make_replica(template_store, tmp_path / "hub", hub=True)
    spoke = make_replica(template_store, tmp_path / "a")
    add_person(spoke, "Спільна")  # pending when the folder is copied
    spoke.close()
    shutil.copytree(tmp_path / "a", tmp_path / "copy")
    original = Store.open(make_paths(tmp_path / "a"), LOGIN, PASSWORD)
    copy = Store.open(make_paths(tmp_path / "copy"), LOGIN, PASSWORD)
    try:
        assert copy.device_id != original.device_id
        add_person(original, "Оригінал")
        add_person(copy, "Копія")
        first, second = push(original, hub), push(copy, hub)
        assert quarantined(hub) == []
        assert first.accepted == 2 and second.accepted == 2
        with hub.read() as conn:
            surnames = conn.execute(text("SELECT surname FROM person")).scalars().all()
        assert sorted(surnames) == ["Копія", "Оригінал", "Спільна"]
    finally:
        for store in (hub, original, copy):
            store.close()
