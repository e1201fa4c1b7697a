"""Pieces several documents share: the person's identity block, the case line, the title."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.platypus import Flowable, Spacer

from socdesk.documents.page import field, para
from socdesk.documents.ukrainian import Case, declined_name, long_date, short_date
from socdesk.domain.addresses import address_line
from socdesk.domain.identifiers import format_phone, sex_for_grammar
from socdesk.store import casework as cw
from socdesk.store.handles import Connection
from socdesk.store.printing import letterhead, person_sheet


def full_name(person: dict[str, Any], case: Case = Case.NOMINATIVE) -> str:
    """The person's name in `case`: an unknown sex is read from the РНОКПП before the name."""
    return declined_name(
        person["surname"],
        person["given_name"],
        person["patronymic"],
        sex_for_grammar(person["sex"], person.get("rnokpp")),
        case,
        person.get("name_forms"),
    )


def case_basics(conn: Connection, case_id: str, today: dt.date) -> dict[str, Any]:
    """The snapshot's common part for a case's document: provider, person, case line."""
    header = cw.case_header(conn, case_id)
    return {
        "letterhead": letterhead(conn),
        "person": person_sheet(conn, header.person_id),
        "case": {
            "number": header.number,
            "received_on": header.received_on.isoformat(),
            "services": list(header.services),
            "urgent": header.urgent,
        },
        "printed_on": today.isoformat(),
        "district_id": header.district_id,
    }


def date_of(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def title_block(
    title: str, snap: dict[str, Any], number: str = "", on: str | None = None
) -> list[Flowable]:
    """The document's title, and its number and date under it (its own date, such as the day
    a contract was signed, or else the day it is printed)."""
    printed = date_of(on or snap.get("printed_on"))
    under = " ".join(
        p
        for p in (f"№ {number}" if number else "", f"від {long_date(printed)}" if printed else "")
        if p
    )
    return [para(title, "title"), para(under, "subtitle") if under else Spacer(1, 2)]


def identity(person: dict[str, Any]) -> list[Flowable]:
    """Who the person is: name, birth date, РНОКПП, document, addresses, phone."""
    document = " ".join(p for p in (person["document"], person["document_number"]) if p)
    return [
        field("Прізвище, ім'я, по батькові", full_name(person)),
        field("Дата народження", short_date(date_of(person["birth_date"]))),
        field("РНОКПП", person["rnokpp"] or "немає (відмова за переконаннями або не присвоєно)"),
        field("Документ, що посвідчує особу", document),
        field("УНЗР", person["unzr"]),
        field(
            "Зареєстроване місце проживання",
            address_line(
                person["settlement"],
                person["registered_address"],
                person.get("settlement_category", ""),
            ),
        ),
        field("Фактичне місце проживання", person["actual_address"] or "те саме"),
        field("Телефон", format_phone(person["phone"])),
    ]
