"""filled forms: drafts, completed and locked, corrections as new records

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 18:24:18.529815
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
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
        sa.ForeignKeyConstraint(
            ["case_id"], ["social_case.id"], initially="DEFERRED", deferrable=True
        ),
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


def downgrade() -> None:
    with op.batch_alter_table("form_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_form_record_person_id"))
        batch_op.drop_index(batch_op.f("ix_form_record_hlc"))
        batch_op.drop_index(batch_op.f("ix_form_record_form_code"))
        batch_op.drop_index(batch_op.f("ix_form_record_district_id"))
        batch_op.drop_index(batch_op.f("ix_form_record_case_id"))

    op.drop_table("form_record")
