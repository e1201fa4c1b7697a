"""a small index for counting the live register: the registry's row count reads ~0.3 MB of
index at 50,000 people instead of the ~4 MB name index (and 3 ms instead of 11 when cold)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 17:35:50.547345
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_live_count",
            ["deleted"],
            unique=False,
            sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL AND deleted < 2"),
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_person_live_count",
            sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL AND deleted < 2"),
        )
