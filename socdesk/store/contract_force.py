"""Which contract of a case is in force on a date: the one rule that payments (what a month
charges) and the reports (contracts in force in a period) share, written once as SQLAlchemy
Core conditions (the same on a desktop's SQLite and on the server's PostgreSQL).

A contract is in force from the day it is signed to its end date (`valid_to`) inclusive,
until the day it is terminated and until the day its successor is signed (neither day
counted). Its successor is the next contract of the same case by signing day, then by id: a
contract signed again for the same case (a renewal) replaces the earlier one. The last-change
clock never decides: an earlier contract edited after its renewal stays replaced.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    and_,
    exists,
    false,
    func,
    literal,
    not_,
    or_,
    select,
)

from socdesk.store.schema import Contract

_contract = Contract.__table__  # type: ignore[attr-defined]
Day = dt.date | ColumnElement[Any]  # a date, or an SQL expression giving one


def _later(k: FromClause) -> tuple[FromClause, ColumnElement[bool]]:
    """A contract `s` and the condition that it comes after contract `k` in the same case."""
    s = _contract.alias("s")
    after = or_(
        s.c.signed_on > k.c.signed_on,
        and_(s.c.signed_on == k.c.signed_on, s.c.id > k.c.id),
    )
    return s, and_(s.c.case_id == k.c.case_id, s.c.deleted == false(), after)


def successor_signed(k: FromClause) -> ColumnElement[Any]:
    """The day the successor of contract `k` was signed (NULL for a case's latest)."""
    s, later = _later(k)
    return select(func.min(s.c.signed_on)).where(later).scalar_subquery()


def _day(value: Day) -> ColumnElement[Any]:
    return value if isinstance(value, ColumnElement) else literal(value, _contract.c.signed_on.type)


def replaced_by(k: FromClause, day: Day) -> ColumnElement[bool]:
    """A successor of contract `k` was signed on or before `day`, or on the contract's own
    signing day (then it was never in force)."""
    s, later = _later(k)
    on = or_(s.c.signed_on <= _day(day), s.c.signed_on == k.c.signed_on)
    return exists().where(later, on)


def in_force_between(k: FromClause, start: Day, end: Day) -> ColumnElement[bool]:
    """Contract `k` is in force some day from `start` to `end`. The contract's own `deleted`
    is not checked."""
    first, last = _day(start), _day(end)
    return and_(
        k.c.signed_on <= last,
        or_(k.c.valid_to.is_(None), k.c.valid_to >= first),
        or_(
            k.c.terminated_on.is_(None),
            and_(k.c.terminated_on > first, k.c.terminated_on > k.c.signed_on),
        ),
        not_(replaced_by(k, first)),
    )


def current_in(k: FromClause, start: Day, end: Day) -> ColumnElement[bool]:
    """Contract `k` is the one of its case counted for the period: in force some day of it
    and not replaced by its end (a renewal in the period counts once, as the contract in
    force last)."""
    return and_(in_force_between(k, start, end), not_(replaced_by(k, end)))


def in_force_on(conn: Connection, case_id: str, day: dt.date) -> str | None:
    """The id of the contract of `case_id` in force on `day`, or None."""
    k = _contract
    stmt = select(k.c.id).where(
        k.c.case_id == case_id, k.c.deleted == false(), in_force_between(k, day, day)
    )
    found = conn.execute(stmt).scalars().all()
    return str(found[0]) if found else None
