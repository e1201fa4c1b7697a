"""person: the erasures made to the person's data (retention, rectification, erasure)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite adds the column in place (no rebuild of the parent table); nobody was erased
    # before. A store that has it already (made at this revision and set back) keeps it.
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("person")}
    if "erasures" in have:
        return
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("erasures", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("erasures")
