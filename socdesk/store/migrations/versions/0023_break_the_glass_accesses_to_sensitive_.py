"""break-the-glass accesses to sensitive sections (sensitive_access): who, whom, when, why,
until when; synced

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 12:25:47.100353
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A new table, no rebuild of another. A store that has it already (made at this revision
    # and set back, as tests of earlier revisions do) keeps it.
    if sa.inspect(op.get_bind()).has_table("sensitive_access"):
        return
    op.create_table(
        "sensitive_access",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("worker_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("person_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("case_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("granted_at", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("until", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sensitive_access", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sensitive_access_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sensitive_access_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sensitive_access_granted_at"), ["granted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sensitive_access_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sensitive_access_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sensitive_access_worker_id"), ["worker_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sensitive_access", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sensitive_access_worker_id"))
        batch_op.drop_index(batch_op.f("ix_sensitive_access_person_id"))
        batch_op.drop_index(batch_op.f("ix_sensitive_access_hlc"))
        batch_op.drop_index(batch_op.f("ix_sensitive_access_granted_at"))
        batch_op.drop_index(batch_op.f("ix_sensitive_access_district_id"))
        batch_op.drop_index(batch_op.f("ix_sensitive_access_case_id"))

    op.drop_table("sensitive_access")
