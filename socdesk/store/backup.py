"""Backups: one `.socbackup` file holding the encrypted store, its key file and a manifest.

The store is copied with SQLite's online backup API into a copy keyed with the same data key,
so a backup is as safe on a USB stick as the store on the laptop; the key file inside lets any
user of the store (or the recovery key) open it. The manifest holds no personal data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import json
import os
import secrets
import shutil
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from socdesk import __version__
from socdesk.domain.errors import NotASocDeskBackup
from socdesk.domain.messages import noop
from socdesk.paths import DB_FILE, KEY_FILE, AppPaths
from socdesk.store.engine import connect_raw, mapped_errors
from socdesk.store.files import atomic_writer, private_dir
from socdesk.store.identity import INSTANCE, INSTANCE_FILE, RESTORED
from socdesk.store.lock import DataFolderLock

MANIFEST = "manifest.json"
FORMAT = "socdesk-backup"
VERSION = 1
SUFFIX = ".socbackup"
COPY_PREFIX = ".socdesk-copy-"
STALE_COPY_S = 3600
FOREIGN = noop(
    "Domain",
    "Це резервна копія іншого сховища (іншого робочого місця), а не цього; її не відновлено. "
    "Щоб відкрити її, відновіть її в порожню папку даних: "
    "socdesk --data-dir НОВА_ПАПКА admin restore ФАЙЛ.",
)


@dataclass(frozen=True, slots=True)
class BackupManifest:
    schema_revision: str
    created_at: str
    app_version: str


def pre_migration_backup(paths: AppPaths, data_key: bytes, revision: str) -> Path:
    """A backup before migrating from `revision`. One per revision is kept: a migration that
    fails and is retried at every start must not stack a full copy each time (the older ones
    are of the same store at the same revision, as the failure changed nothing; the newest is
    the one to keep)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    prefix = f"socdesk-before-migration-{revision}-"
    target = private_dir(paths.backups_dir) / f"{prefix}{stamp}.socbackup"
    made = write_backup(paths, data_key, revision, target)
    for older in paths.backups_dir.glob(f"{prefix}*.socbackup"):
        if older != made:
            older.unlink(missing_ok=True)
    return made


