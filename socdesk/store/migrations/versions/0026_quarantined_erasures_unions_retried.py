"""quarantined erasures unions retried: a person record a previous release quarantined as
`erasure_refused` ("an erasures list may only grow": a union of two concurrent erasures, or a
list made before an entry reached its device) is marked to be tried again, so that this
release, which merges erasures as a grow-only set, applies it at the next sync; and each
person's erasures list, which the previous release kept in the order its entries came, is put
in the order every replica now keeps (by date, then id: `domain.retention.merged_erasures`),
so that a store written before and one written after hold the same list

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
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

    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, erasures FROM person WHERE json_array_length(erasures) > 1")
    ).all()
    for person_id, raw in rows:
        entries = json.loads(raw)
        if not all(isinstance(e, dict) for e in entries):
            continue  # a list a peer sent malformed is left as it came, never a failed update
        ordered = sorted(entries, key=lambda e: (str(e.get("on", "")), str(e.get("id", ""))))
        if ordered != entries:  # written as the store writes JSON columns (engine.json_text)
            text = json.dumps(ordered, sort_keys=True, ensure_ascii=True, separators=(", ", ": "))
            conn.execute(
                sa.text("UPDATE person SET erasures = :e WHERE id = :i"),
                {"e": text, "i": person_id},
            )


def downgrade() -> None:
    pass  # the previous release quarantines them again when it tries them
