"""The rows reports count, aggregated in SQL (a half-year of a district is millions of service
lines): recipients served, services delivered, appeals, decisions, documents drawn up.

Every query keeps to a `ReportScope`: the period, the districts (the rows' `district_id`) and
the services. A person is the survivor of any merge (`COALESCE(merged_into, id)`), so a person
whose two records were merged is counted once; deleted rows are never counted. Reference values
(a service's name) are the ones in force on each row's date.

The queries are SQLAlchemy Core, one code path for a desktop's SQLite and the server's
PostgreSQL (the community's reports over the server's current rows); the one thing the two
write differently, the items of a JSON list, is `_items`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Connection,
    FromClause,
    Select,
    String,
    and_,
    case,
    distinct,
    exists,
    extract,
    false,
    func,
    literal_column,
    not_,
    or_,
    select,
    true,
    union_all,
)

from socdesk.domain.report_scope import ReportScope
from socdesk.paths import resources_dir
from socdesk.store.contract_force import current_in, in_force_between
from socdesk.store.district_access import check
from socdesk.store.schema import (
    CarePlan,
    CaseDecision,
    Contract,
    FormRecord,
    Person,
    RecipientCategory,
    ServiceEntry,
    ServiceType,
    Settlement,
    SocialCase,
    StarostaDistrict,
    Worker,
)

Row = tuple[Any, ...]

_entry = ServiceEntry.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]
_service = ServiceType.__table__  # type: ignore[attr-defined]
_settlement = Settlement.__table__  # type: ignore[attr-defined]
_district = StarostaDistrict.__table__  # type: ignore[attr-defined]
_case = SocialCase.__table__  # type: ignore[attr-defined]
_decision = CaseDecision.__table__  # type: ignore[attr-defined]
_contract = Contract.__table__  # type: ignore[attr-defined]
_form = FormRecord.__table__  # type: ignore[attr-defined]
_plan = CarePlan.__table__  # type: ignore[attr-defined]
_worker = Worker.__table__  # type: ignore[attr-defined]
_category = RecipientCategory.__table__  # type: ignore[attr-defined]


def _written(word: str) -> ColumnElement[str]:
    """A text constant written into the SQL, not bound: PostgreSQL groups by it."""
    return literal_column(f"'{word}'", String)


EMPTY = _written("")
FEMALE, MALE = "female", "male"


def _live(table: FromClause) -> ColumnElement[bool]:
    """Not deleted (`deleted = 0` on SQLite, where the partial indexes say so)."""
    return table.c.deleted == false()


def _survivor(p: FromClause) -> ColumnElement[Any]:
    return func.coalesce(p.c.merged_into, p.c.id)


def _items(conn: Connection, column: ColumnElement[Any], key: str | None = None) -> Any:
    """The items of a JSON list in `column` as a table function joined beside its row, and
    their text (`key`: the member `key` of each item, an object): SQLite's `json_each`,
    PostgreSQL's `json_array_elements`."""
    if conn.dialect.name == "postgresql":
        if key is None:
            found = func.json_array_elements_text(column).table_valued("value").alias("j")
            return found, found.c.value
        found = func.json_array_elements(column).table_valued("value").alias("j")
        return found, found.c.value.op("->>")(key)
    found = func.json_each(column).table_valued("value").alias("j")
    return found, found.c.value if key is None else func.json_extract(found.c.value, f"$.{key}")


def _any_item_in(
    conn: Connection, column: ColumnElement[Any], wanted: Sequence[str], key: str | None = None
) -> ColumnElement[bool]:
    items, value = _items(conn, column, key)
    return exists(select(literal_column("1")).select_from(items).where(value.in_(list(wanted))))


# ------------------------------------------------------------------------------ the lines
def _served(scope: ReportScope) -> CTE:
    """Every service line in scope, with the person it counts for (`pid`, after merges)."""
    e = _entry.alias("e")
    merged = (
        select(_person.c.id, _person.c.merged_into)
        .where(_person.c.merged_into.is_not(None))
        .cte("merged")
        .prefix_with("MATERIALIZED")
    )
    gone = select(_person.c.id).where(_person.c.deleted == true())
    stmt = (
        select(
            func.coalesce(merged.c.merged_into, e.c.person_id).label("pid"),
            e.c.service_code.label("code"),
            e.c.unit.label("unit"),
            e.c.units_x100.label("units"),
            e.c.on.label("day"),
            e.c.worker_id.label("worker_id"),
        )
        .select_from(e.outerjoin(merged, merged.c.id == e.c.person_id))
        .where(_live(e), e.c.on.between(scope.start, scope.end), e.c.person_id.not_in(gone))
    )
    if scope.district_ids is not None:
        stmt = stmt.where(e.c.district_id.in_(list(scope.district_ids)))
    if scope.services is not None:
        stmt = stmt.where(e.c.service_code.in_(list(scope.services)))
    return stmt.cte("served")


