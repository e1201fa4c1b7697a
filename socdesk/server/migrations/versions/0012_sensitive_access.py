"""the current rows of break-the-glass accesses to sensitive sections (store revision 0023),
without foreign keys

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
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
        for column in ("case_id", "district_id", "granted_at", "hlc", "person_id", "worker_id"):
            batch_op.create_index(
                batch_op.f(f"ix_sensitive_access_{column}"), [column], unique=False
            )


def downgrade() -> None:
    op.drop_table("sensitive_access")
