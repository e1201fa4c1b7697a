"""What a decision and a month's act say, read as an official reader would: a refusal reads
«Відмовити … у наданні соціальних послуг» and states the assessment's result when that is the
ground; a month with no services never says they were given in full."""

from __future__ import annotations

import datetime as dt
import re

from documents.test_documents import DAY, TODAY, all_text
from support import add_person, set_up_places

from socdesk.documents import printing
from socdesk.domain.cases import CaseState, Channel
from socdesk.store import casework as cw
from socdesk.store.cases import Appeal, open_case
from socdesk.store.centre import CentreDetails, set_centre_details
from socdesk.store.database import Store
from socdesk.store.forms import complete_form, current_definition, save_form_draft


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def test_a_refusal_for_no_need_states_the_assessments_result(store: Store) -> None:
    (village,) = set_up_places(store, "Бабенкове")
    person = add_person(store, "Коваль", "Олена", patronymic="Іванівна", settlement_id=village)
    with store.write() as uow:
        case, _ = open_case(uow, Appeal(person, Channel.APPLICATION, DAY, ["015.1"]), "БАБ")
        cw.advance(uow, case, CaseState.ASSESSING, DAY)
        answers = {
            "assessment_kind": "initial", "assessed_for": "person", "visit_dates": "03.03.2026",
            "assessed_on": "2026-03-04", "health": "satisfactory", "emotional": "stable",
            "habits": "none", "contacts": "sufficient", "employment": "pensioner",
            "self_care": "full", "housing": "satisfactory", "awareness": "ready",
            "needs": "no_need", "agreement": "agrees", "assessor": "Петренко О. І.",
        }  # fmt: skip
        definition = current_definition(cw.ASSESSMENT_FORM, DAY)
        complete_form(uow, save_form_draft(uow, None, definition, answers, case_id=case), DAY)
        cw.advance(uow, case, CaseState.AWAITING_DECISION, DAY)
        cw.decide(uow, case, cw.REFUSE, dt.date(2026, 3, 5), "БАБ", ground="no_need")
    with store.write() as uow:
        set_centre_details(uow, CentreDetails("Центр", head="Петренко Ольга Іванівна"))
    text = flat(all_text(printing.make(store, "decision", case, TODAY).pdf))
    assert "Відмовити Коваль Олені Іванівні у наданні соціальних послуг" in text
    assert "відсутність потреби за результатами оцінювання" in text
    assert (
        "Результат оцінювання потреб: не потребує надання соціальних послуг "
        "(акт оцінки потреб від 04.03.2026)" in text
    )
    assert "Керівник ____________________ Ольга ПЕТРЕНКО" in text  # the head from Settings


def test_an_act_for_a_month_without_services_says_none_were_given(
    store: Store, case_id: str
) -> None:
    empty = flat(all_text(printing.make(store, "services_act", f"{case_id}:2026-04", TODAY).pdf))
    assert "соціальні послуги Отримувачеві не надавалися" in empty
    assert "в повному обсязі" not in empty
    served = flat(all_text(printing.make(store, "services_act", f"{case_id}:2026-03", TODAY).pdf))
    assert "Послуги надано в повному обсязі" in served and "не надавалися" not in served
