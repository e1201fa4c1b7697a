"""Rectification and erasure from the person card: a coordinator of every district corrects or
erases chosen fields after a checked form and a question naming the person; the card reloads
and lists the erasure (kind, date, reason, never a value); the old value is gone from the
history; anyone else finds the actions disabled, saying why."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text
from support import FAST_KDF, add_person, two_districts, type_text

from socdesk.domain.people import Role
from socdesk.store import meta
from socdesk.store.database import NewUser, Store
from socdesk.store.schema import AuditEntry, Person
from socdesk.sync import link
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard
from socdesk.ui.person.erasure import EraseDialog, RectifyDialog

TODAY = dt.date(2026, 12, 6)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
REASON = "заява особи від 01.12.2026 № 15"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered Yes, and recorded."""
    questions: list[str] = []

    def question(_parent: object, _title: str, body: str) -> QMessageBox.StandardButton:
        questions.append(body)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


@pytest.fixture
def person(store: Store) -> str:
    return add_person(
        store, "Ковальчюк", "Ганна", phone="+380671234567", notes="лікується від залежності"
    )


def _card(store: Store, qtbot: QtBot, person_id: str) -> PersonCard:
    card = PersonCard(store, TaskRunner(ImmediatePool()), person_id, today=lambda: TODAY)
    qtbot.addWidget(card)
    return card


def _row(store: Store, person_id: str) -> dict[str, object]:
    table = Person.__table__  # type: ignore[attr-defined]
    with store.read() as conn:
        return dict(conn.execute(select(table).where(table.c.id == person_id)).mappings().one())


def _history_values(store: Store) -> str:
    with store.read() as conn:
        rows = conn.execute(text("SELECT old, new FROM field_history")).all()
    return repr(rows)


def _fill(dialog: RectifyDialog | EraseDialog, reason: str = REASON) -> None:
    dialog.reason.clear()
    type_text(dialog.reason, reason)


def test_a_coordinator_rectifies_a_surname_and_the_card_shows_it(
    store: Store, qtbot: QtBot, asked: list[str], person: str
) -> None:
    card = _card(store, qtbot, person)
    panel = card.erasure
    assert panel.rectify_button.isEnabled() and panel.erase_button.isEnabled()
    assert not panel.list_label.isVisibleTo(card)  # no erasure yet
    dialog = panel.ask(RectifyDialog)
    assert isinstance(dialog, RectifyDialog)
    assert "Ковальчюк Ганна" in dialog.windowTitle()
    intro = dialog.findChild(QLabel, "what_happens")
    assert intro is not None and "Скасувати це неможливо" in intro.text()
    surname = dialog.editors["surname"]
    assert isinstance(surname, QLineEdit) and not surname.isEnabled()  # ticked first
    dialog.ticks["surname"].setChecked(True)
    surname.clear()
    type_text(surname, "Ковальчук")
    _fill(dialog)
    dialog.on.setDate(dt.date(2026, 12, 5))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert asked and "«Ковальчюк Ганна»" in asked[-1] and "Прізвище" in asked[-1]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _row(store, person)["surname"] == "Ковальчук"
    assert "Ковальчюк" not in _history_values(store)  # the wrong value left the history
    # The card reloaded through the Changes signal: field, title and the erasures' list.
    assert card.fields["surname"].text() == "Ковальчук"  # type: ignore[union-attr]
    assert card.windowTitle().startswith("Ковальчук Ганна")
    listed = panel.list_label.text()
    assert "05.12.2026 — виправлення даних (Прізвище). Підстава: " + REASON in listed
    assert "Ковальчюк" not in listed
    with store.read() as conn:
        actions = conn.execute(select(AuditEntry.action)).scalars().all()  # type: ignore[call-overload]
    assert "erasure.rectify" in actions


