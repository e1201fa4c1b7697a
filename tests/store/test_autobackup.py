"""Automatic backups (on exit and daily, the newest N, on a chosen drive or the data folder)
and the restore drill: a backup restored is whole (integrity, `admin check`) and holds as many
rows in every table as the store had when it was taken. A foreign backup is refused."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from support import FAST_KDF, LOGIN, PASSWORD, add_person, assessing_case, make_paths, populate

from socdesk.domain.errors import NotASocDeskBackup, ValidationError
from socdesk.domain.people import Role
from socdesk.store.autobackup import (
    BackupSettings,
    automatic_backups,
    backup_settings,
    daily_due,
    local_folder,
    make_automatic_backup,
    replace_after_erasure,
    restorable_backups,
    set_backup_settings,
)
from socdesk.store.backup import restore
from socdesk.store.check import run_check
from socdesk.store.database import NewUser, Store

T0 = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)
# Tables a sign-in writes to by itself (the audit entry of opening, the device's facts).
WRITTEN_AT_OPEN = {"audit_log", "meta"}


def _counts(store: Store) -> dict[str, int]:
    with store.read() as conn:
        tables = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ).scalars()
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}


def _set(store: Store, keep: int, folder: str = "") -> None:
    with store.write() as uow:
        set_backup_settings(uow, BackupSettings(keep, folder))


def test_keeps_the_newest_n_and_is_due_once_a_day(store: Store) -> None:
    _set(store, 3)
    assert daily_due(store, T0)  # never backed up
    for hour in range(5):
        made = make_automatic_backup(store, T0 + dt.timedelta(hours=hour))
        assert not made.fell_back and made.path.parent == local_folder(store)
    kept = automatic_backups(local_folder(store), store)
    assert [p.name for p in kept] == [
        f"socdesk-auto-{store.store_id[-8:]}-20261206-{h:02d}0000.socbackup" for h in (13, 12, 11)
    ]
    assert not daily_due(store, T0 + dt.timedelta(hours=20))
    assert daily_due(store, T0 + dt.timedelta(hours=4, days=1))


def test_goes_to_the_chosen_drive_or_to_the_data_folder_when_it_is_missing(
    store: Store, tmp_path: Path
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    _set(store, 7, str(drive))
    assert make_automatic_backup(store, T0).path.parent == drive
    assert not daily_due(store, T0 + dt.timedelta(hours=1))  # the drive's backup counts
    shutil.rmtree(drive)  # the drive is unplugged
    made = make_automatic_backup(store, T0 + dt.timedelta(hours=1))
    assert made.fell_back and made.path.parent == local_folder(store)


def test_two_stores_on_one_drive_keep_and_count_only_their_own_copies(
    store: Store, tmp_path: Path
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    legacy = drive / "socdesk-auto-20261201-090000.socbackup"  # named before the store id
    shutil.copy(store.backup(tmp_path / "old"), legacy)
    other, _ = Store.create(
        make_paths(tmp_path / "other"),
        NewUser(LOGIN, PASSWORD, "Інша Олена", Role.COORDINATOR),
        FAST_KDF,
    )
    with other:
        _set(store, 2, str(drive))
        _set(other, 2, str(drive))
        for hour in range(3):
            make_automatic_backup(other, T0 + dt.timedelta(hours=hour))
        assert daily_due(store, T0 + dt.timedelta(hours=3))  # the other store's copy is not ours
        for hour in range(3):
            make_automatic_backup(store, T0 + dt.timedelta(hours=hour, minutes=30))
        ours, theirs = automatic_backups(drive, store), automatic_backups(drive, other)
        assert len(ours) == 2 and len(theirs) == 2 and not set(ours) & set(theirs)
        assert all(store.store_id[-8:] in p.name for p in ours)
        assert legacy.exists()  # not ours to remove: it may be another store's
        assert restorable_backups(drive, store) == [*ours, legacy]


def test_settings_are_checked_and_audited(store: Store) -> None:
    with pytest.raises(ValidationError):
        _set(store, 0)
    with pytest.raises(ValidationError, match="повний шлях"):
        _set(store, 5, "relative/folder")
    _set(store, 5, "/media/usb")
    with store.read() as conn:
        assert backup_settings(conn) == BackupSettings(5, "/media/usb")
        audited = conn.execute(
            text("SELECT count(*) FROM audit_log WHERE action = 'backup.settings'")
        ).scalar_one()
    assert audited == 1


def test_restore_drill_integrity_and_counts(store: Store) -> None:
    populate(store)
    assessing_case(store)
    backup = make_automatic_backup(store, T0).path
    at_backup = _counts(store)
    assert at_backup["person"] >= 6
    add_person(store, "Пізніша")  # after the backup: must not survive the restore
    store.close()
    restore(store.paths, backup, LOGIN, PASSWORD)
    with Store.open(store.paths, LOGIN, PASSWORD) as restored:
        with restored.read() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert run_check(conn, restored.audit_seal()).ok
        after = _counts(restored)
    same = {t for t in at_backup if t not in WRITTEN_AT_OPEN}
    assert {t: after[t] for t in same} == {t: at_backup[t] for t in same}
    assert after["audit_log"] >= at_backup["audit_log"]


def test_a_backup_of_another_store_is_refused(store: Store, tmp_path: Path) -> None:
    other_paths = make_paths(tmp_path / "other")
    other, _ = Store.create(
        other_paths, NewUser(LOGIN, PASSWORD, "Інша Олена", Role.COORDINATOR), FAST_KDF
    )
    add_person(other, "Чужа")
    foreign = other.backup(tmp_path / "other-backup")
    other.close()
    store.close()
    with pytest.raises(NotASocDeskBackup, match="іншого сховища"):
        restore(store.paths, foreign, LOGIN, PASSWORD)
    assert not list(store.paths.data_dir.glob(".restore-*"))
    empty = make_paths(tmp_path / "empty")
    empty.data_dir.mkdir()
    restore(empty, foreign, LOGIN, PASSWORD)  # into an empty folder it is welcome
    with Store.open(empty, LOGIN, PASSWORD) as opened, opened.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM person")).scalar_one() == 1


def test_after_an_erasure_the_old_backups_stay_when_the_new_one_fails(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E4: the drive is full or pulled out while the new backup is written: the older ones
    are still there (there is never no backup at all)."""
    _set(store, 3)
    older = [make_automatic_backup(store, T0 + dt.timedelta(hours=h)).path for h in range(2)]

    def full_drive(target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "backup", full_drive)
    with pytest.raises(OSError):
        replace_after_erasure(store)
    assert all(p.exists() for p in older)
    monkeypatch.undo()
    assert replace_after_erasure(store) == 2
    kept = automatic_backups(local_folder(store), store)
    assert len(kept) == 1 and kept[0] not in older
