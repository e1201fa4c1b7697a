"""Full-text search over recipients: the FTS5 table, its triggers, and the query builder.

Names, identifiers and the settlement are folded by `sd_fold`/`sd_idents` (registered on every
connection by the engine) before indexing, and queries are folded the same way, so case,
apostrophe variants (' ’ ʼ) and ґ/г never matter. The index is written by triggers, in the
same transaction as the person row, whoever writes it (unit of work, sync, migration).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

from socdesk.domain.text import digits_only, search_fold

CREATE_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS person_fts USING fts5("
    "names, idents, place, "
    "tokenize = \"unicode61 remove_diacritics 2 tokenchars 'ʼ'\")"
)

_INDEX_ROW = """
  INSERT INTO person_fts(rowid, names, idents, place) VALUES (
    new.rowid,
    sd_fold(new.surname || ' ' || new.given_name || ' ' || new.patronymic),
    sd_idents(new.rnokpp, new.document_number, new.unzr, new.phone),
    sd_fold(coalesce((SELECT name FROM settlement WHERE id = new.settlement_id), '')));
  UPDATE person SET sort_key = sd_sort_key(new.surname, new.given_name, new.patronymic)
   WHERE rowid = new.rowid;
"""

TRIGGERS = (
    f"CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN {_INDEX_ROW} END",
    "CREATE TRIGGER person_fts_au AFTER UPDATE OF surname, given_name, patronymic, rnokpp, "
    "document_number, unzr, phone, settlement_id ON person BEGIN "
    f"DELETE FROM person_fts WHERE rowid = old.rowid; {_INDEX_ROW} END",
    "CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
    "DELETE FROM person_fts WHERE rowid = old.rowid; END",
)
TRIGGER_NAMES = ("person_fts_ai", "person_fts_au", "person_fts_ad")


def recreate(conn: Connection) -> None:
    """Drops and recreates the FTS table and triggers and re-indexes every person.

    Run at the end of every migration: a batch rebuild of `person` renumbers its rowids.
    """
    for name in TRIGGER_NAMES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS person_fts")
    conn.exec_driver_sql(CREATE_TABLE)
    conn.exec_driver_sql(
        "INSERT INTO person_fts(rowid, names, idents, place) SELECT p.rowid, "
        "sd_fold(p.surname || ' ' || p.given_name || ' ' || p.patronymic), "
        "sd_idents(p.rnokpp, p.document_number, p.unzr, p.phone), "
        "sd_fold(coalesce(s.name, '')) "
        "FROM person p LEFT JOIN settlement s ON s.id = p.settlement_id"
    )
    conn.exec_driver_sql(
        "UPDATE person SET sort_key = sd_sort_key(surname, given_name, patronymic)"
    )
    for sql in TRIGGERS:
        conn.exec_driver_sql(sql)


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
