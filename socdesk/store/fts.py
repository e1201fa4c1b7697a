"""Full-text search over recipients: the FTS5 index, its triggers, and the search itself.

Folding. Names, identifiers and the settlement are folded by `sd_fold`/`sd_idents` (SQL
functions registered on every connection by the engine) before indexing, and queries are folded
the same way (`index_fold`), so case, apostrophes (typed or not), ґ/г and Latin look-alike letters
in a Cyrillic word never matter. Only live recipients
(not deleted, not merged) are indexed. Triggers keep the index in the same transaction as the
person row, whoever writes it (unit of work, sync, migration).

Order. Results come in Ukrainian alphabetical order without reading every match: FTS5 returns
matches in rowid order, so the index's rowids *are* the alphabetical order. A rebuild numbers
live people `GAP`, 2·`GAP`, … by (sort key, rowid): the ordered area, with room between
neighbours, so that after a large sync apply `bulk_end` places the batch's people between
their neighbours instead of re-ranking everyone (a full re-rank only when a gap is used up).
People added or edited since then get rowids from 2**62 up: the unordered area, which is
small. A search reads the first `limit` matches of the ordered area (FTS5 stops there) plus
every match of the unordered area, and merges them by sort key. `ensure` re-ranks when the
unordered area grows past a threshold, and when the index layout changes (its version is in
`meta`: derived data, no schema migration).
The map table ties each person's rowid to its index rowid, so triggers can delete the entry.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from socdesk.domain.text import digits_only, index_fold
from socdesk.store import meta

# 4: people re-indexed when their settlement is renamed; 5: apostrophes dropped and Latin
# look-alikes in Cyrillic words made Cyrillic (`index_fold`)
LAYOUT_VERSION = "5"
META_KEY = "fts_layout"
UNORDERED_BASE = 2**62
GAP = 2**24  # between neighbours of the ordered area after a rebuild (room for 2**38 people)
REBUILD_MIN_UNORDERED = 1_000
REBUILD_UNORDERED_SHARE = 0.02

CREATE_INDEX = (
    "CREATE VIRTUAL TABLE person_fts USING fts5("
    "names, idents, place, person_id UNINDEXED, sort_key UNINDEXED, "
    "content='', contentless_delete=1, contentless_unindexed=1, "
    "tokenize = \"unicode61 remove_diacritics 2 tokenchars 'ʼ'\")"
)
CREATE_MAP = (
    "CREATE TABLE person_fts_map (person_rowid INTEGER PRIMARY KEY, fts_rowid INTEGER NOT NULL)"
)
CREATE_MAP_INDEX = "CREATE INDEX person_fts_map_fts ON person_fts_map (fts_rowid)"

# A rebuild folds each settlement's name once, not once per person living there (a few
# hundred settlements against tens of thousands of people: a sixth of a re-rank's work).
_PLACE = "sd_fold(coalesce((SELECT name FROM settlement WHERE id = {p}.settlement_id), ''))"
_COLUMNS = "names, idents, place, person_id, sort_key"
_VALUES = (
    "sd_fold({p}.surname || ' ' || {p}.given_name || ' ' || {p}.patronymic), "
    "sd_idents({p}.rnokpp, {p}.document_number, {p}.unzr, {p}.phone), "
    f"{_PLACE}, "
    "{p}.id, sd_sort_key({p}.surname, {p}.given_name, {p}.patronymic)"
)
# A rebuild reads the sort key the row holds (set just before, or kept by the triggers).
_STORED_KEY = _VALUES.format(p="p").replace(
    "sd_sort_key(p.surname, p.given_name, p.patronymic)", "p.sort_key"
)
_REBUILD_SQL = (
    "WITH place (id, folded) AS MATERIALIZED (SELECT id, sd_fold(name) FROM settlement) "
    f"INSERT INTO person_fts (rowid, {_COLUMNS}) SELECT m.fts_rowid, "
    + _STORED_KEY.replace(_PLACE.format(p="p"), "coalesce(place.folded, '')")
    + " FROM person_fts_map m JOIN person p ON p.rowid = m.person_rowid "
    "LEFT JOIN place ON place.id = p.settlement_id ORDER BY m.fts_rowid"
)
_LIVE = "{p}.deleted = 0 AND {p}.merged_into IS NULL"

_ADD_UNORDERED = f"""
  INSERT INTO person_fts_map (person_rowid, fts_rowid)
    SELECT new.rowid, {UNORDERED_BASE} + new.rowid WHERE {_LIVE.format(p="new")};
  INSERT INTO person_fts (rowid, {_COLUMNS})
    SELECT {UNORDERED_BASE} + new.rowid, {_VALUES.format(p="new")} WHERE {_LIVE.format(p="new")};
  UPDATE person SET sort_key = sd_sort_key(new.surname, new.given_name, new.patronymic)
   WHERE rowid = new.rowid;
