"""The contract for social services (REFERENCE.md §2.4) with its annexes: the services with
volume, schedule and price, and the payment calculation step by step as it stood when signed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from socdesk.documents.kinds.common import case_basics, date_of, full_name, identity
from socdesk.documents.page import BODY_SIZE, FONT, content_width, field, para, signatures, table
from socdesk.documents.registry import DocumentKind, Snapshot, Subject
from socdesk.documents.signatory import BLANK, in_person_of, initials
from socdesk.documents.ukrainian import long_date, money
from socdesk.domain.addresses import settlement_named
from socdesk.domain.errors import ValidationError
from socdesk.domain.payment import uah
from socdesk.domain.text import quantity
from socdesk.store import casework as cw
from socdesk.store.cases import service_types
from socdesk.store.printing import cases_by_date
from socdesk.store.schema import Contract


def gather(conn: Any, case_id: str, today: dt.date) -> Snapshot:
    contract = cw.latest_contract(conn, case_id)
    if contract is None:
        raise ValidationError("У справі ще немає договору.", "contract")
    snap = case_basics(conn, case_id, today)
    names = dict(service_types(conn, contract.signed_on))
    decision = cw.latest_decision(conn, case_id)
    snap["contract"] = {
        "number": contract.number,
        "signed_on": contract.signed_on.isoformat(),
        "valid_to": contract.valid_to.isoformat() if contract.valid_to else None,
        "representative": contract.representative,
        "representative_basis": contract.representative_basis,
        "place": contract.place,
        "services": [{**s.as_json(), "name": names.get(s.code, "")} for s in contract.services],
        "payment_category": contract.payment_category.value,
        "amount_kop": contract.amount_kop,
        "payment_steps": list(contract.payment_steps),
        "decision": (
            f"№ {decision.number} від {decision.decided_on.strftime('%d.%m.%Y')}"
            if decision is not None and decision.kind == cw.GRANT
            else ""
        ),
    }
    return snap


# The payment basis as the model contract words it (REFERENCE.md §2.4).
BASES = {
    "free": "за рахунок бюджетних коштів",
    "differentiated": "з установленням диференційованої плати залежно від доходу Отримувача "
    "соціальних послуг",
    "paid": "за рахунок Отримувача соціальних послуг або третіх осіб",
}
# Sections III–VIII: the parties' duties and the terms every contract repeats.
CLAUSES = (
    (
        "III. Права та обов'язки Надавача соціальних послуг",
        "Надавач надає соціальні послуги в обсязі та за графіком додатка 1, якісно і своєчасно, "
        "відповідно до державних стандартів; зберігає конфіденційність відомостей про "
        "Отримувача; інформує Отримувача про зміни в наданні послуг і їх вартості; має право "
        "отримувати від Отримувача відомості, потрібні для надання послуг.",
    ),
    (
        "IV. Права та обов'язки Отримувача соціальних послуг",
        "Отримувач має право на повагу до гідності, інформацію про послуги, участь у складанні й "
        "перегляді індивідуального плану, конфіденційність, відмову від послуг і оскарження "
        "рішень. Отримувач надає правдиві відомості, повідомляє Надавача про зміну доходу, "
        "складу сім'ї чи місця проживання протягом 10 днів, дотримується умов договору.",
    ),
    (
        "V. Порядок оплати соціальних послуг",
        "Плата, якщо вона встановлена, вноситься щомісяця до 10 числа наступного місяця за "
        "актом наданих послуг. У разі зміни доходу плату перераховують з місяця, що настає за "
        "місяцем, у якому Отримувач повідомив про зміну.",
    ),
    (
        "VI. Відповідальність Сторін",
        "За невиконання або неналежне виконання договору Сторони відповідають згідно із "
        "законом. Надавач відповідає за якість і своєчасність послуг, Отримувач — за "
        "достовірність наданих відомостей і своєчасність оплати.",
    ),
    (
        "VII. Порядок вирішення спорів",
        "Спори вирішуються шляхом переговорів, а в разі недосягнення згоди — в порядку, "
        "встановленому законом, зокрема оскарженням до органу, що ухвалив рішення, або до суду.",
    ),
)


def _parties(snap: Snapshot) -> str:
    """The preamble: the provider «в особі …, що діє на підставі …», the recipient or their
    representative, the decision."""
    c, person, centre = snap["contract"], snap["person"], snap["letterhead"]
    signer = in_person_of(
        centre.get("signer_position", ""),
        centre.get("signer_name", ""),
        centre.get("signer_basis", ""),
    )
    recipient = full_name(person)
    if c["representative"]:
        recipient = (
            f"{recipient} в особі законного представника {c['representative']}, що діє на "
            f"підставі {c['representative_basis'] or BLANK}"
        )
    return (
        f"{centre['centre']} (далі — Надавач) {signer}, з одного боку, і {recipient} "
        "(далі — Отримувач), з другого боку (далі — Сторони), уклали цей договір"
        + (f" на підставі рішення {c['decision']}" if c["decision"] else "")
        + " про таке."
    )


def _place_and_date(place: str, signed: dt.date | None) -> Flowable:
    """Where and when it was signed: the place on the left, the date on the right."""
    row = Table(
        [[para(place or BLANK), para(long_date(signed) if signed else "", "right")]],
        colWidths=[content_width() / 2] * 2,
    )
    row.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return row


def render(snap: Snapshot) -> list[Flowable]:
    c, person, centre = snap["contract"], snap["person"], snap["letterhead"]
    signed, valid_to = date_of(c["signed_on"]), date_of(c["valid_to"])
    recipient = full_name(person)
    signer = c["representative"] or recipient
    story = [
        para("Договір про надання соціальних послуг", "title"),
        para(f"№ {c['number']}", "subtitle"),
    ]
    place = centre.get("contract_place") or settlement_named(
        person["settlement"], person.get("settlement_category", "")
    )
    story.append(_place_and_date(place, signed))
    story.append(Spacer(1, 3 * mm))
    story.append(para(_parties(snap)))
    story.append(para("I. Предмет договору", "heading"))
    story.append(
        para(
            "Надавач зобов'язується надавати Отримувачеві соціальні послуги, зазначені в "
            f"додатку 1, {c['place']}, у строк з {long_date(signed) if signed else ''} "
            + (f"до {long_date(valid_to)}" if valid_to else "безстроково")
            + ", а Отримувач — отримувати їх на умовах цього договору."
        )
    )
    story.append(para("II. Умови надання соціальних послуг та їх вартість", "heading"))
    story.append(field("Послуги надаються", BASES.get(c["payment_category"], "")))
    total = sum(int(s["tariff_kop"]) for s in c["services"])
    story.append(field("Вартість послуг на місяць (тариф)", money(total)))
    if c["payment_category"] == "free":
        story.append(field("До сплати Отримувачем на місяць", "— (безоплатно)"))
    else:
        story.append(field("До сплати Отримувачем на місяць", money(int(c["amount_kop"]))))
    for heading, text in CLAUSES:
        story.append(para(heading, "heading"))
        story.append(para(text))
    story.append(para("VIII. Строк дії договору, зміна і припинення", "heading"))
    story.append(
        para(
            "Договір набирає чинності з дня підписання і діє до дати, зазначеної в розділі I; "
            "його може бути продовжено або змінено за згодою Сторін. Договір припиняється з "
            "підстав, визначених статтею 24 Закону України «Про соціальні послуги». Договір "
            "складено у двох примірниках, що мають однакову юридичну силу, по одному для "
            "кожної Сторони."
        )
    )
    provider = ", ".join(
        p
        for p in (
            centre["centre"],
            centre["address"],
            f"код ЄДРПОУ {centre['edrpou']}" if centre["edrpou"] else "",
        )
        if p
    )
    # The last section and the signatures on one page: signatures never stand alone.
    last: list[Flowable] = [
        para("IX. Місцезнаходження (місце проживання/перебування) та реквізити Сторін", "heading"),
        field("Надавач", provider),
        para("Отримувач:", "heading"),
        *identity(person),
        signatures(
            [
                (
                    f"Надавач: {centre.get('signer_position') or '(посада)'}",
                    initials(centre.get("signer_name", "")),
                ),
                ("Отримувач (законний представник)", signer),
            ]
        ),
    ]
    story.append(KeepTogether(last))
    # Annex 1: services, volume, schedule, price.
    width = content_width()
    story.append(PageBreak())
    story.append(para(f"Додаток 1 до договору № {c['number']}", "right"))
    story.append(para("Перелік, обсяг, графік і вартість соціальних послуг", "title"))
    rows = [
        [
            str(i),
            f"{s['code']} {s['name']}".strip(),
            quantity(Decimal(str(s["volume"])), str(s["unit"])),
            str(s["schedule"]),
            uah(int(s["tariff_kop"])),
        ]
        for i, s in enumerate(c["services"], 1)
    ]
    story.append(
        table(
            [
                "№",
                "Послуга (код за Класифікатором)",
                "Обсяг на місяць",
                "Графік",
                "Вартість на місяць",
            ],
            rows,
            [width * 0.06, width * 0.38, width * 0.17, width * 0.21, width * 0.18],
        )
    )
    # Annex 2: the payment calculation as it stood when signed.
    story.append(Spacer(1, 8 * mm))
    story.append(para(f"Додаток 2 до договору № {c['number']}", "right"))
    story.append(para("Розрахунок плати за соціальні послуги", "title"))
    steps = [para(step) for step in c["payment_steps"]]
    story += steps[:-1]
    story.append(
        KeepTogether(
            [
                *steps[-1:],
                field("До сплати на місяць", money(int(c["amount_kop"]))),
                signatures([("Надавач", initials(centre.get("signer_name", ""))),
                            ("Отримувач", signer)]),
            ]
        )
    )  # fmt: skip
    return story


def batch(conn: Any, start: dt.date, end: dt.date, districts: Any) -> list[str]:
    """The cases whose contract was signed in the period (all contracts signed on a day)."""
    table = Contract.__table__  # type: ignore[attr-defined]
    return cases_by_date(conn, table, table.c.signed_on, start, end, districts)


CONTRACT = DocumentKind("contract", "Договір з додатками", Subject.CASE, gather, render, batch)
