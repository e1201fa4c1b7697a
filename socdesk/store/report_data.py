"""The rows reports count, aggregated in SQL (a half-year of a district is millions of service
lines): recipients served, services delivered, appeals, decisions, documents drawn up.

Every query keeps to a `ReportScope`: the period, the districts (the rows' `district_id`) and
the services. A person is the survivor of any merge (`COALESCE(merged_into, id)`), so a person
whose two records were merged is counted once; deleted rows are never counted. Reference values
(a service's name) are the ones in force on each row's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, text

from socdesk.domain.report_scope import ReportScope
from socdesk.store.contract_force import current_in, in_force_between
from socdesk.store.district_access import check

Row = tuple[Any, ...]

# Every service line in scope, with the person it counts for.
SERVED = """
WITH merged AS MATERIALIZED (SELECT id, merged_into FROM person WHERE merged_into IS NOT NULL),
served AS (
  SELECT COALESCE(m.merged_into, e.person_id) AS pid, e.service_code AS code, e.unit AS unit,
         e.units_x100 AS units, e."on" AS day, e.worker_id AS worker_id
  FROM service_entry e LEFT JOIN merged m ON m.id = e.person_id
  WHERE e.deleted = 0 AND e."on" BETWEEN :start AND :end
    AND e.person_id NOT IN (SELECT id FROM person WHERE deleted = 1) {scope}
)
"""
# The name of a service in force on a row's day.
SERVICE_NAME = """
LEFT JOIN service_type st ON st.code = {code} AND st.deleted = 0
  AND st.valid_from <= {day} AND (st.valid_to IS NULL OR st.valid_to >= {day})
"""

# Lines are summed per service and person first, so that each person's card (sex) is read
# once per service, not once per line (a half-year is hundreds of thousands of lines).
SERVICES_SQL = (
    SERVED.rstrip()
    + """, pairs AS (
  SELECT s.code AS code, COALESCE(st.name, '') AS name, s.unit AS unit, s.pid AS pid,
         COUNT(*) AS n, SUM(s.units) AS u
  FROM served s """
    + SERVICE_NAME.format(code="s.code", day="s.day")
    + """  GROUP BY s.code, st.name, s.unit, s.pid
)
SELECT p.code, p.name, p.unit, COUNT(*), SUM(r.sex = 'female'), SUM(r.sex = 'male'),
       SUM(p.n), SUM(p.u)
FROM pairs p JOIN person r ON r.id = p.pid
GROUP BY p.code, p.name, p.unit ORDER BY p.code, p.name, p.unit
"""
)
# Per person first: each card is read once.
PER_PERSON = ", per_person AS (SELECT pid, COUNT(*) AS n FROM served GROUP BY pid)\n"
BY_CATEGORY_SQL = (
    SERVED.rstrip()
    + """, people AS MATERIALIZED (SELECT DISTINCT pid FROM served)
SELECT c.value, COUNT(*) FROM people s JOIN person r ON r.id = s.pid, json_each(r.categories) c
GROUP BY c.value
UNION ALL
SELECT '', COUNT(*) FROM people s JOIN person r ON r.id = s.pid WHERE r.birth_date > :adult_born
"""
)
# By sex and place at once: one pass over the period's lines for both tables (each person has
# one sex and one place, so the people of a sex or of a place are the sums of these rows).
BY_SEX_AND_PLACE_SQL = (
    SERVED.rstrip()
    + PER_PERSON
    + """SELECT COALESCE(r.sex, ''), COALESCE(d.name, ''), COALESCE(t.name, ''), COUNT(*),
       SUM(s.n)
FROM per_person s JOIN person r ON r.id = s.pid
LEFT JOIN settlement t ON t.id = r.settlement_id
LEFT JOIN starosta_district d ON d.id = r.district_id
GROUP BY 1, 2, 3
"""
)
SERVED_PEOPLE_SQL = SERVED + "SELECT COUNT(DISTINCT pid) FROM served"

CASE_SCOPE = "{alias}.district_id IN :districts"
CASE_SERVICES = "EXISTS (SELECT 1 FROM json_each({column}) j WHERE j.value IN :services)"
CONTRACT_SERVICES = (
    "EXISTS (SELECT 1 FROM json_each(k.services) j "
    "WHERE json_extract(j.value, '$.code') IN :services)"
)
APPEALS_SQL = """
SELECT c.channel, COUNT(*) FROM social_case c
WHERE c.deleted = 0 AND c.received_on BETWEEN :start AND :end {scope} GROUP BY c.channel
"""
DECISIONS_SQL = """
SELECT d.kind, d.ground, COUNT(*) FROM case_decision d JOIN social_case c ON c.id = d.case_id
WHERE d.deleted = 0 AND c.deleted = 0 AND d.decided_on BETWEEN :start AND :end {scope}
GROUP BY d.kind, d.ground
"""
# Contracts in force in the period, one per case (store/contract_force.py: a renewal in the
# period counts once, as the contract in force last).
CONTRACTS_SQL = (
    """
