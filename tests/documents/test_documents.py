"""Every document kind, drawn from a case with extreme real-world values (a 60-character
double surname with an apostrophe, a long address, 20 services): all text lies inside the
page, the text layer holds every stored value, and a reprint says what the original said."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from support import add_person, set_up_places

from socdesk.documents import printing
from socdesk.documents.page import FONT, LEFT, PAGE, RIGHT
from socdesk.documents.registry import Subject, kinds, period_id
from socdesk.domain.cases import CaseState, Channel
from socdesk.domain.errors import ValidationError
from socdesk.store import casework as cw
from socdesk.store.cases import Appeal, open_case
from socdesk.store.database import Store
from socdesk.store.forms import complete_form, current_definition, save_form_draft
from socdesk.store.schema import Contract, Workplace
from socdesk.store.service_log import Delivered, log_services

SURNAME = "Квітка-Основʼяненко-Дорошенко-Тер-Петросян-Ковальчук-Заїченк"  # 60 characters
GIVEN, PATRONYMIC = "Олександра", "Вʼячеславівна"
ADDRESS = (
    "вул. Героїв Чорнобиля та ліквідаторів наслідків аварії на ЧАЕС, буд. 123-А, корп. 4, "
    "кв. 567, під'їзд 2, поверх 9"
)
SERVICES = [
    "001.0", "002.0", "003.0", "004.0", "005.0", "006.0", "007.0", "008.1", "009.1", "010.1",
    "011.0", "013.0", "014.0", "015.1", "015.2", "015.3", "015.4", "016.0", "017.1", "017.3",
]  # fmt: skip
DAY = dt.date(2026, 3, 2)
TODAY = dt.date(2026, 3, 31)


@pytest.fixture
def case_id(store: Store) -> str:
    """A case walked to providing with every record filled, extreme values throughout."""
    (village,) = set_up_places(store, "Бабенкове")
    with store.write() as uow:
        workplace = uow.connection.execute(Workplace.__table__.select()).one()  # type: ignore[attr-defined]
        uow.update(
            Workplace,
            workplace.id,
            {
                "case_prefix": "БАБ",
                "centre_name": "Територіальний центр соціального обслуговування (надання "
                "соціальних послуг) Ізюмської міської ради",
                "centre_address": "64309, Харківська обл., м. Ізюм, вул. Соборна, 1",
                "centre_edrpou": "12345678",
            },
        )
    assert len(SURNAME) == 60
    person = add_person(
        store,
        SURNAME,
        GIVEN,
        patronymic=PATRONYMIC,
        birth_date=dt.date(1944, 5, 1),
        settlement_id=village,
        actual_address=ADDRESS,
        phone="+380671234567",
    )
    with store.write() as uow:
        case, _ = open_case(uow, Appeal(person, Channel.APPLICATION, DAY, SERVICES), "БАБ")
        cw.advance(uow, case, CaseState.ASSESSING, DAY)
        definition = current_definition(cw.ASSESSMENT_FORM, DAY)
        answers = {
            "assessment_kind": "initial", "assessed_for": "person", "visit_dates": "03.03.2026",
            "assessed_on": "2026-03-04", "health": "unsatisfactory", "emotional": "stable",
            "habits": "none", "contacts": "limited", "employment": "pensioner",
            "self_care": "partial", "housing": "satisfactory", "awareness": "ready",
            "needs": "needs", "agreement": "agrees",
            "services_needed": "Догляд вдома: прибирання, покупки, допомога в самообслуговуванні",
            "assessor": "Петренко Оксана Іванівна, фахівець із соціальної роботи",
        }  # fmt: skip
        record = save_form_draft(uow, None, definition, answers, case_id=case)
        complete_form(uow, record, DAY)
        for code in (
            "living_conditions",
            "adl_barthel",
            "iadl_lawton",
            "sjo_factors",
            "urgent_act",
        ):
            other = current_definition(code, DAY)
            filled = save_form_draft(uow, None, other, long_answers(other), case_id=case)
            complete_form(uow, filled, DAY)
        cw.advance(uow, case, CaseState.AWAITING_DECISION, DAY)
        months = [(2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2)]
        incomes = tuple(cw.DeclaredIncome(m, "pension", 650000) for m in months)
        cw.save_income(uow, case, DAY, [cw.DeclaredMember("Отримувачка", True, incomes=incomes)])
        cw.decide(uow, case, cw.GRANT, dt.date(2026, 3, 5), "БАБ")
        measures = tuple(
            cw.PlanMeasure(person, code, f"Захід за послугою {code} з детальним описом дій",
                           "тричі на тиждень", Decimal(12), "Іваненко Марія Петрівна, соцробітник")
            for code in SERVICES
        )  # fmt: skip
        cw.save_plan(
            uow,
            case,
            cw.PlanDraft(DAY, dt.date(2026, 9, 2), ("Підтримати самостійне життя",), measures),
        )
        services = tuple(
            cw.ContractService(code, Decimal(12), "година", "пн, ср, пт, 9:00–11:00", 120000)
            for code in SERVICES
        )
        cw.sign_contract(
            uow, case, cw.ContractTerms(DAY, dt.date(2026, 12, 31), "вдома", services), "БАБ"
        )
        cw.advance(uow, case, CaseState.PROVIDING, DAY)
        log_services(
            uow,
            [
                Delivered(case, person, "015.1", dt.date(2026, 3, d), Decimal("2.5"))
                for d in (3, 5, 9)
            ],
            TODAY,
        )
    return case


LONG_TEXT = (
    "Потребує щоденної допомоги в побуті: прибирання, приготування їжі, придбання ліків; "
    "мешкає сама в будинку з пічним опаленням, дрова заготовляє сусід; діти за кордоном"
)


def long_answers(definition: Any) -> dict[str, Any]:
    """Every field answered, texts long (as a worker writes on a visit), every choice ticked."""
    answers: dict[str, Any] = {}
    for section in definition.sections:
        for f in section.fields:
            answers[f.key] = {
                "text": LONG_TEXT[:70],
                "long_text": LONG_TEXT,
                "date": "2026-03-03",
                "number": 12,
                "bool": True,
                "choice": f.choices[0].value if f.choices else None,
                "multi": [c.value for c in f.choices],
            }[f.type]
    return answers


def subject_for(kind_subject: Subject, store: Store, case: str) -> str:
    with store.read() as conn:
        person = cw.case_header(conn, case).person_id
    return {
        Subject.CASE: case,
        Subject.PERSON: person,
        Subject.CASE_MONTH: f"{case}:2026-03",
        Subject.PERIOD: period_id(dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
        Subject.NONE: "",
    }[kind_subject]


def text_runs(pdf: bytes) -> list[tuple[int, str, float, float, float]]:
    """(page, text, x, y, size) of every text run in the PDF."""
    runs = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, n: int = number) -> None:
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                runs.append((n, text, x, y, size * (tm[0] or 1) * (cm[0] or 1)))

        page.extract_text(visitor_text=visit)
    return runs


def all_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace(
        "\n", " "
    )


EXPECTED = {  # values each kind must show (the surname always, unless a blank form)
    "application": [ADDRESS[:30], "015.1", "Заява про надання соціальних послуг"],
    "decision": ["Рішення про надання", "БАБ-2026-0002", "6 500,00 грн"],
    "contract": ["БАБ-2026-0003", "017.3", "пн, ср, пт", "Розрахунок плати", "ЄДРПОУ 12345678"],
    "plan": ["Підтримати самостійне життя", "017.3", "Іваненко Марія Петрівна"],
    "services_act": ["015.1", "7,5 години"],
    "registration_card": ["067 123 45 67", "БАБ-2026-0001"],
    "consent": ["Згода на обробку персональних даних"],
    "register": ["БАБ-2026-0001", "Журнал обліку"],
    "act:needs_assessment": ["незадовільний", "Петренко Оксана Іванівна"],
    "act:living_conditions": [LONG_TEXT[:60], "водопостачання"],
    "act:adl_barthel": ["Сума балів", LONG_TEXT[:40]],
    "act:iadl_lawton": ["Сума балів (складні дії)", "незалежність"],
    "act:sjo_factors": ["Похилий вік", LONG_TEXT[:40]],
    "act:urgent_act": ["Загроза", LONG_TEXT[:60]],
}


@pytest.mark.parametrize("code", list(kinds()))
def test_every_kind_fits_the_page_and_shows_its_values(
    store: Store, case_id: str, code: str
) -> None:
    kind = kinds()[code]
    made = printing.make(store, code, subject_for(kind.subject, store, case_id), TODAY)
    width, height = PAGE
    for page, text, x, y, size in text_runs(made.pdf):
        run = stringWidth(text.strip(), FONT, size)
        assert x >= LEFT - 1 and x + run <= width - RIGHT + 1, (page, text)
        assert 5 < y < height - 5, (page, text)
    text = all_text(made.pdf)
    if kind.subject is not Subject.NONE:
        # The surname may be declined (its first part changes): the rest is printed whole,
        # however the line wrapped.
        assert SURNAME.split("-", 1)[1] in text.replace(" ", ""), code
    for value in EXPECTED.get(code, []):
        assert value.replace(" ", "") in text.replace(" ", "").replace("\u00a0", ""), (code, value)
    assert "Сторінка 1 з" in text


def test_a_reprint_shows_what_was_signed_marked_copy(store: Store, case_id: str) -> None:
    original = printing.make(store, "contract", case_id, TODAY)
    with store.write() as uow:  # the contract's record changes after signing
        contract = cw.latest_contract(uow.connection, case_id)
        assert contract is not None
        uow.update(Contract, contract.id, {"place": "за місцезнаходженням надавача"})
    copy = printing.reprint(store, original.record_id)
    first, second = all_text(original.pdf), all_text(copy.pdf)
    assert "КОПІЯ" in second and "КОПІЯ" not in first
    assert second.replace("КОПІЯ", "").split() == first.split()
    assert "за місцезнаходженням надавача" not in second


def test_the_same_data_gives_the_same_bytes(store: Store, case_id: str) -> None:
    a = printing.make(store, "plan", case_id, TODAY)
    b = printing.make(store, "plan", case_id, TODAY)
    assert a.pdf == b.pdf


def test_a_corrected_name_form_is_printed(store: Store, case_id: str) -> None:
    """The rule declines the first part of the double surname («Квітці-…»); this person keeps
    hers unchanged, and her correction for the dative is what the decision prints."""
    from socdesk.store.schema import Person

    corrected = f"{SURNAME} Олександрі Вʼячеславівні"
    with store.write() as uow:
        person = cw.case_header(uow.connection, case_id).person_id
        uow.update(Person, person, {"name_forms": {"dative": corrected}})
    made = printing.make(store, "decision", case_id, TODAY)
    assert corrected.replace(" ", "") in all_text(made.pdf).replace(" ", "")
    assert "Квітці-" not in all_text(made.pdf)


def test_a_batch_in_one_file_numbers_each_document_and_records_its_pages(
    store: Store, case_id: str, tmp_path: Path
) -> None:
    from socdesk.documents.batch import print_batch
    from socdesk.store.printing import prints_of

    with store.write() as uow:
        person = cw.case_header(uow.connection, case_id).person_id
        second, _ = open_case(uow, Appeal(person, Channel.NOTICE, DAY, []), "БАБ")
    out = tmp_path / "batch.pdf"
    result = print_batch(store, "application", DAY, DAY, out, TODAY)
    assert result.printed == 2 and result.files == [out]
    pages = [p.extract_text() for p in PdfReader(out).pages]
    firsts = [i for i, text in enumerate(pages) if "Сторінка 1 з" in text]
    assert len(firsts) == 2  # each document starts at its own page 1
    with store.read() as conn:
        records = [prints_of(conn, case_id)[0], prints_of(conn, second)[0]]
    assert {r["pdf_sha256"] for r in records} == {hashlib.sha256(out.read_bytes()).hexdigest()}
    assert sorted(r["pages"] for r in records)[0].startswith("1-")


def test_a_cancelled_batch_writes_and_records_nothing(
    store: Store, case_id: str, tmp_path: Path
) -> None:
    from socdesk.documents.batch import print_batch
    from socdesk.domain.errors import Cancelled
    from socdesk.domain.progress import Progress
    from socdesk.store.printing import prints_of

    progress = Progress()
    progress.cancel()  # Cancel pressed before the first document
    with pytest.raises(Cancelled):
        print_batch(store, "application", DAY, DAY, tmp_path / "b.pdf", TODAY, progress=progress)
    assert not (tmp_path / "b.pdf").exists()
    with store.read() as conn:
        assert prints_of(conn, case_id) == []


def test_any_revision_of_the_plan_prints_with_what_it_changed(store: Store, case_id: str) -> None:
    from socdesk.documents.kinds.plan import revision_id

    with store.write() as uow:
        person = cw.case_header(uow.connection, case_id).person_id
        cw.advance(uow, case_id, CaseState.REVIEW, dt.date(2026, 9, 2))
        measure = cw.PlanMeasure(
            person, "015.1", "Супровід до лікаря", "щомісяця", Decimal(2), "Іваненко"
        )
        cw.save_plan(
            uow,
            case_id,
            cw.PlanDraft(dt.date(2026, 9, 3), dt.date(2027, 3, 3), ("Мета",), (measure,)),
        )
    first = all_text(printing.make(store, "plan", revision_id(case_id, 1), TODAY).pdf)
    latest = all_text(printing.make(store, "plan", case_id, TODAY).pdf)
    assert "Редакція: 1" in first and "017.3" in first
    assert "Редакція: 2" in latest and "змінився" in latest and "+ захід: 015.1" in latest
    with pytest.raises(ValidationError, match="Редакції 7"):
        printing.make(store, "plan", revision_id(case_id, 7), TODAY)
