"""Migrating the store: backup first, one real transaction, checks before commit.

1. Read the store's revision. Unknown to this build: `SchemaTooNew` ("оновіть SocDesk").
2. If a migration is pending on a store with data: an encrypted backup (online backup API).
3. `PRAGMA foreign_keys=OFF` on the raw connection *before* the transaction (inside one SQLite
   ignores it; with it on, a batch rebuild of a parent table deletes child rows through
   ON DELETE CASCADE: ENVIRONMENT.md §8).
4. One transaction: Alembic upgrade, FTS table and triggers recreated, `foreign_key_check` and
   `integrity_check`; commit only if both are clean. On any failure SQLite rolls back; if the
   store is not exactly as before, it is restored from the backup.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text

from socdesk import logs
from socdesk.domain.errors import SchemaTooNew, StoreError
from socdesk.domain.messages import fill, noop
from socdesk.store import counters, fts

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"
# The newest revision of this build (a test keeps it equal to Alembic's head). A store already
# there opens without importing Alembic at all: ~16 MB and ~0.1 s less on every start.
STORE_REVISION = "0026"


class MigrationFailed(StoreError):
    default_message = noop(
        "Domain",
        "Не вдалося оновити структуру сховища; дані залишилися без змін. "
        "Зверніться до координатора і передайте йому журнал програми.",
    )


class StoreChangedByFailedMigration(MigrationFailed):
    """A failed migration changed the store anyway (it committed on its own): the caller must
    put the backup back before anything else reads the store."""

    def __init__(self, backup: Path | None) -> None:
        super().__init__()
        self.backup = backup


@dataclass(frozen=True, slots=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(
    connection: Connection | None, script_location: Path = SCRIPT_LOCATION
) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision(script_location: Path = SCRIPT_LOCATION) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(None, script_location)).get_current_head()
    assert head is not None, "the store has no migrations"
    return head


def current_revision(conn: Connection) -> str | None:
    """The store's revision, read as Alembic keeps it (`alembic_version`), without Alembic."""
    exists = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).scalar()
    if not exists:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_not_newer(revision: str | None, script_location: Path = SCRIPT_LOCATION) -> None:
    """`SchemaTooNew` when `revision` is not one this build knows."""
    if revision is None or (revision == STORE_REVISION and script_location == SCRIPT_LOCATION):
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(None, script_location))
    if revision not in {r.revision for r in script.walk_revisions()}:
        raise SchemaTooNew()


def migrate(
    engine: Engine,
    make_backup: Callable[[str], Path] | None,
    script_location: Path = SCRIPT_LOCATION,
) -> MigrationResult:
    """Brings the store to head. `make_backup(revision)` writes a backup and returns its path."""
    with engine.connect() as conn:
        before = current_revision(conn)
        conn.rollback()
    if before == STORE_REVISION and script_location == SCRIPT_LOCATION:
        return MigrationResult(before, before, None)  # the usual start: nothing to do
    check_not_newer(before, script_location)
    head = head_revision(script_location)
    if before == head:
        return MigrationResult(before, head, None)
    backup = make_backup(before) if before is not None and make_backup else None
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        fingerprint = schema_fingerprint(raw)
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            _upgrade_in_transaction(conn, raw, script_location)
        except Exception as exc:
            log.error(
                "migration from %s to %s failed\n%s",
                before,
                head,
                logs.bug_report(type(exc), exc.__traceback__),
            )
            if _changed(conn, raw, before, fingerprint, exc):
                log.error("a failed migration changed the store; restoring %s", backup)
                raise StoreChangedByFailedMigration(backup) from exc
            if isinstance(exc, StoreError):
                raise
            raise MigrationFailed() from exc
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    log.info("store migrated from %s to %s", before, head)
    return MigrationResult(before, head, backup)


class _CommittedInside(Exception):
    """A migration ended the transaction it was given (e.g. by executing COMMIT)."""


def _upgrade_in_transaction(conn: Connection, raw: Any, script_location: Path) -> None:
    from alembic import command

    with conn.begin():
        # The search triggers are derived and recreated below; one on `settlement` names
        # `person`, which a batch rebuild of `person` renames away mid-migration.
        fts.drop_triggers(conn)
        try:
            command.upgrade(alembic_config(conn, script_location), "head")
        except Exception as exc:
            if not raw.in_transaction:
                raise _CommittedInside() from exc
            raise
        if not raw.in_transaction:
            raise _CommittedInside()
        fts.recreate(conn)
        counters.recreate(conn)
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise MigrationFailed(
                fill(
                    noop(
                        "Domain",
                        "Після оновлення структури порушено посилань між записами: %1; "
                        "зміни скасовано, дані без змін. Зверніться до координатора.",
                    ),
                    len(problems),
                )
            )
        integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
        if integrity != "ok":
            raise MigrationFailed()


def schema_fingerprint(raw: Any) -> str:
    """A hash of every table, index and trigger definition (to see that nothing changed)."""
    rows = raw.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _changed(
    conn: Connection, raw: Any, before: str | None, fingerprint: str, exc: Exception
) -> bool:
    """Whether the store differs from before the failed migration (so the rollback was not
    enough): the migration committed on its own, or the revision or schema moved."""
    if isinstance(exc, _CommittedInside):
        return True
    try:
        if conn.in_transaction():
            conn.rollback()
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        now = current_revision(conn)
        conn.rollback()
        return now != before or schema_fingerprint(raw) != fingerprint
    except Exception:  # noqa: BLE001 - if we cannot tell, the store is not to be trusted
        return True
