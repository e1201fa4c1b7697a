"""What documents are printed from, read from the store, and the record of every print.

The readers return plain JSON-ready dicts: a document's snapshot is made of them, stored with
the print, and a reprint renders the snapshot, so it shows what was signed even if the
records changed since.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from socdesk.domain.addresses import address_line
from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import noop
from socdesk.store import meta
from socdesk.store.centre import centre_details
from socdesk.store.redirects import merged_ids, resolve_optional, resolve_person_id
from socdesk.store.schema import (
    Person,
    PrintedDocument,
    RecipientCategory,
    ServiceEntry,
    Settlement,
    SocialCase,
    Workplace,
)
from socdesk.store.uow import UnitOfWork

_person = Person.__table__  # type: ignore[attr-defined]
_settlement = Settlement.__table__  # type: ignore[attr-defined]
_category = RecipientCategory.__table__  # type: ignore[attr-defined]
_case = SocialCase.__table__  # type: ignore[attr-defined]
_printed = PrintedDocument.__table__  # type: ignore[attr-defined]
_workplace = Workplace.__table__  # type: ignore[attr-defined]

DOCUMENT_NAMES = {
    "id_card": "паспорт громадянина України (ID-картка)",
    "passport_book": "паспорт громадянина України (книжечка)",
    "birth_certificate": "свідоцтво про народження",
    "other": "інший документ",
}


def letterhead(conn: Connection) -> dict[str, str]:
    """The provider's details for the top of every page, the parties' details and who signs
    for the centre (`store.centre`)."""
    workplace = conn.execute(
        select(_workplace.c.name).where(_workplace.c.id == meta.workplace_id(conn))
    ).scalar()
    if workplace is None:
        return {"centre": "", "address": "", "edrpou": "", "workplace": ""}
    centre = centre_details(conn)
    return {
        "centre": centre.name or workplace,
        "address": centre.address,
        "edrpou": centre.edrpou,
        "workplace": workplace,
        "head": centre.head,
        "signer_position": centre.signer_position,
        "signer_name": centre.signer_name,
        "signer_basis": centre.signer_basis,
        "contract_place": centre.contract_place,
    }


MAX_LOGO_BYTES = 200_000


def centre_logo(conn: Connection) -> bytes | None:
    """The centre's logo (PNG or JPEG bytes) for the letterhead, if one was set."""
    stmt = select(_workplace.c.centre_logo).where(_workplace.c.id == meta.workplace_id(conn))
    value = conn.execute(stmt).scalar()
    return base64.b64decode(value) if value else None


def set_centre_logo(uow: UnitOfWork, image: bytes | None) -> None:
    """Sets (or with None, removes) the logo; `ValidationError` for what is not a small PNG
    or JPEG."""
    if image is not None:
        if len(image) > MAX_LOGO_BYTES:
            raise ValidationError(
                noop("Domain", "Логотип завеликий: до 200 КБ (PNG або JPEG)."), "logo"
            )
        if not (image.startswith(b"\x89PNG\r\n\x1a\n") or image.startswith(b"\xff\xd8\xff")):
            raise ValidationError(
                noop("Domain", "Логотип має бути зображенням PNG або JPEG."), "logo"
            )
    row_id = meta.workplace_id(uow.connection)
    if row_id is None:
        raise ValidationError(noop("Domain", "Робоче місце ще не налаштовано."), "logo")
    value = base64.b64encode(image).decode("ascii") if image else ""
    uow.update(Workplace, row_id, {"centre_logo": value})


def person_sheet(conn: Connection, person_id: str) -> dict[str, Any]:
    """A person's details as documents print them (names, dates, identifiers, addresses)."""
    r = (
        conn.execute(
            select(
                _person,
                _settlement.c.name.label("settlement_name"),
                _settlement.c.category.label("settlement_category"),
            )
            .select_from(
                _person.outerjoin(_settlement, _settlement.c.id == _person.c.settlement_id)
            )
            .where(_person.c.id == resolve_person_id(conn, person_id))
        )
        .mappings()
        .one()
    )
    names: dict[str, str] = dict(conn.execute(select(_category.c.code, _category.c.name)).all())
    return {
        "id": r["id"],
        "surname": r["surname"],
        "given_name": r["given_name"],
        "patronymic": r["patronymic"],
        "sex": r["sex"],
        "birth_date": r["birth_date"].isoformat() if r["birth_date"] else None,
        "rnokpp": r["rnokpp"],
        "document": DOCUMENT_NAMES.get(r["document_type"] or "", ""),
        "document_number": r["document_number"],
        "unzr": r["unzr"],
        "phone": r["phone"],
        "settlement": r["settlement_name"] or "",
        "settlement_category": r["settlement_category"] or "",
        "registered_address": r["registered_address"],
        "actual_address": r["actual_address"],
        "categories": [names.get(c, c) for c in r["categories"] or []],
        "name_forms": dict(r["name_forms"] or {}),
    }


