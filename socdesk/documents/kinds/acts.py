"""The acts and scales of a case, drawn from the version of their definition they were filled
in (an old case prints its old version), and the same forms blank, for paper on home visits."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from reportlab.platypus import Flowable, Spacer

from socdesk.documents.kinds.common import case_basics, full_name, title_block
from socdesk.documents.page import BOX, content_width, esc, field, markup, para, signatures, table
from socdesk.documents.registry import DocumentKind, Snapshot, Subject
from socdesk.domain.errors import ValidationError
from socdesk.domain.forms import FormDefinition, FormField, evaluate
from socdesk.domain.numbers import decimal_text
from socdesk.domain.sensitive import Sensitivity, hidden_text
from socdesk.store import casework as cw
from socdesk.store.forms import COMPLETED, current_definition, definitions
from socdesk.store.printing import cases_received, letterhead
from socdesk.store.sensitive import shown_answers

FORMS = (
    (cw.ASSESSMENT_FORM, "Акт оцінки потреб сім'ї/особи"),
    ("living_conditions", "Акт обстеження матеріально-побутових умов"),
    ("adl_barthel", "Шкала оцінювання елементарних дій"),
    ("iadl_lawton", "Шкала оцінювання складних дій"),
    ("sjo_factors", "Чинники складних життєвих обставин"),
    (cw.URGENT_FORM, "Акт про надання послуг екстрено (кризово)"),
)
BLANK_FORMS = (cw.ASSESSMENT_FORM, "living_conditions")
BLANK_LINE = "_" * 60
FILLED_BY = "Хто заповнив (посада)"
RECIPIENT_SIGNS = "Отримувач або законний представник"


def _answer(f: FormField, value: Any) -> str:
    """An answer as the act prints it: the choice's words, yes/no, the date as written."""
    if value is None or value == "" or value == []:
        return "—"
    if f.type == "bool":
        return "так" if value else "ні"
    if f.type == "choice":  # a scale's answer with its points, as the form sums them
        return next(
            (c.label + (f" ({c.points})" if c.points is not None else "")
             for c in f.choices if c.value == value),
            str(value),
        )  # fmt: skip
    if f.type == "number":
        return decimal_text(value)
    if f.type == "multi":
        return "; ".join(c.label for c in f.choices if c.value in value)
    if f.type == "date":
        try:
            return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return str(value)
    return str(value)


def _gather(code: str) -> Any:
    def gather(conn: Any, case_id: str, today: dt.date) -> Snapshot:
        record = cw.latest_form(conn, case_id, code, completed=True) or cw.latest_form(
            conn, case_id, code
        )
        if record is None:
            raise ValidationError("Цей акт у справі ще не заповнено.", "form")
        snap = case_basics(conn, case_id, today)
        snap.update(
            form_id=record.id,
            form_code=code,
            form_version=record.form_version,
            completed=record.status == COMPLETED,
            completed_on=record.completed_on.isoformat() if record.completed_on else None,
            correction_reason=record.correction_reason,
        )
        return _with_answers(conn, snap, record)

    return gather


def _with_answers(conn: Any, snap: Snapshot, record: Any) -> Snapshot:
    """The snapshot with the answers its reader may see (store/sensitive.py): sensitive
    sections hidden from a reader not entitled to them, and named as hidden."""
    shown = shown_answers(conn, record)
    snap = {**snap, "answers": shown.answers}
    snap.pop("hidden", None)
    snap.pop("hidden_calculated", None)
    if shown.any:
        snap["hidden"] = {k: [s.value for s in v] for k, v in shown.hidden.items()}
        snap["hidden_calculated"] = sorted(shown.hidden_calculated)
    return snap


def _shown(conn: Any, snap: Snapshot, case_id: str) -> Snapshot:
    """A recorded act's snapshot as its reprint's reader may see it."""
    if "hidden" in snap:  # printed without them: nothing more to take out
        return snap
    record = SimpleNamespace(
        id=snap.get("form_id"),
        case_id=case_id,
        person_id=(snap.get("person") or {}).get("id"),
        form_code=snap["form_code"],
        form_version=snap["form_version"],
        answers=snap["answers"],
    )
    return _with_answers(conn, snap, record)


