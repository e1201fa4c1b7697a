"""Printing a document: its snapshot gathered from the store, drawn to PDF, and the print
recorded (what, for whom, by whom, when, the form version, the snapshot, the PDF's hash).
A reprint draws the recorded snapshot, marked «КОПІЯ», so it shows what was signed."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from socdesk.documents.page import Letterhead, build_pdf
from socdesk.documents.registry import DocumentKind, Snapshot, kinds
from socdesk.domain.errors import ValidationError
from socdesk.store.database import Store
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
