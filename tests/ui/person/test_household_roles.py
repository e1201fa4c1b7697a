"""Household roles are named by the person's sex: «дружина», «син», not «чоловік / дружина»."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import add_person

from socdesk.domain.identifiers import Sex
from socdesk.domain.people import HouseholdRole
from socdesk.store.database import Store
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard
from socdesk.ui.person.panels import role_text


@pytest.mark.parametrize(
    ("role", "sex", "expected"),
    [
        (HouseholdRole.SPOUSE, Sex.FEMALE, "дружина"),
        (HouseholdRole.SPOUSE, Sex.MALE, "чоловік"),
        (HouseholdRole.CHILD, Sex.MALE, "син"),
        (HouseholdRole.CHILD, Sex.FEMALE, "дочка"),
        (HouseholdRole.PARENT, Sex.FEMALE, "мати"),
        (HouseholdRole.SIBLING, Sex.MALE, "брат"),
        (HouseholdRole.GRANDCHILD, Sex.FEMALE, "онука"),
        (HouseholdRole.GRANDPARENT, Sex.MALE, "дід"),
        (HouseholdRole.OTHER_RELATIVE, Sex.FEMALE, "інша родичка"),
        (HouseholdRole.NOT_RELATED, Sex.FEMALE, "не родичка, проживає разом"),
        (HouseholdRole.HEAD, Sex.FEMALE, "голова домогосподарства"),
        (HouseholdRole.CHILD, None, "син / дочка"),  # sex not recorded: both
    ],
)
def test_a_role_is_named_by_sex(role: HouseholdRole, sex: Sex | None, expected: str) -> None:
    assert role_text(role, sex) == expected


def test_the_household_tab_names_each_member_by_sex(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    head = add_person(store, "Коваль", "Петро", sex=Sex.MALE)
    wife = add_person(store, "Коваль", "Олена", sex=Sex.FEMALE)
    son = add_person(store, "Коваль", "Іван", sex=Sex.MALE)
    unknown = add_person(store, "Коваль", "Марія")
    card = PersonCard(store, TaskRunner(ImmediatePool()), head)
    qtbot.addWidget(card)
    card.household.new_household()
    card.household.add_member((wife, HouseholdRole.SPOUSE))
    card.household.add_member((son, HouseholdRole.CHILD))
    card.household.add_member((unknown, HouseholdRole.CHILD))
    card.save()  # household edits are the card's: written by its «Зберегти»
    lines = [card.household.members.item(i).text() for i in range(card.household.members.count())]
    assert "Коваль Олена — дружина" in lines
    assert "Коваль Іван — син" in lines
    assert "Коваль Марія — син / дочка" in lines
    wife_card = PersonCard(store, TaskRunner(ImmediatePool()), wife)
    qtbot.addWidget(wife_card)
    stays = [
        wife_card.household.stays.item(i).text() for i in range(wife_card.household.stays.count())
    ]
    assert stays and stays[-1].endswith(": дружина")
