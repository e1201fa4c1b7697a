"""Cases (випадки): the appeal that opens one, its state on the legal path, every move.

A case covers a person, or a household (`household_id`), and is numbered from the
workplace's series (prefix, year, counter) so that offline devices never collide.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON
from sqlmodel import Field

from socdesk.store.schema.base import SyncColumns, deferred_fk, soft_ref


class SocialCase(SyncColumns, table=True):
    """Випадок: opened by a заява, звернення or повідомлення (Law Art. 18–20)."""

    __tablename__ = "social_case"
    number: str = Field(max_length=40, index=True)  # ІЗМ-2026-0001, printed on documents
    person_id: str | None = Field(default=None, sa_column=deferred_fk("person.id"))
    household_id: str | None = soft_ref("household")
    state: str = Field(max_length=20, index=True)  # domain.cases.CaseState
    channel: str = Field(max_length=20)  # domain.cases.Channel
    applicant: str = ""  # хто звернувся, якщо не сама особа (законний представник, сусід, орган)
    on_behalf: bool = False  # в інтересах особи, а не нею самою
    services: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)  # коди
    urgent: bool = False  # екстрено (кризово)
    received_on: dt.date  # день одержання: від нього рахують строки
    closed_on: dt.date | None = None
    worker_id: str | None = soft_ref("worker")  # відповідальний

    DISTRICT_FROM = (("person_id", "person"), ("household_id", "household"))


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

    DISTRICT_FROM = (("case_id", "social_case"),)


class FormRecord(SyncColumns, table=True):
    """A filled form (an act, a scale) in the version of its definition it was filled in.

    A draft changes as the worker types; a completed one is locked. A correction is a new
    record that names the one it supersedes and why; the old one stays.
    """

    __tablename__ = "form_record"
    case_id: str | None = Field(default=None, sa_column=deferred_fk("social_case.id"))
    person_id: str | None = soft_ref("person")
    form_code: str = Field(max_length=40, index=True)
    form_version: str = Field(max_length=20)
    answers: dict[str, object] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    status: str = Field(default="draft", max_length=10)  # draft | completed
    completed_on: dt.date | None = None
    supersedes_id: str | None = soft_ref("form_record", index=False)
    correction_reason: str = ""

    DISTRICT_FROM = (("case_id", "social_case"), ("person_id", "person"))


class IncomeDeclaration(SyncColumns, table=True):
    """Декларація про доходи: the family's members and their incomes by month and type over
    the six months before the month of the application (REFERENCE.md §4).

    `members` holds, per member: name, person_id (if registered), is_recipient, able_to_work,
    and `incomes`: [{"month": "YYYY-MM", "type": "pension", "amount_kop": 123400}, ...].
    """

    __tablename__ = "income_declaration"
    case_id: str | None = Field(default=None, sa_column=deferred_fk("social_case.id"))
    declared_on: dt.date
    members: list[dict[str, object]] = soft_ref("person", json_path="[].person_id")

    DISTRICT_FROM = (("case_id", "social_case"),)


class CaseDecision(SyncColumns, table=True):
    """Рішення про надання, відмову чи припинення (REFERENCE.md §2.3), numbered from the
    workplace's series; the income figures and the calculation are kept as decided."""

    __tablename__ = "case_decision"
    case_id: str | None = Field(default=None, sa_column=deferred_fk("social_case.id"))
    kind: str = Field(max_length=12)  # grant | refuse | terminate
    number: str = Field(max_length=40)
    decided_on: dt.date
    needs_services: bool = True  # результат оцінювання: потребує / не потребує
    services: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    ground: str = ""  # підстава відмови чи припинення (ст. 24)
    payment_category: str = ""  # domain.payment.PaymentCategory, for a grant
    income: dict[str, object] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    delivered_on: dt.date | None = None  # видано або надіслано заявникові

    DISTRICT_FROM = (("case_id", "social_case"),)


class Contract(SyncColumns, table=True):
    """Договір про надання соціальних послуг (REFERENCE.md §2.4).

    `services`: [{"code", "volume", "unit", "schedule", "tariff_kop", "amount_kop"}]; the
    payment steps are the calculation printed on the annex, as it stood when signed.
    """

    __tablename__ = "contract"
    case_id: str | None = Field(default=None, sa_column=deferred_fk("social_case.id"))
    number: str = Field(max_length=40)
    signed_on: dt.date
    valid_to: dt.date | None = None
    representative: str = ""  # законний представник, якщо підписує він
    representative_basis: str = ""  # що діє на підставі
    place: str = ""  # де надаються послуги: вдома, за місцем надавача
    services: list[dict[str, object]] = Field(default_factory=list, sa_type=JSON, nullable=False)
    payment_category: str = ""
    amount_kop: int = 0  # сума до сплати на місяць
    payment_steps: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    terminated_on: dt.date | None = None

    DISTRICT_FROM = (("case_id", "social_case"),)


class CarePlan(SyncColumns, table=True):
    """Індивідуальний план надання соціальної послуги (REFERENCE.md §2.5). A revision is a new
    row (`revision` + 1, `supersedes_id`); earlier ones stay to compare."""

    __tablename__ = "care_plan"
    case_id: str | None = Field(default=None, sa_column=deferred_fk("social_case.id"))
    revision: int = 1
    made_on: dt.date
    review_on: dt.date  # дата перегляду
    need_degree: str = ""  # ступінь індивідуальної потреби
    goals: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    # [{"person_id", "code", "measure", "place", "frequency", "volume", "responsible", "until"}]
    measures: list[dict[str, object]] = soft_ref("person", json_path="[].person_id")
    participation: str = ""  # участь отримувача
    review_result: str = ""  # "" for the first; unchanged | changed for a review
    supersedes_id: str | None = soft_ref("care_plan", index=False)

    DISTRICT_FROM = (("case_id", "social_case"),)


class ServiceEntry(SyncColumns, table=True):
    """One delivered service: who got it, when, how much (in the classifier's unit), from whom."""

    __tablename__ = "service_entry"
    case_id: str | None = Field(default=None, sa_column=deferred_fk("social_case.id"))
    person_id: str = soft_ref("person", required=True)
    service_code: str = Field(max_length=10)
    on: dt.date = Field(index=True)
    units_x100: int  # кількість × 100 (1,5 години → 150), so that sums stay exact
    unit: str = Field(max_length=30)
    worker_id: str | None = soft_ref("worker")
    note: str = ""

    DISTRICT_FROM = (("case_id", "social_case"), ("person_id", "person"))


class PrintedDocument(SyncColumns, table=True):
    """A document printed or saved as PDF: what, for whom, by whom, when, the form version, the
    data it was made from (a snapshot, so a reprint shows what was signed) and the PDF's hash."""

    __tablename__ = "printed_document"
    kind: str = Field(max_length=40, index=True)
    subject_id: str = Field(max_length=80, index=True)  # the person's or case's id, or a period
    person_id: str | None = soft_ref("person")
    printed_at: str = Field(max_length=20)  # UTC, YYYY-MM-DDTHH:MM:SSZ
    # The synced worker ("" for the system).
    printed_by: str = soft_ref("worker", required=True, index=False)
    form_version: str = ""
    snapshot: dict[str, object] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    pdf_sha256: str = Field(max_length=64)
    copy_of: str | None = soft_ref("printed_document", index=False)  # a reprint names the original
    pages: str = Field(default="", max_length=20)  # in a batch's one file: "37-38"

    # A case's document names the case as its subject; a person's names the person.
    DISTRICT_FROM = (("subject_id", "social_case"), ("person_id", "person"))
