"""index people by birth date (with the sort key): the list sorted by birth date and the
duplicate check's "same date of birth" read it instead of the whole table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:49:39.645448
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_birth_date_sort_key", ["birth_date", "sort_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_birth_date_sort_key")
