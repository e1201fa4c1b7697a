"""Merging two records from the registry (coordinators only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import FAST_KDF, LOGIN, TODAY, kovalchuk

from socdesk.domain.people import Role
from socdesk.store.database import NewUser, Store
from socdesk.store.merge import resolve_person_id
from socdesk.store.people import create_person, load_person
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.merge import MergeDialog


@pytest.fixture
def two(store: Store) -> tuple[str, str]:
    with store.write() as uow:
        first, _ = create_person(uow, kovalchuk(phone=""), None, TODAY)
        second, _ = create_person(uow, kovalchuk(phone="0501112233"), None, TODAY)
    return first, second


def select_rows(window: MainWindow, rows: list[int]) -> None:
    selection = window.registry.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(window.registry.model.index(row, 0), flags)


def test_two_selected_records_become_one(
    store: Store, qtbot: QtBot, two: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))  # the merge runs at once
    qtbot.addWidget(window)
    assert window.registry.model.rowCount() == 2
    select_rows(window, [0])
    assert window.merge_selected() is None
    assert "два записи" in shown[0]
    select_rows(window, [0, 1])
    dialog = window.merge_selected()
    assert isinstance(dialog, MergeDialog)
    first_id = window.registry.model.person_id(0)
    other_id = window.registry.model.person_id(1)
    dialog.keep_first.setChecked(True)
    dialog.buttons.accepted.emit()
    assert dialog.survivor_id == first_id
    assert window.registry.model.rowCount() == 1
    with store.read() as conn:
        assert resolve_person_id(conn, other_id) == first_id
        survivor = load_person(conn, first_id)
    assert survivor.phone == "+380501112233"  # kept, or filled from the other record


def test_only_a_coordinator_may_merge(store: Store, qtbot: QtBot, two: tuple[str, str]) -> None:
    store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    with Store.open(store.paths, "petro", "пароль-петра") as specialist:
        window = MainWindow(specialist, "petro")
        dialog = MergeDialog(specialist, *two)
        try:
            assert "&Об’єднати двох осіб…" not in [a.text() for a in window.actions()]
            dialog.buttons.accepted.emit()
            assert "координатору" in dialog.error_label.text()
            assert dialog.survivor_id is None
        finally:
            # Both windows go before their store closes (not at qtbot's teardown, after it):
            # a window alive on a closed store crashed the process now and then.
            for widget in (dialog, window):
                widget.close()
                widget.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
