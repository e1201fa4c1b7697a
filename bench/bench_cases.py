"""The case path's benchmarks (issue 5), each a ratio against bare SQL in the same run.

1. Saving a completed act of needs assessment as the screen does it (the draft saved, then
   completed: two transactions through the unit of work, with change records, audit and
   history) vs a bare INSERT of the same row in one transaction. Target: p95 < 100 ms and
   ≤ 5× the bare insert.
2. Opening a case with 2,000 service-log entries: the reads the case window makes when it
   opens (`CaseWindow.refresh` and its tabs) vs the bare SELECTs of the same rows. Target ≤ 3×.
3. The deadlines view of one starosta district with 50,000 recipients (one in six with a case,
   at every stage): `cases_due` vs the bare SELECT of the open cases it reads. Target ≤ 3×.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.common import percentiles, save, timed
from bench.data import TODAY, new_store, people, raw_insert, stored_people
from socdesk.domain.cases import CaseFacts, CaseState, Channel, CloseReason, RefusalGround
from socdesk.domain.payment import income_months
from socdesk.paths import DB_FILE
from socdesk.store import casework as cw
from socdesk.store.cases import Appeal, case_events, move_case, open_case
from socdesk.store.database import Store
from socdesk.store.deadlines import cases_due
from socdesk.store.engine import connect_raw
from socdesk.store.forms import complete_form, current_definition, save_form_draft
from socdesk.store.people import create_person
from socdesk.store.schema import CarePlan, Contract, Worker
from socdesk.store.service_log import Delivered, case_log, log_services, monthly_act, workers
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    community_id_of,
    served_districts,
    set_up_workplace,
    settlement_id_of,
)

ANSWERS: dict[str, Any] = {
    "assessment_kind": "initial",
    "assessed_for": "person",
    "visit_dates": "20.11.2026",
    "assessed_on": "2026-11-20",
    "health": "unsatisfactory",
    "health_note": "Гіпертонія, після інсульту ходить із паличкою; потребує допомоги вдома.",
    "emotional": "stable",
    "habits": "none",
    "contacts": "limited",
    "contacts_note": "Діти за кордоном, телефонують щотижня; сусідка навідується.",
    "employment": "pensioner",
    "self_care": "partial",
    "housing": "satisfactory",
    "sjo": True,
    "factors": ["01", "02", "03"],
    "duration": "over_1y",
    "awareness": "ready",
    "needs": "needs",
    "services_needed": "015.1 Догляд вдома: прибирання, покупки, допомога в самообслуговуванні",
    "agreement": "agrees",
    "assessor": "Петренко Оксана Іванівна, фахівець із соціальної роботи",
}
SAMPLES = 200
OPENS = 30
DEADLINE_PAIRS = 7


def _place(store: Store) -> str:
    """A workplace with one starosta district of one village; the village's id."""
    place = PlaceRecord("", "C", "Бабенкове")
    community = CommunityRecord("", "Громада", settlements=(place,))
    district = DistrictSetup("Бабенківський", (place,))
    set_up_workplace(store, WorkplaceSetup(community, "Громада", (district,), "Офіс"))
    return settlement_id_of(community_id_of(community), place)


def _case(store: Store, person_id: str, received: dt.date) -> str:
    with store.write() as uow:
        case_id, _ = open_case(
            uow, Appeal(person_id, Channel.APPLICATION, received, ["015.1"]), "БАБ"
        )
        cw.advance(uow, case_id, CaseState.ASSESSING, received)
    return case_id


def _people(store: Store, n: int, settlement: str) -> list[str]:
    """`n` demo people in the district's village, through the unit of work; their ids."""
    ids = []
    inputs = people(n, seed=7)
    with store.read() as conn:
        (district,) = [did for did, _ in served_districts(conn)]
    for start in range(0, n, 1000):
        with store.write() as uow:
            for person in inputs[start : start + 1000]:
                placed = dataclasses.replace(person, settlement_id=settlement)
                ids.append(create_person(uow, placed, district, TODAY)[0])
    return ids


def _stored_people(folder: Path, store: Store, n: int, settlement: str) -> list[str]:
    """`n` demo people in the district's village, inserted in bulk (the deadlines' fixture:
    what is measured reads them); their ids."""
    with store.read() as conn:
        (district,) = [did for did, _ in served_districts(conn)]
    rows = [
        {**row, "settlement_id": settlement, "district_id": district}
        for row in stored_people(n, store.device_id)
    ]
    raw = connect_raw(folder / DB_FILE, store._key)
    raw_insert(raw, rows)
    raw.close()
    return [str(row["id"]) for row in rows]


def _ms(fn: Callable[[], object]) -> float:
    seconds, _ = timed(fn)
    return seconds * 1000


