"""Recipients, households, consents and workers."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import JSON, ColumnElement, Index, text
from sqlmodel import Field

from socdesk.store.schema.base import SyncColumns, deferred_fk, soft_ref

LIVE_SQL = "deleted = 0 AND merged_into IS NULL"  # not deleted, not merged into another


def live_people() -> ColumnElement[bool]:
    """The live-register condition, written exactly as the partial indexes state it (SQLite
    uses a partial index only when the query repeats its condition)."""
    # Qualified, so it stays unambiguous in joins (settlement has a `deleted` column too).
    return text("person.deleted = 0 AND person.merged_into IS NULL")  # type: ignore[return-value]


class Person(SyncColumns, table=True):
    """Отримувач соціальних послуг (особа): the person's card.

    No UNIQUE index on РНОКПП or documents: two offline devices may register the same person,
    which becomes a merge task, not an error. The household is a field of the person.
    """

    surname: str  # прізвище
    given_name: str  # ім'я
    patronymic: str = ""  # по батькові
    birth_date: dt.date | None = None
    sex: str | None = Field(default=None, max_length=6)
    rnokpp_status: str = Field(default="unknown", max_length=10)
    rnokpp: str = Field(default="", max_length=10, index=True)  # РНОКПП
    document_type: str | None = Field(default=None, max_length=20)
    document_number: str = Field(default="", max_length=20)
    unzr: str = Field(default="", max_length=14)  # УНЗР
    phone: str = Field(default="", max_length=16)  # E.164
    settlement_id: str | None = Field(default=None, sa_column=deferred_fk("settlement.id"))
    registered_address: str = ""  # зареєстроване місце проживання
    actual_address: str = ""  # фактичне місце проживання
    categories: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    household_id: str | None = soft_ref("household")
    household_role: str | None = Field(default=None, max_length=20)
    merged_into: str | None = soft_ref("person", index=False)  # the survivor of a merge
    notes: str = ""
    # A declined form of the full name the person corrected for documents: case -> text
    # ("dative": "Коваль Олені Іванівні"); the others are declined by rule.
    name_forms: dict[str, str] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    # Erasures made to this person's data (domain.retention.Erasure as dicts, oldest first):
    # anonymisation after the retention period, rectification, erasure of unlawful data. A
    # replica applying a new one scrubs the old values from its history (store/erasure.py).
    erasures: list[dict[str, object]] = Field(default_factory=list, sa_type=JSON, nullable=False)
    # Derived locally by a trigger (Ukrainian alphabetical order); never synced.
    sort_key: str = Field(default="", index=True)

    DERIVED_COLUMNS: ClassVar[frozenset[str]] = frozenset({"sort_key"})
    DISTRICT_FROM = (("settlement_id", "settlement"),)
    DISTRICT_GIVEN_IF_UNPLACED = True
    # The live register in its two list orders, covering the id: listing 50,000 people reads
    # only the index, never the wide (encrypted) rows. The birth-date one also serves the
    # duplicate check's "same date of birth".
    __table_args__ = (
        # deleted and merged_into are constant inside these indexes, but SQLite reads the
        # table to check the query's WHERE unless the index holds those columns too.
        Index(
            "ix_person_live_name",
            "sort_key",
            "id",
            "deleted",
            "merged_into",
            sqlite_where=text(LIVE_SQL),
        ),
        # Records merged into one (following redirects, repointing a merge): few of them.
        Index("ix_person_merged_into", "merged_into", sqlite_where=text("merged_into IS NOT NULL")),
        Index(
            "ix_person_live_birth",
            "birth_date",
            "sort_key",
            "id",
            "deleted",
            "merged_into",
            sqlite_where=text(LIVE_SQL),
        ),
    )


class Household(SyncColumns, table=True):
    """Домогосподарство (сім'я): address and head; members point to it from `Person`."""

    name: str = ""
    settlement_id: str | None = Field(default=None, sa_column=deferred_fk("settlement.id"))
    address: str = ""
    head_id: str | None = soft_ref("person")

    DISTRICT_FROM = (("settlement_id", "settlement"), ("head_id", "person"))


class HouseholdMembership(SyncColumns, table=True):
    """Перебування особи в домогосподарстві: one row per stay, so the history is kept.

    The person's current household is also a field of the person (what sync and lists read);
    at most one membership of a person is open (`left_on` empty) at a time.
    """

    __tablename__ = "household_membership"
    person_id: str | None = Field(default=None, sa_column=deferred_fk("person.id"))
    household_id: str | None = Field(default=None, sa_column=deferred_fk("household.id"))
    role: str = Field(max_length=20)
    joined_on: dt.date
    left_on: dt.date | None = None

    DISTRICT_FROM = (("person_id", "person"), ("household_id", "household"))


class Consent(SyncColumns, table=True):
    """Згода на обробку персональних даних: date, scope, withdrawal; or, without consent, the
    legal ground processing rests on (`domain.consent.LegalGround`)."""

    person_id: str | None = Field(default=None, sa_column=deferred_fk("person.id", cascade=True))
    given_on: dt.date
    scope: str  # обсяг: мета й перелік даних (without consent: whose decision, number, date)
    withdrawn_on: dt.date | None = None
    ground: str = Field(default="consent", max_length=20)  # a `LegalGround`
    paper_ref: str = Field(default="", max_length=120)  # the signed paper: file number or scan

    DISTRICT_FROM = (("person_id", "person"),)


class Worker(SyncColumns, table=True):
    """Працівник: ФСР, соціальний робітник, соціальний менеджер (may have no user account)."""

    surname: str
    given_name: str
    patronymic: str = ""
    position: str  # посада
    phone: str = ""
    active: bool = True
