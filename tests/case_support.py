"""A case opened in its window for the case window's tests (one appeal, home care)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from support import TODAY, add_person, set_up_places

from socdesk.domain.cases import CaseState
from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.store.schema import Workplace
from socdesk.ui.case.window import CaseWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard


def open_case(store: Store, qtbot: QtBot, today: dt.date = TODAY) -> CaseWindow:
    set_up_places(store, "Бабенкове")
    with store.write() as uow:
        workplace = uow.connection.execute(Workplace.__table__.select()).one()  # type: ignore[attr-defined]
        uow.update(Workplace, workplace.id, {"case_prefix": "БАБ"})
    person = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1944, 5, 1))
    card = PersonCard(store, TaskRunner(ImmediatePool()), person)
    qtbot.addWidget(card)
    dialog = card.cases.new_appeal()
    assert dialog is not None
    dialog.check("015.1")
    dialog.buttons.accepted.emit()
    window = CaseWindow(store, card.cases.model.rows[0].id, lambda: today)
    qtbot.addWidget(window)
    window._card = card  # type: ignore[attr-defined]
    return window


def state(store: Store, window: CaseWindow) -> CaseState:
    with store.read() as conn:
        return cw.case_header(conn, window._case_id).state
