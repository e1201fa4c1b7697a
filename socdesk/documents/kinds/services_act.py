"""The monthly act of services delivered to a recipient: per service, the amount in the
classifier's unit and the days; signed by the worker and the recipient. A month with nothing
logged prints a statement that no services were given (with a line for the reason), never
«послуги надано в повному обсязі»."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable

from socdesk.documents.kinds.common import case_basics, full_name, title_block
from socdesk.documents.page import content_width, field, para, signatures, table
from socdesk.documents.registry import DocumentKind, Snapshot, Subject, parse_case_month
from socdesk.domain.text import quantity
from socdesk.store.printing import cases_served
from socdesk.store.service_log import monthly_act

MONTHS = ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
          "вересень", "жовтень", "листопад", "грудень")  # fmt: skip


def gather(conn: Any, subject_id: str, today: dt.date) -> Snapshot:
    case_id, year, month = parse_case_month(subject_id)
    snap = case_basics(conn, case_id, today)
    lines = monthly_act(conn, snap["person"]["id"], year, month)
    snap["month"] = {"year": year, "month": month}
    snap["lines"] = [
        {"code": a.code, "name": a.name, "unit": a.unit, "days": a.days, "units": str(a.units)}
        for a in lines
    ]
    return snap


def render(snap: Snapshot) -> list[Flowable]:
    person, month = snap["person"], snap["month"]
    period = f"{MONTHS[month['month'] - 1]} {month['year']} р."
    story = title_block("Акт наданих соціальних послуг", snap, snap["case"]["number"])
    story.append(field("Отримувач", full_name(person)))
    story.append(field("Період", period))
    width = content_width()
    rows = [
        [str(i), f"{ln['code']} {ln['name']}", quantity(Decimal(ln["units"]), ln["unit"]),
         quantity(Decimal(ln["days"]), "день")]
        for i, ln in enumerate(snap["lines"], 1)
    ]  # fmt: skip
    if rows:
        story.append(
            table(
                ["№", "Соціальна послуга", "Обсяг", "Днів"],
                rows,
                [width * 0.06, width * 0.54, width * 0.22, width * 0.18],
            )
        )
        story.append(
            para("Послуги надано в повному обсязі; претензій щодо якості та своєчасності немає.")
        )
    else:  # a month with nothing logged: a statement that says so, never «надано»
        story.append(
            para(
                f"За {period} соціальні послуги Отримувачеві не надавалися; плата не нараховується."
            )
        )
        story.append(field("Причина (зазначається від руки)", "_" * 40))
    story.append(
        signatures(
            [("Соціальний робітник", ""), ("Отримувач (законний представник)", full_name(person))]
        )
    )
    return story


def batch(conn: Any, start: dt.date, end: dt.date, districts: Any) -> list[str]:
    """Every case with services logged, for each month of the period (month-end acts)."""
    return [f"{case}:{y:04d}-{m:02d}" for case, y, m in cases_served(conn, start, end, districts)]


SERVICES_ACT = DocumentKind(
    "services_act", "Акт наданих послуг за місяць", Subject.CASE_MONTH, gather, render, batch
)
