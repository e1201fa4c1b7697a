"""A small district built from records (people, cases, decisions, contracts, plans, acts,
service lines), for which tests/reports/data/fixture_expected.json gives every cell of every
report, computed by hand (the comments there say how). Merged, deleted and out-of-period rows
are in it on purpose: none of them may be counted."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from socdesk.domain.people import Role
from socdesk.domain.receipts import Receipt
from socdesk.domain.report_scope import ReportScope
from socdesk.reports.model import Cell, Table
from socdesk.store import meta
from socdesk.store.database import NewUser, Store
from socdesk.store.payments import record_payment
from socdesk.store.schema import (
    CarePlan,
    CaseDecision,
    Community,
    Contract,
    FormRecord,
    Person,
    ServiceEntry,
    ServiceType,
    Settlement,
    SocialCase,
    StarostaDistrict,
    Worker,
    Workplace,
)
from socdesk.store.uow import UnitOfWork

D = dt.date
H1 = (D(2026, 1, 1), D(2026, 6, 30))
# Every report's cells over this district, counted by hand: [{kind, from, to, tables}].
EXPECTED: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "reports" / "data" / "fixture_expected.json").read_text(
        encoding="utf-8"
    )
)["reports"]


def expected_scope(case: dict[str, Any]) -> ReportScope:
    """The scope of one of `EXPECTED`'s reports."""
    return ReportScope(
        dt.date.fromisoformat(case["from"]),
        dt.date.fromisoformat(case["to"]),
        urban_population=case.get("urban_population"),
        rural_population=case.get("rural_population"),
    )


def check_tables(tables: tuple[Table, ...], case: dict[str, Any]) -> None:
    """Every cell of `tables` is the hand-counted one of `case` (same values and types)."""
    assert [t.code for t in tables] == list(case["tables"])
    for table in tables:
        _check(table, case["tables"][table.code])


def _same(cell: Cell, expected: Any) -> bool:
    if isinstance(cell, Decimal):
        return expected is not None and cell == Decimal(str(expected))
    return cell == expected and type(cell) is type(expected)


def _check(table: Table, expected: dict[str, Any]) -> None:
    assert len(table.rows) == len(expected["rows"]), (table.code, table.rows)
    for row, want in zip(table.rows, expected["rows"], strict=True):
        assert len(row) == len(want)
        assert all(_same(c, w) for c, w in zip(row, want, strict=True)), (table.code, row, want)
    if expected["total"] is None:
        assert table.total is None, table.code
    else:
        assert table.total is not None
        pairs = zip(table.total, expected["total"], strict=True)
        assert all(_same(c, w) for c, w in pairs), (table.code, table.total)


def build(store: Store) -> dict[str, str]:
    """The fixture district; its ids by name (D1, D2, P1..P6, W1, W2, C1..C7, KC1, KC2, KC6,
    KC2R: C2's renewal)."""
    ids: dict[str, str] = {}
    with store.write() as uow:
        _territory(uow, ids)
        _people(uow, ids)
        _classifier_change(uow)
    with store.write() as uow:
        _cases(uow, ids)
        _documents(uow, ids)
        _services(uow, ids)
    with store.write() as uow:
        _payments(uow, ids)
        _surveys(uow, ids)
    return ids


def _territory(uow: UnitOfWork, ids: dict[str, str]) -> None:
    community = uow.insert(Community, {"katottg": "UA00000000000000001", "name": "Громада"})
    ids["D1"] = uow.insert(StarostaDistrict, {"community_id": community, "name": "Перший"})
    ids["D2"] = uow.insert(StarostaDistrict, {"community_id": community, "name": "Другий"})
    for name, district, code in (("Альфа", "D1", "1"), ("Бета", "D1", "2"), ("Гама", "D2", "3")):
        ids[name] = uow.insert(
            Settlement,
            {
                "katottg": f"UA0000000000000001{code}",
                "name": name,
                "category": "C",
                "community_id": community,
                "district_id": ids[district],
            },
        )
    ids["W1"] = uow.insert(
        Worker,
        {"surname": "Бондар", "given_name": "Оксана", "position": "фахівець із соціальної роботи"},
    )
    ids["W2"] = uow.insert(
        Worker, {"surname": "Левченко", "given_name": "Марія", "position": "соціальний робітник"}
    )


def _people(uow: UnitOfWork, ids: dict[str, str]) -> None:
    people = (
        ("P1", "Коваль", "female", D(1940, 1, 1), "Альфа", ["older_alone", "disability_2"]),
        ("P2", "Мороз", "male", D(1950, 5, 5), "Бета", ["older"]),
        ("P3", "Ткач", "female", D(2012, 3, 3), "Гама", ["child_disability"]),
        ("P4", "Савчук", "male", D(1960, 7, 7), "Гама", ["idp"]),
        # P1's second record, merged into P1: its lines count for P1, its categories not.
        ("P5", "Коваль", "female", D(1940, 1, 1), "Альфа", ["violence"]),
        # Deleted: its line is never counted.
        ("P6", "Гуменюк", "male", D(1955, 1, 1), "Альфа", ["older"]),
    )
    for key, surname, sex, born, place, categories in people:
        ids[key] = uow.insert(
            Person,
            {
                "surname": surname,
                "given_name": "Тест",
                "sex": sex,
                "birth_date": born,
                "settlement_id": ids[place],
                "categories": categories,
            },
        )
    uow.update(Person, ids["P5"], {"merged_into": ids["P1"]})
    uow.delete(Person, ids["P6"])