# ------------------------------------------------------------------------------ 1. save an act
def _stored_rows(store: Store, record_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every row one save of an act stored: the act, its change record, audit entries and
    field history (the "same rows" the bare baseline inserts)."""
    found = {}
    with store.read() as conn:
        for table, key in (
            ("form_record", "id"),
            ("outbox", "row_id"),
            ("audit_log", "row_id"),
            ("field_history", "row_id"),
        ):
            rows = conn.exec_driver_sql(
                f"SELECT * FROM {table} WHERE {key} = ?", (record_id,)
            ).mappings()
            found[table] = [dict(r) for r in rows]
    return found


# The keys a copy must not repeat: a text key made unique, an integer key left to SQLite.
_FRESH_KEYS = {
    "form_record": {"id": "text"},
    "outbox": {"seq": "auto", "change_id": "text"},
    "audit_log": {"id": "auto"},
    "field_history": {"id": "auto"},
}


def _shadow_tables(raw: Any, tables: list[str]) -> None:
    """`bare_<table>` for each table, with the same columns and indexes: the baseline writes
    there, so that its rows do not take the sequence numbers the product is about to use."""
    for table in tables:
        for (sql,) in raw.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "ORDER BY type DESC",  # the table before its indexes
            (table,),
        ).fetchall():
            raw.execute(_shadow_sql(sql, table))


def _shadow_sql(sql: str, table: str) -> str:
    """`sql` creating `table` or one of its indexes, for `bare_<table>` (names quoted or not,
    as a batch migration leaves them)."""
    name = rf'"?{re.escape(table)}"?'
    sql = re.sub(rf"^CREATE TABLE\s+{name}", f"CREATE TABLE bare_{table}", sql)
    return re.sub(
        rf'^CREATE (UNIQUE )?INDEX\s+"?(\w+)"?\s+ON\s+{name}',
        lambda m: f"CREATE {m.group(1) or ''}INDEX bare_{m.group(2)} ON bare_{table}",
        sql,
    )


def _bare_insert(raw: Any, rows: dict[str, list[dict[str, Any]]], n: int) -> None:
    """The same rows under fresh keys, INSERTed in one transaction (into the shadow tables)."""
    raw.execute("BEGIN IMMEDIATE")
    for table, table_rows in rows.items():
        for row in table_rows:
            values = dict(row)
            for key, kind in _FRESH_KEYS[table].items():
                values[key] = f"bare-{n}-{key}" if kind == "text" else None
            columns = list(values)
            marks = ", ".join("?" * len(columns))
            raw.execute(
                f"INSERT INTO bare_{table} ({', '.join(columns)}) VALUES ({marks})",
                tuple(values[c] for c in columns),
            )
    raw.execute("COMMIT")


def _save_act(folder: Path) -> dict[str, Any]:
    store = new_store(folder)
    (person,) = _people(store, 1, _place(store))
    case_id = _case(store, person, TODAY)
    definition = current_definition(cw.ASSESSMENT_FORM, TODAY)

    def save_completed() -> str:
        """The act saved and completed in one transaction."""
        with store.write() as uow:
            record = save_form_draft(uow, None, definition, ANSWERS, case_id=case_id)
            complete_form(uow, record, TODAY)
        return record

    rows = _stored_rows(store, save_completed())
    act_only = {"form_record": rows["form_record"]}
    # The baseline writes to the same file on its own connection, and the samples alternate,
    # so that both see the same machine (WAL size, cache, other load).
    raw = connect_raw(folder / DB_FILE, store._key)
    _shadow_tables(raw, list(rows))
    product, same_rows, act_row = [], [], []
    for n in range(SAMPLES):
        product.append(_ms(save_completed))
        same_rows.append(_ms(lambda n=n: _bare_insert(raw, rows, 2 * n)))
        act_row.append(_ms(lambda n=n: _bare_insert(raw, act_only, 2 * n + 1)))
    raw.close()
    store.close()
    p, b, a = percentiles(product), percentiles(same_rows), percentiles(act_row)
    return {
        "rows_per_save": {table: len(r) for table, r in rows.items()},
        "product": p,
        "bare_insert_same_rows": b,
        "bare_insert_act_row_only": a,
        "p50_ratio": round(p["p50_ms"] / b["p50_ms"], 2),
        "p95_ratio": round(p["p95_ms"] / b["p95_ms"], 2),
        "p95_ratio_act_row_only": round(p["p95_ms"] / a["p95_ms"], 2),
        "target": "p95 < 100 ms and ≤ 5× the bare insert of the same rows",
    }


# ------------------------------------------------------------------------------ 2. open a case
def _walked_case(store: Store, person: str, entries: int) -> str:
    """A home-care case with its act, income, decision, plan, contract and `entries` visits."""
    received = TODAY - dt.timedelta(days=900)
    case_id = _case(store, person, received)
    definition = current_definition(cw.ASSESSMENT_FORM, received)
    with store.write() as uow:
        record = save_form_draft(uow, None, definition, ANSWERS, case_id=case_id)
        complete_form(uow, record, received)
        cw.advance(uow, case_id, CaseState.AWAITING_DECISION, received)
        months = income_months(received)
        income = tuple(cw.DeclaredIncome(m, "pension", 420000) for m in months)
        cw.save_income(
            uow, case_id, received, [cw.DeclaredMember("Отримувач", True, False, None, income)]
        )
        cw.decide(uow, case_id, cw.GRANT, received, "БАБ")
        measure = cw.PlanMeasure(
            person, "015.1", "Допомога вдома", "тричі на тиждень", Decimal(24), "соцробітник"
        )
        cw.save_plan(
            uow,
            case_id,
            cw.PlanDraft(received, received + dt.timedelta(days=180), ("Мета",), (measure,)),
        )
        service = cw.ContractService("015.1", Decimal(24), "година", "пн, ср, пт", 360000)
        cw.sign_contract(uow, case_id, cw.ContractTerms(received, None, "вдома", (service,)), "БАБ")
        cw.advance(uow, case_id, CaseState.PROVIDING, received)
        staff = workers(uow.connection)
        lines = [
            Delivered(
                case_id,
                person,
                "015.1",
                received + dt.timedelta(days=1 + i * 800 // entries),
                Decimal(2),
                staff[0][0] if staff else None,
            )
            for i in range(entries)
        ]
        log_services(uow, lines, TODAY)
    return case_id


def open_case_reads(store: Store, case_id: str, today: dt.date) -> None:
    """The reads `CaseWindow` makes when it opens (its header, then each tab's refresh)."""
    with store.read() as conn:
        header = cw.case_header(conn, case_id)
    with store.read() as conn:
        case_events(conn, case_id)
        cw.next_steps(conn, case_id, today)
        cw.latest_decision(conn, case_id)
    with store.read() as conn:
        for code in (
            "needs_assessment",
            "living_conditions",
            "adl_barthel",
            "iadl_lawton",
            "sjo_factors",
            "urgent_act",
        ):
            cw.latest_form(conn, case_id, code)
    with store.read() as conn:
        cw.declared_members(conn, case_id)
    with store.read() as conn:
        cw.case_payment(conn, case_id, today, 0)
    with store.read() as conn:
        cw.plan_revisions(conn, case_id)
    with store.read() as conn:
        cw.latest_contract(conn, case_id)
    with store.read() as conn:
        case_log(conn, case_id)
    with store.read() as conn:
        monthly_act(conn, header.person_id, today.year, today.month)


BARE_CASE_READS = (
    "SELECT * FROM social_case WHERE id = :c",
    'SELECT * FROM case_event WHERE case_id = :c ORDER BY "on", hlc',
    "SELECT * FROM form_record WHERE case_id = :c",
    "SELECT * FROM income_declaration WHERE case_id = :c",
    "SELECT * FROM case_decision WHERE case_id = :c",
    "SELECT * FROM care_plan WHERE case_id = :c ORDER BY revision",
    "SELECT * FROM contract WHERE case_id = :c",
    "SELECT e.*, w.surname FROM service_entry e LEFT JOIN worker w ON w.id = e.worker_id "
    'WHERE e.case_id = :c ORDER BY e."on" DESC',
    "SELECT * FROM person WHERE id = (SELECT person_id FROM social_case WHERE id = :c)",
    "SELECT * FROM subsistence_minimum",
)


def _open_case(folder: Path, entries: int = 2000) -> dict[str, Any]:
    store = new_store(folder)
    (person,) = _people(store, 1, _place(store))
    with store.write() as uow:
        uow.insert(
            Worker,
            {"surname": "Іваненко", "given_name": "Марія", "position": "соціальний робітник"},
        )
    case_id = _walked_case(store, person, entries)
    raw = connect_raw(folder / DB_FILE, store._key)

    def bare_reads() -> None:
        for sql in BARE_CASE_READS:
            raw.execute(sql, {"c": case_id}).fetchall()

    open_case_reads(store, case_id, TODAY)  # warm, as a window opened after the registry
    bare_reads()
    product, bare = [], []
    for _ in range(OPENS):  # alternating, as for the act
        product.append(_ms(lambda: open_case_reads(store, case_id, TODAY)))
        bare.append(_ms(bare_reads))
    raw.close()
    store.close()
    p, b = percentiles(product), percentiles(bare)
    return {
        "entries": entries,
        "product": p,
        "bare_selects": b,
        "p50_ratio": round(p["p50_ms"] / b["p50_ms"], 2),
        "target": "≤ 3× the bare queries",
    }


# ------------------------------------------------------------------------------ 3. deadlines
def _district_cases(store: Store, person_ids: list[str]) -> None:
    """One person in six with a case somewhere on the path, dated over the last two years."""
    rng = random.Random(3)
    paths = (
        (),
        (CaseState.ASSESSING,),
        (CaseState.ASSESSING, CaseState.AWAITING_DECISION),
        (CaseState.ASSESSING, CaseState.AWAITING_DECISION, CaseState.GRANTED),
        (CaseState.ASSESSING, CaseState.AWAITING_DECISION, CaseState.GRANTED, CaseState.PROVIDING),
        (CaseState.ASSESSING, CaseState.AWAITING_DECISION, CaseState.GRANTED, CaseState.PROVIDING),
        (CaseState.ASSESSING, CaseState.AWAITING_DECISION, CaseState.REFUSED, CaseState.CLOSED),
    )
    facts = CaseFacts(
        assessment_act=True,
        individual_plan=True,
        contract=True,
        refusal_ground=RefusalGround.NO_NEED,
        close_reason=CloseReason.DECISION_DELIVERED,
    )
    chosen = person_ids[::6]
    for start in range(0, len(chosen), 500):
        with store.write() as uow:
            for person in chosen[start : start + 500]:
                received = TODAY - dt.timedelta(days=rng.randint(1, 720))
                case_id, _ = open_case(
                    uow, Appeal(person, Channel.APPLICATION, received, ["015.1"]), "БАБ"
                )
                for target in rng.choice(paths):
                    move_case(uow, case_id, target, facts, received)
                    if target is CaseState.PROVIDING:
                        uow.insert(
                            CarePlan,
                            {
                                "case_id": case_id,
                                "made_on": received,
                                "review_on": received + dt.timedelta(days=180),
                                "goals": ["Мета"],
                                "measures": [],
                            },
                        )
                        uow.insert(
                            Contract,
                            {
                                "case_id": case_id,
                                "number": f"Д-{case_id[-6:]}",
                                "signed_on": received,
                                "valid_to": dt.date(TODAY.year + 1, 12, 31),
                                "services": [],
                                "payment_steps": [],
                            },
                        )


BARE_DEADLINE_READS = (
    "SELECT c.id, c.number, c.person_id, c.state, c.received_on, c.urgent, c.district_id, "
    "c.worker_id, p.surname, p.given_name, p.patronymic, d.name, w.surname "
    "FROM social_case c LEFT JOIN person p ON p.id = c.person_id "
    "LEFT JOIN starosta_district d ON d.id = c.district_id "
    "LEFT JOIN worker w ON w.id = c.worker_id "
    "WHERE c.deleted = 0 AND c.state NOT IN ('closed', 'urgent') AND c.district_id = :d",
    "SELECT case_id, \"on\" FROM case_event WHERE to_state IN ('granted', 'refused', 'terminated')",
    "SELECT case_id, decided_on, delivered_on FROM case_decision",
    "SELECT case_id, review_on, revision FROM care_plan",
    "SELECT case_id, valid_to, hlc FROM contract",
)


def _deadlines(folder: Path, n: int) -> dict[str, Any]:
    store = new_store(folder)
    settlement = _place(store)
    person_ids = _stored_people(folder, store, n, settlement)
    _district_cases(store, person_ids)
    store.checkpoint()
    with store.read() as conn:
        (district,) = [did for did, _ in served_districts(conn)]
        due = cases_due(conn, TODAY, [district])  # warm
    raw = connect_raw(folder / DB_FILE, store._key)

    def product() -> None:
        with store.read() as conn:
            cases_due(conn, TODAY, [district])

    def bare() -> None:
        for sql in BARE_DEADLINE_READS:
            raw.execute(sql, {"d": district}).fetchall()

    bare()
    samples, bare_samples = [], []
    for _ in range(DEADLINE_PAIRS):  # alternating, as for the act: both see the same machine
        samples.append(_ms(product))
        bare_samples.append(_ms(bare))
    raw.close()
    store.close()
    p, b = percentiles(samples), percentiles(bare_samples)
    return {
        "recipients": n,
        "cases": len(person_ids[::6]),
        "due_steps": len(due),
        "product": p,
        "bare_selects": b,
        "p50_ratio": round(p["p50_ms"] / b["p50_ms"], 2),
        "target": "≤ 3× the bare query",
    }


def run(n: int = 50_000) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        result = {
            "save_completed_assessment": _save_act(Path(tmp) / "act"),
            "open_case": _open_case(Path(tmp) / "case"),
            "deadlines_view": _deadlines(Path(tmp) / "deadlines", n),
        }
    save("cases", result)
    return result
