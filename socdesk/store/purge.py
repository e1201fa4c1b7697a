"""Removing a person's data from this replica (видалення даних людини з робочого місця).

When a coordinator moves a person to another district, this workplace no longer serves them
and must not keep their data (privacy): the server tells it through its feed, after the
workplace has pushed its own unsent changes. `purge_person` deletes the person and every row
that follows them (store/follow.py), with their field history, kept conflicts, received
change records and confirmed outbox entries, in the caller's unit of work. Nothing of it
goes to the outbox (it is not a deletion to share: the rows live on in the new district); an
edit this device has not had confirmed yet is kept, so nothing unsent is ever lost; the
audit log says what was removed, by id and count, never the contents.
"""

from __future__ import annotations

from sqlalchemy import Table, delete

from socdesk.domain.changes import OutboxState
from socdesk.store.digest import store_tables
from socdesk.store.follow import followers
from socdesk.store.schema import (
    ChangeLogEntry,
    FieldHistory,
    OutboxEntry,
    SyncConflict,
)
from socdesk.store.uow import UnitOfWork

_TABLES = store_tables()
_history: Table = FieldHistory.__table__  # type: ignore[attr-defined]
_conflict: Table = SyncConflict.__table__  # type: ignore[attr-defined]
_log: Table = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]


def purge_person(uow: UnitOfWork, person_id: str) -> int:
    """Deletes the person and the rows that follow them from this replica; how many rows."""
    conn = uow.connection
    rows = followers(conn, _TABLES, person_id)
    for name, row in reversed(rows):  # children before their parents
        row_id = row["id"]
        conn.execute(delete(_TABLES[name]).where(_TABLES[name].c.id == row_id))
        conn.execute(delete(_history).where(_history.c.row_id == row_id))
        conn.execute(delete(_conflict).where(_conflict.c.row_id == row_id))
        conn.execute(delete(_log).where(_log.c.row_id == row_id))
        conn.execute(
            delete(_outbox).where(
                _outbox.c.row_id == row_id, _outbox.c.state == OutboxState.ACKNOWLEDGED
            )
        )
    if rows:
        uow.audit_action("sync.purge", "person", [str(len(rows))], person_id)
    return len(rows)
