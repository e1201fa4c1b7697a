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
    """A change record of this device, from the write that made it until a peer confirms it.

    `seq` is gap-free per device. While an entry is `PENDING` a later change of the same row
    coalesces into it, so a form saved as you type does not flood the outbox. Once it has left
    the device (pushed, or written into a bundle) it is `SENT` and frozen: the same `change_id`
    never carries different content, and later edits make a new entry. `ACKNOWLEDGED` once the
    hub confirmed it (domain.changes.OutboxState).
    """

    __tablename__ = "outbox"
    # Finding a row's pending entry must not scan every pending entry: a device offline for
    # days holds thousands, and SQLite picked the state index alone (a write grew with the
    # outbox, found by the case benchmarks). Row and state together make the lookup exact.
    __table_args__ = (
        Index("ix_outbox_row_id_state", "row_id", "state"),
        Index("ix_outbox_state_seq", "state", "seq"),
    )
    seq: int = Field(primary_key=True)
    change_id: str = Field(max_length=36, unique=True)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    hlc: str = Field(max_length=54)  # the newest of its fields' clocks
    device: str = Field(max_length=36)
    user: str = Field(max_length=36)  # the synced worker who made the change ("" for none)
    # {field: {"value": ..., "hlc": ..., "base": ...}} as canonical JSON
    fields_json: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    state: int = Field(default=0)


class ChangeLogEntry(SQLModel, table=True):
    """Журнал прийнятих змін: every change record this replica has accepted, in the order it
    accepted them (`seq`): remote records it applied, and on the hub its own records once
    published. Answers "seen this `change_id` already?" (with the digest of its content, so
    the same id with other content is caught) and is the feed the hub serves to spokes.
    `(device, device_seq)` is unique: a second record under one device's sequence number is a
    cloned device."""

    __tablename__ = "sync_change_log"
    __table_args__ = (Index("ux_change_log_device_seq", "device", "device_seq", unique=True),)
    seq: int | None = Field(default=None, primary_key=True)
    change_id: str = Field(max_length=36, unique=True)
    row_id: str = Field(max_length=36, index=True)  # who wrote a row's values, for conflicts
    device: str = Field(max_length=36)
    device_seq: int
    digest: str = Field(max_length=64)  # SHA-256 of the record's canonical JSON
    record: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    peer: str = Field(max_length=36)  # who delivered it (this device for its own records)
    accepted_at: str = Field(max_length=20)


class SyncConflict(SQLModel, table=True):
    """Конфлікт синхронізації: two real edits of one field that met without one having seen
    the other. The value that won by clock is in the row; the one that lost is kept here,
    with who and when on both sides, until a person confirms or swaps it."""

    __tablename__ = "sync_conflict"
    id: str = Field(primary_key=True, max_length=36)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36, index=True)
    field: str = Field(max_length=40)
    kept_value: str  # canonical JSON
    kept_hlc: str = Field(max_length=54)
    kept_user: str = Field(max_length=36)
    lost_value: str  # canonical JSON
    lost_hlc: str = Field(max_length=54)
    lost_user: str = Field(max_length=36)
    detected_at: str = Field(max_length=20)
    resolved_at: str | None = Field(default=None, max_length=20, index=True)
    resolved_by: str | None = Field(default=None, max_length=36)
    resolution: str | None = Field(default=None, max_length=20)


class QuarantinedChange(SQLModel, table=True):
    """Карантин: a received change record that could not apply, with the reason, kept so that
    nothing is dropped silently. `retry` ones (a row or a reference not yet arrived) are tried
    again after every later batch."""

    __tablename__ = "sync_quarantine"
    id: int | None = Field(default=None, primary_key=True)
    change_id: str = Field(max_length=36, index=True)
    record: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    reason: str = Field(max_length=40)
    detail: str = ""
    retry: bool = Field(default=False, index=True)
    peer: str = Field(max_length=36)
    received_at: str = Field(max_length=20)


class SyncPeer(SQLModel, table=True):
    """What this replica knows of one peer (the server, or the centre for bundles): how far it
    has read the peer's feed, and the highest of its own outbox entries the peer confirmed."""

    __tablename__ = "sync_peer"
    peer_id: str = Field(primary_key=True, max_length=36)
    cursor: int = 0
    acked_seq: int = 0
    updated_at: str = Field(max_length=20)


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


class DeviceKey(SQLModel, table=True):
    """This replica's own key pairs for bundles (ключі пакетів): an Ed25519 key that signs what
    it sends and an X25519 key that bundles addressed to it are encrypted to. The private parts
    live only here, inside the encrypted store. A replaced pair is kept `retired`, so bundles
    sent to it before still open."""

    __tablename__ = "sync_device_key"
    key_id: str = Field(primary_key=True, max_length=32)
    sign_private: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    box_private: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: str = Field(max_length=20)
    retired_at: str | None = Field(default=None, max_length=20)


class PeerKey(SQLModel, table=True):
    """A peer's public keys (the centre's, or a workplace's at the centre), learnt at enrolment
    or from a key card a coordinator carried. A revoked key signs nothing that is accepted."""

    __tablename__ = "sync_peer_key"
    key_id: str = Field(primary_key=True, max_length=32)
    device_id: str = Field(max_length=36, index=True)
    role: str = Field(max_length=20)  # "centre" or "workplace"
    name: str = ""
    sign_public: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    box_public: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: str = Field(max_length=20)
    revoked_at: str | None = Field(default=None, max_length=20)


class BundleEntry(SQLModel, table=True):
    """A bundle this replica wrote or imported (журнал пакетів): which, from whom to whom, the
    range of changes it carried, and for bundles from a workplace how far that workplace had
    read this replica's feed, so the next bundle back starts there."""

    __tablename__ = "sync_bundle"
    bundle_id: str = Field(primary_key=True, max_length=36)
    direction: str = Field(max_length=3)  # "in" or "out"
    sender: str = Field(max_length=36, index=True)
    recipient: str = Field(max_length=36, index=True)
    first: int = 0  # the sender's outbox seq range, or the feed range after..last
    last: int = 0
    feed_cursor: int = 0
    records: int = 0
    sha256: str = Field(max_length=64)
    at: str = Field(max_length=20)