def _run(conn: Connection, stmt: Select[Any] | Any, scope: ReportScope) -> list[Row]:
    """The rows of `stmt`; refused over more districts than the signed-in specialist's own
    (`district_access`)."""
    check(conn, scope.district_ids)
    return [tuple(row) for row in conn.execute(stmt)]


def _int(value: Any) -> int:
    """A count or sum as an int (PostgreSQL sums counts as numeric)."""
    return int(value or 0)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.sum(case((condition, 1), else_=0))


def services_delivered(conn: Connection, scope: ReportScope) -> list[Row]:
    """Per service, its name on the lines' days and the unit logged: (code, name, unit,
    recipients, women, men, lines, units × 100)."""
    s = _served(scope)
    st = _service.alias("st")
    named = and_(
        st.c.code == s.c.code,
        _live(st),
        st.c.valid_from <= s.c.day,
        or_(st.c.valid_to.is_(None), st.c.valid_to >= s.c.day),
    )
    # Lines are summed per service and person first, so that each person's card (sex) is read
    # once per service, not once per line (a half-year is hundreds of thousands of lines).
    pairs = (
        select(
            s.c.code,
            func.coalesce(st.c.name, EMPTY).label("name"),
            s.c.unit,
            s.c.pid,
            func.count().label("n"),
            func.sum(s.c.units).label("u"),
        )
        .select_from(s.outerjoin(st, named))
        .group_by(s.c.code, st.c.name, s.c.unit, s.c.pid)
        .cte("pairs")
    )
    r = _person.alias("r")
    stmt = (
        select(
            pairs.c.code,
            pairs.c.name,
            pairs.c.unit,
            func.count(),
            _count_if(r.c.sex == FEMALE),
            _count_if(r.c.sex == MALE),
            func.sum(pairs.c.n),
            func.sum(pairs.c.u),
        )
        .select_from(pairs.join(r, r.c.id == pairs.c.pid))
        .group_by(pairs.c.code, pairs.c.name, pairs.c.unit)
        .order_by(pairs.c.code, pairs.c.name, pairs.c.unit)
    )
    return [
        (code, name, unit, _int(n), _int(f), _int(m), _int(lines), None if u is None else int(u))
        for code, name, unit, n, f, m, lines, u in _run(conn, stmt, scope)
    ]


def served_by_sex_and_place(conn: Connection, scope: ReportScope) -> list[Row]:
    """(sex or "", district name, settlement name, recipients, lines), by where each person
    lives: every person served in one row (a sex or place may come in more than one row)."""
    s = _served(scope)
    # Per person first: each card is read once. By sex and place at once: one pass over the
    # period's lines for both tables (each person has one sex and one place, so the people of
    # a sex or of a place are the sums of these rows).
    per_person = select(s.c.pid, func.count().label("n")).group_by(s.c.pid).cte("per_person")
    r, t, d = _person.alias("r"), _settlement.alias("t"), _district.alias("d")
    stmt = (
        select(
            func.coalesce(r.c.sex, EMPTY),
            func.coalesce(d.c.name, EMPTY),
            func.coalesce(t.c.name, EMPTY),
            func.count(),
            func.sum(per_person.c.n),
        )
        .select_from(
            per_person.join(r, r.c.id == per_person.c.pid)
            .outerjoin(t, t.c.id == r.c.settlement_id)
            .outerjoin(d, d.c.id == r.c.district_id)
        )
        .group_by(r.c.sex, d.c.name, t.c.name)
    )
    return [(a, b, c, _int(n), _int(lines)) for a, b, c, n, lines in _run(conn, stmt, scope)]


