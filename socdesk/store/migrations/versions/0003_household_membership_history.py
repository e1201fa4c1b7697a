"""household membership history: one row per stay of a person in a household.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 16:16:39.790386
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
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
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], initially="DEFERRED", deferrable=True
        ),
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
    with op.batch_alter_table("household_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_membership_person_id"))
        batch_op.drop_index(batch_op.f("ix_household_membership_household_id"))
        batch_op.drop_index(batch_op.f("ix_household_membership_hlc"))
        batch_op.drop_index(batch_op.f("ix_household_membership_district_id"))

    op.drop_table("household_membership")
