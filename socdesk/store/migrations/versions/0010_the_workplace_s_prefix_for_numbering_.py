"""the workplace's prefix for numbering cases (the centre gives each workplace its own, so
devices numbering offline never collide)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 18:49:44.763214
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "case_prefix",
                sqlmodel.sql.sqltypes.AutoString(length=12),
                nullable=False,
                server_default="",  # existing workplaces: set by the coordinator
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        batch_op.drop_column("case_prefix")
