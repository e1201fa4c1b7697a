"""The server's database: its own tables (devices, enrolment codes, the change log, conflicts,
quarantine, its identity) and the current rows of every syncable table, defined once in
`store.schema` and copied here without their foreign keys: the server keeps what the devices
sent, in any order, and a row may name another district's row it will never receive.

The schema is made and kept by the server's own Alembic history (socdesk/server/migrations):
a change to these tables, or to a syncable table in `store.schema`, needs a server revision
too (tests/server/test_migrations.py fails until it has one).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    insert,
    select,
    text,
)

from socdesk.domain.ids import new_id
from socdesk.store.schema import TABLES_BY_NAME

metadata = MetaData()

_ID = 36
_SEQ = BigInteger().with_variant(Integer(), "sqlite")  # SQLite numbers only INTEGER keys

server_meta = Table(
    "server_meta",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

device = Table(
    "server_device",
    metadata,
    Column("id", String(_ID), primary_key=True),  # the desktop store's device id
    Column("workplace", Text, nullable=False),
    Column("districts", JSON, nullable=True),  # list of district ids; NULL: every district
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("enrolled_at", DateTime(timezone=True), nullable=False),
    # The desktop's public keys for USB bundles (Ed25519, X25519), given at enrolment.
    Column("sign_public", LargeBinary, nullable=True),
    Column("box_public", LargeBinary, nullable=True),
    # A rotated token not used yet: the old one works until the new one is first used.
    Column("next_token_hash", String(64), nullable=True, unique=True),
    Column("rotate_due", Boolean, nullable=False, default=False),  # the administrator asked
    Column("token_since", DateTime(timezone=True), nullable=True),  # None: since enrolled_at
    # When the device last reached the server (kept to the minute: `devices.SEEN_EVERY`).
    Column("last_seen", DateTime(timezone=True), nullable=True),
    # The device this one took over from (the same data folder enrolled again with a new
    # code, devices.redeem): its records not yet confirmed are still this folder's to send.
    Column("replaces", String(_ID), nullable=True),
)

bundle = Table(  # USB bundles imported from devices or written for them (issue 15)
    "server_bundle",
    metadata,
    Column("n", _SEQ, primary_key=True, autoincrement=True),
    Column("bundle_id", String(_ID), nullable=False, unique=True),
    Column("direction", String(3), nullable=False),  # "in" or "out"
    Column("device", String(_ID), nullable=False, index=True),
    Column("first", BigInteger, nullable=False),  # the device's outbox range, or the feed's
    Column("last", BigInteger, nullable=False),
    Column("feed_cursor", BigInteger, nullable=False),  # how far the device had read the feed
    Column("records", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

attempt = Table(
    "server_attempt",  # failed enrolment codes and tokens, for the rate limits (limits.py)
    metadata,
    Column("id", _SEQ, primary_key=True, autoincrement=True),
    Column("key", String(120), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_server_attempt_key_at", "key", "at"),
)

moved = Table(
    "server_moved_row",  # rows a coordinator moved to another district (transfer.py)
    metadata,
    Column("table_name", String(40), primary_key=True),
    Column("row_id", String(_ID), primary_key=True),
    Column("hlc", String(54), primary_key=True),  # the move's clock
    Column("person_id", String(_ID), nullable=False, index=True),
    Column("from_district", String(_ID), nullable=True),
    Column("to_district", String(_ID), nullable=False),
)

enrolment = Table(
    "server_enrolment",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("workplace", Text, nullable=False),
    Column("districts", JSON, nullable=True),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used", Boolean, nullable=False, default=False),
)

change = Table(
    "server_change",
    metadata,
    Column("seq", _SEQ, primary_key=True, autoincrement=True),
    Column("change_id", String(_ID), nullable=False, unique=True),
    Column("device", String(_ID), nullable=False),
    Column("table_name", String(40), nullable=False),
    Column("row_id", String(_ID), nullable=False),
    Column("district_id", String(_ID), nullable=True),
    Column("digest", String(64), nullable=False),
    Column("record", LargeBinary, nullable=False),
    Index("ix_server_change_district_seq", "district_id", "seq"),
)

conflict = Table(
    "server_conflict",
    metadata,
    Column("id", String(_ID), primary_key=True),
    Column("change_id", String(_ID), nullable=False, index=True),
    Column("table_name", String(40), nullable=False),
    Column("row_id", String(_ID), nullable=False, index=True),
    Column("district_id", String(_ID), nullable=True, index=True),
    Column("field", String(60), nullable=False),
    Column("kept_value", Text, nullable=False),  # JSON
    Column("kept_hlc", String(54), nullable=False),
    Column("lost_value", Text, nullable=False),
    Column("lost_hlc", String(54), nullable=False),
    Column("detected_at", DateTime(timezone=True), nullable=False),
    Column("resolved", Boolean, nullable=False, default=False),
)

audit_head = Table(  # each device's audit chain head as last uploaded (server/audit.py)
    "server_audit_head",
    metadata,
    Column("device", String(_ID), primary_key=True),
    Column("length", BigInteger, nullable=False),  # the head entry's id in the device's log
    Column("head", String(64), nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("broken_at", DateTime(timezone=True), nullable=True),  # a head went back or forked
    Column("break_reason", String(40), nullable=False, default=""),
    Column("prev_length", BigInteger, nullable=True),  # the head acknowledged before this one
    Column("prev_head", String(64), nullable=True),
)

server_audit = Table(  # the server's own actions, hash-chained under its secret
    "server_audit",
    metadata,
    Column("id", _SEQ, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("action", String(40), nullable=False),
    Column("subject", String(_ID), nullable=False),
    Column("detail", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("entry_hash", String(64), nullable=False),
)

quarantine = Table(
    "server_quarantine",
    metadata,
    Column("change_id", String(_ID), primary_key=True),
    Column("device", String(_ID), nullable=False),
    Column("record", LargeBinary, nullable=False),
    Column("reason", String(40), nullable=False),
    Column("detail", Text, nullable=False, default=""),
    Column("received_at", DateTime(timezone=True), nullable=False),
)


def _current_rows_copy(model: type[Any]) -> Table:
    table: Table = model.__table__.to_metadata(metadata)
    for constraint in list(table.constraints):
        if isinstance(constraint, ForeignKeyConstraint):
            table.constraints.discard(constraint)
    for column in table.columns:
        column.foreign_keys.clear()
    return table


CURRENT: dict[str, Table] = {
    name: _current_rows_copy(model) for name, model in TABLES_BY_NAME.items()
}

HUB_ID = "hub_id"
SCHEMA_LOCK = 0x50C_DE5D  # the PostgreSQL advisory lock held while the schema is brought up
MIGRATIONS = Path(__file__).with_name("migrations")


def connect(url: str) -> Engine:
    """The engine of the server's database (SQLite: WAL and a busy timeout, so that the
    server's worker threads wait for each other instead of failing). Its errors never show
    the statement's parameters: a logged failure must not carry a person's data."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            hide_parameters=True,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.close()
            dbapi_connection.isolation_level = None  # SAVEPOINTs need SQLAlchemy's own BEGIN

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def create_schema(engine: Engine) -> str:
    """Brings the database to the newest revision and returns the server's id (made once,
    kept for ever: the devices keep their feed cursor under it)."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # server processes starting together
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        command.upgrade(alembic_config(conn), "head")
        return hub_id(conn) or _new_hub_id(conn)


def alembic_config(conn: Connection) -> Config:
    """Alembic on the server's history, running on `conn` (the caller owns the transaction)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def hub_id(conn: Connection) -> str | None:
    return conn.execute(select(server_meta.c.value).where(server_meta.c.key == HUB_ID)).scalar()


def _new_hub_id(conn: Connection) -> str:
    value = new_id()
    conn.execute(insert(server_meta).values(key=HUB_ID, value=value))
    return value