"""
_REMOVE = """
  DELETE FROM person_fts WHERE rowid =
    (SELECT fts_rowid FROM person_fts_map WHERE person_rowid = old.rowid);
  DELETE FROM person_fts_map WHERE person_rowid = old.rowid;
"""
TRIGGERS = (
    f"CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN {_ADD_UNORDERED} END",
    "CREATE TRIGGER person_fts_au AFTER UPDATE OF surname, given_name, patronymic, rnokpp, "
    "document_number, unzr, phone, settlement_id, deleted, merged_into ON person "
    f"BEGIN {_REMOVE} {_ADD_UNORDERED} END",
    f"CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN {_REMOVE} END",
    # A settlement renamed (by a coordinator here, or by a change from another replica) is
    # searched under its new name: touching its people's settlement re-indexes them above.
    "CREATE TRIGGER settlement_fts_au AFTER UPDATE OF name ON settlement "
    "WHEN new.name IS NOT old.name BEGIN "
    "UPDATE person SET settlement_id = settlement_id WHERE settlement_id = new.id; END",
)
TRIGGER_NAMES = ("person_fts_ai", "person_fts_au", "person_fts_ad", "settlement_fts_au")


def recreate(conn: Connection, *, sort_keys: bool = True) -> None:
    """Rebuilds the index and its triggers, every live person in the ordered area.

    Run at the end of every migration (a batch rebuild of `person` renumbers its rowids), when
    the layout version changes, and when the unordered area has grown (`ensure`). Only the
    last may leave out recomputing every person's sort key (`sort_keys=False`): under the
    current layout the triggers keep it, and recomputing it was a third of a re-rank's work
    (a re-rank follows every large sync apply).
    """
    drop_triggers(conn)
    conn.exec_driver_sql("DROP TABLE IF EXISTS person_fts")
    # WORKAROUND: SQLite 3.53.4 (SQLCipher 4.19) leaves the %_content shadow table of a
    # contentless_unindexed FTS5 table behind when the table is dropped, and re-creating the
    # table then fails ("table 'person_fts_content' already exists"). Drop the orphan too.
    # tests/store/test_search.py::test_rebuild_twice pins this down.
    conn.exec_driver_sql("DROP TABLE IF EXISTS person_fts_content")
    conn.exec_driver_sql("DROP TABLE IF EXISTS person_fts_map")
    conn.exec_driver_sql(CREATE_INDEX)
    conn.exec_driver_sql(CREATE_MAP)
    if sort_keys:
        conn.exec_driver_sql(
            "UPDATE person SET sort_key = sd_sort_key(surname, given_name, patronymic)"
        )
    conn.exec_driver_sql(
        "INSERT INTO person_fts_map (person_rowid, fts_rowid) SELECT rowid, "
        f"row_number() OVER (ORDER BY sort_key, rowid) * {GAP} FROM person p "
        f"WHERE {_LIVE.format(p='p')}"
    )
    conn.exec_driver_sql(_REBUILD_SQL)
    conn.exec_driver_sql(CREATE_MAP_INDEX)
    create_triggers(conn)
    meta.put(conn, META_KEY, LAYOUT_VERSION)


def create_triggers(conn: Connection) -> None:
    for sql in TRIGGERS:
        conn.exec_driver_sql(sql)


def refresh(conn: Connection) -> None:
    """Makes this connection's FTS5 tables read the index's current structure.

    WORKAROUND: FTS5 keeps each connection's copy of an index's structure (its segments)
    and reloads it when a query opens the index, but `PRAGMA integrity_check` (FTS5's
    xIntegrity, SQLite 3.53.4 in SQLCipher 4.19) uses the copy as it is. A pooled reader that
    last read the index before another connection changed it (a sync apply, the triggers of
    any write) then reports "fts5: corruption found reading blob …" for a healthy file. One
    lookup of a token in the caller's transaction reloads the structure first.
    tests/store/test_fts_reader.py pins this down.
    """
    tables = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"
    ).scalars()
    for name in list(tables):
        conn.exec_driver_sql(f'SELECT rowid FROM "{name}" WHERE "{name}" MATCH ? LIMIT 1', ("x",))


def drop_triggers(conn: Connection) -> None:
    """Drops the index's triggers (`recreate` makes them again)."""
    for name in TRIGGER_NAMES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def unordered_count(conn: Connection) -> tuple[int, int]:
    """(entries in the unordered area, all entries)."""
    row = conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM person_fts_map WHERE fts_rowid >= ?), "
        "(SELECT count(*) FROM person_fts_map)",
        (UNORDERED_BASE,),
    ).one()
    return int(row[0]), int(row[1])