def test_a_coordinator_erases_chosen_fields(
    store: Store, qtbot: QtBot, asked: list[str], person: str
) -> None:
    card = _card(store, qtbot, person)
    dialog = card.erasure.ask(EraseDialog)
    assert isinstance(dialog, EraseDialog)
    for name in ("phone", "notes"):
        dialog.ticks[name].setChecked(True)
    _fill(dialog, "рішення суду № 2-15/2026")
    assert dialog.submit()
    assert "Телефон, Примітки" in asked[-1] and "«Ковальчюк Ганна»" in asked[-1]
    row = _row(store, person)
    assert row["phone"] == "" and row["notes"] == "" and row["surname"] == "Ковальчюк"
    history = _history_values(store)
    assert "380671234567" not in history and "залежності" not in history
    assert card.fields["phone"].text() == ""  # type: ignore[union-attr]
    assert "знищення незаконно оброблюваних даних (Телефон, Примітки)" in (
        card.erasure.list_label.text()
    )


@pytest.mark.parametrize(
    ("tick", "value", "reason", "on", "words"),
    [
        (None, None, REASON, TODAY, "хоча б одне поле"),
        ("phone", "067 111 22 33", "бо так", TODAY, "щонайменше 10 символів"),
        ("phone", "067 111 22 33", REASON, TODAY + dt.timedelta(days=1), "пізнішою"),
        ("phone", "12345", REASON, TODAY, "«Телефон»:"),
        ("phone", "067 123 45 67", REASON, TODAY, "таке саме, як записане (Телефон)"),
        ("birth_date", "31.02.1950", REASON, TODAY, "«Дата народження»:"),
        ("surname", "", REASON, TODAY, "знищенням даних"),
        ("rnokpp", "1234567899", REASON, TODAY, "не позначено як відомий"),
    ],
)
def test_the_rectification_form_is_checked_before_anything_is_written(
    store: Store,
    qtbot: QtBot,
    asked: list[str],
    person: str,
    tick: str | None,
    value: str | None,
    reason: str,
    on: dt.date,
    words: str,
) -> None:
    card = _card(store, qtbot, person)
    dialog = card.erasure.ask(RectifyDialog)
    assert isinstance(dialog, RectifyDialog)
    if tick is not None:
        dialog.ticks[tick].setChecked(True)
        editor = dialog.editors[tick]
        assert isinstance(editor, QLineEdit)
        editor.clear()
        type_text(editor, value or "")
    _fill(dialog, reason)
    dialog.on.setDate(on)
    before = _row(store, person)
    assert not dialog.submit()
    assert words in dialog.error_label.text()
    assert asked == [] and _row(store, person) == before


