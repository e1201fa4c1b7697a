"""The encrypted SQLite engine (SQLCipher through SQLAlchemy, ENVIRONMENT.md §8).

Every connection: the raw 256-bit key first (`PRAGMA key = "x'…'"`: no KDF per connection),
then WAL, `foreign_keys=ON`, `synchronous=FULL`, `secure_delete=ON` and a busy timeout, and the
SQL functions the search triggers use. Transactions are real: the DB-API's implicit
transactions are off and SQLAlchemy's `begin` emits `BEGIN` (readers) or `BEGIN IMMEDIATE`
(the single writer), which also makes migrations transactional (the pysqlite DDL recipe).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import NullPool, QueuePool
from sqlalchemy.util import LRUCache

from socdesk.domain.identifiers import phone_search_forms
from socdesk.domain.json_text import encoder
from socdesk.domain.text import digits_only, index_fold, search_fold, sort_key
from socdesk.store.errors import known_error

BUSY_TIMEOUT_MS = 10_000
# Compiled SQL is the same for every store this process opens: the reader and the writer
# engine, and a store reopened after a lock, share one cache instead of compiling every
# statement again per engine (the sync tests open hundreds of replicas).
_COMPILED_SQL: LRUCache[Any, Any] = LRUCache(1000)
# Page cache per connection (KiB). Each page read costs an AES decrypt and HMAC check in
# SQLCipher, so caching the hot pages of the search index and lists pays off.
CACHE_KIB = 16_384
_cipher_log_silenced = False


def _idents(rnokpp: str | None, document: str | None, unzr: str | None, phone: str | None) -> str:
    """Search tokens of a person's identifiers: РНОКПП, document, УНЗР digits, phone forms."""
    tokens = [rnokpp or "", search_fold(document or ""), digits_only(unzr or "")]
    if phone:
        tokens.extend(phone_search_forms(phone))
    return " ".join(t for t in tokens if t)


def _fold(text: str | None) -> str:
    return index_fold(text or "")


def _sort_key(surname: str | None, given: str | None, patronymic: str | None) -> str:
    return sort_key(surname, given, patronymic)


def _configure(dbapi_conn: Any, key: bytes, cache_kib: int = CACHE_KIB) -> None:
    global _cipher_log_silenced
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    if not _cipher_log_silenced:
        # SQLCipher prints "ERROR CORE" lines for a wrong key; we report it ourselves.
        cur.execute("PRAGMA cipher_log_level = NONE")
        _cipher_log_silenced = True
    # The first read fails here, not later, when the key is wrong or the file is foreign.
    cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL").fetchone()
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA secure_delete = ON")
    cur.execute(f"PRAGMA cache_size = -{cache_kib}")
    cur.close()
    dbapi_conn.create_function("sd_fold", 1, _fold, deterministic=True)
    dbapi_conn.create_function("sd_sort_key", 3, _sort_key, deterministic=True)
    dbapi_conn.create_function("sd_idents", 4, _idents, deterministic=True)


def connect_raw(path: Path, key: bytes, cache_kib: int = CACHE_KIB) -> Any:
    """A configured DB-API connection (for backup and low-level checks). A whole-file scan
    passes a small `cache_kib`: it reads every page once, and a big cache would only hold
    memory."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        _configure(conn, key, cache_kib)
    except sqlcipher.Error as exc:
        conn.close()
        raise (known_error(exc, path.parent) or exc) from exc
    return conn


def wal_checkpoint(raw: Any, folder: Path) -> bool:
    """`PRAGMA wal_checkpoint(TRUNCATE)` on a DB-API connection (outside SQLAlchemy, so its
    errors are mapped here); whether a reader kept it from finishing."""
    try:
        busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlcipher.Error as exc:
        raise (known_error(exc, folder) or exc) from exc
    return bool(busy)


@contextlib.contextmanager
def mapped_errors(folder: Path) -> Iterator[None]:
    """Known errors (`store.errors`) for DB-API and file errors raised inside, where no
    SQLAlchemy engine maps them (backups, raw connections): a full disk reads as one."""
    try:
        yield
    except (sqlcipher.Error, OSError) as exc:
        mapped = known_error(exc, folder)
        if mapped is None:
            raise
        raise mapped from exc


# Made once (json.dumps makes an encoder a call, and JSONEncoder.encode its C part a call).
_JSON_TEXT = encoder(sort_keys=True, ensure_ascii=True, separators=(", ", ": "))


def json_text(value: Any) -> str:
    """A JSON column's value as stored: sorted keys, so the same value is the same text on the
    device that wrote it and on every replica that applied it (`store.bulk` binds the same)."""
    return _JSON_TEXT(value)


def make_engine(path: Path, key: bytes, *, writer: bool, pooled: bool = True) -> Engine:
    """An engine on the encrypted store. Only one writer engine exists per workplace."""
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        poolclass=QueuePool if pooled else NullPool,
        **({"pool_size": 1, "max_overflow": 0} if writer and pooled else {}),
        connect_args={"check_same_thread": False},
        json_serializer=json_text,
    )

    engine.update_execution_options(compiled_cache=_COMPILED_SQL)

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        _configure(dbapi_conn, key)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(ctx: ExceptionContext) -> None:
        mapped = known_error(ctx.original_exception, path.parent)
        if mapped is not None:
            raise mapped from ctx.original_exception

    return engine