SELECT k.payment_category, COUNT(DISTINCT COALESCE(p.merged_into, p.id)), COUNT(*)
FROM contract k JOIN social_case c ON c.id = k.case_id JOIN person p ON p.id = c.person_id
WHERE k.deleted = 0 AND c.deleted = 0 AND p.deleted = 0 AND """
    + current_in("k")
    + """ {scope}
GROUP BY k.payment_category
"""
)
# Every contract in force some day of the period (a renewed one and its successor both).
CONTRACT_IDS_SQL = (
    """
SELECT k.id FROM contract k JOIN social_case c ON c.id = k.case_id
WHERE k.deleted = 0 AND c.deleted = 0 AND """
    + in_force_between("k")
    + " {scope}\n"
)
# Documents drawn up in the period: (document, rows, persons).
DOCUMENTS_SQL = """
SELECT 'contract', COUNT(*), COUNT(DISTINCT COALESCE(p.merged_into, p.id))
FROM contract k JOIN social_case c ON c.id = k.case_id JOIN person p ON p.id = c.person_id
WHERE k.deleted = 0 AND c.deleted = 0 AND k.signed_on BETWEEN :start AND :end {contract_scope}
UNION ALL
SELECT 'living_conditions', COUNT(*), COUNT(DISTINCT COALESCE(p.merged_into, p.id))
FROM form_record f LEFT JOIN social_case c ON c.id = f.case_id
JOIN person p ON p.id = COALESCE(f.person_id, c.person_id)
WHERE f.deleted = 0 AND f.form_code = 'living_conditions' AND f.status = 'completed'
  AND f.completed_on BETWEEN :start AND :end
  AND NOT EXISTS (SELECT 1 FROM form_record x WHERE x.supersedes_id = f.id AND x.deleted = 0)
  {form_scope}
UNION ALL
SELECT CASE WHEN k.revision = 1 THEN 'plan' ELSE 'plan_review' END, COUNT(*),
       COUNT(DISTINCT COALESCE(p.merged_into, p.id))
FROM care_plan k JOIN social_case c ON c.id = k.case_id JOIN person p ON p.id = c.person_id
WHERE k.deleted = 0 AND c.deleted = 0 AND k.made_on BETWEEN :start AND :end {plan_scope}
GROUP BY k.revision = 1
"""
# Persons assessed as needing a service some day of a year: a decision that found the need
# and named the service, made by the year's end, its case not terminated or closed before
# the year began.
NEEDED_SQL = """
SELECT j.value, COUNT(DISTINCT COALESCE(p.merged_into, p.id)),
  COUNT(DISTINCT CASE WHEN r.sex = 'female' THEN r.id END),
  COUNT(DISTINCT CASE WHEN r.sex = 'male' THEN r.id END)
FROM case_decision d JOIN social_case c ON c.id = d.case_id
JOIN person p ON p.id = c.person_id JOIN person r ON r.id = COALESCE(p.merged_into, p.id),
json_each(d.services) j
WHERE d.deleted = 0 AND c.deleted = 0 AND p.deleted = 0 AND d.needs_services = 1
  AND d.kind IN ('grant', 'refuse') AND d.decided_on <= :end
  AND (c.closed_on IS NULL OR c.closed_on >= :start)
  AND NOT EXISTS (SELECT 1 FROM case_decision t WHERE t.case_id = d.case_id
                  AND t.deleted = 0 AND t.kind = 'terminate' AND t.decided_on < :start)
  {scope}
GROUP BY j.value
"""
RECEIVED_SQL = (
    SERVED
    + """
SELECT s.code, COUNT(DISTINCT s.pid),
  COUNT(DISTINCT CASE WHEN r.sex = 'female' THEN s.pid END),
  COUNT(DISTINCT CASE WHEN r.sex = 'male' THEN s.pid END)
FROM served s JOIN person r ON r.id = s.pid GROUP BY s.code
"""
)
WORKLOAD_SQL = (
    SERVED
    + """
