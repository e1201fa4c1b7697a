"""the server's own tables: devices, enrolment codes, the change log with its server sequence,
conflicts, quarantine, and the server's identity

Revision ID: 0001
Revises:
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = [
    "server_change",
    "server_conflict",
    "server_device",
    "server_enrolment",
    "server_meta",
    "server_quarantine",
]


def upgrade() -> None:
    op.create_table(
        "server_change",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("record", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("change_id"),
    )
    with op.batch_alter_table("server_change", schema=None) as batch_op:
        batch_op.create_index("ix_server_change_district_seq", ["district_id", "seq"], unique=False)
    op.create_table(
        "server_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=True),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=False),
        sa.Column("kept_hlc", sa.String(length=54), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=False),
        sa.Column("lost_hlc", sa.String(length=54), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("server_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_server_conflict_change_id"), ["change_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_server_conflict_district_id"), ["district_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_server_conflict_row_id"), ["row_id"], unique=False)
    op.create_table(
        "server_device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workplace", sa.Text(), nullable=False),
        sa.Column("districts", sa.JSON(), nullable=True),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "server_enrolment",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("workplace", sa.Text(), nullable=False),
        sa.Column("districts", sa.JSON(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "server_quarantine",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("record", sa.LargeBinary(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("change_id"),
    )


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
