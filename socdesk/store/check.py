"""`admin check`: integrity, foreign keys, schema version, references, outbox, audit chain."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from sqlalchemy import Connection, func, select
from sqlmodel import SQLModel

from socdesk.store import counters, migrate
from socdesk.store.schema import LOCAL_TABLES, SYNC_TABLES, OutboxEntry
from socdesk.store.uow import AUDIT_FIELDS, GENESIS_HASH, audit_hash

# References between syncable rows that are not database constraints (sync may deliver them
# out of order): (table, column, target table).
SOFT_REFERENCES = (
    ("person", "household_id", "household"),
    ("person", "merged_into", "person"),
    ("household", "head_id", "person"),
    ("starosta_district", "community_id", "community"),
)


@dataclass(slots=True)
class CheckReport:
    integrity: str
    foreign_key_problems: int
    schema_revision: str | None
    schema_head: str
    counts: dict[str, int]
    dangling_references: dict[str, int] = field(default_factory=dict)
    outbox_gaps: int = 0
    audit_chain_ok: bool = True
    live_count_ok: bool = True  # the registry's kept count equals a real count

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.foreign_key_problems == 0
            and self.schema_revision == self.schema_head
            and not any(self.dangling_references.values())
            and self.outbox_gaps == 0
            and self.audit_chain_ok
            and self.live_count_ok
        )

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "ok": self.ok}, ensure_ascii=False, indent=1)


def run_check(conn: Connection) -> CheckReport:
    integrity = str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())
    fk_problems = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
    counts = {}
    for table in (*SYNC_TABLES, *LOCAL_TABLES):
        tbl = table.__table__  # type: ignore[attr-defined]
        counts[tbl.name] = int(conn.execute(select(func.count()).select_from(tbl)).scalar_one())
    report = CheckReport(
        integrity=integrity,
        foreign_key_problems=fk_problems,
        schema_revision=migrate.current_revision(conn),
        schema_head=migrate.head_revision(),
        counts=counts,
    )
    for table, column, target in SOFT_REFERENCES:
        report.dangling_references[f"{table}.{column}"] = _dangling(conn, table, column, target)
    report.outbox_gaps = _outbox_gaps(conn)
    report.audit_chain_ok = verify_audit_chain(conn)
    report.live_count_ok = counters.live_people(conn) == counters.counted(conn)
    return report


def _dangling(conn: Connection, table: str, column: str, target: str) -> int:
    src = SQLModel.metadata.tables[table]
    dst = SQLModel.metadata.tables[target]
    stmt = (
        select(func.count())
        .select_from(src)
        .where(src.c[column].is_not(None), src.c[column].not_in(select(dst.c.id)))
    )
    return int(conn.execute(stmt).scalar_one())


def _outbox_gaps(conn: Connection) -> int:
    tbl = OutboxEntry.__table__  # type: ignore[attr-defined]
    lo, hi, n = conn.execute(select(func.min(tbl.c.seq), func.max(tbl.c.seq), func.count())).one()
    return 0 if n == 0 else int(hi - lo + 1 - n)


def verify_audit_chain(conn: Connection) -> bool:
    """True when every audit entry hashes to its recorded hash and links to the one before."""
    raw = conn.connection.driver_connection
    assert raw is not None
    columns = ", ".join(AUDIT_FIELDS)
    prev = GENESIS_HASH
    for row in raw.execute(f"SELECT prev_hash, entry_hash, {columns} FROM audit_log ORDER BY id"):
        if row[0] != prev or audit_hash(prev, row[2:]) != row[1]:
            return False
        prev = row[1]
    return True
