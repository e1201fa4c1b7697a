"""each device's audit head keeps the head acknowledged before it, so that an upload whose
answer was lost (sent again since the older head) is not a break

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable columns: no batch rebuild.
    op.add_column("server_audit_head", sa.Column("prev_length", sa.BigInteger(), nullable=True))
    op.add_column("server_audit_head", sa.Column("prev_head", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("server_audit_head", schema=None) as batch_op:
        batch_op.drop_column("prev_head")
        batch_op.drop_column("prev_length")
