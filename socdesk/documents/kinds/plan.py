"""The individual plan of social services (REFERENCE.md §2.5): goals, measures per person with
place, frequency, volume and who is responsible, the review date and the recipient's
participation; a revision prints its number and what it changed from the one before."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.platypus import Flowable

from socdesk.documents.kinds.common import case_basics, date_of, full_name, title_block
from socdesk.documents.page import content_width, field, para, signatures, table
from socdesk.documents.registry import DocumentKind, Snapshot, Subject
from socdesk.documents.ukrainian import long_date, short_date
from socdesk.domain.errors import ValidationError
from socdesk.domain.numbers import decimal_text
from socdesk.store import casework as cw
from socdesk.store.printing import cases_by_date
from socdesk.store.schema import CarePlan


def _plan(p: cw.Plan) -> dict[str, Any]:
    return {
        "revision": p.revision,
        "made_on": p.made_on.isoformat(),
        "review_on": p.review_on.isoformat(),
        "need_degree": p.need_degree,
        "goals": list(p.goals),
        "measures": [m.as_json() for m in p.measures],
        "participation": p.participation,
        "review_result": p.review_result,
    }


def revision_id(case_id: str, revision: int) -> str:
    """The subject that prints one revision of a case's plan (the case's id alone: the
    newest)."""
    return f"{case_id}@{revision}"


def gather(conn: Any, subject_id: str, today: dt.date) -> Snapshot:
    case_id, _, wanted = subject_id.partition("@")
    revisions = cw.plan_revisions(conn, case_id)
    if not revisions:
        raise ValidationError("У справі ще немає індивідуального плану.", "plan")
    index = len(revisions) - 1
    if wanted:
        numbers = [r.revision for r in revisions]
        if int(wanted) not in numbers:
            raise ValidationError(f"Редакції {wanted} плану немає.", "plan")
        index = numbers.index(int(wanted))
    snap = case_basics(conn, case_id, today)
    snap["plan"] = _plan(revisions[index])
    snap["changes"] = cw.plan_changes(revisions[index - 1], revisions[index]) if index else []
    snap["people"] = dict(cw.case_people(conn, case_id))
    return snap


def render(snap: Snapshot) -> list[Flowable]:
    p, person = snap["plan"], snap["person"]
    story = title_block(
        "Індивідуальний план надання соціальних послуг", snap, snap["case"]["number"], p["made_on"]
    )
    story.append(field("Отримувач", full_name(person)))
    story.append(
        field("Редакція", f"{p['revision']} від {long_date(dt.date.fromisoformat(p['made_on']))}")
    )
    story.append(field("Ступінь індивідуальної потреби", p["need_degree"]))
    story.append(para("Мета", "heading"))
    story += [para(f"• {g}") for g in p["goals"]]
    story.append(para("Заходи", "heading"))
    people = snap.get("people", {})
    family = len(people) > 1
    width = content_width()
    header = [
        "№",
        "Захід (код послуги)",
        "Місце",
        "Кількість / періодичність",
        "Відповідальні",
        "Строк",
    ]
    widths = [0.05, 0.31, 0.11, 0.2, 0.21, 0.12]
    rows = []
    for i, m in enumerate(p["measures"], 1):
        who = f"{people.get(m['person_id'], '')}: " if family else ""
        rows.append(
            [
                str(i),
                f"{who}{m['measure']} ({m['code']})",
                str(m.get("place") or ""),
                f"{decimal_text(m['volume'])} на місяць; {m['frequency']}",
                str(m["responsible"]),
                short_date(date_of(m.get("until"))) or "постійно",
            ]
        )
    story.append(table(header, rows, [width * w for w in widths]))
    story.append(field("Дата перегляду плану", long_date(dt.date.fromisoformat(p["review_on"]))))
    story.append(field("Участь отримувача", p["participation"]))
    if p["revision"] > 1:
        result = "змінився" if p["review_result"] == "changed" else "залишився незмінним"
        story.append(field("Результат перегляду", f"індивідуальний план {result}"))
        if snap["changes"]:
            story.append(para("Зміни щодо попередньої редакції:", "small"))
        for line in snap["changes"]:
            story.append(para(line, "small"))
    story.append(
        signatures(
            [
                ("Отримувач (законний представник)", full_name(person)),
                ("Фахівець (соціальний робітник)", ""),
            ]
        )
    )
    return story


def batch(conn: Any, start: dt.date, end: dt.date, districts: Any) -> list[str]:
    """The cases whose plan is due for review in the period (this month's reviews)."""
    table = CarePlan.__table__  # type: ignore[attr-defined]
    return cases_by_date(conn, table, table.c.review_on, start, end, districts)


PLAN = DocumentKind("plan", "Індивідуальний план", Subject.CASE, gather, render, batch)
