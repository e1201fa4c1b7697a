"""Reading the audit log (журнал дій) for the coordinator's browser: newest first, a page at a
time by id (keyset paging, so the ten-thousandth page costs what the first does), filtered by
user, action and period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select

from socdesk.store.schema import AuditEntry

_audit = AuditEntry.__table__  # type: ignore[attr-defined]
PAGE = 200


@dataclass(frozen=True, slots=True)
class AuditFilter:
    user_id: str | None = None
    action: str | None = None
    since: dt.datetime | None = None  # inclusive, aware
    until: dt.datetime | None = None  # exclusive, aware


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC
    user_id: str
    action: str
    table_name: str
    row_id: str
    detail: str


def audit_page(
    conn: Connection, where: AuditFilter, before_id: int | None = None, limit: int = PAGE
) -> list[AuditRow]:
    """The `limit` newest entries older than `before_id` that pass `where`."""
    stmt = select(_audit).order_by(_audit.c.id.desc()).limit(limit)
    if before_id is not None:
        stmt = stmt.where(_audit.c.id < before_id)
    if where.user_id is not None:
        stmt = stmt.where(_audit.c.user == where.user_id)
    if where.action is not None:
        stmt = stmt.where(_audit.c.action == where.action)
    if where.since is not None:  # `at` is text YYYY-MM-DDTHH:MM:SSZ: it sorts as time
        stmt = stmt.where(_audit.c.at >= _stamp(where.since))
    if where.until is not None:
        stmt = stmt.where(_audit.c.at < _stamp(where.until))
    return [
        AuditRow(
            r.id,
            dt.datetime.strptime(r.at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC),
            r.user,
            r.action,
            r.table_name,
            r.row_id,
            r.detail,
        )
        for r in conn.execute(stmt)
    ]


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_days(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The period from the start of `first` to the end of `last`, in this computer's time."""
    start = dt.datetime.combine(first, dt.time()).astimezone()
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time()).astimezone()
    return start, end


def audit_actions(conn: Connection) -> list[str]:
    return sorted(conn.execute(select(_audit.c.action).distinct()).scalars())
