"""Cases (випадки): the appeal that opens one, its state on the legal path, every move.

A case covers a person, or a household (`household_id`), and is numbered from the
workplace's series (prefix, year, counter) so that offline devices never collide.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON
from sqlmodel import Field

from socdesk.store.schema.base import SyncColumns, deferred_fk


class SocialCase(SyncColumns, table=True):
    """Випадок: opened by a заява, звернення or повідомлення (Law Art. 18–20)."""

    __tablename__ = "social_case"
    number: str = Field(max_length=40, index=True)  # ІЗМ-2026-0001, printed on documents
    person_id: str | None = Field(default=None, sa_column=deferred_fk("person.id"))
    household_id: str | None = Field(default=None, max_length=36, index=True)
    state: str = Field(max_length=20, index=True)  # domain.cases.CaseState
    channel: str = Field(max_length=20)  # domain.cases.Channel
    applicant: str = ""  # хто звернувся, якщо не сама особа (законний представник, сусід, орган)
    on_behalf: bool = False  # в інтересах особи, а не нею самою
    services: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)  # коди
    urgent: bool = False  # екстрено (кризово)
    received_on: dt.date  # день одержання: від нього рахують строки
    closed_on: dt.date | None = None


class CaseEvent(SyncColumns, table=True):
    """One move of a case on its path: from, to, when, why, under which rule."""

    __tablename__ = "case_event"
    case_id: str | None = Field(default=None, sa_column=deferred_fk("social_case.id"))
    from_state: str = Field(max_length=20)
    to_state: str = Field(max_length=20)
    on: dt.date
    reason: str = ""  # підстава (ст. 24), причина призупинення, закриття
    note: str = ""
    law: str = ""  # the legal source of the transition


class FormRecord(SyncColumns, table=True):
    """A filled form (an act, a scale) in the version of its definition it was filled in.

    A draft changes as the worker types; a completed one is locked. A correction is a new
    record that names the one it supersedes and why; the old one stays.
    """

    __tablename__ = "form_record"
    case_id: str | None = Field(default=None, sa_column=deferred_fk("social_case.id"))
    person_id: str | None = Field(default=None, max_length=36, index=True)
    form_code: str = Field(max_length=40, index=True)
    form_version: str = Field(max_length=20)
    answers: dict[str, object] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    status: str = Field(default="draft", max_length=10)  # draft | completed
    completed_on: dt.date | None = None
    supersedes_id: str | None = Field(default=None, max_length=36)
    correction_reason: str = ""