def served_by_category(conn: Connection, scope: ReportScope) -> tuple[dict[str, int], int]:
    """({category code: people served}, children served): a person in several categories is
    in each; a child is under 18 on the period's last day."""
    adult_born = scope.end.replace(year=scope.end.year - 18)
    if scope.end.month == 2 and scope.end.day == 29:
        adult_born = dt.date(scope.end.year - 18, 2, 28)
    s = _served(scope)
    people = select(s.c.pid).distinct().cte("people").prefix_with("MATERIALIZED")
    r = _person.alias("r")
    served = people.join(r, r.c.id == people.c.pid)
    items, value = _items(conn, r.c.categories)
    stmt = union_all(
        select(value, func.count()).select_from(served.join(items, true())).group_by(value),
        select(EMPTY, func.count()).select_from(served).where(r.c.birth_date > adult_born),
    )
    counts = {str(code): _int(n) for code, n in _run(conn, stmt, scope)}
    return {code: n for code, n in counts.items() if code}, counts.get("", 0)


def served_people(conn: Connection, scope: ReportScope) -> int:
    s = _served(scope)
    return _int(_run(conn, select(func.count(distinct(s.c.pid))), scope)[0][0])


def received(conn: Connection, scope: ReportScope) -> list[Row]:
    """(service code, persons who received it, women, men)."""
    s = _served(scope)
    r = _person.alias("r")
    stmt = (
        select(
            s.c.code,
            func.count(distinct(s.c.pid)),
            func.count(distinct(case((r.c.sex == FEMALE, s.c.pid)))),
            func.count(distinct(case((r.c.sex == MALE, s.c.pid)))),
        )
        .select_from(s.join(r, r.c.id == s.c.pid))
        .group_by(s.c.code)
    )
    return [(code, _int(n), _int(f), _int(m)) for code, n, f, m in _run(conn, stmt, scope)]


def workload(conn: Connection, scope: ReportScope) -> list[Row]:
    """(worker id, "YYYY-MM", recipients, lines, hours × 100) per worker and month."""
    s = _served(scope)
    year, month = extract("year", s.c.day), extract("month", s.c.day)
    hours = func.sum(case((s.c.unit == "година", s.c.units)))
    stmt = select(
        s.c.worker_id,
        year,
        month,
        func.count(distinct(s.c.pid)),
        func.count(),
        func.coalesce(hours, 0),
    ).group_by(s.c.worker_id, year, month)
    return [
        (worker, f"{int(y):04d}-{int(m):02d}", _int(n), _int(lines), _int(h))
        for worker, y, m, n, lines, h in _run(conn, stmt, scope)
    ]


# ------------------------------------------------------------------------------ cases
def _case_scope(
    conn: Connection, scope: ReportScope, table: FromClause, services: ColumnElement[Any] | None
) -> list[ColumnElement[bool]]:
    """The scope's districts on `table`'s rows, and its services among the codes listed in
    `services` (a JSON list of codes), if given."""
    found: list[ColumnElement[bool]] = []
    if scope.district_ids is not None:
        found.append(table.c.district_id.in_(list(scope.district_ids)))
    if scope.services is not None and services is not None:
        found.append(_any_item_in(conn, services, scope.services))
    return found


def _contract_scope(conn: Connection, scope: ReportScope, k: FromClause) -> list[Any]:
    found = _case_scope(conn, scope, k, None)
    if scope.services is not None:  # the contract's services: [{"code": …, …}]
        found.append(_any_item_in(conn, k.c.services, scope.services, "code"))
    return found


def appeals(conn: Connection, scope: ReportScope) -> list[Row]:
    """(channel, cases received in the period)."""
    c = _case.alias("c")
    stmt = (
        select(c.c.channel, func.count())
        .where(_live(c), c.c.received_on.between(scope.start, scope.end))
        .where(*_case_scope(conn, scope, c, c.c.services))
        .group_by(c.c.channel)
    )
    return [(channel, _int(n)) for channel, n in _run(conn, stmt, scope)]


def decisions(conn: Connection, scope: ReportScope) -> list[Row]:
    """(kind, ground, decisions made in the period)."""
    d, c = _decision.alias("d"), _case.alias("c")
    stmt = (
        select(d.c.kind, d.c.ground, func.count())
        .select_from(d.join(c, c.c.id == d.c.case_id))
        .where(_live(d), _live(c), d.c.decided_on.between(scope.start, scope.end))
        .where(*_case_scope(conn, scope, d, d.c.services))
        .group_by(d.c.kind, d.c.ground)
    )
    return [(kind, ground, _int(n)) for kind, ground, n in _run(conn, stmt, scope)]


