"""the current rows of the syncable territory, reference and people tables (store.schema at
store revision 0018), without foreign keys: the server keeps what devices sent, in any order

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = [
    "community",
    "complex_factor",
    "legal_deadline",
    "martial_law_period",
    "recipient_category",
    "service_type",
    "settlement",
    "starosta_district",
    "subsistence_minimum",
    "worker",
    "workplace",
    "household",
    "person",
    "consent",
    "household_membership",
]


def upgrade() -> None:
    op.create_table(
        "community",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("katottg", sqlmodel.sql.sqltypes.AutoString(length=19), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("oblast", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("raion", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("community", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_community_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_community_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_community_katottg"), ["katottg"], unique=False)
    op.create_table(
        "complex_factor",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("confidence", sqlmodel.sql.sqltypes.AutoString(length=1), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("complex_factor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complex_factor_code"), ["code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_complex_factor_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_complex_factor_hlc"), ["hlc"], unique=False)
    op.create_table(
        "legal_deadline",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("confidence", sqlmodel.sql.sqltypes.AutoString(length=1), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("legal_deadline", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_legal_deadline_code"), ["code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_legal_deadline_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_legal_deadline_hlc"), ["hlc"], unique=False)
    op.create_table(
        "martial_law_period",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("martial_law_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_martial_law_period_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_martial_law_period_hlc"), ["hlc"], unique=False)
    op.create_table(
        "recipient_category",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("recipient_category", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recipient_category_code"), ["code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_recipient_category_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_recipient_category_hlc"), ["hlc"], unique=False)
    op.create_table(
        "service_type",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("basic", sa.Boolean(), nullable=False),
        sa.Column("confidence", sqlmodel.sql.sqltypes.AutoString(length=1), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_type", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_type_code"), ["code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_service_type_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_service_type_hlc"), ["hlc"], unique=False)
    op.create_table(
        "settlement",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("katottg", sqlmodel.sql.sqltypes.AutoString(length=19), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=1), nullable=False),
        sa.Column("community_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_settlement_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_settlement_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_settlement_katottg"), ["katottg"], unique=False)
    op.create_table(
        "starosta_district",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("community_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decision", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("starosta_district", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_starosta_district_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_starosta_district_hlc"), ["hlc"], unique=False)
    op.create_table(
        "subsistence_minimum",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("group", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("amount_kop", sa.Integer(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("subsistence_minimum", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_subsistence_minimum_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_subsistence_minimum_hlc"), ["hlc"], unique=False)
    op.create_table(
        "worker",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("surname", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("given_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("patronymic", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_worker_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_worker_hlc"), ["hlc"], unique=False)
    op.create_table(
        "workplace",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("community_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("district_ids", sa.JSON(), nullable=False),
        sa.Column("centre_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("centre_address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("centre_edrpou", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("case_prefix", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("centre_logo", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workplace_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_workplace_hlc"), ["hlc"], unique=False)
    op.create_table(
        "household",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("settlement_id", sa.String(length=36), nullable=True),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("head_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_head_id"), ["head_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_household_settlement_id"), ["settlement_id"], unique=False
        )
    op.create_table(
        "person",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("surname", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("given_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("patronymic", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sqlmodel.sql.sqltypes.AutoString(length=6), nullable=True),
        sa.Column("rnokpp_status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("rnokpp", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("document_type", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("document_number", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("unzr", sqlmodel.sql.sqltypes.AutoString(length=14), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("settlement_id", sa.String(length=36), nullable=True),
        sa.Column("registered_address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("actual_address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("household_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("household_role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("merged_into", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name_forms", sa.JSON(), nullable=False),
        sa.Column("sort_key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_household_id"), ["household_id"], unique=False)
        batch_op.create_index(
            "ix_person_live_birth",
            ["birth_date", "sort_key", "id", "deleted", "merged_into"],
            unique=False,
            sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL"),
        )
        batch_op.create_index(
            "ix_person_live_name",
            ["sort_key", "id", "deleted", "merged_into"],
            unique=False,
            sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL"),
        )
        batch_op.create_index(
            "ix_person_merged_into",
            ["merged_into"],
            unique=False,
            sqlite_where=sa.text("merged_into IS NOT NULL"),
        )
        batch_op.create_index(batch_op.f("ix_person_rnokpp"), ["rnokpp"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_settlement_id"), ["settlement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_sort_key"), ["sort_key"], unique=False)
    op.create_table(
        "consent",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_person_id"), ["person_id"], unique=False)
    op.create_table(
        "household_membership",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("household_membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_membership_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_household_membership_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_household_membership_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_household_membership_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
