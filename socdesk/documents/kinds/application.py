"""The application (заява) a case opened with, or the notice (повідомлення) about a person or
family in complex life circumstances (REFERENCE.md §2.2), from the appeal as registered."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.platypus import Flowable

from socdesk.documents.kinds.common import case_basics, date_of, full_name, identity, title_block
from socdesk.documents.page import field, para, signatures
from socdesk.documents.registry import DocumentKind, Snapshot, Subject
from socdesk.documents.ukrainian import Case, institution_in, long_date
from socdesk.store import casework as cw
from socdesk.store.cases import service_types
from socdesk.store.printing import cases_received

CHANNELS = {
    "application": "заява",
    "e_application": "електронна заява",
    "request": "звернення",
    "notice": "повідомлення про особу (сім'ю), яка перебуває у складних життєвих обставинах",
}


def gather(conn: Any, case_id: str, today: dt.date) -> Snapshot:
    snap = case_basics(conn, case_id, today)
    header = cw.case_header(conn, case_id)
    names = dict(service_types(conn, header.received_on))
    snap["appeal"] = {
        "channel": header.channel,
        "applicant": header.applicant,
        "on_behalf": header.on_behalf,
        "services": [f"{code} {names.get(code, '')}".strip() for code in header.services],
    }
    return snap


def render(snap: Snapshot) -> list[Flowable]:
    appeal, person = snap["appeal"], snap["person"]
    notice = appeal["channel"] == "notice"
    title = (
        "Повідомлення про особу (сім'ю), яка перебуває у складних життєвих обставинах"
        if notice
        else "Заява про надання соціальних послуг"
    )
    received = date_of(snap["case"]["received_on"])
    story = title_block(title, snap, snap["case"]["number"], snap["case"]["received_on"])
    centre = snap["letterhead"]["centre"]
    to_whom = institution_in(centre, Case.DATIVE)
    story.append(field("Кому", to_whom) if to_whom else field("Надавач соціальних послуг", centre))
    story.append(
        field(
            "Надійшло",
            f"{long_date(received)}, {CHANNELS.get(appeal['channel'], '')}" if received else "",
        )
    )
    if appeal["applicant"]:  # typed as the applicant gave it, in the nominative
        story.append(field("Заявник", appeal["applicant"]))
    else:
        story.append(field("Від кого", full_name(person, Case.GENITIVE)))
    if appeal["on_behalf"] or notice:
        story.append(field("В інтересах", full_name(person, Case.GENITIVE)))
    story.append(para("Відомості про особу", "heading"))
    story += identity(person)
    story.append(
        para("Прошу надати соціальні послуги" if not notice else "Потреба в послугах", "heading")
    )
    for service in appeal["services"] or ["(не зазначено)"]:
        story.append(para(f"• {service}"))
    if snap["case"]["urgent"]:
        story.append(
            para("Потрібне надання екстрено (кризово): є загроза життю чи здоров'ю.", "heading")
        )
    story.append(
        para(
            "Даю згоду на обробку моїх персональних даних для надання соціальних послуг "
            "(Закон України «Про захист персональних даних»)."
        )
    )
    story.append(
        signatures(
            [("Заявник", appeal["applicant"] or full_name(person)), ("Прийняв (посада)", "")]
        )
    )
    return story


APPLICATION = DocumentKind(
    "application", "Заява (повідомлення)", Subject.CASE, gather, render, cases_received
)
