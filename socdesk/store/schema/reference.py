"""Reference data and the territory: КАТОТТГ units, starosta districts, classifiers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ColumnElement, Table, and_
from sqlmodel import Field

from socdesk.store.schema.base import SyncColumns, soft_ref


class Community(SyncColumns, table=True):
    """Територіальна громада; id is UUIDv5 of its КАТОТТГ code."""

    katottg: str = Field(max_length=19, index=True)
    name: str
    oblast: str = ""
    raion: str = ""


class StarostaDistrict(SyncColumns, table=True):
    """Старостинський округ: formed by the council's decision, not part of КАТОТТГ."""

    __tablename__ = "starosta_district"
    community_id: str = soft_ref("community", required=True, index=False)
    name: str
    decision: str = ""  # рішення ради про утворення округу


class Settlement(SyncColumns, table=True):
    """Населений пункт; id is UUIDv5 of its КАТОТТГ code."""

    katottg: str = Field(max_length=19, index=True)
    name: str
    category: str = Field(max_length=1)  # M місто, X селище, C село (КАТОТТГ category)
    community_id: str = soft_ref("community", required=True, index=False)


class Workplace(SyncColumns, table=True):
    """Робоче місце: a device's office, the districts it serves and the centre's details."""

    name: str
    community_id: str = soft_ref("community", required=True, index=False)
    district_ids: list[str] = soft_ref("starosta_district", json_path="[]")
    centre_name: str = ""  # назва надавача (терцентр / ЦНСП) для документів
    centre_address: str = ""
    centre_edrpou: str = ""
    case_prefix: str = Field(default="", max_length=12)  # нумерація справ: ІЗМ-1-2026-0001
    # The centre's logo for documents' letterhead: a PNG or JPEG, base64 (at most 200 KB), so
    # that every workplace of the centre prints the same.
    centre_logo: str = ""
    # Who signs for the centre: its head (decisions), and the contracts' signatory «в особі
    # [посада, ПІБ], що діє на підставі [документ]»; the place contracts are signed in.
    centre_head: str = ""
    signer_position: str = ""
    signer_name: str = ""
    signer_basis: str = ""
    contract_place: str = ""


class ServiceType(SyncColumns, table=True):
    """Соціальна послуга з Класифікатора (наказ Мінсоцполітики № 429 від 23.06.2020)."""

    __tablename__ = "service_type"
    code: str = Field(max_length=10, index=True)
    name: str
    unit: str  # одиниця виміру: година, відвідування, комплект, …
    basic: bool = False  # базова соціальна послуга
    confidence: str = Field(default="R", max_length=1)  # C/E/R as in REFERENCE.md
    valid_from: dt.date
    valid_to: dt.date | None = None


class ComplexFactor(SyncColumns, table=True):
    """Чинник, що може зумовити складні життєві обставини (СЖО)."""

    __tablename__ = "complex_factor"
    code: str = Field(max_length=10, index=True)
    name: str
    confidence: str = Field(default="R", max_length=1)
    valid_from: dt.date
    valid_to: dt.date | None = None


class RecipientCategory(SyncColumns, table=True):
    """Категорія отримувача (особа з інвалідністю, ВПО, ветеран, самотня особа похилого віку…)."""

    __tablename__ = "recipient_category"
    code: str = Field(max_length=40, index=True)
    name: str
    valid_from: dt.date
    valid_to: dt.date | None = None


class SubsistenceMinimum(SyncColumns, table=True):
    """Прожитковий мінімум for one group over one period, in kopiykas."""

    __tablename__ = "subsistence_minimum"
    group: str = Field(max_length=30)
    valid_from: dt.date
    valid_to: dt.date | None = None
    amount_kop: int
    source: str = ""


class LegalDeadline(SyncColumns, table=True):
    """Строк етапу ведення випадку (REFERENCE.md §1.3)."""

    __tablename__ = "legal_deadline"
    code: str = Field(max_length=40, index=True)
    name: str
    amount: int
    unit: str = Field(max_length=20)  # working_days | calendar_days | hours
    source: str = ""
    confidence: str = Field(default="C", max_length=1)
    valid_from: dt.date
    valid_to: dt.date | None = None


class MartialLawPeriod(SyncColumns, table=True):
    """Період дії воєнного стану: holidays are working days inside it."""

    __tablename__ = "martial_law_period"
    start: dt.date
    end: dt.date | None = None
    source: str = ""


def in_force(table: Table, on: dt.date) -> ColumnElement[bool]:
    """Rows of a dated reference table (valid_from, valid_to) that are in force on `on`."""
    return and_(
        table.c.deleted.is_(False),
        table.c.valid_from <= on,
        (table.c.valid_to.is_(None)) | (table.c.valid_to >= on),
    )


class ReferenceDocument(SyncColumns, table=True):
    """A reference document the centre published (довідкові дані): a new year's subsistence
    minimums, payment rules, a form's new version, a working-day transfer in the calendar.

    Written only by a coordinator and never changed: a new version is a new row, whose id
    every replica derives from (kind, key, version). `content` is the document as its shipped
    file would hold it, checked by the same loader when published and again when read
    (`store.refdocs`); it applies from `effective_from`. No district: every device needs it.
    """

    __tablename__ = "reference_document"
    kind: str = Field(max_length=30, index=True)  # domain.refdocs.KINDS
    key: str = Field(default="", max_length=40)  # the form's code; "" for a single document
    version: str = Field(max_length=40)
    effective_from: dt.date
    content: dict[str, Any] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    published_by: str = soft_ref("worker", required=True, index=False)