SELECT s.worker_id, substr(s.day, 1, 7), COUNT(DISTINCT s.pid), COUNT(*),
       COALESCE(SUM(CASE WHEN s.unit = 'година' THEN s.units END), 0)
FROM served s GROUP BY s.worker_id, substr(s.day, 1, 7)
"""
)
WORKLOAD_TOTAL_SQL = SERVED + "SELECT COUNT(DISTINCT pid) FROM served"
DEADLINE_CASES_SQL = """
SELECT c.id, c.received_on, c.urgent, COALESCE(d.name, ''), c.worker_id,
  (SELECT MIN(x.decided_on) FROM case_decision x WHERE x.case_id = c.id AND x.deleted = 0
     AND x.kind IN ('grant', 'refuse'))
FROM social_case c LEFT JOIN starosta_district d ON d.id = c.district_id
WHERE c.deleted = 0 AND c.received_on BETWEEN :start AND :end {scope}
"""


def _run(
    conn: Connection, sql: str, scope: ReportScope, extra: dict[str, Any] | None = None
) -> list[Row]:
    """`sql` with its scope's placeholders filled and bound; refused over more districts than
    the signed-in specialist's own (`district_access`)."""
    check(conn, scope.district_ids)
    stmt = text(sql)
    params: dict[str, Any] = {"start": scope.start.isoformat(), "end": scope.end.isoformat()}
    if ":districts" in sql:
        stmt = stmt.bindparams(bindparam("districts", expanding=True))
        params["districts"] = list(scope.district_ids or ())
    if ":services" in sql:
        stmt = stmt.bindparams(bindparam("services", expanding=True))
        params["services"] = list(scope.services or ())
    return [tuple(row) for row in conn.execute(stmt, {**params, **(extra or {})})]


def served_sql(sql: str, scope: ReportScope) -> str:
    """A query over the `served` lines with the scope's conditions written in."""
    parts = []
    if scope.district_ids is not None:
        parts.append("AND e.district_id IN :districts")
    if scope.services is not None:
        parts.append("AND e.service_code IN :services")
    return sql.replace("{scope}", " ".join(parts), 1) if "served AS (" in sql else sql


def _case_scope(scope: ReportScope, alias: str, services_column: str | None) -> str:
    parts = []
    if scope.district_ids is not None:
        parts.append("AND " + CASE_SCOPE.format(alias=alias))
    if scope.services is not None and services_column is not None:
        parts.append("AND " + CASE_SERVICES.format(column=services_column))
    return " ".join(parts)


def services_delivered(conn: Connection, scope: ReportScope) -> list[Row]:
    """Per service, its name on the lines' days and the unit logged: (code, name, unit,
    recipients, women, men, lines, units × 100)."""
    return _run(conn, served_sql(SERVICES_SQL, scope), scope)


def served_by_sex_and_place(conn: Connection, scope: ReportScope) -> list[Row]:
    """(sex or "", district name, settlement name, recipients, lines), by where each person
    lives: every person served in one row."""
    return _run(conn, served_sql(BY_SEX_AND_PLACE_SQL, scope), scope)


def served_by_category(conn: Connection, scope: ReportScope) -> tuple[dict[str, int], int]:
    """({category code: people served}, children served): a person in several categories is
    in each; a child is under 18 on the period's last day."""
    adult_born = scope.end.replace(year=scope.end.year - 18)
    if scope.end.month == 2 and scope.end.day == 29:
        adult_born = dt.date(scope.end.year - 18, 2, 28)
    extra = {"adult_born": adult_born.isoformat()}
    counts = {
        str(r[0]): int(r[1]) for r in _run(conn, served_sql(BY_CATEGORY_SQL, scope), scope, extra)
    }
    return {code: n for code, n in counts.items() if code}, counts.get("", 0)


def served_people(conn: Connection, scope: ReportScope) -> int:
    return int(_run(conn, served_sql(SERVED_PEOPLE_SQL, scope), scope)[0][0])


def appeals(conn: Connection, scope: ReportScope) -> list[Row]:
    """(channel, cases received in the period)."""
    sql = APPEALS_SQL.replace("{scope}", _case_scope(scope, "c", "c.services"))
    return _run(conn, sql, scope)


def decisions(conn: Connection, scope: ReportScope) -> list[Row]:
    """(kind, ground, decisions made in the period)."""
    sql = DECISIONS_SQL.replace("{scope}", _case_scope(scope, "d", "d.services"))
    return _run(conn, sql, scope)


