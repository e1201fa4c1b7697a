"""The contract for social services (REFERENCE.md §2.4) with its annexes: the services with
volume, schedule and price, and the payment calculation step by step as it stood when signed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from socdesk.documents.kinds.common import case_basics, date_of, full_name, identity, title_block
from socdesk.documents.kinds.decision import CATEGORIES
from socdesk.documents.page import content_width, field, para, signatures, table
from socdesk.documents.registry import DocumentKind, Snapshot, Subject
from socdesk.documents.ukrainian import Case, long_date, money
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


def render(snap: Snapshot) -> list[Flowable]:
    c, person, centre = snap["contract"], snap["person"], snap["letterhead"]
    signed, valid_to = date_of(c["signed_on"]), date_of(c["valid_to"])
    recipient = full_name(person)
    signer = c["representative"] or recipient
    story = title_block("Договір про надання соціальних послуг", snap, c["number"], c["signed_on"])
    story.append(
        para(
            f"{centre['centre']} (далі — Надавач), з одного боку, і {signer}"
            + (
                f", що діє на підставі {c['representative_basis']} в інтересах "
                f"{full_name(person, Case.GENITIVE)}"
                if c["representative"]
                else ""
            )
            + " (далі — Отримувач), з другого боку, уклали цей договір"
            + (f" на підставі рішення {c['decision']}" if c["decision"] else "")
            + " про таке."
        )
    )
    story.append(para("I. Предмет договору", "heading"))
    story.append(
        para(
            "Надавач надає Отримувачеві соціальні послуги, зазначені в додатку 1, "
            f"{c['place']}, у строк з {long_date(signed) if signed else ''} "
            + (f"до {long_date(valid_to)}" if valid_to else "безстроково.")
        )
    )
    story.append(para("II. Умови надання соціальних послуг та їх вартість", "heading"))
    story.append(field("Спосіб оплати", CATEGORIES.get(c["payment_category"], "")))
    total = sum(int(s["tariff_kop"]) for s in c["services"])
    if c["payment_category"] == "free":
        story.append(
            field(
                "Вартість послуг на місяць", f"{money(total)}; до сплати Отримувачем — безоплатно"
            )
        )
    else:
        story.append(field("Вартість послуг на місяць (тариф)", money(total)))
        story.append(field("До сплати Отримувачем на місяць", money(int(c["amount_kop"]))))
    story.append(para("III. Права та обов'язки Надавача соціальних послуг", "heading"))
    story.append(
        para(
            "Надавач надає послуги в обсязі та за графіком додатка 1, якісно і своєчасно, "
            "зберігає конфіденційність відомостей про Отримувача, інформує його про зміни."
        )
    )
    story.append(para("IV. Права та обов'язки Отримувача", "heading"))
    story.append(
        para(
            "Отримувач бере участь у складанні й перегляді індивідуального плану, "
            "повідомляє про зміну обставин, своєчасно вносить плату (якщо вона встановлена)."
        )
    )
    story.append(para("V. Строк дії, зміна і припинення договору", "heading"))
    story.append(
        para(
            "Договір діє до дати, зазначеної в розділі I, і може бути продовжений укладенням "
            "нового. Договір припиняється з підстав, визначених статтею 24 Закону України "
            "«Про соціальні послуги»."
        )
    )
    story.append(para("VI. Реквізити та підписи Сторін", "heading"))
    story.append(
        field(
            "Надавач",
            ", ".join(
                p
                for p in (
                    centre["centre"],
                    centre["address"],
                    f"ЄДРПОУ {centre['edrpou']}" if centre["edrpou"] else "",
                )
                if p
            ),
        )
    )
    story.append(para("Отримувач:", "heading"))
    story += identity(person)
    story.append(
        signatures([("Надавач (посада, ПІБ)", ""), ("Отримувач (законний представник)", signer)])
    )
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
    story += [para(step) for step in c["payment_steps"]]
    story.append(field("До сплати на місяць", money(int(c["amount_kop"]))))
    story.append(signatures([("Надавач", ""), ("Отримувач", signer)]))
    return story


def batch(conn: Any, start: dt.date, end: dt.date, districts: Any) -> list[str]:
    """The cases whose contract was signed in the period (all contracts signed on a day)."""
    table = Contract.__table__  # type: ignore[attr-defined]
    return cases_by_date(conn, table, table.c.signed_on, start, end, districts)


CONTRACT = DocumentKind("contract", "Договір з додатками", Subject.CASE, gather, render, batch)
