"""The person card: save, inline validation, warnings, duplicates, edit, drafts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from support import kovalchuk, type_text

from socdesk.domain.duplicates import DuplicateRule
from socdesk.domain.identifiers import DocumentType
from socdesk.store.database import Store
from socdesk.store.drafts import drafts_of
from socdesk.store.people import create_person
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person import card as card_module
from socdesk.ui.person.card import PersonCard
from socdesk.ui.person.duplicates import DuplicatesDialog

TODAY = dt.date(2026, 11, 23)


def _card(store: Store, qtbot: QtBot, person_id: str | None = None) -> PersonCard:
    card = PersonCard(store, TaskRunner(ImmediatePool()), person_id, today=lambda: TODAY)
    qtbot.addWidget(card)
    return card


def _type(card: PersonCard, **values: str) -> None:
    for name, value in values.items():
        widget = card.findChild(QLineEdit, f"{name}_edit")
        assert widget is not None, name
        widget.clear()
        type_text(widget, value)


def _people(store: Store) -> list[tuple[str, ...]]:
    with store.read() as conn:
        return [
            tuple(r)
            for r in conn.execute(text("SELECT surname, given_name, rnokpp, phone FROM person"))
        ]


@pytest.fixture(autouse=True)
def answer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers every question box with Yes and records what was asked (a card closed with
    unsaved changes asks before closing, also when the test ends)."""
    asked: list[str] = []

    def question(_parent: object, _title: str, body: str) -> QMessageBox.StandardButton:
        asked.append(body)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_new_person_is_saved(store: Store, qtbot: QtBot) -> None:
    card = _card(store, qtbot)
    _type(
        card,
        surname="Дʼяченко",
        given_name="Марʼяна",
        birth_date="01.05.1951",
        phone="067 123 45 67",
    )
    with qtbot.waitSignal(card.saved):
        card.save()
    assert _people(store) == [("Дʼяченко", "Марʼяна", "", "+380671234567")]


@pytest.mark.parametrize(
    ("typed", "field", "words"),
    [
        ({"surname": "", "given_name": "Олена"}, "surname", "Прізвище"),
        ({"surname": "Kовальчук", "given_name": "Олена"}, "surname", "латинські"),
        (
            {"surname": "Ковальчук", "given_name": "Олена", "birth_date": "1948-02-28"},
            "birth_date",
            "не дата. Напишіть день, місяць і рік: 28.02.1948",
        ),
        (
            {"surname": "Ковальчук", "given_name": "Олена", "rnokpp": "1759013770"},
            "rnokpp",
            "контрольну цифру",
        ),
        (
            {"surname": "Ковальчук", "given_name": "Олена", "phone": "12345"},
            "phone",
            "067 123 45 67",
        ),
    ],
)
def test_validation_errors_point_at_the_field(
    store: Store, qtbot: QtBot, typed: dict[str, str], field: str, words: str
) -> None:
    card = _card(store, qtbot)
    _type(card, **typed)
    with qtbot.assertNotEmitted(card.saved):
        card.save()
    assert words in card.error_label.text()
    assert card.fields[field].property("invalid") is True
    assert _people(store) == []


def test_warning_is_confirmed_before_saving(store: Store, qtbot: QtBot, answer: list[str]) -> None:
    card = _card(store, qtbot)
    # A valid РНОКПП whose encoded birth date is not the one typed.
    _type(
        card, surname="Ковальчук", given_name="Олена", birth_date="01.03.1948", rnokpp="1759013776"
    )
    with qtbot.waitSignal(card.saved):
        card.save()
    assert any("28.02.1948" in a for a in answer)
    assert _people(store)[0][2] == "1759013776"


def test_duplicate_then_confirmed_as_another_person(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _card(store, qtbot)
    _type(first, surname="Ковальчук", given_name="Олена", birth_date="28.02.1948")
    with qtbot.waitSignal(first.saved):
        first.save()

    shown: list[str] = []

    def exec_and_confirm(dialog: DuplicatesDialog) -> int:
        shown.append(dialog.candidate_list.item(0).text())
        assert dialog.comparison.item(0, 1).text() == "Ковальчук"
        assert not dialog.new_button.isEnabled()  # a reason is required
        type_text(dialog.reason_edit, "тезка з сусіднього села")
        dialog.new_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DuplicatesDialog, "exec", exec_and_confirm)
    second = _card(store, qtbot)
    _type(second, surname="КОВАЛЬЧУК", given_name="олена", birth_date="28.02.1948")
    with qtbot.waitSignal(second.saved):
        second.save()
    assert "датою народження" in shown[0]
    assert len(_people(store)) == 2
    with store.read() as conn:
        notes = conn.execute(text("SELECT notes FROM person WHERE surname = 'КОВАЛЬЧУК'")).scalar()
    assert "тезка з сусіднього села" in notes


