"""a device enrolled again (re-enrolment of a revoked or re-connected data folder) names the
device it took over from, so that its unsent records of that device are still taken

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column: no batch rebuild of the device table.
    op.add_column("server_device", sa.Column("replaces", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("server_device", schema=None) as batch_op:
        batch_op.drop_column("replaces")
