"""The card's declined-name tab: the rule's forms shown, a correction kept and used."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from support import add_person, type_text

from socdesk.documents.ukrainian import Case
from socdesk.domain.identifiers import Sex
from socdesk.store.database import Store
from socdesk.store.printing import person_sheet
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard


def test_a_corrected_form_is_kept_and_an_empty_one_drops_it(store: Store, qtbot: QtBot) -> None:
    person = add_person(
        store, "Квітка-Основʼяненко", "Олена", patronymic="Іванівна", sex=Sex.FEMALE
    )
    card = PersonCard(store, TaskRunner(ImmediatePool()), person)
    qtbot.addWidget(card)
    panel = card.name_forms
    dative = panel.edits[Case.DATIVE]
    assert dative.placeholderText().endswith("Олені Іванівні")  # the rule's form
    dative.setFocus()
    type_text(dative, "Квітці-Основʼяненко Олені Іванівні")
    panel.save()
    with store.read() as conn:
        assert person_sheet(conn, person)["name_forms"] == {
            "dative": "Квітці-Основʼяненко Олені Іванівні"
        }
    dative.clear()
    panel.save()
    with store.read() as conn:
        assert person_sheet(conn, person)["name_forms"] == {}


def test_a_new_card_has_no_forms_until_saved(store: Store, qtbot: QtBot) -> None:
    card = PersonCard(store, TaskRunner(ImmediatePool()), None)
    qtbot.addWidget(card)
    assert not card.name_forms.isEnabled()