def write_backup(paths: AppPaths, data_key: bytes, revision: str, target: Path) -> Path:
    """Writes the backup atomically to `target` and returns it.

    The store's copy is made next to the target under a temporary name (`.socdesk-copy-…`),
    never in the system's temp folder, and removed in any case; a copy left by a killed
    backup is removed by the next backup into that folder. The backup file itself appears
    only whole (`atomic_writer`), with mode 0600.
    """
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    if target.parent.is_relative_to(paths.data_dir):
        private_dir(target.parent)  # backups in the data folder are as private as the store
    target.parent.mkdir(parents=True, exist_ok=True)
    _sweep_stale_copies(target.parent)
    copy = target.parent / f"{COPY_PREFIX}{secrets.token_hex(8)}.tmp"
    with mapped_errors(target.parent):
        try:
            os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            # The key file before the copy: its audit anchor then names an entry the copy has.
            key_file = paths.key_file.read_bytes()
            src = connect_raw(paths.db_file, data_key)
            try:
                dst = connect_raw(copy, data_key)
                try:
                    src.backup(dst, pages=4096)
                finally:
                    dst.close()
            finally:
                src.close()
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "schema_revision": revision,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "app_version": __version__,
            }
            with atomic_writer(target) as handle, tarfile.open(fileobj=handle, mode="w") as tar:
                _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=1).encode())
                _add_bytes(tar, KEY_FILE, key_file)
                tar.add(copy, arcname=DB_FILE, filter=_private)
        finally:
            for leftover in (copy, *(copy.with_name(copy.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
    return target


def _private(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.mode = 0o600
    return info


def _sweep_stale_copies(folder: Path) -> None:
    """Removes the store copies and half-written backup files that a killed backup left
    (older than an hour: a backup running now in another process keeps its own)."""
    cutoff = time.time() - STALE_COPY_S
    for stale in [*folder.glob(f"{COPY_PREFIX}*"), *folder.glob(f".*{SUFFIX}.*.tmp")]:
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                stale.unlink()


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def read_manifest(path: Path) -> BackupManifest:
    """The manifest of a backup file, or `NotASocDeskBackup`."""
    try:
        with tarfile.open(path, mode="r:") as tar:
            names = set(tar.getnames())
            if names != {MANIFEST, KEY_FILE, DB_FILE}:
                raise NotASocDeskBackup()
            member = tar.extractfile(MANIFEST)
            assert member is not None
            data = json.loads(member.read())
    except (tarfile.TarError, OSError, ValueError, KeyError):
        raise NotASocDeskBackup() from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotASocDeskBackup()
    version, revision = data.get("version"), data.get("schema_revision")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotASocDeskBackup(
            noop("Domain", "Резервна копія пошкоджена: у її описі невідома версія формату.")
        )
    if version > VERSION:
        raise NotASocDeskBackup(
            noop(
                "Domain",
                "Резервну копію створено новішою версією SocDesk. "
                "Оновіть SocDesk на цьому комп’ютері.",
            )
        )
    if not isinstance(revision, str) or not revision:
        raise NotASocDeskBackup(
            noop("Domain", "Резервна копія пошкоджена: у її описі немає версії схеми даних.")
        )
    return BackupManifest(
        revision, str(data.get("created_at", "")), str(data.get("app_version", ""))
    )


def unpack(path: Path, folder: Path) -> None:
    """Extracts the store and key file of a checked backup into `folder`."""
    with tarfile.open(path, mode="r:") as tar:
        for name in (DB_FILE, KEY_FILE):
            member = tar.extractfile(name)
            assert member is not None
            fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                os.fchmod(fd, 0o600)  # whatever the umask, and whatever the archive says
                shutil.copyfileobj(member, out)


def restore_files(backup_file: Path, paths: AppPaths) -> None:
    """Puts a backup's store and key file in place of the live ones (no connection may be open).

    Used after a failed migration changed the store; the backup is this store's own, so the
    same keys open it.
    """
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=paths.data_dir) as tmp:
        unpack(backup_file, Path(tmp))
        for suffix in ("-wal", "-shm"):
            (paths.data_dir / (DB_FILE + suffix)).unlink(missing_ok=True)
        for name in (DB_FILE, KEY_FILE):
            (Path(tmp) / name).replace(paths.data_dir / name)


def set_aside(paths: AppPaths) -> Path | None:
    """Moves the live store files into `backups/replaced-<time>[-n]/` (before a restore).

    The caller holds the folder's exclusive lock (`DataFolderLock`). A name is never reused:
    two restores in one second keep both stores (`-2`, `-3`, … after the time).
    """
    if not paths.db_file.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    private_dir(paths.backups_dir)
    for n in itertools.count(1):
        folder = paths.backups_dir / (f"replaced-{stamp}" + (f"-{n}" if n > 1 else ""))
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        break
    for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEY_FILE, INSTANCE_FILE):
        with contextlib.suppress(FileNotFoundError):
            (paths.data_dir / name).replace(folder / name)
    return folder


def check_restorable(paths: AppPaths, backup_file: Path) -> BackupManifest:
    """The backup's manifest, once it is known to be a SocDesk backup, not newer than this
    build, and of this store (or the folder has no store): what can be checked before the
    store is closed and the password asked. `restore` checks it all again, and the rest."""
    from socdesk.store.keys import KeyFile
    from socdesk.store.migrate import check_not_newer

    manifest = read_manifest(backup_file)
    check_not_newer(manifest.schema_revision)
    if paths.key_file.exists():
        with tarfile.open(backup_file, mode="r:") as tar:
            member = tar.extractfile(KEY_FILE)
            assert member is not None
            try:  # the key file's store id is in the clear (store/keys.py)
                theirs = json.loads(member.read())["store_id"]
            except (ValueError, KeyError, TypeError):
                raise NotASocDeskBackup() from None
        if KeyFile.load(paths.key_file).store_id != theirs:
            raise NotASocDeskBackup(FOREIGN)
    return manifest


def restore(paths: AppPaths, backup_file: Path, login: str, password: str) -> Path | None:
    """Replaces the live store with a backup, after checking the backup whole.

    The backup must be a SocDesk backup of a schema this build knows, of this store (the
    store id in its key file; any backup goes into an empty folder), the login must open it,
    and it must pass `integrity_check`. Only then is the live store moved aside (returned
    folder) and the backup put in its place. The next open migrates it if it is older.
    Refused (`StoreInUse`) while any process, this one included, has the store open.
    """
    check_restorable(paths, backup_file)
    with DataFolderLock.exclusive(paths.data_dir):
        # Under the exclusive lock no other restore runs: any unpacked copy is a killed one's.
        for stale in paths.data_dir.glob(".restore-*"):
            shutil.rmtree(stale, ignore_errors=True)
        aside = _unpack_check_and_replace(paths, backup_file, login, password)
    return aside


def _unpack_check_and_replace(
    paths: AppPaths, backup_file: Path, login: str, password: str
) -> Path | None:
    from socdesk.store.keys import KeyFile

    with tempfile.TemporaryDirectory(prefix=".restore-", dir=paths.data_dir) as tmp:
        folder = Path(tmp)
        with mapped_errors(folder):
            unpack(backup_file, folder)
        if (folder / DB_FILE).stat().st_size == 0:  # SQLite would take it for a new store
            raise NotASocDeskBackup(
                noop("Domain", "Резервна копія пошкоджена: файл сховища в ній порожній.")
            )
        keys = KeyFile.load(folder / KEY_FILE)
        if paths.key_file.exists() and KeyFile.load(paths.key_file).store_id != keys.store_id:
            raise NotASocDeskBackup(FOREIGN)
        _, data_key = keys.unwrap_with_password(login, password)
        with mapped_errors(folder):
            conn = connect_raw(folder / DB_FILE, data_key)
            try:
                if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise NotASocDeskBackup(
                        noop(
                            "Domain", "Резервна копія пошкоджена: перевірка цілісності не пройшла."
                        )
                    )
                # The restored store is a new device (store.identity): it must not go on with the
                # outbox and clock of the device the backup was taken on.
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (INSTANCE, RESTORED)
                )
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        aside = set_aside(paths)
        for name in (DB_FILE, KEY_FILE):
            (folder / name).replace(paths.data_dir / name)
    return aside
