"""consent: legal ground and the signed paper

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 09:34:41.522865
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite adds the columns in place (no rebuild); consents recorded before were consents.
    # A store that has them already (made at this revision and set back, as tests of earlier
    # revisions do) keeps them.
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("consent")}
    if "ground" in have:
        return
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "ground",
                sqlmodel.sql.sqltypes.AutoString(length=20),
                nullable=False,
                server_default="consent",
            )
        )
        batch_op.add_column(
            sa.Column(
                "paper_ref",
                sqlmodel.sql.sqltypes.AutoString(length=120),
                nullable=False,
                server_default="",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_column("paper_ref")
        batch_op.drop_column("ground")
