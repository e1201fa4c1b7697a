"""The server's backup drill on the throwaway PostgreSQL: installers/server/backup.sh dumps a
server database, restore.sh puts it back after rows were lost, and refuses a file that is
not a dump. (The systemd and nginx files are checked in tests/unit/test_server_installers.py.)"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from server_support import postgres_or_skip
from sqlalchemy import create_engine, delete, func, select
from sqlalchemy.engine import make_url

from socdesk.server import admin
from socdesk.server.settings import ServerSettings, load_settings
from socdesk.server.tables import connect, create_schema, device, enrolment

SERVER = Path(__file__).resolve().parents[2] / "installers" / "server"
pytestmark = pytest.mark.postgres


@pytest.fixture
def drill_db() -> Iterator[str]:
    """A database of its own (pg_restore --clean replaces a whole database's objects)."""
    base = make_url(postgres_or_skip())
    name = f"drill_{uuid.uuid4().hex[:10]}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


def _env(url: str, tmp_path: Path) -> dict[str, str]:
    parsed = make_url(url)
    return {
        **os.environ,
        "PG_AS": "",  # pg_dump/pg_restore as this user, with the PG* variables below
        "PGHOST": parsed.host or "",
        "PGPORT": str(parsed.port or 5432),
        "PGUSER": parsed.username or "",
        "PGDATABASE": parsed.database or "",
        "ROLE": parsed.username or "",
        "SOCDESK_BACKUP_DIR": str(tmp_path / "backups"),
        "SOCDESK_BACKUP_KEEP": "2",
        "SOCDESK_SERVER_DATA_DIR": str(tmp_path / "server"),
    }


def _counts(url: str) -> dict[str, int]:
    engine = connect(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (device, enrolment)
            }
    finally:
        engine.dispose()


def _settings(url: str, tmp_path: Path) -> ServerSettings:
    return load_settings(
        data_dir=tmp_path / "server", database_url=url, secret="test-secret-0123456789abcdef"
    )


@pytest.mark.skipif(os.geteuid() != 0, reason="restore.sh runs as root")
def test_backup_then_restore_brings_the_rows_back(drill_db: str, tmp_path: Path) -> None:
    settings = _settings(drill_db, tmp_path)
    engine = connect(drill_db)
    create_schema(engine)
    engine.dispose()
    for n in range(3):
        admin.enrol(settings, f"Робоче місце {n}", ["d1"])
    (tmp_path / "server").mkdir(exist_ok=True)
    (tmp_path / "server" / "server.secret").write_text("kept\n")
    before = _counts(drill_db)
    env = _env(drill_db, tmp_path)
    done = subprocess.run(
        ["bash", str(SERVER / "backup.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    (dump,) = (tmp_path / "backups").glob("socdesk-2*.dump")
    (folder,) = (tmp_path / "backups").glob("socdesk-folder-*.tar.gz")
    engine = connect(drill_db)
    with engine.begin() as conn:
        conn.execute(delete(enrolment))  # the loss the backup is for
    engine.dispose()
    (tmp_path / "server" / "server.secret").unlink()
    assert _counts(drill_db) != before
    done = subprocess.run(
        ["bash", str(SERVER / "restore.sh"), str(dump), str(folder)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert _counts(drill_db) == before
    assert (tmp_path / "server" / "server.secret").read_text() == "kept\n"


@pytest.mark.skipif(os.geteuid() != 0, reason="restore.sh runs as root")
def test_restore_refuses_a_file_that_is_not_a_dump(drill_db: str, tmp_path: Path) -> None:
    bogus = tmp_path / "not-a-dump.dump"
    bogus.write_text("SELECT 1;\n")
    done = subprocess.run(
        ["bash", str(SERVER / "restore.sh"), str(bogus)],
        env=_env(drill_db, tmp_path),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "not a pg_dump archive" in done.stderr
