"""The size of the live register, kept by triggers, so the registry knows its row count
without counting 50,000 index entries on every open (and every reload after a save).

Like the search index's triggers, these are derived structures (and `admin check` compares the
count with a real one; a sync that writes with INSERT OR REPLACE must mind that REPLACE's
implicit delete fires no trigger without `recursive_triggers`): `recreate` rebuilds them at the
end of every migration (a batch rebuild of `person` drops its triggers) and `ensure` at every
open, so a store from any revision has them.
"""

from __future__ import annotations

from sqlalchemy import Connection

from socdesk.store import meta
from socdesk.store.schema.people import LIVE_SQL

LIVE_PEOPLE = "count.live_people"
TRIGGER_NAMES = ("person_live_count_ai", "person_live_count_au", "person_live_count_ad")
_NEW, _OLD = (
    LIVE_SQL.replace("deleted", "NEW.deleted").replace("merged_into", "NEW.merged_into"),
    LIVE_SQL.replace("deleted", "OLD.deleted").replace("merged_into", "OLD.merged_into"),
)
_ADD = f"UPDATE meta SET value = CAST(value AS INTEGER) + {{n}} WHERE key = '{LIVE_PEOPLE}'"
_TRIGGERS = (
    f"CREATE TRIGGER person_live_count_ai AFTER INSERT ON person WHEN {_NEW} "
    f"BEGIN {_ADD.format(n=1)}; END",
    f"CREATE TRIGGER person_live_count_au AFTER UPDATE OF deleted, merged_into ON person "
    f"WHEN ({_OLD}) <> ({_NEW}) "
    f"BEGIN {_ADD.format(n=f'(CASE WHEN {_NEW} THEN 1 ELSE -1 END)')}; END",
    f"CREATE TRIGGER person_live_count_ad AFTER DELETE ON person WHEN {_OLD} "
    f"BEGIN {_ADD.format(n=-1)}; END",
)


def counted(conn: Connection) -> int:
    """The live register counted row by row (what the kept count must equal)."""
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM person WHERE {LIVE_SQL}").scalar_one())


def recreate(conn: Connection) -> None:
    """Counts the live register and (re)creates the triggers that keep the count."""
    for name in TRIGGER_NAMES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    meta.put(conn, LIVE_PEOPLE, str(counted(conn)))
    for sql in _TRIGGERS:
        conn.exec_driver_sql(sql)


def ensure(conn: Connection) -> bool:
    """Recreates the count and its triggers if any is missing; True if it did."""
    placeholders = ", ".join("?" * len(TRIGGER_NAMES))
    present = conn.exec_driver_sql(
        f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({placeholders})",
        TRIGGER_NAMES,
    ).scalar_one()
    if present == len(TRIGGER_NAMES) and meta.get(conn, LIVE_PEOPLE) is not None:
        return False
    recreate(conn)
    return True


def live_people(conn: Connection) -> int:
    value = meta.get(conn, LIVE_PEOPLE)
    if value is None:  # a store opened read-only before `ensure` ran: count
        return counted(conn)
    return int(value)
