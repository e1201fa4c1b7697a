"""Device identity: a restored backup or a copied data folder becomes a new device.

Change records are known to peers by their `change_id` and `device`, and each device's clock
and outbox sequence are its own. A copy that went on as the same device would send entries the
original has already sent (perhaps with other content, as unsent entries keep coalescing) and
stamp clocks that tie with the original's. So a store that is not the file last opened in its
folder takes a new device id (`meta.device_id`, from which the HLC node comes), keeps its
store id, keeps every entry already sent or acknowledged as it is, and re-keys the entries not
yet sent (`rekey_unsent_outbox`): new `change_id`, new `device`.

How a copy is recognised. Whatever lives only inside the store file travels with every copy
of it, so the check compares the store with something a copy does not carry:

- `meta.instance` holds a random token, renewed at every open;
- `socdesk.instance`, a small file next to the store (never in a backup, which holds only the
  store and its key file), holds the same token and the identity of the store *file* it was
  written for: device number and inode (`os.stat`), which no copy keeps.

At open, inside the writer transaction (so two processes opening at once are serialised), the
store is the same one when the file exists, its token equals `meta.instance` and the store
file's device and inode equal the recorded ones. Otherwise:

- a copied folder carries the marker file, but its store is a new file (another inode);
- a restored backup has no marker of its own, a new file, and `restore` also writes
  `RESTORED` into its `meta.instance`;
- an older copy of the store put back over the live one (even if the file system reuses the
  inode) holds an older token than the marker, which is renewed at every open;
- a store moved to another disk gets a new id it did not need: harmless, the old id is simply
  never used again (a false "copy" costs nothing; a missed one corrupts sync).

A store that has no `meta.instance` yet (made before this check) is taken as it is and
recorded. Not detectable here: a whole disk image cloned to another computer (token, marker
and inode all cloned); the receiving side must notice one device with two diverging histories.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from sqlalchemy import Connection, Table, bindparam, select, update

from socdesk.domain import hlc as hlc_rules
from socdesk.domain.changes import OutboxState
from socdesk.domain.ids import new_id
from socdesk.store import meta
from socdesk.store.files import atomic_write
from socdesk.store.schema import OutboxEntry

INSTANCE_FILE = "socdesk.instance"
INSTANCE = "instance"  # meta key
RESTORED = "restored"  # meta.instance of a store just put back from a backup
_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]


def rekey_unsent_outbox(conn: Connection, new_device_id: str) -> int:
    """Gives every change record not yet sent (`PENDING`) a new `change_id` and
    `new_device_id`; returns how many. (The old device may have sent the same `change_id`
    with other content.) Entries that have left (`SENT`, `ACKNOWLEDGED`) are frozen and stay
    the old device's. `seq` stays: it is local order, and under the new device id it starts
    a sequence no other device has used."""
    unsent = (
        conn.execute(select(_outbox.c.seq).where(_outbox.c.state == OutboxState.PENDING))
        .scalars()
        .all()
    )
    if unsent:
        conn.execute(
            update(_outbox)
            .where(_outbox.c.seq == bindparam("b_seq"))
            .values(change_id=bindparam("b_change"), device=new_device_id),
            [{"b_seq": seq, "b_change": new_id()} for seq in unsent],
        )
    return len(unsent)


def become_new_device(conn: Connection, new_device_id: str) -> int:
    """The store's new device id: the clock goes on from where it was (never backwards) with
    the new node, and unsent change records are re-keyed (returns how many)."""
    meta.put(conn, meta.DEVICE_ID, new_device_id)
    stored = meta.get(conn, meta.HLC)
    if stored:
        last = hlc_rules.Hlc.parse(stored)
        node = hlc_rules.node_from_device(new_device_id)
        meta.put(conn, meta.HLC, str(hlc_rules.Hlc(last.wall_ms, last.counter, node)))
    return rekey_unsent_outbox(conn, new_device_id)


def changed_instance(conn: Connection, db_file: Path) -> str | None:
    """Why the store at `db_file` is not the one last opened there ("copied", "restored"), or
    None when it is (or when it has never been recorded)."""
    token = meta.get(conn, INSTANCE)
    if token is None:
        return None
    if token == RESTORED:
        return RESTORED
    try:
        marker = json.loads((db_file.parent / INSTANCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "copied"
    same = isinstance(marker, dict) and marker == {"token": token, **_file_identity(db_file)}
    return None if same else "copied"


def claim_instance(conn: Connection, db_file: Path) -> None:
    """Renews the token in `meta` and in the marker file next to the store (same transaction:
    if it rolls back, the next open sees a mismatch and takes a new id, which is harmless)."""
    token = secrets.token_hex(16)
    meta.put(conn, INSTANCE, token)
    data = {"token": token, **_file_identity(db_file)}
    atomic_write(db_file.parent / INSTANCE_FILE, json.dumps(data).encode())


def _file_identity(db_file: Path) -> dict[str, int]:
    st = os.stat(db_file)
    return {"dev": st.st_dev, "ino": st.st_ino}
