"""Printing a document: its snapshot gathered from the store, drawn to PDF, and the print
recorded (what, for whom, by whom, when, the form version, the snapshot, the PDF's hash).
A reprint draws the recorded snapshot, marked «КОПІЯ», so it shows what was signed."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from socdesk.documents.page import Letterhead, build_pdf
from socdesk.documents.registry import DocumentKind, Snapshot, kinds
from socdesk.domain.consent import Processing
from socdesk.domain.errors import ValidationError
from socdesk.store.consents import refuse_after_withdrawal
from socdesk.store.database import Store
from socdesk.store.handles import Connection
from socdesk.store.printing import centre_logo, printed, record_print


@dataclass(frozen=True, slots=True)
class Printed:
    kind: DocumentKind
    pdf: bytes
    record_id: str
    snapshot: Snapshot


def kind_of(code: str) -> DocumentKind:
    found = kinds().get(code)
    if found is None:
        raise ValidationError(f"Невідомий вид документа: {code}.", "kind")
    return found


def refuse_for_third_party(conn: Connection, kind: DocumentKind, person_id: str | None) -> None:
    """`ConsentWithdrawn` for a document that hands the person's data to a third party
    (another provider, a body: `DocumentKind.third_party`) once the person has withdrawn
    consent and no other legal ground is in force; printing it again as a copy too.

    Legal basis: Law «Про захист персональних даних» No. 2297-VI: dissemination of personal
    data (passing it to third parties) rests on the subject's consent or on a law that
    provides for it (Art. 14, Art. 16 for third parties' access), the subject may withdraw
    consent (Art. 8), and data on health, disability or violence may be processed only with
    unambiguous consent or on a ground Art. 7 names; the Law «Про соціальні послуги» binds
    providers to confidentiality (REFERENCE.md §11). What the law itself requires is not
    refused: the person's own papers (application, consent form, registration card), the
    documents of the procedure (acts of assessment and of urgent help, decision, contract,
    plan, act of services delivered) and the provider's register; none of the shipped kinds
    is for a third party (docs/security.md, "Desktop side")."""
    if kind.third_party:
        refuse_after_withdrawal(conn, person_id, Processing.THIRD_PARTY_DOCUMENT)


def draw(
    kind: DocumentKind, snapshot: Snapshot, *, copy: bool = False, logo: bytes | None = None
) -> bytes:
    return build_pdf(kind.render(snapshot), kind.title, letterhead_of(snapshot, logo), copy=copy)


def letterhead_of(snapshot: Snapshot, logo: bytes | None) -> Letterhead:
    """The snapshot's provider, with the centre's logo as it is now (the logo is decoration:
    it is not kept in every print's snapshot)."""
    head = snapshot.get("letterhead") or {}
    return Letterhead(head.get("centre", ""), head.get("address", ""), logo)


def make(store: Store, code: str, subject_id: str, today: dt.date) -> Printed:
    """Draws the document from the records now and records the print."""
    kind = kind_of(code)
    with store.read() as conn:
        snapshot = kind.gather(conn, subject_id, today)
        refuse_for_third_party(conn, kind, (snapshot.get("person") or {}).get("id"))
        logo = centre_logo(conn)
    pdf = draw(kind, snapshot, logo=logo)
    with store.write() as uow:
        record_id = record_print(
            uow,
            kind.code,
            subject_id,
            snapshot,
            hashlib.sha256(pdf).hexdigest(),
            person_id=(snapshot.get("person") or {}).get("id"),
            form_version=str(snapshot.get("form_version", "")),
            district_id=snapshot.get("district_id"),
        )
    return Printed(kind, pdf, record_id, snapshot)


def reprint(store: Store, record_id: str) -> Printed:
    """The recorded print drawn again from its snapshot, marked «КОПІЯ»; recorded too."""
    with store.read() as conn:
        original = printed(conn, record_id)
        logo = centre_logo(conn)
        kind = kind_of(original["kind"])
        refuse_for_third_party(conn, kind, original["person_id"])
        snapshot = dict(original["snapshot"])
        if kind.shown is not None:  # what this reader may see of it (sensitive sections)
            snapshot = kind.shown(conn, snapshot, original["subject_id"])
    pdf = draw(kind, snapshot, copy=True, logo=logo)
    with store.write() as uow:
        copy_id = record_print(
            uow,
            kind.code,
            original["subject_id"],
            snapshot,
            hashlib.sha256(pdf).hexdigest(),
            person_id=original["person_id"],
            form_version=original["form_version"],
            copy_of=record_id,
            district_id=original["district_id"],
        )
    return Printed(kind, pdf, copy_id, snapshot)
