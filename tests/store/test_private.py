"""The data folder is private (0700, files 0600), backups leave nothing behind, and a failed
migration does not stack a full backup on every retry."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import FAST_KDF, LOGIN, PASSWORD, add_person, make_paths

from socdesk import logs
from socdesk.domain.people import Role
from socdesk.paths import AppPaths
from socdesk.store import backup, migrate
from socdesk.store.backup import restore
from socdesk.store.database import NewUser, Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
CHILD = Path(__file__).with_name("backup_child.py")


@pytest.fixture(autouse=True)
def _loose_umask() -> Iterator[None]:
    """The usual umask (022) would make every new file world-readable."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _assert_private(folder: Path) -> None:
    assert _mode(folder) == 0o700, folder
    for path in folder.rglob("*"):
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_a_new_store_is_private(tmp_path: Path) -> None:
    paths = make_paths(tmp_path / "data")
    store, _ = Store.create(paths, NewUser(LOGIN, PASSWORD, "Олена", Role.COORDINATOR), FAST_KDF)
    with store:
        add_person(store, "Коваль")
        assert (paths.data_dir / "socdesk.db-wal").exists()
        store.backup(paths.backups_dir / "manual")
        _assert_private(paths.data_dir)
    _assert_private(paths.data_dir)


def test_logs_are_private(tmp_path: Path) -> None:
    path = logs.setup(tmp_path / "logs")
    logging.getLogger("socdesk.test").info("a record")
    assert _mode(tmp_path / "logs") == 0o700 and _mode(path) == 0o600


def test_a_restored_store_and_its_keys_are_private(store_paths: AppPaths, tmp_path: Path) -> None:
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        backup = store.backup(tmp_path / "b")
    assert _mode(backup) == 0o600
    aside = restore(store_paths, backup, LOGIN, PASSWORD)
    assert aside is not None
    assert _mode(store_paths.key_file) == 0o600 and _mode(store_paths.db_file) == 0o600
    with Store.open(store_paths, LOGIN, PASSWORD):
        _assert_private(store_paths.data_dir)


def test_an_older_store_with_wide_modes_is_narrowed_at_open(store_paths: AppPaths) -> None:
    os.chmod(store_paths.data_dir, 0o755)
    for name in ("socdesk.db", "socdesk.keys"):
        os.chmod(store_paths.data_dir / name, 0o644)
    with Store.open(store_paths, LOGIN, PASSWORD):
        assert _mode(store_paths.data_dir) == 0o700
        assert _mode(store_paths.db_file) == 0o600 and _mode(store_paths.key_file) == 0o600


def test_a_killed_backup_leaves_no_copy_behind(store_paths: AppPaths, tmp_path: Path) -> None:
    out, tmp = tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    tmp.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "TMPDIR": str(tmp)}
    argv = [sys.executable, str(CHILD), str(store_paths.data_dir), LOGIN, PASSWORD]
    with subprocess.Popen(
        [*argv, str(out / "b")], stdout=subprocess.PIPE, text=True, env=env
    ) as child:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        child.kill()
    assert list(tmp.iterdir()) == []  # nothing in the system's temp folder
    assert not (out / "b.socbackup").exists()  # no partial backup under the real name
    left = list(out.iterdir())
    assert left and all(p.name.startswith(".") and p.name.endswith(".tmp") for p in left)
    for path in left:  # the next backup into the folder, an hour later, removes them
        os.utime(path, (time.time() - 7200, time.time() - 7200))
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        store.backup(out / "again")
    assert [p.name for p in out.iterdir()] == ["again.socbackup"]


def test_a_failed_backup_leaves_no_copy_behind(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tarfile

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("half-way")

    monkeypatch.setattr(tarfile.TarFile, "add", fail)
    with pytest.raises(RuntimeError):
        store.backup(tmp_path / "out" / "b")
    assert list((tmp_path / "out").iterdir()) == []


class _Ticking(dt.datetime):
    """A clock that moves one second per reading (each retry at its own time)."""

    at = dt.datetime(2026, 12, 6, 10, 0, 0)

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _Ticking:
        cls.at += dt.timedelta(seconds=1)
        return cls(*cls.at.timetuple()[:6], tzinfo=tz)


def test_a_retried_failed_migration_keeps_one_backup(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPT_LOCATION, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "9000_test.py").write_text(
        f'revision = "9000"\ndown_revision = "{migrate.head_revision()}"\n'
        "branch_labels = None\ndepends_on = None\n"
        'def upgrade():\n    raise RuntimeError("fails every time")\n'
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(backup.dt, "datetime", _Ticking)
    for _ in range(3):
        with pytest.raises(migrate.MigrationFailed):
            store.upgrade(location)
    made = list(store.paths.backups_dir.glob("socdesk-before-migration-*.socbackup"))
    assert len(made) == 1


def test_a_killed_restores_unpacked_copy_is_removed_by_the_next_restore(
    store_paths: AppPaths, tmp_path: Path
) -> None:
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        backup = store.backup(tmp_path / "b")
    stale = store_paths.data_dir / ".restore-killed"
    stale.mkdir()
    (stale / "socdesk.db").write_bytes(b"a store's copy")
    restore(store_paths, backup, LOGIN, PASSWORD)
    assert list(store_paths.data_dir.glob(".restore-*")) == []