def contracts_in_force(conn: Connection, scope: ReportScope) -> list[Row]:
    """(payment category, recipients, contracts) of the contracts in force in the period, one
    per case: the one in force last (a renewal replaces the contract it renews;
    store/contract_force.py)."""
    k, c, p = _contract.alias("k"), _case.alias("c"), _person.alias("p")
    stmt = (
        select(k.c.payment_category, func.count(distinct(_survivor(p))), func.count())
        .select_from(k.join(c, c.c.id == k.c.case_id).join(p, p.c.id == c.c.person_id))
        .where(_live(k), _live(c), _live(p), current_in(k, scope.start, scope.end))
        .where(*_contract_scope(conn, scope, k))
        .group_by(k.c.payment_category)
    )
    return [(category, _int(n), _int(m)) for category, n, m in _run(conn, stmt, scope)]


def contract_ids(conn: Connection, scope: ReportScope) -> set[str]:
    """Ids of the contracts in force some day of the period, a renewed one beside its successor
    (within the scope's districts and services)."""
    k, c = _contract.alias("k"), _case.alias("c")
    stmt = (
        select(k.c.id)
        .select_from(k.join(c, c.c.id == k.c.case_id))
        .where(_live(k), _live(c), in_force_between(k, scope.start, scope.end))
        .where(*_contract_scope(conn, scope, k))
    )
    return {str(r[0]) for r in _run(conn, stmt, scope)}


def documents_drawn(conn: Connection, scope: ReportScope) -> list[Row]:
    """(document, count, persons): contracts signed, living-conditions acts completed (the
    last correction only), individual plans and their reviews made in the period."""
    start, end = scope.start, scope.end
    k, c, p = _contract.alias("k"), _case.alias("c"), _person.alias("p")
    contracts = (
        select(_written("contract"), func.count(), func.count(distinct(_survivor(p))))
        .select_from(k.join(c, c.c.id == k.c.case_id).join(p, p.c.id == c.c.person_id))
        .where(_live(k), _live(c), k.c.signed_on.between(start, end))
        .where(*_contract_scope(conn, scope, k))
    )
    f, fc, fp, x = _form.alias("f"), _case.alias("fc"), _person.alias("fp"), _form.alias("x")
    # The acts a live correction replaces, listed once (not a search of every form per act:
    # there is no index on `supersedes_id`).
    corrected = f.c.id.in_(
        select(x.c.supersedes_id).where(x.c.supersedes_id.is_not(None), _live(x))
    )
    acts = (
        select(
            _written("living_conditions"),
            func.count(),
            func.count(distinct(_survivor(fp))),
        )
        .select_from(
            f.outerjoin(fc, fc.c.id == f.c.case_id).join(
                fp, fp.c.id == func.coalesce(f.c.person_id, fc.c.person_id)
            )
        )
        .where(
            _live(f),
            f.c.form_code == "living_conditions",
            f.c.status == "completed",
            f.c.completed_on.between(start, end),
            not_(corrected),
        )
        .where(*_case_scope(conn, scope, f, None))
    )
    pl, pc, pp = _plan.alias("pl"), _case.alias("pc"), _person.alias("pp")
    first = pl.c.revision == literal_column("1")  # written in: PostgreSQL groups by it
    kind = case((first, _written("plan")), else_=_written("plan_review"))
    plans = (
        select(kind, func.count(), func.count(distinct(_survivor(pp))))
        .select_from(pl.join(pc, pc.c.id == pl.c.case_id).join(pp, pp.c.id == pc.c.person_id))
        .where(_live(pl), _live(pc), pl.c.made_on.between(start, end))
        .where(*_case_scope(conn, scope, pl, None))
        .group_by(first)
    )
    rows = _run(conn, union_all(contracts, acts, plans), scope)
    return [(str(code), _int(n), _int(m)) for code, n, m in rows]


