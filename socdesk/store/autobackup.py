"""Automatic backups: one when the app closes and one a day while it runs, kept to the newest
N, in a folder the coordinator chose (a USB drive, a second disk) or else `backups/auto` in
the data folder. Each is an ordinary `.socbackup` (store/backup.py: encrypted like the store).

The settings live in the store's `meta` table (this computer's store, never synced); changing
them is audited. When the chosen folder is missing (the drive is not plugged in), the backup
goes to the data folder instead and says so: a backup is never skipped for want of a drive.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import noop
from socdesk.store import meta
from socdesk.store.backup import SUFFIX
from socdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from socdesk.store.database import Store

log = logging.getLogger(__name__)
KEEP_KEY, FOLDER_KEY = "backup.keep", "backup.folder"
DEFAULT_KEEP, MAX_KEEP = 7, 100
PREFIX = "socdesk-auto-"  # then the store's short id: socdesk-auto-<8 hex>-<UTC time>
STAMP = "%Y%m%d-%H%M%S"
STAMP_CHARS = len("20261206-090000")
DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class BackupSettings:
    keep: int = DEFAULT_KEEP
    folder: str = ""  # "": the data folder's backups/auto


@dataclass(frozen=True, slots=True)
class AutoBackup:
    path: Path
    fell_back: bool  # the chosen folder was missing: written to the data folder instead
    removed: int  # older automatic backups removed to keep N


def backup_settings(conn: Connection) -> BackupSettings:
    try:
        keep = int(meta.get(conn, KEEP_KEY) or DEFAULT_KEEP)
    except ValueError:
        keep = DEFAULT_KEEP
    return BackupSettings(max(1, min(MAX_KEEP, keep)), meta.get(conn, FOLDER_KEY) or "")


def set_backup_settings(uow: UnitOfWork, settings: BackupSettings) -> None:
    """Saves how many automatic backups to keep and where (audited)."""
    if not 1 <= settings.keep <= MAX_KEEP:
        raise ValidationError(
            noop("Domain", "Зберігати можна від 1 до 100 автоматичних копій."), "keep"
        )
    folder = settings.folder.strip()
    if folder and not Path(folder).is_absolute():
        raise ValidationError(
            noop("Domain", "Вкажіть повний шлях до теки резервних копій."), "folder"
        )
    meta.put(uow.connection, KEEP_KEY, str(settings.keep))
    meta.put(uow.connection, FOLDER_KEY, folder)
    uow.audit_action("backup.settings", "meta", [f"keep={settings.keep}", f"folder={folder}"])


def local_folder(store: Store) -> Path:
    return store.paths.backups_dir / "auto"


def target_folder(store: Store, settings: BackupSettings) -> tuple[Path, bool]:
    """Where the next automatic backup goes, and whether that is the fallback."""
    if settings.folder:
        chosen = Path(settings.folder)
        if chosen.is_dir():
            return chosen, False
        return local_folder(store), True
    return local_folder(store), False


def store_prefix(store: Store) -> str:
    """This store's automatic backups' prefix: several stores may back up to one drive, and
    each keeps (and counts) only its own copies."""
    return f"{PREFIX}{store.store_id[-8:]}-"


def automatic_backups(folder: Path, store: Store) -> list[Path]:
    """This store's automatic backups in `folder`, newest first (by the time in their names)."""
    found = folder.glob(f"{store_prefix(store)}*{SUFFIX}")
    return sorted((p for p in found if _taken_at(p)), key=lambda p: p.name, reverse=True)


def restorable_backups(folder: Path, store: Store) -> list[Path]:
    """This store's automatic backups and those named before the store id was in the name
    (`socdesk-auto-<UTC time>`: whose they are is told only when restoring), newest first."""
    older = [p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if _is_unnamed(p)]
    ours = automatic_backups(folder, store)
    return sorted([*ours, *older], key=taken_at, reverse=True)


def taken_at(path: Path) -> dt.datetime:
    """When an automatic backup was made, by its name (a name without a time: long ago)."""
    return _taken_at(path) or dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _is_unnamed(path: Path) -> bool:
    stamp = path.name.removeprefix(PREFIX).removesuffix(SUFFIX)
    return len(stamp) == STAMP_CHARS and _taken_at(path) is not None


def _taken_at(path: Path) -> dt.datetime | None:
    try:
        stamp = path.name.removesuffix(SUFFIX)[-STAMP_CHARS:]
        return dt.datetime.strptime(stamp, STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def last_backup_at(store: Store, settings: BackupSettings) -> dt.datetime | None:
    """When this store's newest automatic backup (in the chosen folder or the data folder) was
    made."""
    folders = {local_folder(store), *([Path(settings.folder)] if settings.folder else [])}
    times = [t for f in folders for p in automatic_backups(f, store)[:1] if (t := _taken_at(p))]
    return max(times, default=None)


def daily_due(store: Store, now: dt.datetime) -> bool:
    with store.read() as conn:
        settings = backup_settings(conn)
    last = last_backup_at(store, settings)
    return last is None or now - last >= DAY


def make_automatic_backup(store: Store, now: dt.datetime) -> AutoBackup:
    """Writes `socdesk-auto-<store>-<UTC time>.socbackup` and removes this store's oldest
    beyond N there (another store's copies, and those named before, are left alone)."""
    with store.read() as conn:
        settings = backup_settings(conn)
    folder, fell_back = target_folder(store, settings)
    stamp = now.astimezone(dt.UTC).strftime(STAMP)
    path = store.backup(folder / f"{store_prefix(store)}{stamp}{SUFFIX}")
    removed = 0
    for old in automatic_backups(folder, store)[settings.keep :]:
        old.unlink(missing_ok=True)
        removed += 1
    if fell_back:
        log.warning("backup folder missing; automatic backup written to the data folder")
    return AutoBackup(path, fell_back, removed)


def replace_after_erasure(store: Store) -> int:
    """After data was erased (store/erasure.py): removes every backup of this store that was
    made before it (automatic ones here and in the chosen folder, and those made before a
    migration), which still hold the erased values, once a new automatic backup is made in
    their place; how many were removed. Backups copied elsewhere by hand are beyond its reach (the
    README says so)."""
    with store.read() as conn:
        settings = backup_settings(conn)
    folders = {local_folder(store), *([Path(settings.folder)] if settings.folder else [])}
    older = [p for f in folders if f.is_dir() for p in restorable_backups(f, store)]
    older += store.paths.backups_dir.glob(f"socdesk-before-migration-*{SUFFIX}")
    if not older:
        return 0
    # The new one first: should it fail (the drive full or pulled out), the older ones stay,
    # so that there is never no backup at all (issue 17, E4).
    made = make_automatic_backup(store, dt.datetime.now(dt.UTC)).path
    older = [p for p in older if p.resolve() != made.resolve()]
    for path in older:
        path.unlink(missing_ok=True)
    log.info("erasure: %d earlier backups replaced by a new one", len(older))
    return len(older)
