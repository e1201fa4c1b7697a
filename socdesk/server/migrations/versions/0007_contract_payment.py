"""the current rows of payments received per contract and month (store revision 0020), without
foreign keys

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contract_payment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=54), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("contract_id", sa.String(length=36), nullable=True),
        sa.Column("case_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("payment_category", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("charged_kop", sa.Integer(), nullable=False),
        sa.Column("received_kop", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("receipt", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contract_payment", schema=None) as batch_op:
        for column in ("case_id", "contract_id", "district_id", "hlc", "month"):
            batch_op.create_index(
                batch_op.f(f"ix_contract_payment_{column}"), [column], unique=False
            )


def downgrade() -> None:
    op.drop_table("contract_payment")
