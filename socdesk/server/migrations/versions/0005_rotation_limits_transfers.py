"""rotated device tokens, failed attempts for the rate limits, rows moved between districts

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("server_device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_token_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("rotate_due", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_unique_constraint("uq_server_device_next_token_hash", ["next_token_hash"])
    op.create_table(
        "server_attempt",
        sa.Column("id", _SEQ, autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("server_attempt", schema=None) as batch_op:
        batch_op.create_index("ix_server_attempt_key_at", ["key", "at"], unique=False)
    op.create_table(
        "server_moved_row",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=54), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("from_district", sa.String(length=36), nullable=True),
        sa.Column("to_district", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", "hlc"),
    )
    with op.batch_alter_table("server_moved_row", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_server_moved_row_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("server_moved_row")
    op.drop_table("server_attempt")
    with op.batch_alter_table("server_device", schema=None) as batch_op:
        batch_op.drop_constraint("uq_server_device_next_token_hash", type_="unique")
        batch_op.drop_column("rotate_due")
        batch_op.drop_column("next_token_hash")
