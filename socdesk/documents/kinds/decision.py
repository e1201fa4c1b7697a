"""The decision to grant, refuse or terminate social services (REFERENCE.md §2.3): number and
date, whom it concerns, the assessment's result, the family's income block and the payment
category for a grant, the ground for a refusal or a termination."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.platypus import Flowable

from socdesk.documents.kinds.common import case_basics, date_of, full_name, title_block
from socdesk.documents.page import field, para, signatures
from socdesk.documents.registry import DocumentKind, Snapshot, Subject
from socdesk.documents.signatory import initials
from socdesk.documents.ukrainian import Case, long_date, money, short_date
from socdesk.domain.errors import ValidationError
from socdesk.store import casework as cw
from socdesk.store.cases import service_types
from socdesk.store.printing import cases_by_date
from socdesk.store.schema import CaseDecision

KIND_TITLES = {
    "grant": "Рішення про надання соціальних послуг",
    "refuse": "Рішення про відмову в наданні соціальних послуг",
    "terminate": "Рішення про припинення надання соціальних послуг",
}
GROUNDS = {
    "no_need": "відсутність потреби за результатами оцінювання",
    "no_such_service": "надавач не надає потрібних послуг",
    "medical_contraindications": "медичні протипоказання",
    "contract_expired": "закінчення строку дії договору",
    "moved": "зміна місця проживання",
    "death": "смерть отримувача",
    "recipient_refused": "письмова відмова отримувача",
    "contract_breach": "порушення умов договору",
    "residential_care": "влаштування до інтернатного закладу",
    "court_decision": "рішення суду",
    "provider_liquidated": "ліквідація надавача",
}
# The needs assessment's result (its «needs» answer) as a decision states it.
ASSESSMENT_RESULTS = {
    "needs": "потребує надання соціальних послуг",
    "no_need": "не потребує надання соціальних послуг",
}
CATEGORIES = {
    "free": "безоплатно (за рахунок бюджетних коштів)",
    "differentiated": "з установленням диференційованої плати залежно від доходу",
    "paid": "платно (за рахунок отримувача)",
}


def gather(conn: Any, case_id: str, today: dt.date) -> Snapshot:
    decision = cw.latest_decision(conn, case_id)
    if decision is None:
        raise ValidationError("У справі ще немає рішення.", "decision")
    snap = case_basics(conn, case_id, today)
    names = dict(service_types(conn, decision.decided_on))
    category = decision.payment_category
    snap["decision"] = {
        "kind": decision.kind,
        "number": decision.number,
        "decided_on": decision.decided_on.isoformat(),
        "services": [f"{c} {names.get(c, '')}".strip() for c in decision.services],
        "ground": decision.ground,
        "payment_category": category.value if category is not None else "",
        "income": decision.income.as_json() if decision.income is not None else {},
    }
    snap["assessment"] = _assessment(conn, case_id)
    return snap


def _assessment(conn: Any, case_id: str) -> dict[str, str]:
    """The completed needs assessment's result and its day ({} if there is none)."""
    record = cw.latest_form(conn, case_id, cw.ASSESSMENT_FORM, completed=True)
    if record is None:
        return {}
    answers = dict(record.answers or {})
    on = answers.get("assessed_on") or (
        record.completed_on.isoformat() if record.completed_on else ""
    )
    return {"result": ASSESSMENT_RESULTS.get(str(answers.get("needs")), ""), "on": str(on)}


def render(snap: Snapshot) -> list[Flowable]:
    d, person = snap["decision"], snap["person"]
    decided = date_of(d["decided_on"])
    story = title_block(KIND_TITLES[d["kind"]], snap, d["number"], d["decided_on"])
    story.append(field("Дата рішення", long_date(decided) if decided else ""))
    story.append(field("Орган (надавач)", snap["letterhead"]["centre"]))
    story.append(field("Щодо", full_name(person, Case.GENITIVE)))
    story.append(field("Справа", f"№ {snap['case']['number']}"))
    if d["kind"] == "grant":
        story.append(field("Результат оцінювання потреб", "потребує надання соціальних послуг"))
        story.append(para(f"Надати {full_name(person, Case.DATIVE)} соціальні послуги:", "heading"))
        story += [para(f"• {s}") for s in d["services"]]
        story.append(field("Спосіб надання", CATEGORIES.get(d["payment_category"], "")))
        income = d["income"]
        if income.get("total_kop") is not None:
            story.append(para("Доходи сім'ї", "heading"))
            story.append(
                field("Сукупний дохід сім'ї за 6 місяців", money(int(income["total_kop"])))
            )
            story.append(
                field("Середньомісячний сукупний дохід сім'ї", money(int(income["monthly_kop"])))
            )
            story.append(
                field(
                    "Середньомісячний дохід на одного члена сім'ї",
                    money(int(income["per_member_kop"])),
                )
            )
            if int(income.get("limit_kop") or 0):
                story.append(field("Гранична величина", money(int(income["limit_kop"]))))
    else:
        refuse = d["kind"] == "refuse"
        story.append(
            para(
                f"Відмовити {full_name(person, Case.DATIVE)} у наданні соціальних послуг"
                + (":" if d["services"] else ".")
                if refuse
                else f"Припинити надання соціальних послуг {full_name(person, Case.DATIVE)}.",
                "heading",
            )
        )
        if refuse:
            story += [para(f"• {s}") for s in d["services"]]
        story.append(
            field(
                "Підстава (ст. 24 Закону «Про соціальні послуги»)",
                GROUNDS.get(d["ground"], d["ground"]),
            )
        )
        assessment = snap.get("assessment") or {}
        if d["ground"] == "no_need":  # the ground is the assessment: its result is stated
            on = date_of(assessment.get("on"))
            story.append(
                field(
                    "Результат оцінювання потреб",
                    (assessment.get("result") or "не потребує надання соціальних послуг")
                    + (f" (акт оцінки потреб від {short_date(on)})" if on else ""),
                )
            )
    story.append(
        para(
            "Рішення видається або надсилається заявникові не пізніше трьох робочих днів "
            "після його ухвалення.",
            "small",
        )
    )
    head = initials(snap["letterhead"].get("head", ""))  # as Settings name the centre's head
    story.append(signatures([("Фахівець, який опрацював заяву", ""), ("Керівник", head)]))
    return story


def batch(conn: Any, start: dt.date, end: dt.date, districts: Any) -> list[str]:
    """The cases decided in the period."""
    table = CaseDecision.__table__  # type: ignore[attr-defined]
    return cases_by_date(conn, table, table.c.decided_on, start, end, districts)


DECISION = DocumentKind("decision", "Рішення", Subject.CASE, gather, render, batch)
