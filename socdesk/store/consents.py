"""Consents to the processing of personal data (згода на обробку персональних даних).

A person may give consent, withdraw it, and give it again; every consent stays as a row, so
what was in force on any day can be shown. The current consent is the newest not withdrawn.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from socdesk.domain.consent import (
    REFUSALS,
    ConsentWithdrawn,
    LegalGround,
    Processing,
    check_ground,
    check_paper_length,
    legal_ground,
)
from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop
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
    ground: LegalGround = LegalGround.CONSENT
    paper_ref: str = ""


def consents(conn: Connection, person_id: str) -> list[ConsentRecord]:
    """Every consent of the person, newest first: by the day it was given, then by id (made in
    time order), never by the row's last-change clock (an edit of an old consent arriving from
    another device does not make it the current one)."""
    rows = conn.execute(
        select(_consent)
        .where(_consent.c.person_id == person_id, _consent.c.deleted.is_(False))
        .order_by(_consent.c.given_on.desc(), _consent.c.id.desc())
    ).mappings()
    return [
        ConsentRecord(
            r["id"],
            r["given_on"],
            r["scope"],
            r["withdrawn_on"],
            LegalGround(r["ground"]),
            r["paper_ref"],
        )
        for r in rows
    ]


def current_consent(conn: Connection, person_id: str) -> ConsentRecord | None:
    return next((c for c in consents(conn, person_id) if c.withdrawn_on is None), None)


def withdrawn_on(conn: Connection, person_id: str) -> dt.date | None:
    """The day the person withdrew consent, while no consent or other ground is in force
    since: processing the law does not require has stopped (the card and reports say so)."""
    every = consents(conn, person_id)
    if not every or any(c.withdrawn_on is None for c in every):
        return None
    return max(c.withdrawn_on for c in every if c.withdrawn_on is not None)


def withdrawn_among(conn: Connection, person_ids: list[str]) -> dict[str, dt.date]:
    """Of `person_ids`, those whose every consent is withdrawn, with the day of the last
    withdrawal (as `withdrawn_on`, for many people at once)."""
    live = _consent.c.deleted.is_(False)
    found: dict[str, dt.date] = {}
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        rows = conn.execute(
            select(_consent.c.person_id, _consent.c.withdrawn_on).where(
                live, _consent.c.person_id.in_(chunk)
            )
        ).all()
        standing = {r.person_id for r in rows if r.withdrawn_on is None}
        for r in rows:
            if r.person_id not in standing:
                found[r.person_id] = max(found.get(r.person_id, r.withdrawn_on), r.withdrawn_on)
    return found


def refuse_after_withdrawal(conn: Connection, person_id: str | None, what: Processing) -> None:
    """`ConsentWithdrawn` if the person withdrew consent and no consent or other legal ground
    is in force since: the one check every store function doing `what` makes (REFERENCE.md
    §11; what the law requires - services contracted, acts, payments, reports, the person's
    own access - does not call it)."""
    if person_id is None:
        return
    on = withdrawn_on(conn, resolve_person_id(conn, person_id))
    if on is not None:
        raise ConsentWithdrawn(fill(REFUSALS[what], f"{on:%d.%m.%Y}"), "consent")


def withdrawn_count(conn: Connection, district_ids: frozenset[str] | None) -> int:
    """How many living records have consents, every one of them withdrawn (for reports)."""
    live = _consent.c.deleted.is_(False)
    standing = select(_consent.c.person_id).where(live, _consent.c.withdrawn_on.is_(None))
    stmt = select(func.count(func.distinct(_consent.c.person_id))).where(
        live, _consent.c.person_id.not_in(standing)
    )
    if district_ids is not None:
        stmt = stmt.where(_consent.c.district_id.in_(sorted(district_ids)))
    return int(conn.execute(stmt).scalar_one())


def give_consent(  # noqa: PLR0913 - the paper's fields
    uow: UnitOfWork,
    person_id: str,
    given_on: dt.date,
    scope: str,
    today: dt.date,
    ground: str = LegalGround.CONSENT,
    paper_ref: str = "",
) -> str:
    """Records a consent, or (with another `ground`) the legal ground processing rests on."""
    if given_on > today:
        raise ValidationError(
            noop("Domain", "Дата згоди не може бути пізнішою за сьогодні."), "consent_date"
        )
    if not scope.strip():
        raise ValidationError(
            noop("Domain", "Укажіть, на що надано згоду (мету й обсяг даних)."), "consent_scope"
        )
    found = legal_ground(ground)
    check_ground(found, scope)
    check_paper_length(paper_ref)
    person_id = resolve_person_id(uow.connection, person_id)  # a merged record: its survivor
    values = {
        "person_id": person_id,
        "given_on": given_on,
        "scope": scope.strip(),
        "ground": found.value,
        "paper_ref": paper_ref.strip(),
    }
    return uow.insert(Consent, values)  # its district follows the person's (store/scope.py)


def withdraw_consent(uow: UnitOfWork, consent_id: str, on: dt.date, today: dt.date) -> None:
    """Records the day a consent was withdrawn: not after today (a future day would refuse new
    acts at once, naming a day still to come) and not before the consent was given."""
    if on > today:
        raise ValidationError(
            noop("Domain", "Дата відкликання згоди не може бути пізніше сьогоднішньої."),
            "consent_withdrawn_on",
        )
    given_on = uow.connection.execute(
        select(_consent.c.given_on).where(_consent.c.id == consent_id)
    ).scalar_one()
    if on < given_on:
        raise ValidationError(
            noop("Domain", "Дата відкликання згоди не може бути раніше дати надання згоди."),
            "consent_withdrawn_on",
        )
    uow.update(Consent, consent_id, {"withdrawn_on": on})