# Person columns the index or its order reads: a write of any of them re-indexes the person.
INDEXED_COLUMNS = frozenset(
    {"surname", "given_name", "patronymic", "rnokpp", "document_number", "unzr", "phone"}
    | {"settlement_id", "deleted", "merged_into"}
)
NAME_COLUMNS = frozenset({"surname", "given_name", "patronymic"})


def _threshold(total: int) -> float:
    return max(REBUILD_MIN_UNORDERED, REBUILD_UNORDERED_SHARE * total)


def bulk_begin(conn: Connection, people: int) -> bool:
    """Before writing `people` persons' indexed columns at once (a large sync apply): if that
    many will leave the unordered area past the re-rank threshold, the index's triggers are
    dropped until `bulk_end` rebuilds it, since the re-rank re-indexes everyone anyway; True if
    they were. Each indexed person cost the triggers four SQL functions, an index entry and a
    second write of the person's row, all thrown away by the re-rank."""
    if people == 0 or meta.get(conn, META_KEY) != LAYOUT_VERSION:
        return False
    unordered, total = unordered_count(conn)
    if unordered + people <= _threshold(total + people):
        return False
    drop_triggers(conn)
    return True


def bulk_end(
    conn: Connection,
    renamed: Collection[str],
    indexed: Collection[str] | None = None,
    places: Collection[str] = (),
) -> None:
    """After `bulk_begin`: the sort keys of the people `renamed` (ids; whose names were
    written while the triggers were off), then the index brought up to date, its triggers
    with it. `indexed`: every person whose indexed columns were written meanwhile, `places`:
    settlements renamed meanwhile; given them, only those people (and those the triggers had
    left in the unordered area) are placed between their neighbours in the ordered area
    (`place`); without them, or when a gap has no room left, the index is rebuilt."""
    ids = sorted(renamed)
    for chunk in _chunks(ids):
        conn.exec_driver_sql(
            "UPDATE person SET sort_key = sd_sort_key(surname, given_name, patronymic) "
            f"WHERE id IN ({_marks(chunk)})",
            tuple(chunk),
        )
    if indexed is None or not place(conn, indexed, places):
        recreate(conn, sort_keys=False)
        return
    create_triggers(conn)


