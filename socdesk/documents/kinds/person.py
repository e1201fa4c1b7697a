"""The person's registration card (облікова картка отримувача) and the consent to the
processing of personal data, from the person's record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.platypus import Flowable

from socdesk.documents.kinds.common import full_name, identity, title_block
from socdesk.documents.page import content_width, field, para, signatures, table
from socdesk.documents.registry import DocumentKind, Snapshot, Subject
from socdesk.documents.ukrainian import Case, institution_in, long_date, short_date
from socdesk.domain.cases import STATE_NAMES, CaseState
from socdesk.store.cases import cases_of_person
from socdesk.store.consents import current_consent
from socdesk.store.people import person_district
from socdesk.store.printing import letterhead, person_sheet


def _basics(conn: Any, person_id: str, today: dt.date) -> Snapshot:
    return {
        "letterhead": letterhead(conn),
        "person": person_sheet(conn, person_id),
        "printed_on": today.isoformat(),
        "district_id": person_district(conn, person_id),
    }


def card_gather(conn: Any, person_id: str, today: dt.date) -> Snapshot:
    snap = _basics(conn, person_id, today)
    snap["cases"] = [
        {"number": c.number, "received_on": c.received_on.isoformat(), "state": c.state.value}
        for c in cases_of_person(conn, person_id)
    ]
    return snap


def card_render(snap: Snapshot) -> list[Flowable]:
    person = snap["person"]
    story = title_block("Облікова картка отримувача соціальних послуг", snap)
    story += identity(person)
    story.append(field("Категорії", "; ".join(person["categories"])))
    width = content_width()
    if snap["cases"]:
        story.append(para("Справи", "heading"))
        rows = [
            [
                c["number"],
                short_date(dt.date.fromisoformat(c["received_on"])),
                STATE_NAMES[CaseState(c["state"])],
            ]
            for c in snap["cases"]
        ]
        story.append(
            table(["Номер", "Надійшло", "Стан"], rows, [width * 0.35, width * 0.25, width * 0.40])
        )
    story.append(signatures([("Картку заповнив (посада)", "")]))
    return story


def consent_gather(conn: Any, person_id: str, today: dt.date) -> Snapshot:
    snap = _basics(conn, person_id, today)
    consent = current_consent(conn, person_id)
    snap["consent"] = (
        {"given_on": consent.given_on.isoformat(), "scope": consent.scope} if consent else None
    )
    return snap


def consent_render(snap: Snapshot) -> list[Flowable]:
    person, centre = snap["person"], snap["letterhead"]
    consent = snap["consent"]
    story = title_block("Згода на обробку персональних даних", snap)
    given = (
        long_date(dt.date.fromisoformat(consent["given_on"]))
        if consent
        else "____ ________ 20__ р."
    )
    # «даю згоду кому»: the centre in the dative; a name the rule cannot decline stays in the
    # nominative, named in a sentence of its own.
    to_whom = institution_in(centre["centre"], Case.DATIVE)
    story.append(
        para(
            f"Я, {full_name(person)}, відповідно до Закону України «Про захист персональних даних» "
            + (f"даю згоду {to_whom} " if to_whom else "даю згоду ")
            + "на обробку моїх персональних даних"
            + (f" ({consent['scope']})" if consent and consent["scope"] else "")
            + " з метою надання соціальних послуг, ведення обліку отримувачів і звітності."
            + ("" if to_whom else f" Володілець персональних даних: {centre['centre'] or '—'}.")
        )
    )
    story.append(
        para(
            "Мені повідомлено про мої права: знати про склад і мету обробки даних, мати до них "
            "доступ, вимагати виправлення, відкликати згоду. Дані зберігаються в зашифрованому "
            "вигляді й передаються лише органам, яким їх передають за законом."
        )
    )
    story.append(field("Дата надання згоди", given))
    story.append(field("Про кого", full_name(person, Case.NOMINATIVE)))
    story.append(signatures([("Особа (законний представник)", full_name(person))]))
    return story


REGISTRATION_CARD = DocumentKind(
    "registration_card", "Облікова картка отримувача", Subject.PERSON, card_gather, card_render
)
CONSENT = DocumentKind(
    "consent", "Згода на обробку персональних даних", Subject.PERSON, consent_gather, consent_render
)
