"""The main window keeps what is unsaved: quitting asks each changed card, and drafts are
offered once, restored or discarded after a clear question."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import type_text

from socdesk.store.database import Store
from socdesk.store.drafts import drafts_of
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class Answers:
    """Question boxes answered from `queue` (Yes once it is empty); what was asked in `asked`."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, body: str) -> QMessageBox.StandardButton:
        self.asked.append(body)
        return self.queue.pop(0) if self.queue else Yes


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(QMessageBox, "question", found)
    return found


def _window(store: Store, qtbot: QtBot) -> MainWindow:
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    window.show()
    return window


def _drafts(store: Store) -> list:  # type: ignore[type-arg]
    with store.read() as conn:
        return drafts_of(conn, store.user_id)


def test_no_to_closing_an_unsaved_card_cancels_the_quit(
    store: Store, qtbot: QtBot, answers: Answers
) -> None:
    window = _window(store, qtbot)
    card = window.new_person()
    type_text(card.fields["surname"], "Шевчук")
    answers.queue.append(No)
    assert not window.close()
    assert window.isVisible() and card.isVisible() and card.is_dirty()
    assert "Закрити без збереження?" in answers.asked[-1]
    answers.queue.append(Yes)
    assert window.close()
    assert not window.isVisible()


def test_a_draft_answered_no_is_discarded_after_a_question_and_not_offered_again(
    store: Store, qtbot: QtBot, answers: Answers
) -> None:
    card = PersonCard(store, TaskRunner(ImmediatePool()))
    qtbot.addWidget(card)
    type_text(card.fields["surname"], "Шевчук")
    card._save_draft()  # the pause in typing
    card._dirty = False  # the app stops here (a power cut): the draft stays
    assert len(_drafts(store)) == 1
    window = _window(store, qtbot)
    answers.queue.extend([No, No])  # not restored, not deleted
    window.offer_drafts()
    assert answers.asked[0].startswith("Знайдено незбережену картку «Шевчук»")
    assert "Видалити незбережену картку «Шевчук»" in answers.asked[1]
    assert len(_drafts(store)) == 1  # kept: the person did not confirm deleting it
    answers.queue.extend([No, Yes])  # not restored, deleted
    window.offer_drafts()
    assert _drafts(store) == []
    answers.asked.clear()
    window.offer_drafts()
    assert answers.asked == []  # never offered again


def test_a_saved_card_leaves_no_draft_even_if_the_pause_timer_was_running(
    store: Store, qtbot: QtBot, answers: Answers
) -> None:
    card = PersonCard(store, TaskRunner(ImmediatePool()))
    qtbot.addWidget(card)
    for name, value in (("surname", "Шевчук"), ("given_name", "Петро")):
        type_text(card.fields[name], value)
    card._save_draft()
    assert card._draft_timer.isActive()  # typed again just before saving
    with qtbot.waitSignal(card.saved):
        card.save()
    qtbot.wait(card._draft_timer.interval() + 200)
    assert _drafts(store) == []