def test_duplicate_opens_the_existing_card(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _card(store, qtbot)
    _type(first, surname="Ковальчук", given_name="Олена", birth_date="28.02.1948")
    with qtbot.waitSignal(first.saved) as saved:
        first.save()

    def exec_and_open(dialog: DuplicatesDialog) -> int:
        dialog.open_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DuplicatesDialog, "exec", exec_and_open)
    second = _card(store, qtbot)
    _type(second, surname="Ковальчук", given_name="Олена", birth_date="28.02.1948")
    with qtbot.waitSignal(second.open_existing) as opened:
        second.save()
    assert opened.args == [saved.args[0]]
    assert len(_people(store)) == 1


def test_rnokpp_status_follows_the_number(store: Store, qtbot: QtBot) -> None:
    card = _card(store, qtbot)
    status = card.fields["rnokpp_status"]
    assert status.currentData() == "unknown"
    _type(card, rnokpp="17590")
    assert status.currentData() == "known"
    number = card.findChild(QLineEdit, "rnokpp_edit")
    number.selectAll()
    qtbot.keyClick(number, Qt.Key.Key_Backspace)
    assert number.text() == "" and status.currentData() == "unknown"


def test_edit_existing_person(store: Store, qtbot: QtBot) -> None:
    card = _card(store, qtbot)
    _type(card, surname="Бондар", given_name="Іван")
    with qtbot.waitSignal(card.saved) as saved:
        card.save()
    again = _card(store, qtbot, saved.args[0])
    assert again.findChild(QLineEdit, "surname_edit").text() == "Бондар"
    _type(again, phone="0501112233")
    with qtbot.waitSignal(again.saved):
        again.save()
    assert _people(store) == [("Бондар", "Іван", "", "+380501112233")]


