"""Filled forms in the store: the shipped definitions, drafts saved as the worker types,
completion that checks every required field and locks the record, and corrections as new
records that keep the old one (who, when and why are in the audit log and the record)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select

from socdesk.domain.consent import LAWFUL_FORMS, Processing
from socdesk.domain.errors import ValidationError
from socdesk.domain.forms import Evaluation, FormDefinition, evaluate, parse_definition
from socdesk.domain.messages import fill, noop
from socdesk.domain.refdocs import FORM, RefDoc, in_force
from socdesk.store import refdocs
from socdesk.store.consents import refuse_after_withdrawal
from socdesk.store.redirects import resolve_optional
from socdesk.store.schema import FormRecord, SocialCase
from socdesk.store.uow import UnitOfWork

_form = FormRecord.__table__  # type: ignore[attr-defined]
_case = SocialCase.__table__  # type: ignore[attr-defined]
DRAFT, COMPLETED = "draft", "completed"


class FormLocked(ValidationError):
    """A completed form is not edited: it is corrected by a new version."""


# Every definition seen by this process, by (code, version): the shipped ones and those the
# centre published (a version is never changed, so one read serves every store). A store adds
# its published ones when it opens and when an apply brings reference rows (store/database.py,
# store/replica.py), so a filled form's definition is found by readers without a connection.
_definitions: dict[tuple[str, str], FormDefinition] = {}


@functools.cache
def _shipped_versions() -> frozenset[tuple[str, str]]:
    return frozenset((d.key, d.version) for d in refdocs.shipped() if d.kind == FORM)


def definitions() -> dict[tuple[str, str], FormDefinition]:
    """Every definition by (code, version): the shipped ones (checked when loaded) and the
    published ones of every store this process opened or applied changes to
    (`published_definitions`), so an act keeps the version it was filled in."""
    if not _definitions:
        for doc in refdocs.shipped():
            if doc.kind == FORM:
                _definitions[(doc.key, doc.version)] = parse_definition(doc.content)
    return _definitions


def published_definitions(conn: Connection) -> list[FormDefinition]:
    """The versions of forms the centre published (made known to `definitions()` too)."""
    known, found = definitions(), []
    for doc in refdocs.published(conn, FORM):
        definition = known.get((doc.key, doc.version)) or parse_definition(doc.content)
        known[(doc.key, doc.version)] = definition
        found.append(definition)
    return found


def remember_published(code: str, version: str, content: Mapping[str, Any]) -> FormDefinition:
    """Makes a version published in this process known to `definitions()` at once, as a
    store's open and an apply that brought reference rows do (`refdocs.write_version`)."""
    definition = parse_definition(dict(content))
    definitions()[(code, version)] = definition
    return definition


def current_definition(code: str, on: dt.date, conn: Connection | None = None) -> FormDefinition:
    """The version of form `code` in force on `on` (the newest that took effect by then): the
    shipped ones and, with a connection, those the centre published. A form started then
    keeps that version."""
    shipped = _shipped_versions()
    mine = {v: d for (c, v), d in definitions().items() if c == code and (c, v) in shipped}
    if conn is not None:
        for definition in published_definitions(conn):
            if definition.code == code:
                mine.setdefault(definition.version, definition)
    versions = [RefDoc(FORM, code, v, d.effective_from, {}) for v, d in mine.items()]
    doc = in_force(versions, on)
    if doc is None:
        raise LookupError(f"no form {code!r} in force on {on}")
    return mine[doc.version]


def _definition_of(conn: Connection, row: Any) -> FormDefinition:
    if (row.form_code, row.form_version) not in definitions():
        published_definitions(conn)
    return definitions()[(row.form_code, row.form_version)]


def save_form_draft(
    uow: UnitOfWork,
    record_id: str | None,
    definition: FormDefinition,
    answers: Mapping[str, Any],
    *,
    case_id: str | None = None,
    person_id: str | None = None,
) -> str:
    """Creates or updates a draft (on every pause in typing); a completed form is refused."""
    if record_id is None:
        _refuse_after_withdrawal(uow.connection, definition.code, case_id, person_id)
        return uow.insert(
            FormRecord,
            {
                "case_id": case_id,
                "person_id": resolve_optional(uow.connection, person_id),
                "form_code": definition.code,
                "form_version": definition.version,
                "answers": dict(answers),
                "status": DRAFT,
            },
        )
    row = uow.connection.execute(select(_form).where(_form.c.id == record_id)).one()
    if row.status == COMPLETED:
        raise FormLocked(
            noop(
                "Domain",
                "Акт уже завершено і не змінюється. Щоб виправити його, створіть нову версію "
                "із зазначенням причини.",
            ),
            "form",
        )
    uow.update(FormRecord, record_id, {"answers": dict(answers)})
    return record_id


def complete_form(uow: UnitOfWork, record_id: str, on: dt.date) -> Evaluation:
    """Checks every required (shown) field and locks the form; otherwise `ValidationError`
    listing what is missing, section by section."""
    row = uow.connection.execute(select(_form).where(_form.c.id == record_id)).one()
    if row.status == COMPLETED:
        raise FormLocked(noop("Domain", "Акт уже завершено."), "form")
    if row.supersedes_id is None:  # a correction is completed whatever the consent
        _refuse_after_withdrawal(uow.connection, row.form_code, row.case_id, row.person_id)
    result = evaluate(_definition_of(uow.connection, row), row.answers)
    if not result.complete:
        listed = "; ".join(f"{m.section} — {m.label}" for m in result.missing)
        raise ValidationError(
            fill(noop("Domain", "Не заповнено обов'язкові поля: %1."), listed), "form"
        )
    uow.update(FormRecord, record_id, {"status": COMPLETED, "completed_on": on})
    return result


def _refuse_after_withdrawal(
    conn: Connection, code: str, case_id: str | None, person_id: str | None
) -> None:
    """A new assessment or survey of a person who withdrew consent is refused (a correction of
    a completed one is not: rectification is the person's right; nor a form the law requires)."""
    if code in LAWFUL_FORMS:
        return
    if person_id is None and case_id is not None:
        person_id = conn.execute(select(_case.c.person_id).where(_case.c.id == case_id)).scalar()
    refuse_after_withdrawal(conn, person_id, Processing.ASSESSMENT)


def correct_form(uow: UnitOfWork, record_id: str, reason: str) -> str:
    """A new draft version of a completed form, with the reason; the completed one stays."""
    if not reason.strip():
        raise ValidationError(
            noop("Domain", "Укажіть причину виправлення завершеного акта."), "reason"
        )
    row = uow.connection.execute(select(_form).where(_form.c.id == record_id)).one()
    if row.status != COMPLETED:
        raise ValidationError(
            noop("Domain", "Виправляють лише завершений акт; чернетку можна змінити."), "form"
        )
    return uow.insert(
        FormRecord,
        {
            "case_id": row.case_id,
            "person_id": row.person_id,
            "form_code": row.form_code,
            "form_version": row.form_version,  # the version it was filled in, not the newest
            "answers": dict(row.answers),
            "status": DRAFT,
            "supersedes_id": record_id,
            "correction_reason": reason.strip(),
        },
    )


def form_versions(conn: Connection, case_id: str, code: str) -> list[Any]:
    """Every record of form `code` in a case, oldest first (corrections after what they fix)."""
    return list(
        conn.execute(
            select(_form)
            .where(
                _form.c.case_id == case_id, _form.c.form_code == code, _form.c.deleted.is_(False)
            )
            .order_by(_form.c.id)  # made in time order; an edit does not move a record
        )
    )
