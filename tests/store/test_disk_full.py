"""A full disk reads as a full disk, at any moment (`store.errors.known_error`)."""

from __future__ import annotations

import errno
import io
import logging
import tarfile
from collections import namedtuple
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text
from support import LOGIN, PASSWORD, add_person

from socdesk import logs
from socdesk.cli import Io, main
from socdesk.domain.errors import DiskFull, NotASocDeskBackup, StoreCorrupt
from socdesk.paths import AppPaths
from socdesk.store import database
from socdesk.store import errors as store_errors
from socdesk.store import files as store_files
from socdesk.store.backup import restore
from socdesk.store.database import Store
from socdesk.store.errors import StoreIoError, known_error
from socdesk.store.files import atomic_write

FULL = "На диску не залишилося місця"
ENV = {"SOCDESK_PASSWORD": PASSWORD, "SOCDESK_USER": LOGIN}


def _cli(argv: list[str], data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--data-dir", str(data_dir)], Io(ENV, out, err, False))
    return code, out.getvalue(), err.getvalue()


def _full_error() -> sqlcipher.OperationalError:
    """The error SQLite raises when a write finds no room (SQLITE_FULL)."""
    exc = sqlcipher.OperationalError("database or disk is full")
    exc.sqlite_errorcode = 13  # type: ignore[attr-defined]
    return exc


class _FullDiskRaw:
    """A DB-API connection whose WAL checkpoint finds the disk full."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def execute(self, sql: str, *args: Any) -> Any:
        if "wal_checkpoint" in sql:
            raise _full_error()
        return self._raw.execute(sql, *args)


@pytest.fixture
def checkpoint_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    real = database.wal_checkpoint
    monkeypatch.setattr(
        database, "wal_checkpoint", lambda raw, folder: real(_FullDiskRaw(raw), folder)
    )


def test_the_message_says_the_disk_is_full() -> None:
    assert str(DiskFull()).startswith(FULL) and DiskFull.exit_code == 5


def test_a_write_into_a_full_store_is_disk_full(store: Store) -> None:
    with store.writer.connect() as conn:
        raw = conn.connection.dbapi_connection
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages}")  # no page more: SQLITE_FULL
    try:
        with pytest.raises(DiskFull, match=FULL):
            for i in range(500):
                add_person(store, "Коваль", notes="запис " * 200 + str(i))
    finally:
        with store.writer.connect() as conn:
            conn.connection.dbapi_connection.execute("PRAGMA max_page_count = 1073741823")
    add_person(store, "Після")  # the store is fine once there is room again


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT])
def test_no_space_from_the_system_is_disk_full(code: int) -> None:
    assert isinstance(known_error(OSError(code, "No space left on device")), DiskFull)
    assert known_error(OSError(errno.EACCES, "denied")) is None


def test_an_io_error_on_a_disk_with_no_room_is_disk_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With 0 bytes free SQLite reports most failures as SQLITE_IOERR ("disk I/O error")."""
    ioerr = sqlcipher.OperationalError("disk I/O error")
    ioerr.sqlite_errorcode = 10 | (3 << 8)  # type: ignore[attr-defined]  # SQLITE_IOERR_WRITE
    assert isinstance(known_error(ioerr, tmp_path), StoreIoError)  # room left: a real I/O error
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(store_errors.shutil, "disk_usage", lambda _p: usage(10, 10, 0))
    assert isinstance(known_error(ioerr, tmp_path), DiskFull)


def test_a_failed_checkpoint_at_close_is_not_an_error(
    store: Store, checkpoint_fails: None, caplog: pytest.LogCaptureFixture
) -> None:
    add_person(store, "Коваль")
    with pytest.raises(DiskFull):
        store.checkpoint()
    store.close()  # committed work is in the WAL: closing only logs it
    assert "checkpoint on close failed (DiskFull)" in caplog.text


def test_a_committed_command_stays_a_success_when_the_close_checkpoint_fails(
    store_paths: AppPaths, tmp_path: Path, checkpoint_fails: None
) -> None:
    code, _, err = _cli(["admin", "backup", "--to", str(tmp_path / "b")], store_paths.data_dir)
    assert code == 0, err
    assert err == ""
    assert (tmp_path / "b.socbackup").exists()


def test_no_space_while_writing_a_file_is_disk_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_files.os, "fsync", full)
    with pytest.raises(DiskFull, match=FULL):
        atomic_write(tmp_path / "out.bin", b"x" * 100)
    assert list(tmp_path.iterdir()) == []  # no half-written file


def test_a_cli_command_on_a_full_disk_says_so(
    store_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tarfile, "copyfileobj", full)  # the tar writer's copy of the store
    code, _, err = _cli(["admin", "backup", "--to", str(tmp_path / "b")], store_paths.data_dir)
    assert code == 5 and FULL in err, err
    assert "Внутрішня помилка" not in err
    assert not (tmp_path / "b.socbackup").exists()


def test_a_log_that_cannot_be_written_prints_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.setup(tmp_path / "logs")
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, logs.PrivateLogHandler))

    class FullStream(io.StringIO):
        def write(self, _s: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    handler.stream.close()
    handler.stream = FullStream()
    logging.getLogger("socdesk.test").error("record on a full disk")
    assert capsys.readouterr().err == ""
    logging.getLogger().removeHandler(handler)


def test_an_empty_store_file_is_refused_not_migrated_into(store_paths: AppPaths) -> None:
    store_paths.db_file.write_bytes(b"")
    with pytest.raises(StoreCorrupt, match="порожній"):
        Store.open(store_paths, LOGIN, PASSWORD)
    assert store_paths.db_file.stat().st_size == 0
    code, _, err = _cli(["admin", "check"], store_paths.data_dir)
    assert code == 5 and "порожній" in err
    assert store_paths.db_file.stat().st_size == 0


def test_a_backup_with_an_empty_store_file_is_refused(
    store_paths: AppPaths, tmp_path: Path
) -> None:

    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        backup = store.backup(tmp_path / "b")
    emptied = tmp_path / "empty.socbackup"
    with tarfile.open(backup) as src, tarfile.open(emptied, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member)
            if member.name == "socdesk.db":
                member.size = 0
                dst.addfile(member, io.BytesIO(b""))
            else:
                dst.addfile(member, data)
    with pytest.raises(NotASocDeskBackup, match="порожній"):
        restore(store_paths, emptied, LOGIN, PASSWORD)
    with Store.open(store_paths, LOGIN, PASSWORD) as store, store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM app_user")).scalar() == 1


def test_a_store_whose_creation_fails_leaves_no_empty_store_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from support import FAST_KDF, make_paths

    from socdesk.domain.people import Role
    from socdesk.store.database import NewUser

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    paths = make_paths(tmp_path / "data")
    with monkeypatch.context() as patch, pytest.raises(DiskFull):
        patch.setattr(store_files.os, "fsync", full)  # the key file cannot be saved
        Store.create(paths, NewUser(LOGIN, PASSWORD, "Олена", Role.COORDINATOR), FAST_KDF)
    assert not paths.db_file.exists()
    Store.create(paths, NewUser(LOGIN, PASSWORD, "Олена", Role.COORDINATOR), FAST_KDF)[0].close()


def test_the_same_store_opens_on_a_full_disk(
    store_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renewing the instance token at open needs a write; a read-only command still runs."""
    Store.open(store_paths, LOGIN, PASSWORD).close()  # settles the copied folder's identity

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(store_files.os, "fsync", full)  # the marker file cannot be written
        with Store.open(store_paths, LOGIN, PASSWORD) as store, store.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM app_user")).scalar() == 1
