"""who signs for the centre and where contracts are signed

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 03:31:49.461581
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


COLUMNS = ("centre_head", "signer_position", "signer_name", "signer_basis", "contract_place")


def upgrade() -> None:
    # Existing workplaces have no signatory yet: '' fills the new columns (added in place, the
    # table is not rebuilt). A store that has them already (one made at this revision and set
    # back, as tests of earlier revisions do) keeps them.
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("workplace")}
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        for name in (c for c in COLUMNS if c not in have):
            batch_op.add_column(
                sa.Column(
                    name, sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""
                )
            )


def downgrade() -> None:
    with op.batch_alter_table("workplace", schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
