"""Creating, opening and signing in to the encrypted store."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from support import FAST_KDF, LOGIN, PASSWORD, make_paths

from socdesk.domain.errors import (
    AuthenticationFailed,
    NotASocDeskStore,
    StoreLocked,
    StoreMissing,
)
from socdesk.domain.people import Role
from socdesk.paths import AppPaths
from socdesk.store.database import NewUser, Store, StoreExists
from socdesk.store.schema import AppUser


def test_pragmas_on_every_connection(store: Store) -> None:
    for engine in (store.reader, store.writer):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_store_file_is_encrypted(store_paths: AppPaths) -> None:
    header = store_paths.db_file.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    with sqlite3.connect(store_paths.db_file) as plain, pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_wrong_password_and_unknown_user(store_paths: AppPaths) -> None:
    with pytest.raises(AuthenticationFailed):
        Store.open(store_paths, LOGIN, "wrong")
    with pytest.raises(AuthenticationFailed):
        Store.open(store_paths, "nobody", PASSWORD)


def test_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing):
        Store.open(make_paths(tmp_path), LOGIN, PASSWORD)


def test_key_file_from_another_store(store_paths: AppPaths, tmp_path: Path) -> None:
    other, _ = Store.create(
        make_paths(tmp_path / "other"), NewUser(LOGIN, PASSWORD, "Інша", Role.SPECIALIST), FAST_KDF
    )
    other.close()
    shutil.copy(tmp_path / "other" / "socdesk.keys", store_paths.key_file)
    with pytest.raises(NotASocDeskStore):
        Store.open(store_paths, LOGIN, PASSWORD)


def test_not_a_database(store_paths: AppPaths) -> None:
    store_paths.db_file.write_bytes(b"this is a spreadsheet, not SocDesk" * 200)
    for suffix in ("-wal", "-shm"):
        Path(str(store_paths.db_file) + suffix).unlink(missing_ok=True)
    with pytest.raises(NotASocDeskStore):
        Store.open(store_paths, LOGIN, PASSWORD)


def test_create_refuses_existing_store(store_paths: AppPaths) -> None:
    with pytest.raises(StoreExists):
        Store.create(store_paths, NewUser("x", "y", "z", Role.HEAD), FAST_KDF)


def test_second_user_and_password_change(store: Store) -> None:
    store.add_user(NewUser("petro", "перший-пароль", "Петро", Role.CENTRE_STAFF), FAST_KDF)
    store.change_password("petro", "другий-пароль", FAST_KDF)
    with pytest.raises(AuthenticationFailed):
        Store.open(store.paths, "petro", "перший-пароль")
    with Store.open(store.paths, "petro", "другий-пароль") as reopened, reopened.read() as conn:
        assert conn.execute(text("SELECT role FROM app_user WHERE login='petro'")).scalar() == (
            "centre_staff"
        )


def test_disabled_user_cannot_sign_in(store: Store) -> None:
    user_id = store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    with store.write() as uow:
        uow.update_local(AppUser, user_id, {"disabled": True})
    with pytest.raises(AuthenticationFailed):
        Store.open(store.paths, "petro", "пароль-петра")


def test_recovery_key_opens_the_store(tmp_path: Path) -> None:
    paths = make_paths(tmp_path / "s")
    created, recovery = Store.create(
        paths, NewUser(LOGIN, PASSWORD, "О", Role.COORDINATOR), FAST_KDF
    )
    created.close()
    with Store.open_with_recovery(paths, recovery) as store, store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM app_user")).scalar() == 1
    with pytest.raises(AuthenticationFailed):
        Store.open_with_recovery(
            paths, recovery[:-4] + ("BBBB" if recovery.endswith("AAAA") else "AAAA")
        )


def test_locked_store_is_a_known_error(store: Store) -> None:
    other = Store.open(store.paths, LOGIN, PASSWORD)
    try:
        with other.writer.connect() as conn:
            # On the DB-API connection: through SQLAlchemy the pragma would autobegin.
            conn.connection.dbapi_connection.execute("PRAGMA busy_timeout = 50")  # type: ignore[union-attr]
            with store.write(), pytest.raises(StoreLocked), conn.begin():  # write holds the lock
                pass
    finally:
        other.close()


def test_checkpoint_while_open_truncates_the_wal(store: Store) -> None:
    from support import add_person

    for i in range(20):
        add_person(store, "Коваль", notes=str(i))
    wal = Path(str(store.paths.db_file) + "-wal")
    assert wal.stat().st_size > 0
    with store.read():  # a reader elsewhere in the app must not stop it
        pass
    store.checkpoint()
    assert wal.stat().st_size == 0