def contracts_in_force(conn: Connection, scope: ReportScope) -> list[Row]:
    """(payment category, recipients, contracts) of the contracts in force in the period, one
    per case: the one in force last (a renewal replaces the contract it renews)."""
    sql = CONTRACTS_SQL.replace("{scope}", _contract_scope(scope))
    return _run(conn, sql, scope)


def _contract_scope(scope: ReportScope) -> str:
    found = _case_scope(scope, "k", None)
    if scope.services is not None:
        found += " AND " + CONTRACT_SERVICES
    return found


def contract_ids(conn: Connection, scope: ReportScope) -> set[str]:
    """Ids of the contracts in force some day of the period, a renewed one beside its successor
    (within the scope's districts and services)."""
    sql = CONTRACT_IDS_SQL.replace("{scope}", _contract_scope(scope))
    return {str(r[0]) for r in _run(conn, sql, scope)}


def documents_drawn(conn: Connection, scope: ReportScope) -> list[Row]:
    """(document, count, persons): contracts signed, living-conditions acts completed (the
    last correction only), individual plans and their reviews made in the period."""
    sql = DOCUMENTS_SQL.format(
        contract_scope=_contract_scope(scope),
        form_scope=_case_scope(scope, "f", None),
        plan_scope=_case_scope(scope, "k", None),
    )
    return _run(conn, sql, scope)


def needed(conn: Connection, scope: ReportScope) -> list[Row]:
    """(service code, persons assessed as needing it, women, men) over the scope's period."""
    found = _case_scope(scope, "d", None)
    if scope.services is not None:
        found += " AND j.value IN :services"
    return _run(conn, NEEDED_SQL.replace("{scope}", found), scope)


def received(conn: Connection, scope: ReportScope) -> list[Row]:
    """(service code, persons who received it, women, men)."""
    return _run(conn, served_sql(RECEIVED_SQL, scope), scope)


def service_names(conn: Connection, on: dt.date) -> dict[str, tuple[str, str]]:
    """Code -> (name, unit) of the services in force on `on`."""
    rows = conn.execute(
        text(
            "SELECT code, name, unit FROM service_type WHERE deleted = 0 AND valid_from <= :on "
            "AND (valid_to IS NULL OR valid_to >= :on)"
        ),
        {"on": on.isoformat()},
    )
    return {str(r[0]): (str(r[1]), str(r[2])) for r in rows}


def category_names(conn: Connection, on: dt.date) -> dict[str, str]:
    rows = conn.execute(
        text(
            "SELECT code, name FROM recipient_category WHERE deleted = 0 AND valid_from <= :on "
            "AND (valid_to IS NULL OR valid_to >= :on) ORDER BY rowid"
        ),
        {"on": on.isoformat()},
    )
    return {str(r[0]): str(r[1]) for r in rows}


def district_names(conn: Connection, ids: Sequence[str] | None = None) -> dict[str, str]:
    """Id -> name of the starosta districts (all, or these)."""
    rows = conn.execute(text("SELECT id, name FROM starosta_district WHERE deleted = 0"))
    return {str(r[0]): str(r[1]) for r in rows if ids is None or r[0] in ids}


def worker_names(conn: Connection) -> dict[str, tuple[str, str]]:
    """Id -> (surname and given name, position) of every worker, active or not."""
    rows = conn.execute(
        text("SELECT id, surname || ' ' || given_name, position, active FROM worker")
    )
    return {str(r[0]): (str(r[1]), str(r[2])) for r in rows}


def active_positions(conn: Connection) -> list[str]:
    """The position of every active worker (one item each)."""
    rows = conn.execute(text("SELECT position FROM worker WHERE deleted = 0 AND active = 1"))
    return [str(r[0]) for r in rows]


def workload(conn: Connection, scope: ReportScope) -> list[Row]:
    """(worker id, "YYYY-MM", recipients, lines, hours × 100) per worker and month."""
    return _run(conn, served_sql(WORKLOAD_SQL, scope), scope)


def deadline_cases(conn: Connection, scope: ReportScope) -> list[Row]:
    """Cases received in the period: (id, received_on, urgent, district name, worker id,
    the day of the first decision to grant or refuse or None)."""
    sql = DEADLINE_CASES_SQL.replace("{scope}", _case_scope(scope, "c", "c.services"))
    return [
        (r[0], _day(r[1]), bool(r[2]), r[3], r[4], _day(r[5]) if r[5] else None)
        for r in _run(conn, sql, scope)
    ]


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
