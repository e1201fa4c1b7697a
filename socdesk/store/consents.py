"""Consents to the processing of personal data (згода на обробку персональних даних).

A person may give consent, withdraw it, and give it again; every consent stays as a row, so
what was in force on any day can be shown. The current consent is the newest not withdrawn.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import noop
from socdesk.store.redirects import resolve_person_id
from socdesk.store.schema import Consent, Person
from socdesk.store.uow import UnitOfWork

_consent = Consent.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]
DEFAULT_SCOPE = (
    "Облік отримувача, оцінювання потреб і надання соціальних послуг відповідно до Закону "
    "України «Про соціальні послуги»"
)


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    id: str
    given_on: dt.date
    scope: str
    withdrawn_on: dt.date | None


def consents(conn: Connection, person_id: str) -> list[ConsentRecord]:
    """Every consent of the person, newest first: by the day it was given, then by id (made in
    time order), never by the row's last-change clock (an edit of an old consent arriving from
    another device does not make it the current one)."""
    rows = conn.execute(
        select(_consent)
        .where(_consent.c.person_id == person_id, _consent.c.deleted.is_(False))
        .order_by(_consent.c.given_on.desc(), _consent.c.id.desc())
    ).mappings()
    return [ConsentRecord(r["id"], r["given_on"], r["scope"], r["withdrawn_on"]) for r in rows]


def current_consent(conn: Connection, person_id: str) -> ConsentRecord | None:
    return next((c for c in consents(conn, person_id) if c.withdrawn_on is None), None)


def give_consent(
    uow: UnitOfWork, person_id: str, given_on: dt.date, scope: str, today: dt.date
) -> str:
    if given_on > today:
        raise ValidationError(
            noop("Domain", "Дата згоди не може бути пізнішою за сьогодні."), "consent_date"
        )
    if not scope.strip():
        raise ValidationError(
            noop("Domain", "Укажіть, на що надано згоду (мету й обсяг даних)."), "consent_scope"
        )
    person_id = resolve_person_id(uow.connection, person_id)  # a merged record: its survivor
    values = {"person_id": person_id, "given_on": given_on, "scope": scope.strip()}
    return uow.insert(Consent, values)  # its district follows the person's (store/scope.py)


def withdraw_consent(uow: UnitOfWork, consent_id: str, on: dt.date) -> None:
    uow.update(Consent, consent_id, {"withdrawn_on": on})