def place(conn: Connection, person_ids: Collection[str], places: Collection[str] = ()) -> bool:
    """Re-indexes the people `person_ids`, the people of the settlements `places` and those in
    the unordered area, each between its neighbours in the ordered area (by sort key, then
    rowid, as a rebuild orders them), and leaves the rest of the index as it is. False, with
    nothing changed, when some gap between neighbours has no room for the people it must
    take (the caller rebuilds then). Sort keys must be current; the index's triggers off."""
    rowids = _moving(conn, person_ids, places)
    if not rowids:
        return True
    ordered = _ordered(conn, rowids)
    if ordered is None:
        return False
    moved = sorted(rowids)
    live: list[tuple[str, int]] = []
    for chunk in _chunks(moved):
        sql = (
            f"SELECT sort_key, rowid FROM person p WHERE rowid IN ({_marks(chunk)}) "
            f"AND {_LIVE.format(p='p')}"
        )
        live += (tuple(row) for row in conn.exec_driver_sql(sql, tuple(chunk)))
    spots = _spots(sorted(live), *ordered)
    if spots is None:
        return False
    conn.exec_driver_sql(
        "DELETE FROM person_fts WHERE rowid = "
        "(SELECT fts_rowid FROM person_fts_map WHERE person_rowid = ?)",
        [(rowid,) for rowid in moved],
    )
    conn.exec_driver_sql(
        "DELETE FROM person_fts_map WHERE person_rowid = ?", [(rowid,) for rowid in moved]
    )
    conn.exec_driver_sql(
        "INSERT INTO person_fts_map (person_rowid, fts_rowid) VALUES (?, ?)", spots
    )
    for chunk in _chunks([rowid for rowid, _ in spots]):
        conn.exec_driver_sql(
            f"INSERT INTO person_fts (rowid, {_COLUMNS}) SELECT m.fts_rowid, "
            + _STORED_KEY
            + " FROM person_fts_map m JOIN person p ON p.rowid = m.person_rowid "
            f"WHERE m.person_rowid IN ({_marks(chunk)}) ORDER BY m.fts_rowid",
            tuple(chunk),
        )
    return True


def _moving(conn: Connection, person_ids: Collection[str], places: Collection[str]) -> set[int]:
    """Rowids of the people `place` re-indexes."""
    rowids: set[int] = set()
    for chunk in _chunks(sorted(person_ids)):
        sql = f"SELECT rowid FROM person WHERE id IN ({_marks(chunk)})"
        rowids.update(conn.exec_driver_sql(sql, tuple(chunk)).scalars())
    for chunk in _chunks(sorted(places)):
        sql = f"SELECT rowid FROM person WHERE settlement_id IN ({_marks(chunk)})"
        rowids.update(conn.exec_driver_sql(sql, tuple(chunk)).scalars())
    rowids.update(
        conn.exec_driver_sql(
            "SELECT person_rowid FROM person_fts_map WHERE fts_rowid >= ?", (UNORDERED_BASE,)
        ).scalars()
    )
    return rowids


def _ordered(conn: Connection, leaving: set[int]) -> tuple[list[tuple[str, int]], list[int]] | None:
    """The ordered area without the people `leaving` (rowids): their (sort key, rowid) and
    index rowids, both in index order; None if it is not in order (never expected: the caller
    rebuilds then). Read from the index's stored sort keys and the map: reading the people's
    rows instead took ten times as long on a large store."""
    below = (UNORDERED_BASE,)
    mapped = conn.exec_driver_sql(
        "SELECT fts_rowid, person_rowid FROM person_fts_map WHERE fts_rowid < ? ORDER BY fts_rowid",
        below,
    ).all()
    stored = conn.exec_driver_sql(
        "SELECT rowid, sort_key FROM person_fts WHERE rowid < ? ORDER BY rowid", below
    ).all()
    if len(mapped) != len(stored):
        return None
    keys: list[tuple[str, int]] = []
    positions: list[int] = []
    for (position, rowid), (entry, key) in zip(mapped, stored, strict=True):
        if position != entry:
            return None
        if rowid not in leaving:
            keys.append((key, rowid))
            positions.append(position)
    if any(a >= b for a, b in pairwise(keys)):
        return None
    return keys, positions


def _spots(
    people: list[tuple[str, int]], keys: list[tuple[str, int]], positions: list[int]
) -> list[tuple[int, int]] | None:
    """(person rowid, index rowid) for each of `people` ((sort key, rowid), sorted) between its
    neighbours of the ordered area (`keys` sorted, at `positions`); None if a gap is too small."""
    between: dict[int, list[int]] = {}
    for key in people:
        between.setdefault(bisect.bisect(keys, key), []).append(key[1])
    spots: list[tuple[int, int]] = []
    for at, rowids in between.items():
        low = positions[at - 1] if at else 0
        if at < len(positions):
            step = (positions[at] - low) // (len(rowids) + 1)
        else:  # after the last: spaced as a rebuild spaces them
            step = GAP if low + GAP * len(rowids) < UNORDERED_BASE else 0
        if step < 1:
            return None
        spots += [(rowid, low + step * (n + 1)) for n, rowid in enumerate(rowids)]
    return spots


