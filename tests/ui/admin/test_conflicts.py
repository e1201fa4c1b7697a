"""The conflicts view: real conflicts made between replicas, settled by a coordinator as
ordinary changes; the status bar's count and the person card's notice lead to it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from replicas import make_replica, sync
from support import FAST_KDF, LOGIN, add_person, type_text

from socdesk.domain.changes import Changes
from socdesk.domain.people import Role
from socdesk.store.conflicts import Resolution, open_count
from socdesk.store.database import NewUser, Store
from socdesk.store.people import load_person
from socdesk.store.schema import Person
from socdesk.ui.admin.conflicts import ConflictsView
from socdesk.ui.changes import own_writer
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner

HOUR_MS = 3_600_000
WHEN = re.compile(r"Олена Тестова, \d\d\.\d\d\.\d{4} \d\d:\d\d")


def conflicted_hub(
    template: Path, folder: Path, field: str, values: tuple[object, object]
) -> tuple[Store, str]:
    """The centre's store holding one conflict: two workplaces changed a field of Гнатюк's
    card at once (the first value loses, the second stays)."""
    hub = make_replica(template, folder / "hub", hub=True)
    a = make_replica(template, folder / "a", skew_ms=-HOUR_MS)
    b = make_replica(template, folder / "b", skew_ms=HOUR_MS)
    pid = add_person(a, "Гнатюк", "Марія")
    sync(a, hub)
    sync(b, hub)
    for store, value in zip((a, b), values, strict=True):
        with store.write() as uow:
            uow.update(Person, pid, {field: value})
    for spoke in (a, b, a):
        sync(spoke, hub)
    a.close()
    b.close()
    return hub, pid


@pytest.fixture
def hub(template_store: Path, tmp_path: Path) -> Iterator[tuple[Store, str]]:
    """Two workplaces changed Гнатюк's phone."""
    store, pid = conflicted_hub(
        template_store, tmp_path, "phone", ("+380671111111", "+380502222222")
    )
    yield store, pid
    store.close()


def view_of(store: Store, qtbot: QtBot) -> tuple[ConflictsView, list[Changes]]:
    announced: list[Changes] = []
    writer = own_writer(store, None)
    writer.bus.changed.connect(announced.append)
    view = ConflictsView(writer)
    qtbot.addWidget(view)
    view.show()
    return view, announced


def phone(store: Store, pid: str) -> str:
    with store.read() as conn:
        return load_person(conn, pid).phone


def test_each_conflict_shows_both_values_with_who_and_when(
    hub: tuple[Store, str], qtbot: QtBot
) -> None:
    store, _pid = hub
    view, _ = view_of(store, qtbot)
    (row,) = view.model.rows
    assert row.subject == "Гнатюк Марія"
    assert row.field == "Телефон"
    assert row.kept.startswith("050 222 22 22\n") and WHEN.search(row.kept)
    assert row.lost.startswith("067 111 11 11\n") and WHEN.search(row.lost)
    assert view.keep_button.isEnabled() and not view.empty_label.isVisibleTo(view)


@pytest.mark.parametrize(
    ("button", "expected"),
    [("keep_button", "+380502222222"), ("swap_button", "+380671111111")],
)
def test_keep_or_take_the_other_value(
    hub: tuple[Store, str], qtbot: QtBot, button: str, expected: str
) -> None:
    store, pid = hub
    view, announced = view_of(store, qtbot)
    clicked: QPushButton = getattr(view, button)
    clicked.click()
    assert phone(store, pid) == expected
    assert view.model.rows == [] and view.empty_label.isVisibleTo(view)
    assert announced and announced[-1].sync_conflicts
    with store.read() as conn:
        assert open_count(conn) == 0


def test_a_typed_value_is_checked_then_saved(hub: tuple[Store, str], qtbot: QtBot) -> None:
    store, pid = hub
    view, _ = view_of(store, qtbot)
    dialog = view.ask_value()
    assert dialog is not None
    assert dialog.value_edit.text() == "050 222 22 22"  # starts from the current value
    dialog.value_edit.clear()
    type_text(dialog.value_edit, "дзвонити сусідці")
    dialog.buttons.accepted.emit()
    assert "Номер телефону неправильний" in dialog.error_label.text()
    assert dialog.isVisible() and len(view.model.rows) == 1
    dialog.value_edit.clear()
    type_text(dialog.value_edit, "093 123 45 67")
    dialog.buttons.accepted.emit()
    assert phone(store, pid) == "+380931234567"
    assert not dialog.isVisible() and view.model.rows == []


