"""The audit chain's key and anchor: what makes the журнал дій tamper-evident.

Each audit entry's hash is an HMAC-SHA256 over the entry and the hash before it, under a key
derived from the data key *and* a secret kept in the key file, outside the database. Someone
who holds only the data key (a copied store file, a leaked key) can open and edit the
database but cannot recompute the chain. The chain's head (the id and hash of its newest
entry) is anchored in the key file, and, when connected, on the server: cutting the tail
or emptying the log leaves the anchor pointing at an entry that is no longer there.

Stores made before the key: their older entries keep plain SHA-256 hashes; the keyed chain
starts at `keyed_from` and its first entry links to the last unkeyed one, so an edit there
still breaks the link. What this cannot stop, and the server's copy of the anchor is for: a
person who holds a password *and* rewrites the key file together with the database.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, func, select

from socdesk.domain.errors import SocDeskError
from socdesk.domain.messages import fill, noop
from socdesk.store import meta
from socdesk.store.keys import KeyFile
from socdesk.store.schema import AuditEntry

log = logging.getLogger(__name__)
SECTION = "audit"
GENESIS_HASH = "0" * 64
AUDIT_FIELDS = ("at", "user", "device", "action", "table_name", "row_id", "detail")
_audit = AuditEntry.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class AuditSeal:
    """What checking the chain needs: the MAC key, where the keyed chain starts, the anchor."""

    key: bytes
    keyed_from: int
    anchor_id: int = 0
    anchor_hash: str = ""


def mac_key(data_key: bytes, secret: bytes) -> bytes:
    hkdf = HKDF(hashes.SHA256(), 32, salt=secret, info=b"socdesk audit chain v1")
    return hkdf.derive(data_key)


def keyed_hash(key: bytes, prev_hash: str, values: Sequence[str]) -> str:
    """The hash chaining one audit entry (its `AUDIT_FIELDS`, as stored) to the one before."""
    mac = _mac_base(key).copy()  # the key's inner and outer pads hashed once, not per entry
    mac.update("\x1f".join((prev_hash, *values)).encode())
    return mac.hexdigest()


@functools.lru_cache(maxsize=4)
def _mac_base(key: bytes) -> hmac.HMAC:
    return hmac.new(key, digestmod=hashlib.sha256)


def plain_hash(prev_hash: str, values: Sequence[str]) -> str:
    """The unkeyed hash of entries written before the chain had a key."""
    return hashlib.sha256("\x1f".join((prev_hash, *values)).encode()).hexdigest()


def open_seal(key_path: Path, data_key: bytes, conn: Connection) -> AuditSeal:
    """The seal from the key file; a key file without one (a store made before) gets its
    secret now, and the keyed chain starts after the newest entry there is."""
    section = KeyFile.load(key_path).section(SECTION)
    if "secret" not in section:
        with KeyFile.live(key_path) as data:
            section = dict(data.get(SECTION) or {})
            if "secret" not in section:  # another process may have made it meanwhile
                last = conn.execute(select(func.max(_audit.c.id))).scalar() or 0
                section = {
                    "secret": secrets.token_hex(32),
                    "keyed_from": int(last) + 1,
                    "anchor_id": 0,
                    "anchor_hash": "",
                }
                data[SECTION] = section
    return _seal(section, data_key)


def read_seal(key_path: Path, data_key: bytes) -> AuditSeal:
    """The seal as the key file has it now (its anchor may have moved since the open)."""
    return _seal(KeyFile.load(key_path).section(SECTION), data_key)


def _seal(section: dict[str, object], data_key: bytes) -> AuditSeal:
    return AuditSeal(
        mac_key(data_key, bytes.fromhex(str(section["secret"]))),
        int(str(section["keyed_from"])),
        int(str(section.get("anchor_id", 0))),
        str(section.get("anchor_hash", "")),
    )


def chain_head(conn: Connection) -> tuple[int, str] | None:
    """The newest entry's id and hash (None for an empty log)."""
    row = conn.execute(
        select(_audit.c.id, _audit.c.entry_hash).order_by(_audit.c.id.desc()).limit(1)
    ).one_or_none()
    return None if row is None else (int(row[0]), str(row[1]))


