"""Local-only tables: never synced (users' secrets, outbox bookkeeping, audit, drafts, UI)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Column, Index, LargeBinary
from sqlmodel import Field, SQLModel


class AppUser(SQLModel, table=True):
    """Користувач цього робочого місця. The password hash never leaves the device.

    The data key's envelope for this user lives in the key file beside the store (a store cannot
    hold the key that opens it); `envelope_id` names it there.
    """

    __tablename__ = "app_user"
    id: str = Field(primary_key=True, max_length=36)
    login: str = Field(max_length=64, unique=True)
    display_name: str
    role: str = Field(max_length=20)
    password_hash: str  # Argon2id PHC string
    envelope_id: str = Field(max_length=36)
    worker_id: str | None = Field(default=None, max_length=36)
    disabled: bool = False
    created_at: dt.datetime


class OutboxEntry(SQLModel, table=True):
    """A change record waiting to be pushed or carried in a bundle.

    `seq` is gap-free per device. An unsent entry for the same row absorbs later changes
    (coalescing), so a form saved as you type does not flood the outbox.
    """

    __tablename__ = "outbox"
    # Finding a row's unsent entry must not scan every unsent entry: a device offline for
    # days holds thousands, and SQLite picked the `sent` index alone (a write grew with the
    # outbox, found by the case benchmarks). Row and state together make the lookup exact.
    __table_args__ = (Index("ix_outbox_row_id_sent", "row_id", "sent"),)
    seq: int = Field(primary_key=True)
    change_id: str = Field(max_length=36, unique=True)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    hlc: str = Field(max_length=54)
    device: str = Field(max_length=36)
    user: str = Field(max_length=36)
    fields_json: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    sent: bool = Field(default=False, index=True)


class AuditEntry(SQLModel, table=True):
    """Журнал дій: who did what to which row, hash-chained. Field names, never values.

    Every column is text exactly as hashed (`at` as `YYYY-MM-DDTHH:MM:SSZ`, `detail` as the
    comma-joined field names), so the chain is checked without re-serialising anything.
    """

    __tablename__ = "audit_log"
    id: int | None = Field(default=None, primary_key=True)
    at: str = Field(max_length=20)
    user: str = Field(max_length=36)
    device: str = Field(max_length=36)
    action: str = Field(max_length=30)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    detail: str = ""
    prev_hash: str = Field(max_length=64)
    entry_hash: str = Field(max_length=64)


class FieldHistory(SQLModel, table=True):
    """Історія змін: one changed field of one row, old and new value (as canonical JSON).

    The audit log says who changed which fields and is hash-chained; this table keeps what the
    values were, for the card's history (old → new). It lives only in the encrypted store and
    never travels.
    """

    __tablename__ = "field_history"
    id: int | None = Field(default=None, primary_key=True)
    at: str = Field(max_length=20)  # YYYY-MM-DDTHH:MM:SSZ, as in the audit log
    user: str = Field(max_length=36)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36, index=True)
    field: str = Field(max_length=40)
    old: str = ""
    new: str = ""


class Meta(SQLModel, table=True):
    """Key–value facts of this replica: device id, clock state, outbox counter, versions."""

    key: str = Field(primary_key=True, max_length=64)
    value: str


class Draft(SQLModel, table=True):
    """An unsaved form, kept on every keystroke so that a crash loses nothing."""

    id: str = Field(primary_key=True, max_length=36)
    user_id: str = Field(max_length=36, index=True)
    kind: str = Field(max_length=40)
    target_id: str | None = Field(default=None, max_length=36)
    data: dict[str, object] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    updated_at: dt.datetime


class UiState(SQLModel, table=True):
    """Window layout and column choices, per user."""

    __tablename__ = "ui_state"
    user_id: str = Field(primary_key=True, max_length=36)
    key: str = Field(primary_key=True, max_length=64)
    value: str
