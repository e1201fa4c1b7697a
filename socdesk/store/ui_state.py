"""Per-user interface state (window layout, column widths and order): local-only, never synced."""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from socdesk.store.schema import UiState
from socdesk.store.uow import UnitOfWork

_state = UiState.__table__  # type: ignore[attr-defined]


def get_ui_state(conn: Connection, user_id: str, key: str) -> str | None:
    stmt = select(_state.c.value).where(_state.c.user_id == user_id, _state.c.key == key)
    value = conn.execute(stmt).scalar_one_or_none()
    return None if value is None else str(value)


def put_ui_state(uow: UnitOfWork, key: str, value: str) -> None:
    """Saves one value for the writing user (not audited: layout is not a change of record)."""
    stmt = insert(_state).values(user_id=uow.user_id, key=key, value=value)
    uow.connection.execute(
        stmt.on_conflict_do_update(index_elements=["user_id", "key"], set_={"value": value})
    )
