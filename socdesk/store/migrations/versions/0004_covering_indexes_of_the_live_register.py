"""covering indexes of the live register: listing people in name or birth-date order reads
only the index (0.5 s → a few ms at 50,000); replaces the birth-date index of 0002.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 16:29:37.694855
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_birth_date_sort_key"))
        batch_op.create_index(
            "ix_person_live_birth",
            ["birth_date", "sort_key", "id", "deleted", "merged_into"],
            unique=False,
            sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL"),
        )
        batch_op.create_index(
            "ix_person_live_name",
            ["sort_key", "id", "deleted", "merged_into"],
            unique=False,
            sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_person_live_name", sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL")
        )
        batch_op.drop_index(
            "ix_person_live_birth", sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL")
        )
        batch_op.create_index(
            batch_op.f("ix_person_birth_date_sort_key"), ["birth_date", "sort_key"], unique=False
        )
