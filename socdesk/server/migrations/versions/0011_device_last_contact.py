"""The coordinator's sync health: when each device last reached the server (issue 15)

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column: no batch rebuild of the device table.
    op.add_column(
        "server_device", sa.Column("last_contact", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("server_device", schema=None) as batch_op:
        batch_op.drop_column("last_contact")
