"""Keys and the bundle log of a replica (ключі та журнал пакетів): the store's side of USB
bundles (socdesk.sync.bundles ships them).

Own key pairs are kept only here, in the encrypted store; peers' public keys and their
revocation; and every bundle written or imported, so that a bundle imported twice is known, a
missing one is noticed, and the centre knows what to acknowledge and where each workplace's
next feed bundle starts. Values only: the cryptography is in socdesk.sync.bundle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Table, insert, literal_column, select, update

from socdesk.domain.changes import OutboxState
from socdesk.store.schema import BundleEntry, DeviceKey, OutboxEntry, PeerKey
from socdesk.store.uow import UnitOfWork

_own: Table = DeviceKey.__table__  # type: ignore[attr-defined]
_peer: Table = PeerKey.__table__  # type: ignore[attr-defined]
_bundle: Table = BundleEntry.__table__  # type: ignore[attr-defined]
_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]

CENTRE, WORKPLACE = "centre", "workplace"
IN, OUT = "in", "out"


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class OwnKey:
    key_id: str
    sign_private: bytes
    box_private: bytes


@dataclass(frozen=True, slots=True)
class KnownKey:
    key_id: str
    device_id: str
    role: str
    name: str
    sign_public: bytes
    box_public: bytes
    revoked: bool


@dataclass(frozen=True, slots=True)
class BundleRecord:
    bundle_id: str
    direction: str
    sender: str
    recipient: str
    first: int
    last: int
    feed_cursor: int
    records: int
    sha256: str
    at: str = ""  # when it was written or imported here (ISO, UTC); set by `record`


# ------------------------------------------------------------------------------------- keys
def own_key(conn: Connection) -> OwnKey | None:
    """The current key pair of this replica (None before the first is made)."""
    row = conn.execute(
        select(_own).where(_own.c.retired_at.is_(None)).order_by(_own.c.created_at.desc())
    ).first()
    return OwnKey(row.key_id, row.sign_private, row.box_private) if row else None


def own_keys(conn: Connection) -> list[OwnKey]:
    """Every pair this replica ever had, the current one first (a bundle may be addressed to
    a pair replaced since it was written)."""
    rows = conn.execute(
        select(_own).order_by(_own.c.retired_at.is_not(None), _own.c.created_at.desc())
    ).all()
    return [OwnKey(r.key_id, r.sign_private, r.box_private) for r in rows]


def add_own_key(uow: UnitOfWork, key: OwnKey) -> None:
    uow.connection.execute(
        update(_own).where(_own.c.retired_at.is_(None)).values(retired_at=_now())
    )
    uow.connection.execute(
        insert(_own).values(
            key_id=key.key_id,
            sign_private=key.sign_private,
            box_private=key.box_private,
            created_at=_now(),
        )
    )
    uow.audit_action("bundle.key_made", "sync_device_key", [], key.key_id)


def known_key(conn: Connection, key_id: str) -> KnownKey | None:
    row = conn.execute(select(_peer).where(_peer.c.key_id == key_id)).first()
    return _known(row) if row else None


def known_keys(conn: Connection, role: str | None = None) -> list[KnownKey]:
    query = select(_peer).order_by(_peer.c.added_at)
    if role is not None:
        query = query.where(_peer.c.role == role)
    return [_known(r) for r in conn.execute(query).all()]


def add_known_key(uow: UnitOfWork, key: KnownKey) -> bool:
    """Trusts a peer's public keys; False when they were known already (a revoked key stays
    revoked: trusting it again needs a new key)."""
    if known_key(uow.connection, key.key_id) is not None:
        return False
    uow.connection.execute(
        insert(_peer).values(
            key_id=key.key_id,
            device_id=key.device_id,
            role=key.role,
            name=key.name,
            sign_public=key.sign_public,
            box_public=key.box_public,
            added_at=_now(),
        )
    )
    uow.audit_action("bundle.key_trusted", "sync_peer_key", [key.role], key.key_id)
    return True


def revoke(uow: UnitOfWork, device_or_key: str) -> int:
    """Revokes a device's keys (by device id or key id); returns how many were revoked."""
    result = uow.connection.execute(
        update(_peer)
        .where(
            (_peer.c.key_id == device_or_key) | (_peer.c.device_id == device_or_key),
            _peer.c.revoked_at.is_(None),
        )
        .values(revoked_at=_now())
    )
    if result.rowcount:
        uow.audit_action("bundle.key_revoked", "sync_peer_key", [], device_or_key)
    return int(result.rowcount)


