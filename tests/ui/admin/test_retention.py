"""The retention screen through its widgets: the period is saved, the people due are listed,
and anonymising them asks first, naming how many."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support import add_person, type_text

from socdesk.domain.progress import Progress
from socdesk.domain.retention import ANONYMOUS_SURNAME
from socdesk.store.database import Store
from socdesk.store.retention import RetentionPeriod, due_people, set_period
from socdesk.store.schema import Person, SocialCase
from socdesk.ui.admin.retention import RetentionDialog
from socdesk.ui.ops import ImmediatePool, TaskRunner

TODAY = dt.date(2026, 12, 6)


def _closed(store: Store, surname: str, closed_on: dt.date) -> str:
    person = add_person(store, surname)
    with store.write() as uow:
        uow.insert(
            SocialCase,
            {
                "number": f"К-{surname}",
                "person_id": person,
                "state": "closed",
                "channel": "application",
                "received_on": dt.date(2015, 1, 5),
                "closed_on": closed_on,
            },
        )
    return person


def test_the_period_is_saved_and_those_due_are_anonymised_after_asking(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _closed(store, "Давній", dt.date(2016, 3, 1))
    _closed(store, "Недавній", dt.date(2025, 3, 1))
    dialog = RetentionDialog(store, today=TODAY, runner=TaskRunner(ImmediatePool()))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.anonymise_button.isEnabled()  # no period yet
    dialog.years.setValue(5)
    dialog.valid_from.setDate(dt.date(2000, 1, 1))
    type_text(dialog.source, "Номенклатура справ")
    qtbot.mouseClick(
        dialog.findChild(type(dialog.anonymise_button), "save_period"), Qt.MouseButton.LeftButton
    )
    assert dialog.table.rowCount() == 1 and "1" in dialog.due_label.text()
    asked: list[str] = []

    def no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    assert "осіб: 1?" in asked[0]
    assert dialog.table.rowCount() == 1  # nothing done without a yes
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and "Знеособлено осіб: 1" in dialog.due_label.text()
    table = Person.__table__  # type: ignore[attr-defined]
    with store.read() as conn:
        surname = conn.execute(select(table.c.surname).where(table.c.id == old)).scalar()
    assert surname == ANONYMOUS_SURNAME


class _Recorded(Progress):
    """Remembers every label and the thread that reported it."""

    made: list[_Recorded] = []  # noqa: RUF012 - every one made, for the test to look at

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[str] = []
        self.threads: set[int] = set()
        _Recorded.made.append(self)

    def start(self, label: str, total: int | None = None) -> None:
        self.labels.append(label)
        self.threads.add(threading.get_ident())
        super().start(label, total)


class _CancelsAfterFirst(_Recorded):
    """Presses Cancel as soon as the first person is done."""

    def advance(self, n: int = 1) -> None:
        if self.snapshot().done + n >= 1:
            self.cancel()
        super().advance(n)


def _three_due(store: Store) -> list[str]:
    names = ("Антонюк", "Бойко", "Вакуленко")
    people = [_closed(store, name, dt.date(2016, 3, day)) for day, name in enumerate(names, 1)]
    set_period(store, RetentionPeriod(5, dt.date(2000, 1, 1), "Номенклатура справ"))
    return people


def _surnames(store: Store, ids: list[str]) -> list[str]:
    table = Person.__table__  # type: ignore[attr-defined]
    with store.read() as conn:
        query = select(table.c.id, table.c.surname).where(table.c.id.in_(ids))
        rows = {pid: surname for pid, surname in conn.execute(query)}
    return [rows[i] for i in ids]


def test_anonymising_runs_off_the_gui_thread_and_shows_its_progress(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = _three_due(store)
    release = threading.Event()

    class Waits(_Recorded):
        def advance(self, n: int = 1) -> None:
            super().advance(n)
            if self.snapshot().done == 1:
                assert release.wait(10)  # holds the work while the test looks at the window

    runner = TaskRunner(parent=None)
    dialog = RetentionDialog(store, today=TODAY, runner=runner)
    dialog.progress_type = Waits
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    # the click returned while the work waits: the event loop keeps running and the progress
    # dialog's timer shows how far it is
    assert dialog.progress_dialog is not None
    qtbot.waitUntil(lambda: "Знеособлено 1 з 3" in dialog.progress_dialog.labelText())  # type: ignore[union-attr]
    assert not dialog.anonymise_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert dialog.progress_dialog is None
    assert "Знеособлено осіб: 3" in dialog.due_label.text() and dialog.table.rowCount() == 0
    assert _surnames(store, people) == [ANONYMOUS_SURNAME] * 3
    assert threading.get_ident() not in _Recorded.made[-1].threads
    runner.shutdown()


def test_cancel_after_the_first_person_leaves_the_others_due(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = _three_due(store)
    dialog = RetentionDialog(store, today=TODAY, runner=TaskRunner(ImmediatePool()))
    dialog.progress_type = _CancelsAfterFirst
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    surnames = _surnames(store, people)
    assert surnames[0] == ANONYMOUS_SURNAME
    assert surnames[1:] == ["Бойко", "Вакуленко"]  # untouched, still due
    assert dialog.table.rowCount() == 2
    assert _Recorded.made[-1].labels == ["Знеособлено 0 з 3", "Знеособлено 1 з 3"]
    text = dialog.due_label.text()
    assert "1 з 3" in text and "Решта (2)" in text
    with store.read() as conn:
        assert [d.person_id for d in due_people(conn, TODAY)] == people[1:]
