"""Named queries and writes over recipients and households (no SQL outside `store/`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, Select, TextClause, func, select, text

from socdesk.domain.people import (
    PersonInput,
    ValidatedPerson,
    person_input,
    validate_person,
)
from socdesk.domain.text import sort_key
from socdesk.store import counters, fts
from socdesk.store.fts import match_expression
from socdesk.store.schema import Household, Person, RecipientCategory, Settlement, Worker
from socdesk.store.schema.people import LIVE_SQL, live_people
from socdesk.store.schema.reference import in_force
from socdesk.store.uow import UnitOfWork

# Search results are read a page at a time; the registry loads the next page as it scrolls.
SEARCH_PAGE = 50

_person = Person.__table__  # type: ignore[attr-defined]
_settlement = Settlement.__table__  # type: ignore[attr-defined]
_category = RecipientCategory.__table__  # type: ignore[attr-defined]
_worker = Worker.__table__  # type: ignore[attr-defined]
# People with the name of their settlement: the list rows and the exports read this join.
_WITH_SETTLEMENT = _person.outerjoin(_settlement, _settlement.c.id == _person.c.settlement_id)
_SETTLEMENT_NAME = func.coalesce(_settlement.c.name, "").label("settlement")


class PersonOrder(StrEnum):
    """Sort orders of the recipient list. Name and birth date read a covering index; the
    others sort in SQL when chosen (~0.1 s at 50,000)."""

    NAME = "name"  # Ukrainian alphabetical order of ПІБ
    BIRTH_DATE = "birth_date"
    RNOKPP = "rnokpp"
    PHONE = "phone"
    SETTLEMENT = "settlement"  # by the settlement's name, then by ПІБ


_ORDER_COLUMNS = {
    PersonOrder.NAME: (_person.c.sort_key,),
    PersonOrder.BIRTH_DATE: (_person.c.birth_date, _person.c.sort_key),
    PersonOrder.RNOKPP: (_person.c.rnokpp, _person.c.sort_key),
    PersonOrder.PHONE: (_person.c.phone, _person.c.sort_key),
    # Settlement names in Ukrainian order too (the store's sd_sort_key, as for people).
    PersonOrder.SETTLEMENT: (
        func.sd_sort_key(func.coalesce(_settlement.c.name, ""), "", ""),
        _person.c.sort_key,
    ),
}


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the recipient list."""

    id: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: dt.date | None
    rnokpp: str
    phone: str
    settlement: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


def _row_select() -> Select[tuple[object, ...]]:
    return (
        select(
            _person.c.id,
            _person.c.surname,
            _person.c.given_name,
            _person.c.patronymic,
            _person.c.birth_date,
            _person.c.rnokpp,
            _person.c.phone,
            _SETTLEMENT_NAME,
        )
        .select_from(_WITH_SETTLEMENT)
        .where(live_people())
    )


@dataclass(frozen=True, slots=True)
class PersonFilter:
    """What the registry's filters ask for; None means any."""

    settlement_id: str | None = None
    category: str | None = None
    case_states: tuple[str, ...] | None = None  # has a case in one of these states

    @property
    def active(self) -> bool:
        return (
            self.settlement_id is not None
            or self.category is not None
            or self.case_states is not None
        )

    def sql(self) -> tuple[str, dict[str, str]]:
        """The filter as an SQL condition on `person` (" AND …", or "") and its parameters:
        one text for both the list's query and the count, which names its index."""
        parts, params = [], {}
        if self.settlement_id is not None:
            parts.append("person.settlement_id = :filter_settlement")
            params["filter_settlement"] = self.settlement_id
        if self.category is not None:
            parts.append(
                "EXISTS (SELECT 1 FROM json_each(person.categories) "
                "WHERE json_each.value = :filter_category)"
            )
            params["filter_category"] = self.category
        if self.case_states is not None:
            names = [f"filter_state_{i}" for i in range(len(self.case_states))]
            parts.append(
                "EXISTS (SELECT 1 FROM social_case WHERE social_case.person_id = person.id "
                "AND social_case.deleted = 0 AND social_case.state IN "
                f"({', '.join(':' + n for n in names) or 'NULL'}))"
            )
            params.update(zip(names, self.case_states, strict=True))
        return "".join(f" AND {p}" for p in parts), params

    def conditions(self) -> list[TextClause]:
        fragment, params = self.sql()
        return [text(fragment.removeprefix(" AND ")).bindparams(**params)] if fragment else []


