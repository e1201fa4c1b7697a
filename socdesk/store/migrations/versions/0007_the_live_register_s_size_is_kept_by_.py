"""the live register's size is kept by triggers (socdesk.store.counters, recreated after every
migration like the search index's): the count index of 0006 goes

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 17:57:44.194671
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(
            batch_op.f("ix_person_live_count"),
            sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL AND deleted < 2"),
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_live_count"),
            ["deleted"],
            unique=False,
            sqlite_where=sa.text("deleted = 0 AND merged_into IS NULL AND deleted < 2"),
        )
