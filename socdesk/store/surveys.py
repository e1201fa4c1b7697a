"""Quality surveys in the store: the satisfaction questionnaires filled per recipient (form
records of `domain.surveys.SURVEY_FORM`, written through `store.forms` like every act), read
back for a person's card and for the report, and summarised.

A questionnaire counts once it is completed; a corrected one counts in its correction's place
(the record it supersedes is left out); a recipient surveyed more than once in a period counts
with the latest, so a share is a share of recipients.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from socdesk.domain.forms import FormDefinition
from socdesk.domain.surveys import SURVEY_FORM, SurveySummary, summarise
from socdesk.store.district_access import limit
from socdesk.store.forms import COMPLETED, current_definition
from socdesk.store.schema import FormRecord

_form = FormRecord.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class FilledSurvey:
    id: str
    person_id: str | None
    case_id: str | None
    district_id: str | None
    status: str  # draft | completed
    completed_on: dt.date | None
    form_version: str
    answers: dict[str, Any]


def survey_definition(on: dt.date, conn: Connection | None = None) -> FormDefinition:
    """The questionnaire's version in force on `on` (with a connection: the centre's
    published versions too)."""
    return current_definition(SURVEY_FORM, on, conn)


def _filled(r: Any) -> FilledSurvey:
    return FilledSurvey(
        r.id,
        r.person_id,
        r.case_id,
        r.district_id,
        r.status,
        r.completed_on,
        r.form_version,
        dict(r.answers),
    )


def _superseded() -> Any:
    """Ids of questionnaires a live correction replaces."""
    return select(_form.c.supersedes_id).where(
        _form.c.form_code == SURVEY_FORM,
        _form.c.deleted.is_(False),
        _form.c.supersedes_id.is_not(None),
        _form.c.status == COMPLETED,
    )


def person_surveys(conn: Connection, person_id: str) -> list[FilledSurvey]:
    """A recipient's questionnaires, drafts included, newest first (by id: made in order)."""
    rows = conn.execute(
        select(_form)
        .where(
            _form.c.form_code == SURVEY_FORM,
            _form.c.person_id == person_id,
            _form.c.deleted.is_(False),
        )
        .order_by(_form.c.id.desc())
    )
    return [_filled(r) for r in rows]


def survey_row(conn: Connection, record_id: str) -> Any:
    """The questionnaire's form record as stored (what the form dialog opens)."""
    return conn.execute(select(_form).where(_form.c.id == record_id)).one()


def completed_surveys(
    conn: Connection, first: dt.date, last: dt.date, district_ids: Sequence[str] | None = None
) -> list[FilledSurvey]:
    """Completed questionnaires with `completed_on` from `first` to `last` inclusive, one per
    recipient (the latest), corrections in place of what they correct; `district_ids` narrows
    to the questionnaires' districts."""
    stmt = (
        select(_form)
        .where(
            _form.c.form_code == SURVEY_FORM,
            _form.c.status == COMPLETED,
            _form.c.deleted.is_(False),
            _form.c.completed_on.between(first, last),
            _form.c.id.not_in(_superseded()),
        )
        .order_by(_form.c.completed_on, _form.c.id)
    )
    district_ids = limit(conn, district_ids)  # a specialist's own districts only
    if district_ids is not None:
        stmt = stmt.where(_form.c.district_id.in_(list(district_ids)))
    latest: dict[str, FilledSurvey] = {}
    for r in conn.execute(stmt):
        latest[r.person_id or r.case_id or r.id] = _filled(r)  # later rows replace earlier
    return list(latest.values())


def survey_summary(
    conn: Connection, first: dt.date, last: dt.date, district_ids: Sequence[str] | None = None
) -> SurveySummary:
    """Per question, counts per answer and the share satisfied, over `completed_surveys`
    (questions as in the version in force on `last`)."""
    surveys = completed_surveys(conn, first, last, district_ids)
    return summarise(survey_definition(last, conn), (s.answers for s in surveys))
