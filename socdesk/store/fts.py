"""Full-text search over recipients: the FTS5 table, its triggers, and the query builder.

Names, identifiers and the settlement are folded by `sd_fold`/`sd_idents` (registered on every
connection by the engine) before indexing, and queries are folded the same way, so case,
apostrophe variants (' ’ ʼ) and ґ/г never matter. The index is written by triggers, in the
same transaction as the person row, whoever writes it (unit of work, sync, migration).

Only live recipients (not deleted, not merged) are indexed, each with its id and Ukrainian
sort key, so a search sorts and limits inside the index and never reads the wide person rows.
The index is derived data: its layout has its own version (`LAYOUT_VERSION` in `meta`), and
`ensure` rebuilds it when the layout changes, without a schema migration.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

from socdesk.domain.text import digits_only, search_fold
from socdesk.store import meta

LAYOUT_VERSION = "2"
META_KEY = "fts_layout"

CREATE_TABLE = (
    "CREATE VIRTUAL TABLE person_fts USING fts5("
    "names, idents, place, person_id UNINDEXED, sort_key UNINDEXED, "
    "tokenize = \"unicode61 remove_diacritics 2 tokenchars 'ʼ'\")"
)

_INDEXED = """
  INSERT INTO person_fts(rowid, names, idents, place, person_id, sort_key)
  SELECT new.rowid,
    sd_fold(new.surname || ' ' || new.given_name || ' ' || new.patronymic),
    sd_idents(new.rnokpp, new.document_number, new.unzr, new.phone),
    sd_fold(coalesce((SELECT name FROM settlement WHERE id = new.settlement_id), '')),
    new.id,
    sd_sort_key(new.surname, new.given_name, new.patronymic)
  WHERE new.deleted = 0 AND new.merged_into IS NULL;
"""
_SORT_KEY = """
  UPDATE person SET sort_key = sd_sort_key(new.surname, new.given_name, new.patronymic)
   WHERE rowid = new.rowid;
"""

TRIGGERS = (
    f"CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN {_INDEXED} {_SORT_KEY} END",
    "CREATE TRIGGER person_fts_au AFTER UPDATE OF surname, given_name, patronymic, rnokpp, "
    "document_number, unzr, phone, settlement_id, deleted, merged_into ON person BEGIN "
    f"DELETE FROM person_fts WHERE rowid = old.rowid; {_INDEXED} {_SORT_KEY} END",
    "CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
    "DELETE FROM person_fts WHERE rowid = old.rowid; END",
)
TRIGGER_NAMES = ("person_fts_ai", "person_fts_au", "person_fts_ad")


def recreate(conn: Connection) -> None:
    """Drops and recreates the FTS table and triggers and re-indexes every person.

    Run at the end of every migration (a batch rebuild of `person` renumbers its rowids) and
    when the layout version changes.
    """
    for name in TRIGGER_NAMES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS person_fts")
    conn.exec_driver_sql(CREATE_TABLE)
    conn.exec_driver_sql(
        "UPDATE person SET sort_key = sd_sort_key(surname, given_name, patronymic)"
    )
    conn.exec_driver_sql(
        "INSERT INTO person_fts(rowid, names, idents, place, person_id, sort_key) SELECT p.rowid, "
        "sd_fold(p.surname || ' ' || p.given_name || ' ' || p.patronymic), "
        "sd_idents(p.rnokpp, p.document_number, p.unzr, p.phone), "
        "sd_fold(coalesce(s.name, '')), p.id, p.sort_key "
        "FROM person p LEFT JOIN settlement s ON s.id = p.settlement_id "
        "WHERE p.deleted = 0 AND p.merged_into IS NULL"
    )
    for sql in TRIGGERS:
        conn.exec_driver_sql(sql)
    meta.put(conn, META_KEY, LAYOUT_VERSION)


def ensure(conn: Connection) -> bool:
    """Rebuilds the index if its layout is not the current one; returns whether it did."""
    if meta.get(conn, META_KEY) == LAYOUT_VERSION:
        return False
    recreate(conn)
    return True


# Positional parameters (expression, limit): run with exec_driver_sql, the cheapest path.
SEARCH_SQL = "SELECT person_id FROM person_fts WHERE person_fts MATCH ? ORDER BY sort_key LIMIT ?"

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
    tokens = _TOKEN.findall(search_fold(stripped))
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)
