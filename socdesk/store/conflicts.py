"""Conflicts kept by sync, for a coordinator to confirm (конфлікти синхронізації).

A conflict is one field of one row where two real edits met: the row holds the value that won
by clock (`kept`), the conflict holds the one that lost. Resolving it is an ordinary change:
keeping the current value writes nothing but the resolution; taking the other value, or a
typed one, updates the field through the unit of work, so the decision travels to every
replica like any edit (and, made on top of both, is no conflict anywhere).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, Table, func, select, update

from socdesk.domain.changes import Changes, JsonValue
from socdesk.domain.erasure_merge import WITHHELD
from socdesk.domain.errors import ValidationError
from socdesk.domain.hlc import Hlc
from socdesk.domain.messages import noop
from socdesk.store import codec
from socdesk.store.schema import TABLES_BY_NAME, SyncConflict, Worker
from socdesk.store.uow import UnitOfWork

_conflict: Table = SyncConflict.__table__  # type: ignore[attr-defined]
_worker: Table = Worker.__table__  # type: ignore[attr-defined]


WITHHELD_SWAP = noop(
    "Domain",
    "Значення зміни, зробленої до знищення даних, не збережено. "
    "Якщо воно правильне, введіть його знову.",
)


class Resolution(StrEnum):
    KEEP = "kept"  # the value that won stays
    SWAP = "swapped"  # the value that lost becomes current
    TYPED = "typed"  # a person typed the right value


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a conflict: the value, who made it and when (from its clock)."""

    value: JsonValue
    worker: str  # the worker's name, or "" when unknown
    at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    table: str
    row_id: str
    field: str
    kept: Side
    lost: Side
    detected_at: str
    # A value made before an erasure and sent after it, not applied: neither side's value is
    # kept (both None); a person is told, and dismisses it (`Resolution.KEEP`).
    withheld: bool = False


def open_count(conn: Connection) -> int:
    """How many conflicts wait for a person (the status bar's count)."""
    return int(
        conn.execute(
            select(func.count()).select_from(_conflict).where(_conflict.c.resolved_at.is_(None))
        ).scalar_one()
    )


def open_conflicts(conn: Connection, row_id: str | None = None) -> list[Conflict]:
    """Conflicts waiting for a person, oldest first (of one row, if given)."""
    stmt = select(_conflict).where(_conflict.c.resolved_at.is_(None))
    if row_id is not None:
        stmt = stmt.where(_conflict.c.row_id == row_id)
    rows = conn.execute(stmt.order_by(_conflict.c.detected_at, _conflict.c.id)).mappings().all()
    names = _worker_names(conn, {r["kept_user"] for r in rows} | {r["lost_user"] for r in rows})
    return [
        Conflict(
            id=r["id"],
            table=r["table_name"],
            row_id=r["row_id"],
            field=r["field"],
            kept=Side(_value(r["kept_value"]), names.get(r["kept_user"], ""), _when(r["kept_hlc"])),
            lost=Side(_value(r["lost_value"]), names.get(r["lost_user"], ""), _when(r["lost_hlc"])),
            detected_at=r["detected_at"],
            withheld=r["lost_value"] == WITHHELD,
        )
        for r in rows
    ]


def resolve(uow: UnitOfWork, conflict_id: str, how: Resolution, typed: JsonValue = None) -> None:
    """Settles a conflict; a new value is an ordinary change that travels."""
    conn = uow.connection
    row = conn.execute(select(_conflict).where(_conflict.c.id == conflict_id)).mappings().first()
    if row is None or row["resolved_at"] is not None:
        raise ValidationError(
            noop("Domain", "Цей конфлікт уже розв'язано на іншому місці або щойно."), "conflict"
        )
    table = TABLES_BY_NAME[row["table_name"]]
    if how is Resolution.SWAP and row["lost_value"] == WITHHELD:
        raise ValidationError(WITHHELD_SWAP, "conflict")
    if how is not Resolution.KEEP:
        value = json.loads(row["lost_value"]) if how is Resolution.SWAP else typed
        try:
            decoded = codec.decode(table, row["field"], value)
        except codec.BadValue:
            raise ValidationError(
                noop("Domain", "Таке значення не підходить для цього поля."), "value"
            ) from None
        uow.update(table, row["row_id"], {row["field"]: decoded})
    conn.execute(
        update(_conflict)
        .where(_conflict.c.id == conflict_id)
        .values(
            resolved_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            resolved_by=uow.author,
            resolution=how.value,
        )
    )
    uow.changes |= Changes(sync_conflicts=True)  # the conflicts view and its count reload
    uow.audit_action(
        "conflict.resolve", row["table_name"], [row["field"], how.value], row["row_id"]
    )


def _value(raw: str) -> JsonValue:
    return None if raw == WITHHELD else json.loads(raw)


def _worker_names(conn: Connection, ids: set[str]) -> dict[str, str]:
    ids.discard("")
    if not ids:
        return {}
    rows = conn.execute(
        select(_worker.c.id, _worker.c.surname, _worker.c.given_name).where(_worker.c.id.in_(ids))
    )
    return {r.id: f"{r.surname} {r.given_name}".strip() for r in rows}


def _when(stamp: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(Hlc.parse(stamp).wall_ms / 1000, dt.UTC)
    except ValueError:
        return None
