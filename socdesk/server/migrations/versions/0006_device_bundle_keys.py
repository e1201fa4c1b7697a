"""the desktop's public keys for USB bundles, given at enrolment (issue 15)

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Adding nullable columns: no batch rebuild of the device table (nothing refers to it
    # that a rebuild could lose, but there is no need for one either).
    op.add_column("server_device", sa.Column("sign_public", sa.LargeBinary(), nullable=True))
    op.add_column("server_device", sa.Column("box_public", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("server_device", schema=None) as batch_op:
        batch_op.drop_column("box_public")
        batch_op.drop_column("sign_public")
