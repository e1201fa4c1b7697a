"""quarantined erasures unions retried: a person record a previous release quarantined as
`erasure_refused` ("an erasures list may only grow": a union of two concurrent erasures, or a
list made before an entry reached its device) is marked to be tried again, so that this
release, which merges erasures as a grow-only set, applies it at the next sync

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE sync_quarantine SET retry = 1 "
        "WHERE reason = 'erasure_refused' AND detail = 'an erasures list may only grow'"
    )


def downgrade() -> None:
    pass  # the previous release quarantines them again when it tries them
