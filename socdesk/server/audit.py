"""The audit chains on the server: each device's chain head, checked for continuity, and the
server's own actions, chained under the server's secret.

A device uploads only its chain's head (the newest entry's id and hash) and the hash its chain
has *now* at the length the server last acknowledged: never an entry's contents. The chain
must continue what the server saw, or the head it acknowledged before that (an upload whose
answer was lost, or two syncs at once, is sent again since the older head): a head that goes
back (a shorter chain) or forks (the acknowledged entry's hash changed: an entry rewritten, or a
store put back from an older copy) is a break, kept with its time and shown to the coordinator
(`heads`, `admin devices`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from socdesk.server.ingest import lock_feed
from socdesk.server.tables import audit_head, server_audit

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class HeadAnswer:
    length: int
    head: str
    broken: bool


def record_head(  # noqa: PLR0913 - the upload's four values
    conn: Connection,
    secret: str,
    device: str,
    length: int,
    head: str,
    since_length: int,
    since_hash: str,
    now: dt.datetime,
) -> HeadAnswer:
    """Takes a device's head; a break is recorded (and chained in the server's log)."""
    known = conn.execute(
        select(audit_head).where(audit_head.c.device == device).with_for_update()
    ).one_or_none()
    if known is None:
        conn.execute(
            insert(audit_head).values(
                device=device,
                length=length,
                head=head,
                received_at=now,
                break_reason="",
                prev_length=since_length,  # the first answer may be lost too
                prev_head=since_hash,
            )
        )
        return HeadAnswer(length, head, broken=False)
    since = (since_length, since_hash)
    retried = since == (known.prev_length, known.prev_head)  # the last answer never arrived
    reason = ""
    if length < known.length:
        reason = "went_back"
    elif since != (known.length, known.head) and not retried:
        reason = "forked"
    values: dict[str, Any] = {"length": length, "head": head, "received_at": now}
    if (length, head) != (known.length, known.head) and not retried:
        values.update(prev_length=known.length, prev_head=known.head)
    if reason:
        values.update(broken_at=now, break_reason=reason)
        chain_action(conn, secret, "audit.break", device, f"{reason} {known.length}->{length}", now)
    conn.execute(update(audit_head).where(audit_head.c.device == device).values(**values))
    return HeadAnswer(length, head, broken=bool(reason) or known.broken_at is not None)


def heads(conn: Connection) -> list[dict[str, Any]]:
    """Every device's last head and its break, if any (for the coordinator)."""
    rows = conn.execute(select(audit_head).order_by(audit_head.c.device)).all()
    return [
        {
            "device": row.device,
            "length": row.length,
            "received_at": row.received_at.isoformat(),
            "broken_at": None if row.broken_at is None else row.broken_at.isoformat(),
            "break_reason": row.break_reason,
        }
        for row in rows
    ]


def chain_action(
    conn: Connection, secret: str, action: str, subject: str, detail: str, now: dt.datetime
) -> None:
    """Appends one of the server's own actions to its chain (callers hold the feed lock or
    a transaction that serialises appends: the last row is read for update)."""
    lock_feed(conn)
    prev = conn.execute(
        select(server_audit.c.entry_hash).order_by(server_audit.c.id.desc()).limit(1)
    ).scalar()
    prev = prev or GENESIS_HASH
    at = _stamp(now)
    conn.execute(
        insert(server_audit).values(
            at=now,
            action=action,
            subject=subject,
            detail=detail,
            prev_hash=prev,
            entry_hash=_mac(secret, prev, (at, action, subject, detail)),
        )
    )


def server_chain_intact(conn: Connection, secret: str) -> bool:
    prev = GENESIS_HASH
    for row in conn.execute(select(server_audit).order_by(server_audit.c.id)):
        values = (_stamp(row.at), row.action, row.subject, row.detail)
        if row.prev_hash != prev or row.entry_hash != _mac(secret, prev, values):
            return False
        prev = row.entry_hash
    return True


def _stamp(moment: dt.datetime) -> str:
    """The time as hashed (SQLite gives back naive UTC, PostgreSQL aware)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _mac(secret: str, prev: str, values: tuple[str, ...]) -> str:
    key = hashlib.sha256(f"socdesk server audit\x00{secret}".encode()).digest()
    return hmac.new(key, "\x1f".join((prev, *values)).encode(), hashlib.sha256).hexdigest()
