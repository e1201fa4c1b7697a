"""USB bundles: the desktop's public keys, given at enrolment, and the bundle log (issue 15)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Adding nullable columns: no batch rebuild of the device table (nothing refers to it
    # that a rebuild could lose, but there is no need for one either).
    op.add_column("server_device", sa.Column("sign_public", sa.LargeBinary(), nullable=True))
    op.add_column("server_device", sa.Column("box_public", sa.LargeBinary(), nullable=True))
    seq = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table(
        "server_bundle",
        sa.Column("n", seq, primary_key=True, autoincrement=True),
        sa.Column("bundle_id", sa.String(36), nullable=False, unique=True),
        sa.Column("direction", sa.String(3), nullable=False),
        sa.Column("device", sa.String(36), nullable=False),
        sa.Column("first", sa.BigInteger(), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False),
        sa.Column("feed_cursor", sa.BigInteger(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_server_bundle_device", "server_bundle", ["device"])


def downgrade() -> None:
    op.drop_index("ix_server_bundle_device", table_name="server_bundle")
    op.drop_table("server_bundle")
    with op.batch_alter_table("server_device", schema=None) as batch_op:
        batch_op.drop_column("box_public")
        batch_op.drop_column("sign_public")
