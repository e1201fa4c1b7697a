"""the current rows of the syncable case tables (store.schema at store revision 0018), without
foreign keys

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = [
    "social_case",
    "care_plan",
    "case_decision",
    "case_event",
    "contract",
    "form_record",
    "income_declaration",
    "service_entry",
    "printed_document",
]


def upgrade() -> None:
    op.create_table(
        "social_case",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("household_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("applicant", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("on_behalf", sa.Boolean(), nullable=False),
        sa.Column("services", sa.JSON(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("worker_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("social_case", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_social_case_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_social_case_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_social_case_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_social_case_number"), ["number"], unique=False)
        batch_op.create_index(batch_op.f("ix_social_case_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_social_case_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_social_case_worker_id"), ["worker_id"], unique=False)
    op.create_table(
        "care_plan",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.Column("need_degree", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("goals", sa.JSON(), nullable=False),
        sa.Column("measures", sa.JSON(), nullable=False),
        sa.Column("participation", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("review_result", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("supersedes_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_plan_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_plan_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_plan_hlc"), ["hlc"], unique=False)
    op.create_table(
        "case_decision",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("needs_services", sa.Boolean(), nullable=False),
        sa.Column("services", sa.JSON(), nullable=False),
        sa.Column("ground", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("payment_category", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("income", sa.JSON(), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_decision_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_decision_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_decision_hlc"), ["hlc"], unique=False)
    op.create_table(
        "case_event",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("from_state", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("to_state", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("law", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_event_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_event_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_event_hlc"), ["hlc"], unique=False)
    op.create_table(
        "contract",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("representative", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("representative_basis", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("services", sa.JSON(), nullable=False),
        sa.Column("payment_category", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("amount_kop", sa.Integer(), nullable=False),
        sa.Column("payment_steps", sa.JSON(), nullable=False),
        sa.Column("terminated_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contract_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contract_hlc"), ["hlc"], unique=False)
    op.create_table(
        "form_record",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("form_code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("form_version", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("supersedes_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("correction_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("form_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_form_record_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_form_record_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_form_record_form_code"), ["form_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_form_record_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_form_record_person_id"), ["person_id"], unique=False)
    op.create_table(
        "income_declaration",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("declared_on", sa.Date(), nullable=False),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("income_declaration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_income_declaration_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_income_declaration_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_income_declaration_hlc"), ["hlc"], unique=False)
    op.create_table(
        "service_entry",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("service_code", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("units_x100", sa.Integer(), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("worker_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_entry_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_service_entry_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_service_entry_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_entry_on"), ["on"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_entry_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_entry_worker_id"), ["worker_id"], unique=False)
    op.create_table(
        "printed_document",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("subject_id", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("person_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("printed_at", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("printed_by", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("form_version", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("pdf_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("copy_of", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("pages", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("printed_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_printed_document_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_printed_document_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_printed_document_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_printed_document_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_printed_document_subject_id"), ["subject_id"], unique=False
        )


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