def _known(row: object) -> KnownKey:
    return KnownKey(
        row.key_id,  # type: ignore[attr-defined]
        row.device_id,  # type: ignore[attr-defined]
        row.role,  # type: ignore[attr-defined]
        row.name,  # type: ignore[attr-defined]
        bytes(row.sign_public),  # type: ignore[attr-defined]
        bytes(row.box_public),  # type: ignore[attr-defined]
        row.revoked_at is not None,  # type: ignore[attr-defined]
    )


# ------------------------------------------------------------------------------ bundle log
def seen(conn: Connection, bundle_id: str) -> BundleRecord | None:
    row = conn.execute(select(_bundle).where(_bundle.c.bundle_id == bundle_id)).first()
    return _entry(row) if row else None


def record(uow: UnitOfWork, entry: BundleRecord) -> None:
    uow.connection.execute(
        insert(_bundle).values(
            bundle_id=entry.bundle_id,
            direction=entry.direction,
            sender=entry.sender,
            recipient=entry.recipient,
            first=entry.first,
            last=entry.last,
            feed_cursor=entry.feed_cursor,
            records=entry.records,
            sha256=entry.sha256,
            at=_now(),
        )
    )


def bundles(conn: Connection, sender: str | None = None) -> list[BundleRecord]:
    """The bundle log, in the order bundles were written or imported here."""
    query = select(_bundle).order_by(literal_column("rowid"))
    if sender is not None:
        query = query.where(_bundle.c.sender == sender)
    return [_entry(r) for r in conn.execute(query).all()]


def feed_cursor_of(conn: Connection, device: str) -> int:
    """How far `device` had read this replica's feed, by the last word of it imported here
    (a workplace restored from a backup reads again from where it is now: starting lower is
    harmless, a record applies once)."""
    value = conn.execute(
        select(_bundle.c.feed_cursor)
        .where(_bundle.c.sender == device, _bundle.c.direction == IN)
        .order_by(literal_column("rowid").desc())
        .limit(1)
    ).scalar()
    return int(value or 0)


def received_ranges(conn: Connection, device: str) -> list[tuple[int, int]]:
    """The outbox ranges of `device` carried by bundles imported here: every entry in them
    has been answered for (applied, a duplicate, refused or quarantined)."""
    rows = conn.execute(
        select(_bundle.c.first, _bundle.c.last).where(
            _bundle.c.sender == device, _bundle.c.direction == IN, _bundle.c.records > 0
        )
    ).all()
    return [(int(first), int(last)) for first, last in rows]


def sent_in(conn: Connection, ranges: Sequence[tuple[int, int]]) -> list[str]:
    """This device's frozen outbox entries within `ranges` (what an acknowledgement covers:
    an entry not yet sent cannot have been received)."""
    ids: list[str] = []
    for first, last in ranges:
        ids += conn.execute(
            select(_outbox.c.change_id).where(
                _outbox.c.seq.between(first, last), _outbox.c.state == OutboxState.SENT
            )
        ).scalars()
    return ids


def _entry(row: object) -> BundleRecord:
    return BundleRecord(
        row.bundle_id,  # type: ignore[attr-defined]
        row.direction,  # type: ignore[attr-defined]
        row.sender,  # type: ignore[attr-defined]
        row.recipient,  # type: ignore[attr-defined]
        row.first,  # type: ignore[attr-defined]
        row.last,  # type: ignore[attr-defined]
        row.feed_cursor,  # type: ignore[attr-defined]
        row.records,  # type: ignore[attr-defined]
        row.sha256,  # type: ignore[attr-defined]
        row.at,  # type: ignore[attr-defined]
    )