def _render(snap: Snapshot) -> list[Flowable]:
    definition = definitions()[(snap["form_code"], snap["form_version"])]
    answers = snap["answers"]
    shown = evaluate(definition, answers).visible
    story = title_block(definition.title, snap, snap["case"]["number"], snap.get("completed_on"))
    story.append(field("Отримувач", full_name(snap["person"])))
    story.append(field("Справа", f"№ {snap['case']['number']}"))
    if not snap["completed"]:
        story.append(para("ЧЕРНЕТКА: акт ще не завершено.", "heading"))
    width = content_width()
    hidden = snap.get("hidden") or {}
    for section in definition.sections:
        rows = [[f.label, _answer(f, answers.get(f.key))] for f in section.fields if f.key in shown]
        if section.key in hidden:
            rows.append([hidden_text([Sensitivity(k) for k in hidden[section.key]]), "—"])
        if rows:
            story.append(para(section.title, "heading"))
            story.append(table(["Показник", "Відповідь"], rows, [width * 0.45, width * 0.55]))
    result = evaluate(definition, answers)
    for calc in definition.calculated:
        value = result.values.get(calc.key)
        if value is not None and calc.key not in snap.get("hidden_calculated", ()):
            story.append(field(calc.label, f"{value} — {result.interpretations.get(calc.key, '')}"))
    if snap.get("correction_reason"):
        story.append(field("Виправлення", snap["correction_reason"]))
    story.append(_version_note(definition))
    story.append(
        signatures(
            [
                ("Хто заповнив (посада)", ""),
                ("Отримувач або законний представник", full_name(snap["person"])),
            ]
        )
    )
    return story


def _version_note(definition: FormDefinition) -> Flowable:
    return para(
        f"Форма: версія {definition.version}, чинна з "
        f"{definition.effective_from.strftime('%d.%m.%Y')}.",
        "small",
    )


def _blank_gather(code: str) -> Any:
    def gather(conn: Any, subject_id: str, today: dt.date) -> Snapshot:
        definition = current_definition(code, today, conn)  # a published one too
        return {
            "letterhead": letterhead(conn),
            "form_code": code,
            "form_version": definition.version,
            "printed_on": today.isoformat(),
        }

    return gather


def _blank_render(snap: Snapshot) -> list[Flowable]:
    """Every field with room to write by hand; choices listed to tick."""
    definition = definitions()[(snap["form_code"], snap["form_version"])]
    story: list[Flowable] = [
        para(definition.title, "title"),
        para("(бланк для заповнення від руки)", "subtitle"),
    ]
    story.append(field("Прізвище, ім'я, по батькові отримувача", BLANK_LINE))
    for section in definition.sections:
        story.append(para(section.title, "heading"))
        for f in section.fields:
            if f.type in ("choice", "multi"):
                options = "   ".join(f"{BOX} {esc(c.label)}" for c in f.choices)
                story.append(markup(f"<b>{esc(f.label)}:</b> {options}"))
            elif f.type == "bool":
                story.append(markup(f"<b>{esc(f.label)}:</b> {BOX} так   {BOX} ні"))
            elif f.type == "long_text":
                story.append(markup(f"<b>{esc(f.label)}:</b>"))
                story.extend(para(BLANK_LINE + "_" * 25) for _ in range(3))
            else:
                story.append(markup(f"<b>{esc(f.label)}:</b> {BLANK_LINE}"))
            story.append(Spacer(1, 2))
    story.append(_version_note(definition))
    story.append(
        signatures([("Хто заповнив (посада)", ""), ("Отримувач або законний представник", "")])
    )
    return story


ACTS = tuple(
    DocumentKind(f"act:{code}", title, Subject.CASE, _gather(code), _render, cases_received, _shown)
    for code, title in FORMS
)
BLANKS = tuple(
    DocumentKind(
        f"blank:{code}",
        f"Бланк: {title}",
        Subject.NONE,
        _blank_gather(code),
        _blank_render,
    )
    for code, title in FORMS
    if code in BLANK_FORMS
)