def test_draft_kept_while_typing_and_offered_back(
    store: Store, qtbot: QtBot, answer: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(card_module, "DRAFT_DELAY_MS", 10)
    card = _card(store, qtbot)
    card._draft_timer.setInterval(10)
    _type(card, surname="Шевчук", given_name="Петро")
    qtbot.waitUntil(lambda: bool(drafts_of_user(store)), timeout=3000)
    assert drafts_of_user(store)[0].data["surname"] == "Шевчук"
    # The app stops here (a crash, a power cut). Next start: the main window offers the draft.
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    window.offer_drafts()
    assert answer and "Відновити" in answer[-1] and "Шевчук Петро" in answer[-1]
    restored = [w for w in window.findChildren(PersonCard) if w.is_dirty()]
    assert restored and restored[0].findChild(QLineEdit, "surname_edit").text() == "Шевчук"
    restored[0].reject()  # answered Yes: close without saving, draft removed
    assert drafts_of_user(store) == []


def drafts_of_user(store: Store) -> list:  # type: ignore[type-arg]
    with store.read() as conn:
        return drafts_of(conn, store.user_id)


def test_ctrl_s_saves(store: Store, qtbot: QtBot) -> None:
    card = _card(store, qtbot)
    with qtbot.waitActive(card):
        card.show()
        card.activateWindow()
    _type(card, surname="Бондар", given_name="Іван")
    with qtbot.waitSignal(card.saved):
        qtbot.keyClick(
            card.findChild(QLineEdit, "given_name_edit"),
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier,
        )
    assert _people(store) == [("Бондар", "Іван", "", "")]


@pytest.mark.parametrize(
    ("typed", "rule"),
    [
        (
            {"surname": "Ковальчук", "given_name": "Олена", "rnokpp": "1759013776"},
            DuplicateRule.RNOKPP,
        ),
        (
            {"surname": "Шевченко", "given_name": "Тарас", "rnokpp": "1759013776"},
            DuplicateRule.RNOKPP_NAME_DIFFERS,
        ),
        (
            {"surname": "КОВАЛЬЧУК", "given_name": "олена", "document_number": "001 234 567"},
            DuplicateRule.DOCUMENT,
        ),
        (
            {"surname": "Ковальчук", "given_name": "Олена", "birth_date": "28.02.1948"},
            DuplicateRule.NAME_AND_BIRTH_DATE,
        ),
        (
            {"surname": "Ковальчек", "given_name": "Олена", "birth_date": "28.02.1948"},
            DuplicateRule.SIMILAR_NAME_AND_BIRTH_DATE,
        ),
    ],
    ids=lambda v: v.value if isinstance(v, DuplicateRule) else "",
)
def test_each_duplicate_rule_is_shown_before_saving(
    store: Store,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    typed: dict[str, str],
    rule: DuplicateRule,
) -> None:
    with store.write() as uow:
        existing = kovalchuk(document_type=DocumentType.ID_CARD, document_number="001234567")
        create_person(uow, existing, None, TODAY)
    shown: list[str] = []

    def look_and_cancel(dialog: DuplicatesDialog) -> int:
        shown.append(dialog.candidate_list.item(0).text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DuplicatesDialog, "exec", look_and_cancel)
    card = _card(store, qtbot)
    _type(card, **typed)
    if "document_number" in typed:
        combo = card.fields["document_type"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(DocumentType.ID_CARD.value))
    with qtbot.assertNotEmitted(card.saved):
        card.save(confirmed=True)
    assert shown == [rule.message]
    assert len(_people(store)) == 1  # nothing saved until the worker decides


def test_a_new_card_opens_with_the_cursor_in_the_surname(store: Store, qtbot: QtBot) -> None:
    card = _card(store, qtbot)
    with qtbot.waitActive(card):
        card.show()
        card.activateWindow()
    assert card.focusWidget() is card.fields["surname"]


def test_a_saved_new_person_stays_open_for_household_consent_and_appeal(
    store: Store, qtbot: QtBot
) -> None:
    card = _card(store, qtbot)
    card.show()
    _type(card, surname="Бондар", given_name="Іван")
    with qtbot.waitSignal(card.saved):
        card.save()
    assert card.isVisible() and card.result() == 0  # not closed
    assert card.windowTitle() == "Бондар Іван — картка"
    assert "Збережено" in card.status_label.text()
    assert card.person_id() is not None
    assert card.household.create_button.isEnabled()  # the tabs now work on the saved person
    assert card.consent.give_button.isEnabled()
    assert not card.is_dirty()
    _type(card, phone="067 123 45 67")  # and a second save updates the same person
    with qtbot.waitSignal(card.saved):
        card.save()
    assert _people(store) == [("Бондар", "Іван", "", "+380671234567")]


def test_a_new_person_hidden_by_the_filters_is_shown_and_selected(
    store: Store, qtbot: QtBot
) -> None:
    from support import add_person, set_up_places

    village, _other = set_up_places(store, "Бабенкове", "Піски")
    add_person(store, "Гудзик", "Петро", settlement_id=village)
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    registry = window.registry
    registry.settlement_filter.setCurrentIndex(registry.settlement_filter.findData(village))
    card = window.new_person()  # no settlement chosen: the filter would hide the new person
    _type(card, surname="Бондар", given_name="Іван")
    with qtbot.waitSignal(card.saved):
        card.save()
    selected = registry.table.selectionModel().selectedRows()
    assert [registry.model.person_id(i.row()) for i in selected] == [card.person_id()]
    assert registry.model.rowCount() == 2  # Гудзик and the pinned new person
    card.close()


def _leave(card: PersonCard, name: str, text: str) -> None:
    """Types `text` into a field and moves on, as a person does with Tab."""
    widget = card.fields[name]
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.clear()
    type_text(widget, text)
    widget.editingFinished.emit()  # what Tab out of the field sends


def test_a_field_is_checked_when_the_person_leaves_it(store: Store, qtbot: QtBot) -> None:
    card = _card(store, qtbot)
    card.show()
    _leave(card, "birth_date", "31.02.1950")
    assert "31.02.1950 — такої дати немає" in card.error_label.text()
    assert card.fields["birth_date"].property("invalid") is True
    assert card.fields["surname"].property("invalid") is not True  # not typed yet: not judged
    _leave(card, "birth_date", "28.02.1950")  # fixed: the mark goes
    assert card.error_label.text() == ""
    assert card.fields["birth_date"].property("invalid") is not True


def test_every_problem_of_the_form_is_shown_at_once(store: Store, qtbot: QtBot) -> None:
    card = _card(store, qtbot)
    _type(card, given_name="Iван", birth_date="31.04.1950", rnokpp="1759013770", phone="12345")
    with qtbot.assertNotEmitted(card.saved):
        card.save()
    shown = card.error_label.text()
    for field, words in {
        "surname": "Прізвище",
        "given_name": "латинські",
        "birth_date": "у квітні 30 днів",
        "rnokpp": "контрольну цифру",
        "phone": "067 123 45 67",
    }.items():
        assert words in shown, field
        assert card.fields[field].property("invalid") is True, field
    assert "Зберігаю" not in card.status_label.text()
    assert _people(store) == []


def test_no_stale_saving_notice_after_a_question_is_declined(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    card = _card(store, qtbot)
    _type(card, surname="Бондар", given_name="Іван")  # no РНОКПП: a warning to confirm
    card.save()
    assert "Зберігаю" not in card.status_label.text() + card.error_label.text()
    assert card.buttons.isEnabled()
    card._dirty = False  # the test's end must not ask again


def test_a_saved_new_card_is_the_one_raised_for_that_person(store: Store, qtbot: QtBot) -> None:
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    card = window.open_card(None)
    _type(card, surname="Бондар", given_name="Іван")
    with qtbot.waitSignal(card.saved):
        card.save()
    assert window.open_card(card.person_id()) is card  # one person, one card