NO_FILTER = PersonFilter()


def list_person_ids(
    conn: Connection,
    order: PersonOrder = PersonOrder.NAME,
    descending: bool = False,
    where: PersonFilter = NO_FILTER,
    offset: int = 0,
    limit: int | None = None,
) -> list[str]:
    """Ids of the current recipients in the given order, all or the slice `offset`..`limit`
    (the id-backed list model reads a chunk at a time; the covering indexes keep a late
    chunk of 50,000 at ~2 ms)."""
    columns = [c.desc() if descending else c.asc() for c in _ORDER_COLUMNS[order]]
    source = _WITH_SETTLEMENT if order is PersonOrder.SETTLEMENT else _person
    stmt = (
        select(_person.c.id)
        .select_from(source)
        .where(live_people(), *where.conditions())
        .order_by(*columns)
    )
    if offset or limit is not None:
        stmt = stmt.offset(offset).limit(-1 if limit is None else limit)
    return list(conn.execute(stmt).scalars().all())  # fetchall: one call, not one per row


def filter_ids(conn: Connection, ids: list[str], where: PersonFilter) -> list[str]:
    """The ids among `ids` that pass `where`, in the same order (a search page, filtered)."""
    if not ids or not where.active:
        return ids
    stmt = select(_person.c.id).where(_person.c.id.in_(ids), *where.conditions())
    kept = set(conn.execute(stmt).scalars())
    return [i for i in ids if i in kept]


def list_categories(conn: Connection, today: dt.date) -> list[tuple[str, str]]:
    """(code, name) of the recipient categories in force today, in alphabetical order."""
    stmt = select(_category.c.code, _category.c.name).where(in_force(_category, today))
    return sorted(((r.code, r.name) for r in conn.execute(stmt)), key=lambda r: sort_key(r[1]))


def search_cursor(query: str) -> fts.SearchCursor | None:
    """A cursor over the recipients matching what was typed (pages in alphabetical order), or
    None if the text has nothing searchable in it."""
    expression = match_expression(query)
    return None if expression is None else fts.SearchCursor(expression)


def search_person_ids(conn: Connection, query: str, limit: int = SEARCH_PAGE) -> list[str]:
    """Ids of recipients matching what was typed, in alphabetical order.

    Surname, name or patronymic by prefix in any case, РНОКПП, document number, УНЗР, phone in
    any format, settlement name; apostrophe variants and ґ/г are equivalent.
    """
    cursor = search_cursor(query)
    return [] if cursor is None else cursor.next_page(conn, limit)


def person_rows(conn: Connection, ids: list[str]) -> list[PersonRow]:
    """List rows for the given ids, in the same order."""
    if not ids:
        return []
    rows = conn.execute(_row_select().where(_person.c.id.in_(ids))).all()
    found = {r.id: PersonRow(*r) for r in rows}  # type: ignore[arg-type, call-arg]  # columns in field order
    return [found[i] for i in ids if i in found]


def count_people(conn: Connection, where: PersonFilter = NO_FILTER) -> int:
    """How many live people pass `where`: the whole register from the count the triggers
    keep (`store.counters`), a filtered one by counting."""
    if not where.active:
        return counters.live_people(conn)
    fragment, params = where.sql()
    sql = f"SELECT count(*) FROM person WHERE {LIVE_SQL}{fragment}"
    return int(conn.execute(text(sql), params).scalar_one())


def create_person(
    uow: UnitOfWork,
    data: PersonInput,
    district_id: str | None,
    today: dt.date,
    row_id: str | None = None,
) -> tuple[str, ValidatedPerson]:
    """Validates and registers a person; returns the id and the validation (for warnings).

    The store gives the person the district of their settlement (store/scope.py);
    `district_id` counts only for a person with no settlement in a district (the import asks
    for it), and screens pass None."""
    checked = validate_person(data, today)
    return insert_person(uow, checked.values, district_id, row_id), checked


