"""The audit chains' heads of the devices, the server's own chained audit log, and the
consent's legal ground and signed paper (store revision 0022) (issue 17)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "consent",
        sa.Column("ground", sa.String(20), nullable=False, server_default="consent"),
    )
    op.add_column(
        "consent", sa.Column("paper_ref", sa.String(120), nullable=False, server_default="")
    )
    op.create_table(
        "server_audit_head",
        sa.Column("device", sa.String(36), primary_key=True),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("broken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("break_reason", sa.String(40), nullable=False),
    )
    seq = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table(
        "server_audit",
        sa.Column("id", seq, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(36), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("server_audit")
    op.drop_table("server_audit_head")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_column("paper_ref")
        batch_op.drop_column("ground")
