"""`admin check`: integrity, foreign keys, schema version, references, outbox, audit chain."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from sqlalchemy import Connection, func, select
from sqlmodel import SQLModel

from socdesk.store import counters, fts, migrate
from socdesk.store.audit_seal import AuditSeal, chain_problem
from socdesk.store.schema import LOCAL_TABLES, SYNC_TABLES, OutboxEntry, Reference
from socdesk.store.schema.refs import SOFT_REFERENCES


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
    audit_problem: str = ""  # what is wrong with the audit chain (Ukrainian), "" when intact
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


def run_check(conn: Connection, seal: AuditSeal) -> CheckReport:
    """Checks the store; the audit chain against `seal` (`Store.audit_seal()`)."""
    fts.refresh(conn)  # a long-lived reader's copy of the index's structure may be old
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
    # Foreign keys are SQLite's (foreign_key_check above); the soft ones are counted here.
    for ref in SOFT_REFERENCES:
        report.dangling_references[ref.name] = dangling(conn, ref)
    report.outbox_gaps = _outbox_gaps(conn)
    report.audit_problem = chain_problem(conn, seal)
    report.audit_chain_ok = not report.audit_problem
    report.live_count_ok = counters.live_people(conn) == counters.counted(conn)
    return report


def dangling(conn: Connection, ref: Reference) -> int:
    """How many ids in `ref`'s column name no row of its target ("" and null name none)."""
    target = SQLModel.metadata.tables[ref.target_table]
    if not ref.json_path:
        src = SQLModel.metadata.tables[ref.table]
        column = src.c[ref.column]
        stmt = (
            select(func.count())
            .select_from(src)
            .where(column.is_not(None), column != "", column.not_in(select(target.c.id)))
        )
        return int(conn.execute(stmt).scalar_one())
    # Ids inside JSON: "[]" a list of ids, "[].key" the key of each object in a list.
    key = ref.json_path.removeprefix("[]").removeprefix(".")
    value = f"json_extract(j.value, '$.{key}')" if key else "j.value"
    sql = (
        f'SELECT count(*) FROM "{ref.table}" AS t, json_each(t."{ref.column}") AS j '
        f"WHERE {value} IS NOT NULL AND {value} != '' "
        f'AND {value} NOT IN (SELECT id FROM "{ref.target_table}")'
    )
    return int(conn.exec_driver_sql(sql).scalar_one())


def _outbox_gaps(conn: Connection) -> int:
    tbl = OutboxEntry.__table__  # type: ignore[attr-defined]
    lo, hi, n = conn.execute(select(func.min(tbl.c.seq), func.max(tbl.c.seq), func.count())).one()
    return 0 if n == 0 else int(hi - lo + 1 - n)


def verify_audit_chain(conn: Connection, seal: AuditSeal) -> bool:
    """True when the audit chain is intact (keyed, linked, reaching its anchor)."""
    return not chain_problem(conn, seal)
