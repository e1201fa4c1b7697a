"""The case as the casework reads it: its header, the people it covers, its latest acts, and
who is responsible for it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from socdesk.domain.cases import CaseState
from socdesk.store.forms import COMPLETED
from socdesk.store.households import members
from socdesk.store.schema import FormRecord, Person, SocialCase
from socdesk.store.uow import UnitOfWork

_case = SocialCase.__table__  # type: ignore[attr-defined]
_form = FormRecord.__table__  # type: ignore[attr-defined]
_person = Person.__table__  # type: ignore[attr-defined]

ASSESSMENT_FORM = "needs_assessment"
URGENT_FORM = "urgent_act"


@dataclass(frozen=True, slots=True)
class CaseHeader:
    id: str
    number: str
    person_id: str
    state: CaseState
    received_on: dt.date
    urgent: bool
    services: tuple[str, ...]
    district_id: str | None
    worker_id: str | None = None
    channel: str = ""  # domain.cases.Channel
    applicant: str = ""  # who applied, if not the person
    on_behalf: bool = False


def case_header(conn: Connection, case_id: str) -> CaseHeader:
    r = conn.execute(select(_case).where(_case.c.id == case_id)).mappings().one()
    return CaseHeader(
        r["id"],
        r["number"],
        r["person_id"],
        CaseState(r["state"]),
        r["received_on"],
        r["urgent"],
        tuple(r["services"]),
        r["district_id"],
        r["worker_id"],
        r["channel"],
        r["applicant"],
        r["on_behalf"],
    )


def case_people(conn: Connection, case_id: str) -> list[tuple[str, str]]:
    """(id, full name) of the people a case covers: its person, and for a family's case the
    household's members now (services are planned and logged per person)."""
    row = conn.execute(
        select(_case.c.person_id, _case.c.household_id).where(_case.c.id == case_id)
    ).one()
    ids = [row.person_id]
    if row.household_id:
        ids += [pid for pid, _ in members(conn, row.household_id) if pid != row.person_id]
    names = {
        r.id: " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p)
        for r in conn.execute(
            select(
                _person.c.id, _person.c.surname, _person.c.given_name, _person.c.patronymic
            ).where(_person.c.id.in_(ids))
        )
    }
    return [(pid, names[pid]) for pid in ids if pid in names]


def latest_form(conn: Connection, case_id: str, code: str, *, completed: bool = False) -> Any:
    """The newest record of form `code` in the case (a completed one if asked), or None.

    Newest by the day it was completed, then by id (made in time order, so a correction comes
    after what it corrects), never by the row's last-change clock: an edit that arrives from
    another device does not make an old record the current one."""
    stmt = select(_form).where(
        _form.c.case_id == case_id, _form.c.form_code == code, _form.c.deleted.is_(False)
    )
    if completed:
        stmt = stmt.where(_form.c.status == COMPLETED).order_by(_form.c.completed_on.desc())
    return conn.execute(stmt.order_by(_form.c.id.desc()).limit(1)).one_or_none()


def assign_worker(uow: UnitOfWork, case_id: str, worker_id: str | None) -> None:
    """Makes `worker_id` responsible for the case (None: nobody yet)."""
    uow.update(SocialCase, case_id, {"worker_id": worker_id})
