"""Large demo stores for benchmarks, built in minutes instead of hours.

`demo_store(n)` is the one entry point: a folder with a closed store of `n` demo recipients
with everything the demo gives them (households, memberships, consents, cases at every stage
with acts, income, decisions, plans, contracts and years of service log), their change
records, audit chain and field history. Open it with `bench.data.open_store(folder)`.

How: one demo district of `UNIT` recipients is built through the product (`build_demo`, the
unit of work: real rows, outbox, audit and history); its rows are then replicated with new ids
by bulk SQL inside the same encrypted file until there are `n` recipients. What is replicated
is found from the data, not from a list of tables: every row that refers (transitively) to a
person, and the outbox, audit and history entries of those rows. Ids are rewritten wherever
they occur, inside JSON too; territory, workers and reference data stay shared. Each copy gets
its own РНОКПП (valid check digit, same birth date and sex), phone and document number; names
and dates repeat every `UNIT` recipients. The audit hash chain is extended entry by entry, so
`admin check` passes on the result.

Only the fixture is built this way: what a benchmark measures on it is the product's code.
Stores are cached for the run (one process): `demo_store(50_000)` a second time returns the
same folder in no time. Callers must not change a cached store; `private_copy` gives a
copy to write to. The cache folder is removed when the process ends.

Time on the shared 2-core VM (busy with other test runs): the district of 2,000 in 31 s, its
copies up to 100,000 recipients (4.8 GB) in 239 s; through the demo the same store took more
than 45 minutes.
"""

from __future__ import annotations

import atexit
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.data import new_store, open_store, vary_ident
from socdesk.demo import build_demo
from socdesk.paths import DB_FILE
from socdesk.store.audit_seal import AUDIT_FIELDS, keyed_hash
from socdesk.store.engine import connect_raw
from socdesk.store.schema import SYNC_TABLES

UNIT = 2_000  # recipients in the district built through the product; `n` must be a multiple


def _synced() -> set[str]:
    """Syncable tables: rows with a text `id`; the others (local) are copied only where they
    log something about a copied row (`row_id`: outbox, audit, history, sync state)."""
    return {t.__tablename__ for t in SYNC_TABLES}  # type: ignore[attr-defined]


FIXTURE_CACHE_KIB = 2 * 1024 * 1024  # the indexes stay in memory while rows are added
_UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

_cache: dict[tuple[int, int, int], Path] = {}  # (recipients or 0, seed, unit)
_root: list[Path] = []