def _classifier_change(uow: UnitOfWork) -> None:
    """015.1 is renamed from 01.03.2026: lines before that day keep the old name."""
    old = uow.connection.execute(
        select(ServiceType.__table__.c.id).where(ServiceType.__table__.c.code == "015.1")  # type: ignore[attr-defined]
    ).scalar_one()
    uow.update(ServiceType, old, {"valid_to": D(2026, 2, 28)})
    uow.insert(
        ServiceType,
        {
            "code": "015.1",
            "name": "Догляд вдома (нова редакція)",
            "unit": "година",
            "basic": True,
            "valid_from": D(2026, 3, 1),
        },
    )


def _cases(uow: UnitOfWork, ids: dict[str, str]) -> None:
    cases = (
        # key, person, channel, received, worker, services, urgent
        ("C1", "P1", "application", D(2026, 1, 5), "W1", ["015.1"], False),
        ("C2", "P2", "e_application", D(2026, 2, 2), "W1", ["015.1", "002.0"], False),
        ("C3", "P3", "notice", D(2026, 3, 2), "W2", ["015.3"], False),
        ("C4", "P4", "request", D(2026, 6, 25), "W2", ["010.1"], False),
        ("C5", "P1", "request", D(2026, 4, 1), "W1", ["012.0"], True),
        ("C6", "P4", "application", D(2025, 12, 15), "W2", ["015.1"], False),
        ("C7", "P2", "application", D(2026, 3, 3), "W1", ["015.1"], False),  # deleted
    )
    for key, person, channel, received, worker, services, urgent in cases:
        ids[key] = uow.insert(
            SocialCase,
            {
                "number": key,
                "person_id": ids[person],
                "state": "providing",
                "channel": channel,
                "services": services,
                "urgent": urgent,
                "received_on": received,
                "worker_id": ids[worker],
            },
        )
    uow.delete(SocialCase, ids["C7"])
    decisions = (
        # case, kind, decided, services, ground, needs
        ("C1", "grant", D(2026, 1, 12), ["015.1"], "", True),
        ("C2", "grant", D(2026, 2, 20), ["015.1", "002.0"], "", True),
        ("C3", "refuse", D(2026, 3, 10), ["015.3"], "no_such_service", True),
        ("C5", "grant", D(2026, 4, 3), ["012.0"], "", True),
        ("C6", "grant", D(2025, 12, 20), ["015.1"], "", True),
        ("C6", "terminate", D(2026, 5, 15), ["015.1"], "moved", True),
        ("C4", "grant", D(2026, 6, 26), ["010.1"], "", True),  # deleted below
    )
    for n, (case, kind, decided, services, ground, needs) in enumerate(decisions):
        row = uow.insert(
            CaseDecision,
            {
                "case_id": ids[case],
                "kind": kind,
                "number": f"Р-{n}",
                "decided_on": decided,
                "services": services,
                "ground": ground,
                "needs_services": needs,
            },
        )
        if case == "C4":
            uow.delete(CaseDecision, row)


def _documents(uow: UnitOfWork, ids: dict[str, str]) -> None:
    contracts = (
        ("C1", D(2026, 1, 15), "free", 0, ["015.1"], None),
        ("C2", D(2026, 2, 25), "differentiated", 15_000, ["015.1", "002.0"], None),
        ("C6", D(2025, 12, 22), "paid", 50_000, ["015.1"], D(2026, 5, 15)),
    )
    for case, signed, category, amount, codes, terminated in contracts:
        ids[f"K{case}"] = uow.insert(
            Contract,
            {
                "case_id": ids[case],
                "number": f"Д-{case}",
                "signed_on": signed,
                "services": [{"code": code} for code in codes],
                "payment_category": category,
                "amount_kop": amount,
                "terminated_on": terminated,
            },
        )
    # C2's contract renewed (a new contract of the same case): the first is in force until
    # the day before, and one contract of the case is counted for a period.
    ids["KC2R"] = uow.insert(
        Contract,
        {
            "case_id": ids["C2"],
            "number": "Д-C2-2",
            "signed_on": D(2026, 5, 10),
            "services": [{"code": "015.1"}, {"code": "002.0"}],
            "payment_category": "differentiated",
            "amount_kop": 20_000,
        },
    )
    for case, revision, made in (
        ("C1", 1, D(2026, 1, 15)),
        ("C1", 2, D(2026, 6, 1)),
        ("C2", 1, D(2026, 2, 25)),
    ):
        uow.insert(
            CarePlan,
            {
                "case_id": ids[case],
                "revision": revision,
                "made_on": made,
                "review_on": D(2026, 12, 1),
            },
        )
    form = {"form_code": "living_conditions", "form_version": "1", "status": "completed"}
    uow.insert(FormRecord, {**form, "case_id": ids["C1"], "completed_on": D(2026, 1, 8)})
    first = uow.insert(FormRecord, {**form, "case_id": ids["C2"], "completed_on": D(2026, 2, 5)})
    uow.insert(
        FormRecord,
        {**form, "case_id": ids["C2"], "completed_on": D(2026, 2, 6), "supersedes_id": first},
    )
    uow.insert(FormRecord, {**form, "status": "draft", "person_id": ids["P3"]})