def test_nothing_is_erased_without_a_yes(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, person: str
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    card = _card(store, qtbot, person)
    dialog = card.erasure.ask(EraseDialog)
    assert dialog is not None
    dialog.ticks["phone"].setChecked(True)
    _fill(dialog)
    assert not dialog.submit()
    assert _row(store, person)["phone"] == "+380671234567"


def test_a_changed_card_is_saved_first(
    store: Store, qtbot: QtBot, asked: list[str], person: str
) -> None:
    card = _card(store, qtbot, person)
    edit = card.fields["phone"]
    assert isinstance(edit, QLineEdit)
    type_text(edit, "9")
    assert card.is_dirty()
    assert card.erasure.ask(RectifyDialog) is None
    assert "збережіть зміни" in card.erasure.note.text()


def test_the_keys_open_the_dialogs(store: Store, qtbot: QtBot, person: str) -> None:
    card = _card(store, qtbot, person)
    with qtbot.waitActive(card):
        card.show()
        card.activateWindow()
    card.tabs.setCurrentIndex(2)  # from another tab, too
    target = QApplication.focusWidget() or card
    QTest.keyClick(target, Qt.Key.Key_R, CTRL_SHIFT)
    assert isinstance(card.erasure.dialog, RectifyDialog)
    card.erasure.dialog.reject()
    QTest.keyClick(target, Qt.Key.Key_X, CTRL_SHIFT)
    assert isinstance(card.erasure.dialog, EraseDialog)
    card.erasure.dialog.reject()


@pytest.fixture
def specialist(store: Store) -> Iterator[Store]:
    store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    with Store.open(store.paths, "petro", "пароль-петра") as other:
        yield other


def _closed(card: PersonCard) -> None:
    """The card goes before its store closes (a window alive on a closed store crashed)."""
    card.close()
    card.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_specialist_finds_the_actions_disabled_saying_why(
    specialist: Store, qtbot: QtBot, person: str
) -> None:
    card = PersonCard(specialist, TaskRunner(ImmediatePool()), person, today=lambda: TODAY)
    try:
        panel = card.erasure
        assert not panel.rectify_button.isEnabled() and not panel.erase_button.isEnabled()
        assert "лише координатор" in panel.rectify_button.toolTip()
        assert panel.ask(RectifyDialog) is None
    finally:
        _closed(card)


def test_a_district_device_finds_the_actions_disabled_saying_why(
    store: Store, qtbot: QtBot, person: str
) -> None:
    with store.write() as uow:
        part = link.ServerLink("https://hub", "hub", "Бабенкове", ("district-1",), "token")
        meta.put(uow.connection, link.LINK_KEY, part.to_json())
    card = _card(store, qtbot, person)
    assert not card.erasure.erase_button.isEnabled()
    assert "частиною округів" in card.erasure.erase_button.toolTip()
    with store.write() as uow:  # linked for every district: a coordinator's device
        every = link.ServerLink("https://hub", "hub", "Центр", None, "token")
        meta.put(uow.connection, link.LINK_KEY, every.to_json())
    assert _card(store, qtbot, person).erasure.erase_button.isEnabled()


def test_a_workplace_of_some_districts_finds_the_actions_disabled_unless_it_is_the_centre(
    store: Store, qtbot: QtBot, person: str
) -> None:
    from socdesk.store import meta as store_meta
    from socdesk.store.replica import HUB, set_role
    from socdesk.store.schema import Workplace
    from socdesk.store.territory import served_districts

    two_districts(store)
    assert _card(store, qtbot, person).erasure.rectify_button.isEnabled()  # it serves both
    with store.write() as uow:
        one = served_districts(uow.connection)[0][0]
        uow.update(Workplace, store_meta.workplace_id(uow.connection), {"district_ids": [one]})
    assert "частиною округів" in _card(store, qtbot, person).erasure.rectify_button.toolTip()
    with store.write() as uow:
        set_role(uow, HUB)
    assert _card(store, qtbot, person).erasure.rectify_button.isEnabled()


def test_several_fields_are_stored_as_the_card_stores_them(
    store: Store, qtbot: QtBot, asked: list[str], person: str
) -> None:
    card = _card(store, qtbot, person)
    dialog = card.erasure.ask(RectifyDialog)
    assert isinstance(dialog, RectifyDialog)
    for name, value in (("birth_date", "03.02.1950"), ("phone", "050 111 22 33")):
        dialog.ticks[name].setChecked(True)
        editor = dialog.editors[name]
        assert isinstance(editor, QLineEdit)
        editor.clear()
        type_text(editor, value)
    dialog.ticks["sex"].setChecked(True)
    sex = dialog.editors["sex"]
    assert isinstance(sex, QComboBox)
    sex.setCurrentIndex(sex.findData("female"))
    _fill(dialog)
    assert dialog.submit(), dialog.error_label.text()
    row = _row(store, person)
    assert (row["birth_date"], row["phone"], row["sex"]) == (
        dt.date(1950, 2, 3),
        "+380501112233",
        "female",
    )
    assert card.fields["birth_date"].text() == "03.02.1950"  # type: ignore[union-attr]


def test_the_write_runs_off_the_gui_thread(
    store: Store, qtbot: QtBot, asked: list[str], person: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from socdesk.store import erasure
    from socdesk.ui.changes import ChangeBus, Writer

    threads: list[threading.Thread] = []
    original = erasure.erase_fields

    def recorded(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(erasure, "erase_fields", recorded)
    runner = TaskRunner()
    card = PersonCard(store, runner, person, today=lambda: TODAY)
    card.writer = Writer(store, runner, ChangeBus(card))
    qtbot.addWidget(card)
    dialog = EraseDialog(store, person, card.writer, TODAY, card)
    dialog.ticks["phone"].setChecked(True)
    _fill(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        assert dialog.submit()
    assert threads and threads[0] is not threading.main_thread()
    assert _row(store, person)["phone"] == ""
    runner.shutdown()
