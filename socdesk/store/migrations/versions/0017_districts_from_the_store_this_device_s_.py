"""districts from the store; this device's workplace in local state

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 00:50:00

A data migration, no table changes (a batch rebuild of a parent table would delete child rows):
- every syncable row that belongs to a person or a case gets the district the store's rules
  give it (store/scope.py: a person from their settlement, a case from its person, a service
  line from its case, …), in the order the rules depend on each other;
- the change records still waiting on this device carry the corrected district, so the first
  sync sends it (no store has synced before this revision);
- the id of this device's workplace goes into `meta` (the one workplace such a store has).
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _from(column: str, parent: str) -> str:
    """The district of the `parent` row that `column` names (NULL when none)."""
    return f"(SELECT p.district_id FROM {parent} p WHERE p.id = t.{column})"


# (table, its sources in order), parents before children; a table with none of its sources
# giving a district keeps the one it has only for people (the import's choice), as the rule.
RULES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("person", (("settlement_id", "settlement"),)),
    ("household", (("settlement_id", "settlement"), ("head_id", "person"))),
    ("social_case", (("person_id", "person"), ("household_id", "household"))),
    ("household_membership", (("person_id", "person"), ("household_id", "household"))),
    ("consent", (("person_id", "person"),)),
    ("case_event", (("case_id", "social_case"),)),
    ("form_record", (("case_id", "social_case"), ("person_id", "person"))),
    ("income_declaration", (("case_id", "social_case"),)),
    ("case_decision", (("case_id", "social_case"),)),
    ("contract", (("case_id", "social_case"),)),
    ("care_plan", (("case_id", "social_case"),)),
    ("service_entry", (("case_id", "social_case"), ("person_id", "person"))),
    ("printed_document", (("subject_id", "social_case"), ("person_id", "person"))),
)
KEEPS_OWN = {"person"}


def upgrade() -> None:
    conn = op.get_bind()
    for table, sources in RULES:
        derived = ", ".join(_from(column, parent) for column, parent in sources)
        fallback = ", t.district_id" if table in KEEPS_OWN else ""
        conn.exec_driver_sql(
            f"UPDATE {table} AS t SET district_id = coalesce({derived}{fallback}, NULL) "
            f"WHERE t.district_id IS NOT coalesce({derived}{fallback}, NULL)"
        )
    _correct_pending_records(conn, [table for table, _ in RULES])
    _keep_this_workplace(conn)


def _correct_pending_records(conn: sa.Connection, tables: list[str]) -> None:
    for table in tables:
        # Only the records whose district differs are read (a demo store has 100,000s).
        carried = "CAST(o.fields_json AS TEXT)"
        rows = conn.exec_driver_sql(
            f"SELECT o.seq, o.fields_json, t.district_id FROM outbox o JOIN {table} t "
            f"ON t.id = o.row_id WHERE o.table_name = ? AND o.state = 0 "
            f"AND json_type({carried}, '$.district_id') IS NOT NULL "
            f"AND json_extract({carried}, '$.district_id.value') IS NOT t.district_id",
            (table,),
        ).all()
        for seq, fields_json, district in rows:
            fields = json.loads(fields_json)
            field = fields.get("district_id")
            if field is None or field["value"] == district:
                continue
            field["value"] = district
            data = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            conn.exec_driver_sql(
                "UPDATE outbox SET fields_json = ? WHERE seq = ?", (data.encode(), seq)
            )


def _keep_this_workplace(conn: sa.Connection) -> None:
    if conn.exec_driver_sql("SELECT 1 FROM meta WHERE key = 'workplace_id'").first():
        return
    rows = conn.exec_driver_sql(
        "SELECT w.id FROM workplace w LEFT JOIN meta m ON m.key = 'device_id' "
        "ORDER BY w.origin = m.value DESC, w.deleted, w.rowid"
    ).all()
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES ('workplace_id', ?)", (rows[0][0],)
        )


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DELETE FROM meta WHERE key = 'workplace_id'")
