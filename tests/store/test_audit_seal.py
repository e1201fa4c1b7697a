"""The audit chain is keyed and anchored: the three attacks of someone who holds the data key
(cut the tail, empty the log, edit an entry and recompute the hashes) all fail `admin check`."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable

import pytest
from support import LOGIN, PASSWORD, add_person

from socdesk.cli import Io, main
from socdesk.paths import AppPaths
from socdesk.store import audit_seal
from socdesk.store.audit_seal import AUDIT_FIELDS, keyed_hash, plain_hash
from socdesk.store.check import run_check
from socdesk.store.database import Store
from socdesk.store.engine import connect_raw


def admin_check(paths: AppPaths) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    env = {"SOCDESK_PASSWORD": PASSWORD}
    code = main(
        ["admin", "check", "--user", LOGIN, "--data-dir", str(paths.data_dir)],
        Io(env, out, err, False),
    )
    return code, out.getvalue() + err.getvalue()


def filled(paths: AppPaths) -> bytes:
    """Writes some entries, closes the store (the anchor is in the key file), returns the key."""
    with Store.open(paths, LOGIN, PASSWORD) as store:
        for surname in ("Коваль", "Бондар", "Шевчук"):
            add_person(store, surname)
        return store._key


def rehash(raw: sqlite3.Connection, hasher: Callable[[str, tuple[str, ...]], str]) -> None:
    """Recomputes every entry's hashes with `hasher`, as a forger would."""
    prev = audit_seal.GENESIS_HASH
    rows = raw.execute(f"SELECT id, {', '.join(AUDIT_FIELDS)} FROM audit_log ORDER BY id")
    for row in rows.fetchall():
        entry = hasher(prev, tuple(row[1:]))
        raw.execute(
            "UPDATE audit_log SET prev_hash=?, entry_hash=? WHERE id=?", (prev, entry, row[0])
        )
        prev = entry
    raw.commit()


def tamper(paths: AppPaths, key: bytes, sql: str) -> sqlite3.Connection:
    raw = connect_raw(paths.db_file, key)
    raw.execute(sql)
    raw.commit()
    return raw


def test_an_untouched_store_passes(store_paths: AppPaths) -> None:
    filled(store_paths)
    code, out = admin_check(store_paths)
    assert code == 0 and "Усе гаразд" in out


def test_cutting_the_tail_is_found(store_paths: AppPaths) -> None:
    key = filled(store_paths)
    tamper(
        store_paths, key, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)"
    ).close()
    code, out = admin_check(store_paths)
    assert code != 0 and "Журнал дій обрізано або видалено" in out


def test_emptying_the_log_is_found(store_paths: AppPaths) -> None:
    key = filled(store_paths)
    tamper(store_paths, key, "DELETE FROM audit_log").close()
    code, out = admin_check(store_paths)
    assert code != 0 and "обрізано або видалено" in out


def test_an_edit_with_the_hashes_recomputed_is_found(store_paths: AppPaths) -> None:
    """The forger knows the data key and the old (plain SHA-256) rule, or even the MAC with a
    key derived from the data key alone: neither is the chain's key."""
    key = filled(store_paths)
    forged_key = audit_seal.mac_key(key, b"")
    for hasher in (plain_hash, lambda p, v: keyed_hash(forged_key, p, v)):
        raw = tamper(store_paths, key, "UPDATE audit_log SET user='хтось' WHERE id = 5")
        rehash(raw, hasher)
        raw.close()
        code, out = admin_check(store_paths)
        assert code != 0 and "Журнал дій змінено поза SocDesk: запис 1 " in out


def test_a_forger_with_the_secret_is_still_caught_by_the_anchor(store_paths: AppPaths) -> None:
    """With the key file's secret too, the recomputed chain no longer reaches the anchor."""
    key = filled(store_paths)
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        real_key = store.audit_seal().key
    raw = tamper(store_paths, key, "UPDATE audit_log SET action='view' WHERE id = 5")
    rehash(raw, lambda p, v: keyed_hash(real_key, p, v))
    raw.close()
    code, out = admin_check(store_paths)
    assert code != 0 and "переписано" in out


def test_the_anchor_does_not_follow_a_cut_chain(store_paths: AppPaths) -> None:
    """Opening and writing after a cut must not move the anchor onto the cut chain."""
    key = filled(store_paths)
    before = json.loads(store_paths.key_file.read_bytes())["audit"]
    tamper(store_paths, key, "DELETE FROM audit_log WHERE id > 3").close()
    filled(store_paths)
    assert json.loads(store_paths.key_file.read_bytes())["audit"] == before
    assert admin_check(store_paths)[0] != 0


def test_a_store_from_before_the_key_gets_one_and_keeps_its_old_entries(
    store_paths: AppPaths,
) -> None:
    key = filled(store_paths)
    data = json.loads(store_paths.key_file.read_bytes())
    del data["audit"]
    store_paths.key_file.write_text(json.dumps(data))
    raw = connect_raw(store_paths.db_file, key)
    rehash(raw, plain_hash)  # the old, unkeyed chain
    last = raw.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    raw.close()
    filled(store_paths)
    section = json.loads(store_paths.key_file.read_bytes())["audit"]
    assert section["keyed_from"] == last + 1 and section["anchor_id"] > last
    assert admin_check(store_paths)[0] == 0
    # An old entry edited and the old part recomputed: the first keyed entry's link breaks.
    raw = tamper(store_paths, key, "UPDATE audit_log SET user='x' WHERE id = 2")
    prev = audit_seal.GENESIS_HASH
    for row in raw.execute(
        f"SELECT id, {', '.join(AUDIT_FIELDS)} FROM audit_log WHERE id <= ?", (last,)
    ).fetchall():
        entry = plain_hash(prev, tuple(row[1:]))
        raw.execute(
            "UPDATE audit_log SET prev_hash=?, entry_hash=? WHERE id=?", (prev, entry, row[0])
        )
        prev = entry
    raw.commit()
    raw.close()
    code, out = admin_check(store_paths)
    assert code != 0 and f"запис {last + 1} " in out


def test_check_report_names_the_problem(store: Store) -> None:
    add_person(store, "Коваль")
    with store.writer.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET detail='x' WHERE id = 2")
    with store.read() as conn:
        report = run_check(conn, store.audit_seal())
    assert not report.ok and "запис 2 " in report.audit_problem
    assert json.loads(report.to_json())["audit_problem"] == report.audit_problem


@pytest.mark.parametrize("entries", [0, 1])
def test_anchor_moves_with_writes(store: Store, entries: int) -> None:
    for i in range(entries):
        add_person(store, ("Коваль", "Бондар")[i])
    store.close()
    section = json.loads(store.paths.key_file.read_bytes())["audit"]
    with connect_raw(store.paths.db_file, store._key) as raw:
        head = raw.execute(
            "SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert [section["anchor_id"], section["anchor_hash"]] == list(head)