def insert_person(
    uow: UnitOfWork,
    values: Mapping[str, object],
    district_id: str | None,
    row_id: str | None = None,
) -> str:
    """Registers a person from values `validate_person` has already checked (the import
    checks each row once, when it plans); `district_id` as in `create_person`."""
    return uow.insert(Person, {**values, "district_id": district_id}, row_id=row_id)


def create_household(
    uow: UnitOfWork,
    settlement_id: str | None,
    address: str,
    district_id: str | None,
    row_id: str | None = None,
) -> str:
    """A new household (домогосподарство); members join by their `household_id`.

    Its district is the store's (from its settlement, or else its head); a `district_id`
    passed here is overridden (kept in the signature for the callers that still pass it)."""
    values = {"settlement_id": settlement_id, "address": address, "district_id": district_id}
    return uow.insert(Household, values, row_id=row_id)


def load_person(conn: Connection, person_id: str) -> PersonInput:
    """A person's card as the form edits it."""
    row = conn.execute(select(_person).where(_person.c.id == person_id)).mappings().one()
    return person_input(dict(row))


def person_district(conn: Connection, person_id: str) -> str | None:
    """The starosta district the person's record belongs to (sync scope)."""
    stmt = select(_person.c.district_id).where(_person.c.id == person_id)
    return conn.execute(stmt).scalar_one_or_none()


def update_person(
    uow: UnitOfWork, person_id: str, data: PersonInput, today: dt.date
) -> ValidatedPerson:
    """Validates and saves an edited card; only changed fields are recorded."""
    checked = validate_person(data, today)
    uow.update(Person, person_id, checked.values)
    return checked


def list_settlements(conn: Connection) -> list[tuple[str, str]]:
    """(id, name) of every settlement, in Ukrainian alphabetical order."""
    rows = conn.execute(
        select(_settlement.c.id, _settlement.c.name).where(_settlement.c.deleted.is_(False))
    ).all()
    return sorted(((r.id, r.name) for r in rows), key=lambda r: sort_key(r[1]))


EXPORT_COLUMNS = (
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "sex",
    "rnokpp_status",
    "rnokpp",
    "document_type",
    "document_number",
    "unzr",
    "phone",
    "settlement",
    "registered_address",
    "actual_address",
    "categories",
    "id",  # last: what a file names can be found again (`socdesk find`, the card)
)


def export_rows(conn: Connection, ids: list[str]) -> list[dict[str, object]]:
    """The card fields of the given people, in the given order (for exports)."""
    columns = [c for c in EXPORT_COLUMNS if c != "settlement"]
    stmt = (
        select(*(_person.c[c] for c in columns), _SETTLEMENT_NAME)
        .select_from(_WITH_SETTLEMENT)
        .where(_person.c.id.in_(ids))
    )
    found = {r.id: {c: r._mapping[c] for c in EXPORT_COLUMNS} for r in conn.execute(stmt)}
    return [found[i] for i in ids if i in found]


def set_name_forms(uow: UnitOfWork, person_id: str, forms: dict[str, str]) -> None:
    """The declined forms of the person's full name they corrected for documents (case ->
    text); an empty text drops the correction, so the rule declines it again."""
    uow.update(
        Person, person_id, {"name_forms": {k: v.strip() for k, v in forms.items() if v.strip()}}
    )


def people_with_birth_dates(conn: Connection) -> list[tuple[str, str, dt.date]]:
    """(id, full name, birth date) of everyone whose birth date is known, in id order (the
    demo opens cases for some of them: the payment needs the age)."""
    rows = conn.execute(
        select(
            _person.c.id,
            _person.c.surname,
            _person.c.given_name,
            _person.c.patronymic,
            _person.c.birth_date,
        )
        .where(_person.c.birth_date.is_not(None))
        .order_by(_person.c.id)
    )
    return [
        (r.id, " ".join(n for n in (r.surname, r.given_name, r.patronymic) if n), r.birth_date)
        for r in rows
    ]


def worker_ids(conn: Connection) -> list[str]:
    """The ids of every worker, in id order."""
    return list(conn.execute(select(_worker.c.id).order_by(_worker.c.id)).scalars())
