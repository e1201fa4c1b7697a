"""The retention screen through its widgets: the period is saved, the people due are listed,
and anonymising them asks first, naming how many."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support import add_person, type_text

from socdesk.domain.retention import ANONYMOUS_SURNAME
from socdesk.store.database import Store
from socdesk.store.schema import Person, SocialCase
from socdesk.ui.admin.retention import RetentionDialog

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
    dialog = RetentionDialog(store, today=TODAY)
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
