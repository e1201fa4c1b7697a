"""Which contract of a case is in force on a date: the one rule that payments (what a month
charges) and the reports (contracts in force in a period) share, written once as SQL.

A contract is in force from the day it is signed to its end date (`valid_to`) inclusive,
until the day it is terminated and until the day its successor is signed (neither day
counted). Its successor is the next contract of the same case by signing day, then by id: a
contract signed again for the same case (a renewal) replaces the earlier one. The last-change
clock never decides: an earlier contract edited after its renewal stays replaced.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, text


def _later(alias: str) -> str:
    """SQL: contract `s` comes after contract `alias` in the same case."""
    return (
        f"s.case_id = {alias}.case_id AND s.deleted = 0 AND (s.signed_on > {alias}.signed_on "
        f"OR (s.signed_on = {alias}.signed_on AND s.id > {alias}.id))"
    )


def successor_signed(alias: str) -> str:
    """SQL: the day the successor of contract `alias` was signed (NULL for a case's latest)."""
    return f"(SELECT MIN(s.signed_on) FROM contract s WHERE {_later(alias)})"


def replaced_by(alias: str, day: str) -> str:
    """SQL condition: a successor of contract `alias` was signed on or before `day`, or on
    the contract's own signing day (then it was never in force)."""
    return (
        f"EXISTS (SELECT 1 FROM contract s WHERE {_later(alias)} "
        f"AND (s.signed_on <= {day} OR s.signed_on = {alias}.signed_on))"
    )


def in_force_between(alias: str, start: str = ":start", end: str = ":end") -> str:
    """SQL condition: contract `alias` is in force some day from `start` to `end` (SQL
    expressions, bound parameters by default). The contract's own `deleted` is not checked."""
    return (
        f"{alias}.signed_on <= {end} AND ({alias}.valid_to IS NULL OR {alias}.valid_to >= {start})"
        f" AND ({alias}.terminated_on IS NULL OR ({alias}.terminated_on > {start}"
        f" AND {alias}.terminated_on > {alias}.signed_on))"
        f" AND NOT {replaced_by(alias, start)}"
    )


def current_in(alias: str, start: str = ":start", end: str = ":end") -> str:
    """SQL condition: contract `alias` is the one of its case counted for the period: in force
    some day of it and not replaced by its end (a renewal in the period counts once, as the
    contract in force last)."""
    return f"{in_force_between(alias, start, end)} AND NOT {replaced_by(alias, end)}"


def in_force_on(conn: Connection, case_id: str, day: dt.date) -> str | None:
    """The id of the contract of `case_id` in force on `day`, or None."""
    sql = (
        "SELECT k.id FROM contract k WHERE k.case_id = :case AND k.deleted = 0 AND "
        + in_force_between("k", ":day", ":day")
    )
    found = conn.execute(text(sql), {"case": case_id, "day": day.isoformat()}).scalars().all()
    return str(found[0]) if found else None
