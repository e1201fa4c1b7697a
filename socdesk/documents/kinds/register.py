"""The register (journal) of recipients for a period: every case received in it, in date order,
a long table over many pages with its header repeated."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.platypus import Flowable

from socdesk.documents.page import content_width, field, para, table
from socdesk.documents.registry import DocumentKind, Snapshot, Subject, parse_period
from socdesk.documents.ukrainian import long_date, short_date
from socdesk.domain.cases import STATE_NAMES, CaseState
from socdesk.store.printing import letterhead, register_rows
from socdesk.store.territory import served_districts


def gather(conn: Any, subject_id: str, today: dt.date) -> Snapshot:
    start, end = parse_period(subject_id)
    districts = [did for did, _ in served_districts(conn)] or None
    return {
        "letterhead": letterhead(conn),
        "printed_on": today.isoformat(),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "rows": register_rows(conn, start, end, districts),
    }


def render(snap: Snapshot) -> list[Flowable]:
    start, end = dt.date.fromisoformat(snap["start"]), dt.date.fromisoformat(snap["end"])
    story: list[Flowable] = [
        para("Журнал обліку отримувачів соціальних послуг", "title"),
        para(f"за період з {long_date(start)} по {long_date(end)}", "subtitle"),
    ]
    width = content_width()
    rows = [
        [
            str(i),
            r["number"],
            short_date(dt.date.fromisoformat(r["received_on"])),
            r["name"],
            short_date(dt.date.fromisoformat(r["birth_date"])) if r["birth_date"] else "",
            r["address"],
            ", ".join(r["services"]),
            STATE_NAMES[CaseState(r["state"])],
        ]
        for i, r in enumerate(snap["rows"], 1)
    ]
    header = ["№", "Справа", "Надійшло", "ПІБ", "Дата народж.", "Адреса", "Послуги", "Стан"]
    # Dates, numbers and the longest word of a state («оцінювання») fit their columns.
    widths = [0.05, 0.145, 0.11, 0.19, 0.11, 0.165, 0.1, 0.13]
    story.append(table(header, rows, [width * w for w in widths], small=True))
    story.append(field("Усього записів", len(rows)))
    return story


REGISTER = DocumentKind(
    "register", "Журнал обліку отримувачів за період", Subject.PERIOD, gather, render
)