def hash_at(conn: Connection, entry_id: int) -> str | None:
    return conn.execute(select(_audit.c.entry_hash).where(_audit.c.id == entry_id)).scalar()


def advance_anchor(key_path: Path, conn: Connection) -> bool:
    """Moves the key file's anchor to the chain's head, only forward and only along the
    chain: a log found cut or rewritten keeps the old anchor as evidence. False if it did
    not move for that reason."""
    head = chain_head(conn)
    if head is None:
        return True
    with KeyFile.live(key_path) as data:
        section = data.get(SECTION)
        if not isinstance(section, dict):
            return True
        old_id, old_hash = int(section.get("anchor_id", 0)), str(section.get("anchor_hash", ""))
        if old_id and (head[0] < old_id or hash_at(conn, old_id) != old_hash):
            return False
        section["anchor_id"], section["anchor_hash"] = head
    return True


SERVER_ACK = "audit.server_ack"  # meta: "id:hash", the head the server last acknowledged


def head_upload(conn: Connection) -> dict[str, object]:
    """What a sync sends the server of the audit chain: its head, and this chain's hash now at
    the length the server acknowledged last (the server checks that they continue)."""
    head = chain_head(conn) or (0, GENESIS_HASH)
    since_length, _, _ = (meta.get(conn, SERVER_ACK) or "0::").partition(":")
    since = int(since_length or 0)
    since_hash = (hash_at(conn, since) or GENESIS_HASH) if since else ""
    return {"length": head[0], "head": head[1], "since_length": since, "since_hash": since_hash}


def anchor_quietly(key_path: Path, conn: Connection) -> bool:
    """`advance_anchor` after a write that is already committed: a failure (a full disk) is
    logged, not raised; False if the anchor still has to be moved (at the next write)."""
    try:
        if not advance_anchor(key_path, conn):
            log.warning("audit chain no longer reaches its anchor: anchor kept")
    except (SocDeskError, OSError) as exc:
        log.warning("audit anchor not moved (%s)", type(exc).__name__)
        return False
    return True


def chain_problem(conn: Connection, seal: AuditSeal) -> str:
    """ "" when every entry hashes (keyed from `keyed_from`) to its recorded hash, links to
    the one before, and the chain still reaches the anchor; else what is wrong (Ukrainian)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    columns = ", ".join(AUDIT_FIELDS)
    prev, anchor = GENESIS_HASH, "seen" if seal.anchor_id == 0 else "missing"
    rows = raw.execute(f"SELECT id, prev_hash, entry_hash, {columns} FROM audit_log ORDER BY id")
    for row in rows:
        entry_id, values = int(row[0]), row[3:]
        if entry_id < seal.keyed_from:
            expected = plain_hash(prev, values)
        else:
            expected = keyed_hash(seal.key, prev, values)
        if row[1] != prev or expected != row[2]:
            return fill(
                noop(
                    "Domain",
                    "Журнал дій змінено поза SocDesk: запис %1 не відповідає своєму підпису. "
                    "Повідомте координатора і не видаляйте сховище: воно потрібне для перевірки.",
                ),
                str(entry_id),
            )
        if entry_id == seal.anchor_id:
            anchor = "seen" if seal.anchor_hash == row[2] else "rewritten"
        prev = row[2]
    if anchor == "rewritten":
        return noop(
            "Domain",
            "Журнал дій переписано поза SocDesk: його записи не ті, що були засвідчені. "
            "Повідомте координатора і не видаляйте сховище: воно потрібне для перевірки.",
        )
    if anchor == "missing":
        return fill(
            noop(
                "Domain",
                "Журнал дій обрізано або видалено: бракує записів до %1 включно, які в ньому "
                "були. Повідомте координатора і не видаляйте сховище: воно потрібне для перевірки.",
            ),
            str(seal.anchor_id),
        )
    return ""