def register_rows(
    conn: Connection, start: dt.date, end: dt.date, district_ids: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """The register of recipients for a period: every case received in it, in date order."""
    stmt = (
        select(
            _case.c.number,
            _case.c.received_on,
            _case.c.services,
            _case.c.state,
            _person.c.surname,
            _person.c.given_name,
            _person.c.patronymic,
            _person.c.birth_date,
            _person.c.actual_address,
            _person.c.registered_address,
            _settlement.c.name.label("settlement"),
            _settlement.c.category.label("category"),
        )
        .select_from(
            _case.join(_person, _person.c.id == _case.c.person_id).outerjoin(
                _settlement, _settlement.c.id == _person.c.settlement_id
            )
        )
        .where(_case.c.deleted.is_(False), _case.c.received_on.between(start, end))
        .order_by(_case.c.received_on, _case.c.number)
    )
    if district_ids is not None:
        stmt = stmt.where(_case.c.district_id.in_(list(district_ids)))
    return [
        {
            "number": r.number,
            "received_on": r.received_on.isoformat(),
            "services": list(r.services or []),
            "state": r.state,
            "name": " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p),
            "birth_date": r.birth_date.isoformat() if r.birth_date else None,
            "address": address_line(
                r.settlement or "", r.actual_address or r.registered_address, r.category or ""
            ),
        }
        for r in conn.execute(stmt)
    ]


def record_print(  # noqa: PLR0913 - a print's record has all of these
    uow: UnitOfWork,
    kind: str,
    subject_id: str,
    snapshot: dict[str, Any],
    pdf_sha256: str,
    *,
    person_id: str | None = None,
    form_version: str = "",
    copy_of: str | None = None,
    district_id: str | None = None,
    pages: str = "",
) -> str:
    """Keeps what was printed, for whom, by whom and when, with its data and the PDF's hash
    (for a batch printed in one file: that file's hash and the document's pages in it).
    `printed_by` names the synced worker who printed, which every replica knows."""
    return uow.insert(
        PrintedDocument,
        {
            "kind": kind,
            "subject_id": subject_id,
            "person_id": resolve_optional(uow.connection, person_id),
            "printed_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "printed_by": uow.author,
            "form_version": form_version,
            "snapshot": snapshot,
            "pdf_sha256": pdf_sha256,
            "copy_of": copy_of,
            "district_id": district_id,
            "pages": pages,
        },
    )


def printed(conn: Connection, record_id: str) -> Any:
    return conn.execute(select(_printed).where(_printed.c.id == record_id)).mappings().one()


def prints_of(conn: Connection, subject_id: str) -> list[Any]:
    """Every print of a subject's documents, newest first; a person's include those printed
    for the records merged into it (a print keeps the subject it was made for)."""
    subjects = merged_ids(conn, subject_id)
    return list(
        conn.execute(
            select(_printed)
            .where(_printed.c.subject_id.in_(subjects), _printed.c.deleted.is_(False))
            .order_by(_printed.c.printed_at.desc())
        ).mappings()
    )


# ------------------------------------------------------------------------------ batches
def _in_districts(stmt: Any, district_ids: Sequence[str] | None) -> Any:
    return stmt if district_ids is None else stmt.where(_case.c.district_id.in_(list(district_ids)))


def cases_by_date(
    conn: Connection,
    table: Any,
    column: Any,
    start: dt.date,
    end: dt.date,
    district_ids: Sequence[str] | None = None,
) -> list[str]:
    """Ids of the live cases with a row of `table` whose `column` falls in [start, end] (plans
    due for review, contracts signed, decisions made), in case-number order."""
    stmt = (
        select(_case.c.id)
        .distinct()
        .join(table, table.c.case_id == _case.c.id)
        .where(
            _case.c.deleted.is_(False),
            table.c.deleted.is_(False),
            column.between(start, end),
        )
        .order_by(_case.c.id)
    )
    return list(conn.execute(_in_districts(stmt, district_ids)).scalars())


def cases_received(
    conn: Connection, start: dt.date, end: dt.date, district_ids: Sequence[str] | None = None
) -> list[str]:
    stmt = select(_case.c.id).where(
        _case.c.deleted.is_(False), _case.c.received_on.between(start, end)
    )
    return list(conn.execute(_in_districts(stmt.order_by(_case.c.number), district_ids)).scalars())


def cases_served(
    conn: Connection, start: dt.date, end: dt.date, district_ids: Sequence[str] | None = None
) -> list[tuple[str, int, int]]:
    """(case id, year, month) of every case with services logged in a month of the period."""
    entry = ServiceEntry.__table__  # type: ignore[attr-defined]
    month = func.strftime("%Y-%m", entry.c.on)
    stmt = (
        select(entry.c.case_id, month)
        .distinct()
        .join(_case, _case.c.id == entry.c.case_id)
        .where(entry.c.deleted.is_(False), entry.c.on.between(start, end))
        .order_by(month, entry.c.case_id)
    )
    return [
        (case_id, int(m[:4]), int(m[5:7]))
        for case_id, m in conn.execute(_in_districts(stmt, district_ids))
    ]
