"""The card's tabs: categories saved with the card, consent, household edits, history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support import add_person, type_text

from socdesk.domain.people import HouseholdRole
from socdesk.store.database import Store
from socdesk.store.households import members
from socdesk.store.people import load_person
from socdesk.store.schema import AuditEntry
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard
from socdesk.ui.person.panels import HistoryModel

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def card_of(store: Store, qtbot: QtBot, person_id: str | None) -> PersonCard:
    card = PersonCard(store, TaskRunner(ImmediatePool()), person_id, today=lambda: TODAY)
    qtbot.addWidget(card)
    return card


def tick(card: PersonCard, code: str) -> None:
    items = card.categories.list
    for row in range(items.count()):
        if items.item(row).data(Qt.ItemDataRole.UserRole) == code:
            items.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise LookupError(code)


def test_categories_are_saved_with_the_card_and_the_household_survives_an_edit(
    store: Store, qtbot: QtBot
) -> None:
    head = add_person(store, "Коваль", "Олена")
    card = card_of(store, qtbot, head)
    card.household.new_household()
    assert "«Зберегти»" in card.household.state.text()  # written with the card
    tick(card, "older")
    tick(card, "idp")
    assert card.is_dirty()
    card.save(confirmed=True)
    with store.read() as conn:
        saved = load_person(conn, head)
    assert sorted(saved.categories) == ["idp", "older"]
    assert saved.household_id is not None  # the card's Save did not undo the household tab
    assert saved.household_role is HouseholdRole.HEAD


def test_members_join_and_move_between_households(store: Store, qtbot: QtBot) -> None:
    head = add_person(store, "Коваль", "Олена")
    son = add_person(store, "Коваль", "Петро")
    other_head = add_person(store, "Шевчук", "Ганна")
    other = card_of(store, qtbot, other_head)
    other.household.new_household()
    other.household.add_member((son, HouseholdRole.GRANDCHILD))
    other.save(confirmed=True)
    card = card_of(store, qtbot, head)
    card.household.new_household()
    picker = card.household.ask_member()
    picker.search.setText("Коваль Петро")
    assert picker.results.count() == 1
    picker.role.setCurrentIndex(picker.role.findData(HouseholdRole.CHILD.value))
    picker.accept()
    card.save(confirmed=True)
    with store.read() as conn:
        household = load_person(conn, head).household_id
        assert household is not None
        assert members(conn, household) == [(head, HouseholdRole.HEAD), (son, HouseholdRole.CHILD)]
        other_household = load_person(conn, other_head).household_id
        assert other_household is not None
        assert members(conn, other_household) == [(other_head, HouseholdRole.HEAD)]
    son_card = card_of(store, qtbot, son)
    assert son_card.household.stays.count() == 2  # the grandchild stay, ended; the child stay
    son_card.household.make_head()
    son_card.save(confirmed=True)
    with store.read() as conn:
        assert members(conn, household)[0] == (son, HouseholdRole.HEAD)
    son_card = card_of(store, qtbot, son)
    son_card.household.leave()
    son_card.save(confirmed=True)
    with store.read() as conn:
        assert load_person(conn, son).household_id is None


def _two_households(store: Store, qtbot: QtBot) -> tuple[str, str, str]:
    """Шевчук Ганна heads a household with her grandson Коваль Петро; Коваль Олена heads one
    alone. Their ids: Олена, Петро, Ганна."""
    head = add_person(store, "Коваль", "Олена")
    son = add_person(store, "Коваль", "Петро")
    other_head = add_person(store, "Шевчук", "Ганна")
    for person, joined in ((other_head, son), (head, None)):
        card = card_of(store, qtbot, person)
        card.household.new_household()
        if joined:
            card.household.add_member((joined, HouseholdRole.GRANDCHILD))
        card.save(confirmed=True)
    return head, son, other_head


def _household_of(store: Store, person: str) -> str | None:
    with store.read() as conn:
        return load_person(conn, person).household_id


def test_moving_a_member_from_another_household_is_asked_and_cancel_undoes_it(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    head, son, other_head = _two_households(store, qtbot)
    before = _household_of(store, son)
    card = card_of(store, qtbot, head)
    picker = card.household.ask_member()
    type_text(picker.search, "Коваль Петро")
    assert picker.results.count() == 1
    assert "живе в іншому домогосподарстві (голова: Шевчук Ганна)" in picker.results.item(0).text()
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, body: str) -> QMessageBox.StandardButton:
        asked.append(body)
        return answers.pop(0) if answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    picker.accept()  # «Ні»: nothing happens
    assert asked[0].startswith("Коваль Петро живе в домогосподарстві, де голова — Шевчук Ганна")
    assert "(голова — Коваль Олена)" in asked[0]
    assert card.household.pending == [] and not card.is_dirty()
    picker = card.household.ask_member()
    type_text(picker.search, "Коваль Петро")
    picker.accept()  # «Так»: the move waits for the card's «Зберегти»
    assert _household_of(store, son) == before
    assert any("Коваль Петро" in card.household.members.item(r).text() for r in range(2))
    assert card.is_dirty()
    card.reject()  # «Скасувати», then «Так» to closing without saving
    assert _household_of(store, son) == before  # the move was cancelled with the card
    assert _household_of(store, other_head) == before


def test_consent_is_given_and_withdrawn_on_a_saved_card(store: Store, qtbot: QtBot) -> None:
    new = card_of(store, qtbot, None)
    assert not new.consent.give_button.isEnabled()
    person = add_person(store, "Коваль", "Олена")
    card = card_of(store, qtbot, person)
    assert "немає" in card.consent.state.text()
    dialog = card.consent.ask_consent()
    dialog.date_edit.setText("31.02.2026")
    dialog.buttons.accepted.emit()
    assert "ДД.ММ.РРРР" in dialog.error_label.text()
    dialog.date_edit.setText("05.11.2026")
    dialog.buttons.accepted.emit()
    assert "на папері" in dialog.error_label.text()  # a consent names its signed paper
    dialog.paper_edit.setText("справа 7, арк. 2")
    dialog.buttons.accepted.emit()
    assert "05.11.2026" in card.consent.state.text()
    card.consent.ask_withdrawal()
    assert card.consent.history.count() == 1
    assert "відкликано" in card.consent.history.item(0).text()
    assert "справа 7, арк. 2" in card.consent.history.item(0).text()
    assert "Згоду відкликано" in card.consent.state.text()  # what a withdrawal stops
    assert "припинена" in card.consent.state.text()


def test_a_legal_ground_without_consent_is_recorded_on_the_card(store: Store, qtbot: QtBot) -> None:
    card = card_of(store, qtbot, add_person(store, "Коваль", "Олена"))
    dialog = card.consent.ask_consent()
    dialog.ground_combo.setCurrentIndex(dialog.ground_combo.findData("vital_interests"))
    dialog.scope_edit.setText("Загроза життю: виклик 103 від 05.11.2026")
    dialog.buttons.accepted.emit()
    assert "життєво важливих" in card.consent.state.text()
    assert dialog.ground_combo.count() == 4  # the law's closed list


def test_the_signed_papers_reference_is_cut_at_the_servers_120_characters(
    store: Store, qtbot: QtBot
) -> None:
    card = card_of(store, qtbot, add_person(store, "Коваль", "Олена"))
    dialog = card.consent.ask_consent()
    assert dialog.paper_edit.maxLength() == 120
    dialog.paper_edit.setText("а" * 200)
    assert len(dialog.paper_edit.text()) == 120


def test_history_shows_old_and_new_and_opening_is_audited(
    store: Store, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    person = add_person(store, "Коваль", "Олена", birth_date=dt.date(1950, 1, 2))
    card = card_of(store, qtbot, person)
    card.fields["surname"].setText("Ковальчук")  # type: ignore[union-attr]
    card.fields["birth_date"].setText("03.01.1950")  # type: ignore[union-attr]
    card.save(confirmed=True)
    reopened = card_of(store, qtbot, person)
    model = reopened.history.model
    assert isinstance(model, HistoryModel)
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert ["Прізвище", "Коваль", "Ковальчук"] in [row[2:] for row in rows]
    assert ["Дата народження", "02.01.1950", "03.01.1950"] in [row[2:] for row in rows]
    assert rows[-1][2] == "Картку створено"
    with store.read() as conn:
        opened = conn.execute(
            select(AuditEntry.row_id).where(AuditEntry.action == "open")  # type: ignore[call-overload]
        ).scalars()
        assert list(opened) == [person, person]


def test_all_data_about_the_person_is_exported_from_the_card(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    card = card_of(store, qtbot, add_person(store, "Коваль", "Олена"))
    pdf = card.consent.export_data(tmp_path)
    assert pdf is not None and pdf.exists() and pdf.with_suffix(".json").exists()
    assert pdf.name in card.consent.export_label.text()
