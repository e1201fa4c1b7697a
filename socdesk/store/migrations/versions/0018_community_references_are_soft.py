"""community references are soft; merged records and heads are indexed

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 00:40:00.000000

The immediate foreign keys on `community_id` (starosta district, settlement, workplace) become
soft references like the other references between syncable rows: sync may deliver a
settlement before its community (or a community never, if it is another's), and an immediate
key would fail the statement. `admin check` counts the ones that dangle. Following merge
redirects and repointing every reference to a merged person read `person.merged_into` and
`household.head_id`: both get an index (a partial one for the few merged records). The three tables are
rebuilt; migrate() runs with foreign keys off, so the rebuild of `settlement` (a parent of
people and households) keeps its children.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# SQLite's foreign keys here have no name; the convention names them for the batch rebuild.
NAMING = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}
TABLES = ("starosta_district", "settlement", "workplace")


def upgrade() -> None:
    # The rebuild renames the new copy to `settlement` after dropping the old table; SQLite
    # then re-parses every trigger, and the search index's triggers name `settlement` (which
    # is missing at that moment). The legacy rename checks nothing; migrate() recreates the
    # search triggers at the end anyway.
    op.execute("PRAGMA legacy_alter_table = ON")
    inspector = sa.inspect(op.get_bind())
    for table in TABLES:
        keys = inspector.get_foreign_keys(table)
        if not any(key["constrained_columns"] == ["community_id"] for key in keys):
            continue  # already soft
        with op.batch_alter_table(table, naming_convention=NAMING) as batch_op:
            batch_op.drop_constraint(f"fk_{table}_community_id_community", type_="foreignkey")
    op.execute("PRAGMA legacy_alter_table = OFF")
    op.execute("DROP INDEX IF EXISTS ix_person_merged_into")
    op.execute("DROP INDEX IF EXISTS ix_household_head_id")
    op.create_index(
        "ix_person_merged_into",
        "person",
        ["merged_into"],
        unique=False,
        sqlite_where=sa.text("merged_into IS NOT NULL"),
    )
    op.create_index("ix_household_head_id", "household", ["head_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_household_head_id", table_name="household")
    op.drop_index("ix_person_merged_into", table_name="person")
    op.execute("PRAGMA legacy_alter_table = ON")
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.create_foreign_key(None, "community", ["community_id"], ["id"])
    op.execute("PRAGMA legacy_alter_table = OFF")
