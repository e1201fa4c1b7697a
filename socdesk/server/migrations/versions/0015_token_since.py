"""Devices: when the token in use was issued (a token older than the server's maximum age is
rotated at the device's next sync; ASVS 7.3.2)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column (none: the token of the enrolment, issued at `enrolled_at`): no batch
    # rebuild of the device table.
    op.add_column(
        "server_device", sa.Column("token_since", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("server_device", schema=None) as batch_op:
        batch_op.drop_column("token_since")
