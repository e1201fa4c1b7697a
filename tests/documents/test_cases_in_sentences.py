"""Every sentence that puts an institution's or a person's name in a case: the consent «даю
згоду Територіальному центру …», the application «Кому: …», «Від кого: …» (issue 13)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from support import add_person, set_up_places

from socdesk.documents import printing
from socdesk.documents.ukrainian import Case, institution_in
from socdesk.domain.cases import Channel
from socdesk.domain.identifiers import Sex, make_rnokpp
from socdesk.domain.people import RnokppStatus
from socdesk.store.cases import Appeal, open_case
from socdesk.store.database import Store
from socdesk.store.schema import Workplace

CENTRE = (
    "Територіальний центр соціального обслуговування (надання соціальних послуг) "
    "Ізюмської міської ради"
)
TODAY = dt.date(2026, 3, 31)

INSTITUTIONS = [  # nominative, genitive, dative (None: no rule, the sentence avoids the case)
    (CENTRE,
     "Територіального центру соціального обслуговування (надання соціальних послуг) "
     "Ізюмської міської ради",
     "Територіальному центру соціального обслуговування (надання соціальних послуг) "
     "Ізюмської міської ради"),
    ("Центр надання соціальних послуг Глинської сільської ради",
     "Центру надання соціальних послуг Глинської сільської ради",
     "Центру надання соціальних послуг Глинської сільської ради"),
    ("Комунальна установа «Центр надання соціальних послуг» Ізюмської міської ради",
     "Комунальної установи «Центр надання соціальних послуг» Ізюмської міської ради",
     "Комунальній установі «Центр надання соціальних послуг» Ізюмської міської ради"),
    ("Комунальний заклад «Центр соціальних служб»", "Комунального закладу «Центр соціальних служб»",
     "Комунальному закладу «Центр соціальних служб»"),
    ("Управління соціального захисту населення", "Управління соціального захисту населення",
     "Управлінню соціального захисту населення"),
    ("Комунальне некомерційне підприємство «Лікарня»",
     "Комунального некомерційного підприємства «Лікарня»",
     "Комунальному некомерційному підприємству «Лікарня»"),
    ("Служба у справах дітей", "Служби у справах дітей", "Службі у справах дітей"),
    ("Глинська сільська рада", "Глинської сільської ради", "Глинській сільській раді"),
    ("ТЕРИТОРІАЛЬНИЙ ЦЕНТР", "ТЕРИТОРІАЛЬНОГО ЦЕНТРУ", "ТЕРИТОРІАЛЬНОМУ ЦЕНТРУ"),
    ("КУ «Центр надання соціальних послуг»", None, None),
    ("Терцентр", None, None),
    ("", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("name", "genitive", "dative"), INSTITUTIONS)
def test_an_institution_declines_in_its_head(
    name: str, genitive: str | None, dative: str | None
) -> None:
    assert institution_in(name, Case.NOMINATIVE) == name
    assert institution_in(name, Case.GENITIVE) == genitive
    assert institution_in(name, Case.DATIVE) == dative


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text().split()) for p in pages)


def _centre(store: Store, name: str) -> None:
    with store.write() as uow:
        workplace = uow.connection.execute(Workplace.__table__.select()).one()  # type: ignore[attr-defined]
        uow.update(Workplace, workplace.id, {"case_prefix": "БАБ", "centre_name": name})


@pytest.fixture
def sasha(store: Store) -> str:
    """Коваль Саша: a name of either sex, no sex recorded, a woman's РНОКПП."""
    (village,) = set_up_places(store, "Бабенкове")
    _centre(store, CENTRE)
    born = dt.date(1950, 2, 3)
    return add_person(
        store, "Коваль", "Саша", birth_date=born, settlement_id=village,
        rnokpp_status=RnokppStatus.KNOWN, rnokpp=make_rnokpp(born, Sex.FEMALE, 11),
    )  # fmt: skip


def test_the_consent_is_given_to_the_centre_in_the_dative(store: Store, sasha: str) -> None:
    text = _text(printing.make(store, "consent", sasha, TODAY).pdf)
    assert "даю згоду Територіальному центру соціального обслуговування (надання" in text
    assert (
        "Територіальний центр соціального обслуговування (надання соціальних послуг) "
        + ("Ізюмської міської ради на обробку")
        not in text
    )


def test_a_centre_the_rule_cannot_decline_is_named_in_the_nominative(
    store: Store, sasha: str
) -> None:
    _centre(store, "КУ «Центр надання соціальних послуг»")
    text = _text(printing.make(store, "consent", sasha, TODAY).pdf)
    assert "даю згоду на обробку моїх персональних даних" in text
    assert "Володілець персональних даних: КУ «Центр надання соціальних послуг»." in text


def test_the_application_says_to_whom_and_from_whom_in_their_cases(
    store: Store, sasha: str
) -> None:
    with store.write() as uow:
        case, _ = open_case(uow, Appeal(sasha, Channel.APPLICATION, TODAY, ["015.1"]), "БАБ")
    text = _text(printing.make(store, "application", case, TODAY).pdf)
    assert "Кому: Територіальному центру соціального обслуговування" in text
    assert "Від кого: Коваль Саші" in text  # the РНОКПП says a woman: her surname stays
