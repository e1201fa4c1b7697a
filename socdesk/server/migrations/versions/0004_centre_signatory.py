"""the workplace's centre head, contract signatory and place of signing (store revision 0019)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("centre_head", "signer_position", "signer_name", "signer_basis", "contract_place")


def upgrade() -> None:
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(
                sa.Column(
                    name, sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""
                )
            )


def downgrade() -> None:
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