def _chunks(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[start : start + 400] for start in range(0, len(items), 400)]


def _marks(chunk: Sequence[object]) -> str:
    return ", ".join("?" * len(chunk))


def ensure(conn: Connection) -> bool:
    """Rebuilds the index if its layout is old or its unordered area is large; True if it did."""
    if meta.get(conn, META_KEY) == LAYOUT_VERSION:
        unordered, total = unordered_count(conn)
        if unordered <= _threshold(total):
            return False
        recreate(conn, sort_keys=False)  # the layout is current: so are the sort keys
        return True
    recreate(conn)
    return True


# One statement for both areas: the next `limit` matches of the ordered area after a rank
# (FTS5 stops there), then, on the first page only, every match of the unordered area.
_FIRST_PAGE_SQL = (
    "SELECT * FROM (SELECT sort_key, person_id, rowid FROM person_fts "
    "WHERE person_fts MATCH ?1 AND rowid < ?2 ORDER BY rowid LIMIT ?3) "
    "UNION ALL "
    "SELECT sort_key, person_id, rowid FROM person_fts WHERE person_fts MATCH ?1 AND rowid >= ?2"
)
_NEXT_PAGE_SQL = (
    "SELECT sort_key, person_id, rowid FROM person_fts "
    "WHERE person_fts MATCH ? AND rowid > ? AND rowid < ? ORDER BY rowid LIMIT ?"
)
Hit = tuple[str, str, int]  # (sort key, person id, index rowid)


@dataclass(slots=True)
class SearchCursor:
    """Where a search stands: pages come in exact alphabetical order, `limit` at a time.

    The first `limit` people of the merged areas are always among the next `limit` of the
    ordered area and the rest of the unordered area, so each page reads at most `limit`
    entries of the ordered area.
    """

    expression: str
    last_rank: int = 0
    recent: list[Hit] | None = None  # unordered matches not yet returned, sorted
    done: bool = False

    def next_page(self, conn: Connection, limit: int) -> list[str]:
        if self.done:
            return []
        # The DB-API cursor directly: this runs on every pause in typing, and SQLAlchemy's
        # result machinery would cost more than the query itself.
        raw = conn.connection.driver_connection
        assert raw is not None
        if self.recent is None:
            rows = raw.execute(_FIRST_PAGE_SQL, (self.expression, UNORDERED_BASE, limit)).fetchall()
            ordered = [r for r in rows if r[2] < UNORDERED_BASE]
            self.recent = sorted(r for r in rows if r[2] >= UNORDERED_BASE)
        else:
            args = (self.expression, self.last_rank, UNORDERED_BASE, limit)
            ordered = raw.execute(_NEXT_PAGE_SQL, args).fetchall()
        if not self.recent:  # the usual case: nothing edited since the last re-rank
            page = ordered
            if page:
                self.last_rank = page[-1][2]
        else:
            page = list(islice(heapq.merge(ordered, self.recent, key=itemgetter(0)), limit))
            from_ordered = [hit for hit in page if hit[2] < UNORDERED_BASE]
            if from_ordered:
                self.last_rank = from_ordered[-1][2]
            self.recent = self.recent[len(page) - len(from_ordered) :]
        self.done = len(page) < limit
        return [hit[1] for hit in page]


_PHONE_LIKE = re.compile(r"^[\d\s()+\-]{5,}$")
_TOKEN = re.compile(r"[\wʼ]+")


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for what a person typed, or None if nothing is searchable.

    Every word is a quoted prefix phrase, so FTS syntax in the input is inert. A phone number
    typed with spaces or brackets becomes one digit string.
    """
    stripped = text.strip()
    if _PHONE_LIKE.match(stripped) and len(digits_only(stripped)) >= 5:
        return f'"{digits_only(stripped)}"*'
    tokens = _TOKEN.findall(index_fold(stripped))
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)