def demo_store(n: int, seed: int = 31, unit: int = UNIT) -> Path:
    """The folder of a closed store with `n` demo recipients (a multiple of `unit`), built
    once per run and cached: do not write to it (see `private_copy`)."""
    if n % unit:
        raise ValueError(f"demo_store: {n} is not a multiple of {unit}")
    if (n, seed, unit) in _cache:
        return _cache[(n, seed, unit)]
    started = time.perf_counter()
    folder = _cache_root() / f"demo-{n}-{seed}-{unit}"
    shutil.copytree(_unit(seed, unit), folder)
    if n > unit:
        replicate(folder, n // unit)
        _log(f"replicated to {n:,} recipients in {time.perf_counter() - started:.0f} s")
    _cache[(n, seed, unit)] = folder
    return folder


def private_copy(folder: Path, to: Path) -> Path:
    """A copy of a cached store folder that a benchmark may change."""
    shutil.copytree(folder, to)
    return to


def _unit(seed: int, unit: int) -> Path:
    if (0, seed, unit) not in _cache:
        folder = _cache_root() / f"unit-{seed}-{unit}"
        started = time.perf_counter()
        store = new_store(folder)
        build_demo(store, unit, seed=seed)  # through the unit of work
        store.checkpoint()
        store.close()
        _log(f"demo district of {unit:,} built in {time.perf_counter() - started:.0f} s")
        _cache[(0, seed, unit)] = folder
    return _cache[(0, seed, unit)]


def _cache_root() -> Path:
    if not _root:
        root = Path(tempfile.mkdtemp(prefix="socdesk-bench-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        _root.append(root)
    return _root[0]


def _log(text: str) -> None:
    sys.stderr.write(f"[fixture] {text}\n")


# ------------------------------------------------------------------------------ replication
def new_id(old: str, copy: int) -> str:
    """The id of `old`'s row in copy `copy` (copy 0 is the district itself)."""
    return f"{copy:08x}{old[8:]}"


def replicate(folder: Path, copies: int) -> None:
    """Makes the district in `folder` `copies` times as large (copy 0 is the original)."""
    store = open_store(folder)
    key, mac_key = store._key, store.audit_seal().key
    store.close()
    conn = connect_raw(folder / DB_FILE, key, cache_kib=FIXTURE_CACHE_KIB)
    try:
        # A fixture: no journal, no fsync, foreign keys checked by `admin check` afterwards.
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA secure_delete = OFF")
        ids = _replicated_ids(conn)
        tables = _tables(conn)
        templates = Templates(ids)
        plan = {t: _columns(conn, t, ids, templates) for t in tables if t != "audit_log"}
        conn.create_function("bench_id", 2, templates.copy)
        conn.create_function("bench_ident", 3, vary_ident, deterministic=True)
        audit = _audit_rows(conn, ids, templates)
        last = {t: conn.execute(f'SELECT max(rowid) FROM "{t}"').fetchone()[0] for t in plan}
        conn.execute("BEGIN")
        for copy in range(1, copies):
            for table, (columns, exprs, where) in plan.items():
                conn.execute(
                    f'INSERT INTO "{table}" ({", ".join(columns)}) SELECT {", ".join(exprs)} '
                    f'FROM "{table}" WHERE rowid <= :last AND {where} ORDER BY rowid',
                    {"k": copy, "last": last[table]},
                )
            _append_audit(conn, audit, copy, templates, mac_key)
            if copy % 10 == 0:
                _log(f"copy {copy} of {copies - 1}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    open_store(folder).close()  # the opening re-ranks the search index, as after any bulk load


def _tables(conn: Any) -> list[str]:
    """Tables with rows to copy: syncable ones with rows in the replicated set, and local
    ones with entries about such rows."""
    synced, out = _synced(), []
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'person_fts%' ORDER BY name"
    ).fetchall():
        names = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')]
        key = "id" if table in synced else "row_id"
        if (
            key in names
            and conn.execute(
                f'SELECT 1 FROM "{table}" WHERE {key} IN (SELECT id FROM temp.rep) LIMIT 1'
            ).fetchone()
        ):
            out.append(table)
    return out


def _replicated_ids(conn: Any) -> set[str]:
    """Every id to rewrite: the people, each row that refers to one of the set (until nothing
    is added), and the change ids of their outbox entries. Kept in `temp.rep` as well."""
    conn.execute("CREATE TEMP TABLE rep (id TEXT PRIMARY KEY)")
    conn.execute("INSERT INTO temp.rep SELECT id FROM person")
    synced, candidates = _synced(), []
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        info = list(conn.execute(f'PRAGMA table_info("{table}")'))
        if table not in synced:
            continue
        text = [c[1] for c in info if c[1] != "id" and "INT" not in c[2].upper()]
        candidates += [(table, column) for column in text]
    while True:
        before = conn.execute("SELECT count(*) FROM temp.rep").fetchone()[0]
        for table, column in candidates:
            conn.execute(
                f'INSERT OR IGNORE INTO temp.rep SELECT id FROM "{table}" '
                f'WHERE "{column}" IN (SELECT id FROM temp.rep)'
            )
        if conn.execute("SELECT count(*) FROM temp.rep").fetchone()[0] == before:
            break
    conn.execute(
        "INSERT OR IGNORE INTO temp.rep SELECT change_id FROM outbox "
        "WHERE row_id IN (SELECT id FROM temp.rep)"
    )
    return {r[0] for r in conn.execute("SELECT id FROM temp.rep")}


def _columns(
    conn: Any, table: str, ids: set[str], templates: Templates
) -> tuple[list[str], list[str], str]:
    """The columns to insert, the expression that copies each in copy `:k`, and which rows."""
    info = list(conn.execute(f'PRAGMA table_info("{table}")'))
    key = "id" if table in _synced() else "row_id"
    where = f"{key} IN (SELECT id FROM temp.rep)"
    rows = conn.execute(f'SELECT * FROM "{table}" WHERE {where}').fetchall()
    columns, exprs = [], []
    for i, (_, name, kind, _, _, pk) in enumerate(info):
        if pk and "INT" in kind.upper():
            continue  # an integer key: the next number
        quoted = f'"{name}"'
        columns.append(quoted)
        values = [r[i] for r in rows if isinstance(r[i], str | bytes)]
        if table == "person" and name in ("rnokpp", "phone", "document_number"):
            exprs.append(f"bench_ident('{name}', {quoted}, :k)")
        elif values and all(_whole_or_none(v, ids) for v in values) and _any_in(values, ids):
            exprs.append(
                f"CASE WHEN {quoted} IN (SELECT id FROM temp.rep) "
                f"THEN printf('%08x', :k) || substr({quoted}, 9) ELSE {quoted} END"
            )
        elif any(_embedded(v, ids) for v in values):
            exprs.append(f"bench_id({quoted}, :k)")
            for v in values:
                templates.add(v)
        else:
            exprs.append(quoted)
    return columns, exprs, where


def _whole_or_none(value: str | bytes, ids: set[str]) -> bool:
    """`value` is one replicated id, or holds no id at all."""
    return value in ids or (isinstance(value, str) and not _UUID.search(value.encode()))


def _any_in(values: Iterable[str | bytes], ids: set[str]) -> bool:
    return any(v in ids for v in values if isinstance(v, str))


def _embedded(value: str | bytes, ids: set[str]) -> bool:
    raw = value.encode() if isinstance(value, str) else value
    return any(m.group().decode() in ids for m in _UUID.finditer(raw))


class Templates:
    """Values with replicated ids in them, split where each such id's first 8 characters
    (the part a copy rewrites) stand: a copy's value is then one `join`, no search."""

    def __init__(self, ids: set[str]) -> None:
        self._ids = ids
        self._parts: dict[Any, list[Any]] = {}

    def add(self, value: Any) -> None:
        if value is None or value in self._parts:
            return
        raw = value.encode() if isinstance(value, str) else value
        parts, start = [], 0
        for m in _UUID.finditer(raw):
            if m.group().decode() in self._ids:
                parts.append(raw[start : m.start()])
                start = m.start() + 8
        parts.append(raw[start:])
        self._parts[value] = (
            [p.decode() for p in parts] if isinstance(value, str) else parts  # type: ignore[misc]
        )

    def copy(self, value: Any, copy: int) -> Any:
        """`value` as copy `copy` holds it."""
        if value is None:
            return None
        parts = self._parts[value]
        prefix = f"{copy:08x}"
        return (prefix if isinstance(value, str) else prefix.encode()).join(parts)


# ------------------------------------------------------------------------------ audit chain
def _audit_rows(conn: Any, ids: set[str], templates: Templates) -> list[tuple[Any, ...]]:
    """The district's audit entries to copy (their `AUDIT_FIELDS`), in order."""
    columns = ", ".join(f'"{c}"' for c in AUDIT_FIELDS)
    rows: list[tuple[Any, ...]] = conn.execute(
        f"SELECT {columns} FROM audit_log WHERE row_id IN (SELECT id FROM temp.rep) ORDER BY id"
    ).fetchall()
    for row in rows:
        for value in row:
            templates.add(value)
    return rows


def _append_audit(
    conn: Any, rows: list[tuple[Any, ...]], copy: int, templates: Templates, mac_key: bytes
) -> None:
    """The district's audit entries for `copy`, chained (keyed) after the last entry."""
    (prev,) = conn.execute("SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    out = []
    for row in rows:
        values = [templates.copy(v, copy) for v in row]
        entry = keyed_hash(mac_key, prev, values)
        out.append((*values, prev, entry))
        prev = entry
    columns = ", ".join(f'"{c}"' for c in (*AUDIT_FIELDS, "prev_hash", "entry_hash"))
    marks = ", ".join("?" * (len(AUDIT_FIELDS) + 2))
    conn.executemany(f"INSERT INTO audit_log ({columns}) VALUES ({marks})", out)
