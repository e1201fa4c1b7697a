"""A store in use is never replaced: the data folder's lock (`store.lock`)."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import LOGIN, PASSWORD, add_person

from socdesk.cli import Io, main
from socdesk.domain.errors import StoreInUse
from socdesk.paths import AppPaths
from socdesk.store import backup as backup_module
from socdesk.store.backup import restore
from socdesk.store.database import Store
from socdesk.store.lock import DataFolderLock

CHILD = Path(__file__).with_name("holder_child.py")


@pytest.fixture
def held(store_paths: AppPaths) -> Iterator[subprocess.Popen[str]]:
    """Another process with the store open (as the app would have it)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(store_paths.data_dir), LOGIN, PASSWORD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        yield child
        child.kill()


def _backup(store_paths: AppPaths, target: Path) -> Path:
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        add_person(store, "Коваль")
        return store.backup(target)


def test_restore_is_refused_while_another_process_has_the_store_open(
    store_paths: AppPaths, tmp_path: Path, held: subprocess.Popen[str]
) -> None:
    backup = _backup(store_paths, tmp_path / "b")
    inode = store_paths.db_file.stat().st_ino
    with pytest.raises(StoreInUse, match="відкрите"):
        restore(store_paths, backup, LOGIN, PASSWORD)
    assert store_paths.db_file.stat().st_ino == inode  # nothing moved aside
    assert not store_paths.backups_dir.exists() or not any(store_paths.backups_dir.iterdir())
    held.communicate("", timeout=60)  # the other process closes its store
    assert restore(store_paths, backup, LOGIN, PASSWORD) is not None


def test_an_open_store_of_this_process_also_blocks_a_restore(
    store_paths: AppPaths, tmp_path: Path
) -> None:
    backup = _backup(store_paths, tmp_path / "b")
    with Store.open(store_paths, LOGIN, PASSWORD), pytest.raises(StoreInUse):
        restore(store_paths, backup, LOGIN, PASSWORD)


def test_cli_restore_and_demo_force_exit_5_while_the_store_is_open(
    store_paths: AppPaths, tmp_path: Path, held: subprocess.Popen[str]
) -> None:
    backup = _backup(store_paths, tmp_path / "b")
    env = {"SOCDESK_PASSWORD": PASSWORD, "SOCDESK_USER": LOGIN}
    for argv in (
        ["admin", "restore", str(backup)],
        ["demo", "--force", "--recipients", "1"],
    ):
        out, err = io.StringIO(), io.StringIO()
        code = main([*argv, "--data-dir", str(store_paths.data_dir)], Io(env, out, err, False))
        assert code == 5, err.getvalue()
        assert "Закрийте програму SocDesk" in err.getvalue()
        assert "Traceback" not in err.getvalue()
    assert store_paths.db_file.exists() and store_paths.key_file.exists()


def test_opening_while_the_store_is_being_replaced_is_refused(store_paths: AppPaths) -> None:
    with (
        DataFolderLock.exclusive(store_paths.data_dir),
        pytest.raises(StoreInUse, match="замінюють"),
    ):
        Store.open(store_paths, LOGIN, PASSWORD)
    Store.open(store_paths, LOGIN, PASSWORD).close()  # and works again after


def test_ordinary_opens_share_the_folder(store_paths: AppPaths) -> None:
    with Store.open(store_paths, LOGIN, PASSWORD), Store.open(store_paths, LOGIN, PASSWORD):
        pass


class _FrozenClock(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _FrozenClock:
        return cls(2026, 12, 6, 10, 30, 0, tzinfo=tz)


def test_two_restores_in_one_second_keep_both_replaced_stores(
    store_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = _backup(store_paths, tmp_path / "b")
    monkeypatch.setattr(backup_module.dt, "datetime", _FrozenClock)
    first = restore(store_paths, backup, LOGIN, PASSWORD)
    second = restore(store_paths, backup, LOGIN, PASSWORD)
    assert first is not None and second is not None and first != second
    assert (first / "socdesk.db").exists() and (second / "socdesk.db").exists()
