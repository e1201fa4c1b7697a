"""A phone is written the same way in the registry list and in the card: 067 123 45 67."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from support import add_person

from socdesk.domain.identifiers import normalize_phone
from socdesk.store.database import Store
from socdesk.store.people import load_person
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard
from socdesk.ui.registry.view import RegistryView


def test_the_card_writes_the_phone_as_the_list_does(store: Store, qtbot: QtBot) -> None:
    person = add_person(store, "Коваль", "Ганна", phone="+380671234567")
    registry = RegistryView(store)
    qtbot.addWidget(registry)
    listed = [registry.model.index(0, c).data() for c in range(registry.model.columnCount())]
    assert "067 123 45 67" in listed
    card = PersonCard(store, TaskRunner(ImmediatePool()), person)
    qtbot.addWidget(card)
    phone = card.findChild(QLineEdit, "phone_edit")
    assert phone is not None
    assert phone.text() == "067 123 45 67"
    assert not card.is_dirty()  # shown differently from the stored form, yet unchanged
    with store.read() as conn:
        assert normalize_phone(phone.text()) == load_person(conn, person).phone  # saved back as is