def needed(conn: Connection, scope: ReportScope) -> list[Row]:
    """(service code, persons assessed as needing it, women, men) over the scope's period:
    a decision that found the need and named the service, made by the period's end, its case
    not terminated or closed before the period began."""
    d, c, p, r = _decision.alias("d"), _case.alias("c"), _person.alias("p"), _person.alias("r")
    t = _decision.alias("t")
    items, code = _items(conn, d.c.services)
    terminated = exists().where(
        t.c.case_id == d.c.case_id,
        _live(t),
        t.c.kind == "terminate",
        t.c.decided_on < scope.start,
    )
    stmt = (
        select(
            code,
            func.count(distinct(_survivor(p))),
            func.count(distinct(case((r.c.sex == FEMALE, r.c.id)))),
            func.count(distinct(case((r.c.sex == MALE, r.c.id)))),
        )
        .select_from(
            d.join(c, c.c.id == d.c.case_id)
            .join(p, p.c.id == c.c.person_id)
            .join(r, r.c.id == _survivor(p))
            .join(items, true())
        )
        .where(
            _live(d),
            _live(c),
            _live(p),
            d.c.needs_services == true(),
            d.c.kind.in_(["grant", "refuse"]),
            d.c.decided_on <= scope.end,
            or_(c.c.closed_on.is_(None), c.c.closed_on >= scope.start),
            not_(terminated),
        )
        .where(*_case_scope(conn, scope, d, None))
        .group_by(code)
    )
    if scope.services is not None:
        stmt = stmt.where(code.in_(list(scope.services)))
    return [(str(s), _int(n), _int(f), _int(m)) for s, n, f, m in _run(conn, stmt, scope)]


def deadline_cases(conn: Connection, scope: ReportScope) -> list[Row]:
    """Cases received in the period: (id, received_on, urgent, district name, worker id,
    the day of the first decision to grant or refuse or None)."""
    c, d, x = _case.alias("c"), _district.alias("d"), _decision.alias("x")
    first_decision = (
        select(func.min(x.c.decided_on))
        .where(x.c.case_id == c.c.id, _live(x), x.c.kind.in_(["grant", "refuse"]))
        .scalar_subquery()
    )
    stmt = (
        select(
            c.c.id,
            c.c.received_on,
            c.c.urgent,
            func.coalesce(d.c.name, EMPTY),
            c.c.worker_id,
            first_decision,
        )
        .select_from(c.outerjoin(d, d.c.id == c.c.district_id))
        .where(_live(c), c.c.received_on.between(scope.start, scope.end))
        .where(*_case_scope(conn, scope, c, c.c.services))
    )
    return [
        (r[0], _day(r[1]), bool(r[2]), r[3], r[4], _day(r[5]) if r[5] else None)
        for r in _run(conn, stmt, scope)
    ]


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


# ------------------------------------------------------------------------------ names
def _in_force(table: FromClause, on: dt.date) -> ColumnElement[bool]:
    return and_(
        _live(table),
        table.c.valid_from <= on,
        or_(table.c.valid_to.is_(None), table.c.valid_to >= on),
    )


def service_names(conn: Connection, on: dt.date) -> dict[str, tuple[str, str]]:
    """Code -> (name, unit) of the services in force on `on`."""
    s = _service
    rows = conn.execute(select(s.c.code, s.c.name, s.c.unit).where(_in_force(s, on)))
    return {str(r[0]): (str(r[1]), str(r[2])) for r in rows}


def category_names(conn: Connection, on: dt.date) -> dict[str, str]:
    """Code -> name of the recipient categories in force on `on`, in the reference file's
    order (those it does not list after, by code)."""
    k = _category
    rows = conn.execute(select(k.c.code, k.c.name).where(_in_force(k, on)))
    order = {code: index for index, code in enumerate(_category_order())}
    found = sorted(rows, key=lambda r: (order.get(str(r[0]), len(order)), str(r[0])))
    return {str(r[0]): str(r[1]) for r in found}


def _category_order() -> list[str]:
    path = resources_dir() / "reference" / "recipient_categories.json"
    return [str(item["code"]) for item in json.loads(path.read_text(encoding="utf-8"))["items"]]


def district_names(conn: Connection, ids: Sequence[str] | None = None) -> dict[str, str]:
    """Id -> name of the starosta districts (all, or these)."""
    rows = conn.execute(select(_district.c.id, _district.c.name).where(_live(_district)))
    return {str(r[0]): str(r[1]) for r in rows if ids is None or r[0] in ids}


def worker_names(conn: Connection) -> dict[str, tuple[str, str]]:
    """Id -> (surname and given name, position) of every worker, active or not."""
    w = _worker
    rows = conn.execute(select(w.c.id, w.c.surname + " " + w.c.given_name, w.c.position))
    return {str(r[0]): (str(r[1]), str(r[2])) for r in rows}


def active_positions(conn: Connection) -> list[str]:
    """The position of every active worker (one item each)."""
    w = _worker
    rows = conn.execute(select(w.c.position).where(_live(w), w.c.active == true()))
    return [str(r[0]) for r in rows]
