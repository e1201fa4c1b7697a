"""cases: the appeal, its state on the legal path, and every move

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 18:19:27.004313
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


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
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], initially="DEFERRED", deferrable=True
        ),
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
        sa.ForeignKeyConstraint(
            ["case_id"], ["social_case.id"], initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_event_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_event_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_event_hlc"), ["hlc"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_event_hlc"))
        batch_op.drop_index(batch_op.f("ix_case_event_district_id"))
        batch_op.drop_index(batch_op.f("ix_case_event_case_id"))

    op.drop_table("case_event")
    with op.batch_alter_table("social_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_social_case_state"))
        batch_op.drop_index(batch_op.f("ix_social_case_person_id"))
        batch_op.drop_index(batch_op.f("ix_social_case_number"))
        batch_op.drop_index(batch_op.f("ix_social_case_household_id"))
        batch_op.drop_index(batch_op.f("ix_social_case_hlc"))
        batch_op.drop_index(batch_op.f("ix_social_case_district_id"))

    op.drop_table("social_case")