def test_the_store_refuses_a_value_the_field_cannot_take(
    template_store: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    store, pid = conflicted_hub(
        template_store, tmp_path, "birth_date", (dt.date(1950, 3, 1), dt.date(1951, 3, 1))
    )
    with store:
        view, _ = view_of(store, qtbot)
        (row,) = view.model.rows
        assert row.field == "Дата народження" and row.kept.startswith("01.03.1951\n")
        dialog = view.ask_value()
        assert dialog is not None and dialog.value_edit.text() == "01.03.1951"
        dialog.value_edit.setText("торік навесні")
        dialog.buttons.accepted.emit()
        assert dialog.error_label.text() == "Таке значення не підходить для цього поля."
        dialog.value_edit.setText("01.03.1950")
        dialog.buttons.accepted.emit()
        with store.read() as conn:
            assert load_person(conn, pid).birth_date == dt.date(1950, 3, 1)
        view.close()


def test_only_a_coordinator_may_settle(hub: tuple[Store, str], qtbot: QtBot) -> None:
    store, _pid = hub
    store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    with Store.open(store.paths, "petro", "пароль-петра") as specialist:
        view, _ = view_of(specialist, qtbot)
        assert len(view.model.rows) == 1  # seen, read-only
        assert not view.keep_button.isVisibleTo(view) and not view.may_resolve
        assert view.ask_value() is None
        view.settle(view.model.rows[0], Resolution.KEEP)
        assert "координатору" in view.error_label.text()
        window = MainWindow(specialist, "petro", TaskRunner(ImmediatePool()))
        qtbot.addWidget(window)
        titles = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
        assert "&Конфлікти синхронізації…" not in titles
        window.close()
    with store.read() as conn:
        assert open_count(conn) == 1


def test_status_bar_counts_conflicts_and_opens_the_view(
    hub: tuple[Store, str], qtbot: QtBot
) -> None:
    store, _pid = hub
    window = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    assert window.conflict_label.isVisibleTo(window)
    assert window.conflict_label.text() == "Конфлікти: 1"
    titles = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert "&Конфлікти синхронізації…" in titles
    window.conflict_label.click()
    view = window.findChild(ConflictsView)
    assert isinstance(view, ConflictsView) and len(view.model.rows) == 1
    view.keep_button.click()
    assert not window.conflict_label.isVisibleTo(window)  # the bus told the status bar


def test_the_card_says_when_its_person_has_a_conflict(hub: tuple[Store, str], qtbot: QtBot) -> None:
    store, pid = hub
    window = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    card = window.open_card(pid)
    assert card.conflict_notice.isVisibleTo(card)
    assert "Телефон" in card.conflict_text.text()
    card.conflict_button.click()
    view = card.findChild(ConflictsView)
    assert isinstance(view, ConflictsView) and len(view.model.rows) == 1
    view.swap_button.click()
    assert not card.conflict_notice.isVisibleTo(card)
    assert card.fields["phone"].text() == "067 111 11 11"  # the untouched card reloaded
    other = window.open_card(add_person(store, "Бондар", "Іван"))
    assert not other.conflict_notice.isVisibleTo(other)


def test_a_value_withheld_by_an_erasure_is_told_without_it_and_dismissed(
    template_store: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    """A note written before an erasure of the notes and sent after it: the view says so
    without the value, the other value cannot be taken, and dismissing settles it."""
    from support import TODAY

    from socdesk.store.retention import erase_person

    hub = make_replica(template_store, tmp_path / "hub", hub=True)
    a = make_replica(template_store, tmp_path / "a")
    b = make_replica(template_store, tmp_path / "b")
    pid = add_person(a, "Гнатюк", "Марія", notes="незаконна примітка")
    for spoke in (a, b, a, b):
        sync(spoke, hub)
    with b.write() as uow:  # offline, before the erasure reached B
        uow.update(Person, pid, {"notes": "Канарка"})
    erase_person(a, pid, "незаконно", TODAY, fields=["notes"])
    for spoke in (a, b, a):
        sync(spoke, hub)
    for spoke in (a, b):
        spoke.close()
    try:
        view, _ = view_of(hub, qtbot)
        (row,) = view.model.rows
        assert row.conflict.withheld and "Канарка" not in row.kept + row.lost
        assert "зроблено до знищення даних і не застосовано" in row.lost
        view.table.selectRow(0)
        assert view.keep_button.isEnabled() and not view.swap_button.isEnabled()
        view.keep_button.click()
        assert view.model.rows == []
    finally:
        hub.close()