def _services(uow: UnitOfWork, ids: dict[str, str]) -> None:
    lines = (
        # key, person, code, day, units × 100, unit, worker, case
        ("E1", "P1", "015.1", D(2026, 1, 20), 200, "година", "W2", "C1"),
        ("E2", "P1", "015.1", D(2026, 1, 22), 150, "година", "W2", "C1"),
        ("E3", "P1", "015.1", D(2026, 2, 3), 200, "година", "W2", "C1"),
        ("E4", "P5", "015.1", D(2026, 2, 10), 100, "година", "W2", "C1"),
        ("E5", "P2", "015.1", D(2026, 3, 2), 300, "година", "W2", "C2"),
        ("E6", "P2", "002.0", D(2026, 3, 2), 100, "консультація", "W1", "C2"),
        ("E7", "P3", "015.3", D(2026, 3, 15), 100, "день", "W2", None),
        ("E8", "P1", "012.0", D(2026, 4, 2), 100, "випадок", "W1", "C5"),
        ("E9", "P4", "015.1", D(2026, 1, 10), 200, "година", "W2", "C6"),
        ("E10", "P4", "015.1", D(2026, 7, 1), 200, "година", "W2", "C6"),  # after H1
        ("E11", "P1", "015.1", D(2026, 3, 1), 100, "година", "W2", "C1"),  # deleted below
        ("E12", "P6", "015.1", D(2026, 3, 5), 100, "година", "W2", None),  # deleted person
        ("E13", "P4", "015.1", D(2025, 12, 23), 200, "година", "W2", "C6"),  # 2025
    )
    for key, person, code, day, units, unit, worker, case in lines:
        ids[key] = uow.insert(
            ServiceEntry,
            {
                "person_id": ids[person],
                "case_id": ids[case] if case else None,
                "service_code": code,
                "on": day,
                "units_x100": units,
                "unit": unit,
                "worker_id": ids[worker],
            },
        )
    uow.delete(ServiceEntry, ids["E11"])


def _payments(uow: UnitOfWork, ids: dict[str, str]) -> None:
    paid = (
        ("KC2", D(2026, 3, 1), 15_000, D(2026, 3, 20), "101"),
        ("KC6", D(2026, 1, 1), 50_000, D(2026, 1, 25), "102"),
        ("KC6", D(2026, 2, 1), 50_000, D(2026, 2, 25), "103"),
        ("KC6", D(2026, 3, 1), 20_000, D(2026, 3, 25), "104"),
    )
    for contract, month, amount, day, number in paid:
        record_payment(uow, ids[contract], month, Receipt(amount, day, number))


ANSWERS = ("timely", "polite", "complete", "regular", "needs_met", "informed", "overall")


def _surveys(uow: UnitOfWork, ids: dict[str, str]) -> None:
    surveys = (
        # person, completed, status, the answers in ANSWERS' order
        ("P1", D(2026, 3, 10), "completed", ("yes", "yes", "yes", "partly", "yes", "yes", "good")),
        (
            "P2",
            D(2026, 4, 10),
            "completed",
            ("no", "yes", "partly", "yes", "yes", "unsure", "fair"),
        ),
        # P2's later questionnaire: the one counted for P2.
        (
            "P2",
            D(2026, 5, 10),
            "completed",
            ("yes", "yes", "yes", "yes", "partly", "yes", "excellent"),
        ),
        ("P3", None, "draft", ("no", "no", "no", "no", "no", "no", "poor")),
        ("P4", D(2025, 12, 1), "completed", ("no", "no", "no", "no", "no", "no", "poor")),
    )
    for person, completed, status, answers in surveys:
        uow.insert(
            FormRecord,
            {
                "person_id": ids[person],
                "form_code": "satisfaction_survey",
                "form_version": "2026-12-06.1",
                "answers": dict(zip(ANSWERS, answers, strict=True)),
                "status": status,
                "completed_on": completed,
            },
        )


SPECIALIST = ("fedir", "пароль-федора")  # login, password


def specialist_of_first(store: Store, ids: dict[str, str]) -> None:
    """This workplace serves «Перший» (D1: P1 and P2 live there; P3 and P4 in «Другий»), and
    a specialist signs in here (`SPECIALIST`)."""
    from support import FAST_KDF

    with store.write() as uow:
        community = uow.connection.execute(
            select(Community.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()
        workplace = uow.insert(
            Workplace, {"name": "Офіс", "community_id": community, "district_ids": [ids["D1"]]}
        )
        meta.put(uow.connection, meta.WORKPLACE_ID, workplace)
    login, password = SPECIALIST
    store.add_user(NewUser(login, password, "Федір Фахівець", Role.SPECIALIST), FAST_KDF)
