"""«Адміністрування сервера» against the in-process server: offered in the menu only on a
desktop connected as a coordinator's device; it lists the workplaces' devices, makes a code
(shown large, with its expiry and a copy button) that enrols another desk, revokes a device
after a question naming its workplace, moves a person of the local registry to another
district, and says in Ukrainian when the server is unreachable or this device revoked."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from server_support import known_districts
from support import add_person, type_text
from sync_checks import NORTH

from socdesk.server import admin as server_admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, connect
from socdesk.store.database import Store
from socdesk.sync import link
from socdesk.ui.changes import own_writer
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.server_admin import ServerAdminWindow
from socdesk.ui.sync import install
from socdesk.ui.sync.backend import ServerSync
from socdesk.ui.sync.controller import SyncController

BASE = "http://testserver"
Territory = tuple[Path, dict[str, str]]
ADMIN = "&Адміністрування сервера…"


def coordinator(
    client: TestClient, settings: ServerSettings, store: Store, ids: dict[str, str]
) -> None:
    known_districts(settings, {ids["Північний"]: "Північний", ids["Південний"]: "Південний"})
    link.connect(store, BASE, server_admin.enrol(settings, "Центр громади", None), client=client)


def admin_window(
    store: Store, client: TestClient | httpx.Client, qtbot: QtBot
) -> ServerAdminWindow:
    runner = TaskRunner(ImmediatePool())
    controller = SyncController(
        own_writer(store, None), runner, ServerSync(client), sync_runner=runner
    )
    window = ServerAdminWindow(controller)
    qtbot.addWidget(window)
    window.show()
    return window


def cells(window: ServerAdminWindow) -> list[list[str]]:
    model = window.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_menu_offers_it_only_on_a_coordinators_device(
    desks: tuple[Store, Store],
    territory: Territory,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    centre, village = desks
    coordinator(client, server_settings, centre, territory[1])
    code = server_admin.enrol(server_settings, "Село", [territory[1]["Північний"]])
    link.connect(village, BASE, code, client=client)
    monkeypatch.setattr(install, "default_link", lambda: ServerSync(client))
    offered = {}
    for store in (centre, village):
        window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
        qtbot.addWidget(window)
        actions = {a.text(): a for a in window.sync.menu.actions()}
        offered[store.device_id] = ADMIN in actions
        if ADMIN in actions:
            assert actions[ADMIN].shortcut().toString() == "Ctrl+Shift+F9"
            shown = window.sync.show_admin()
            qtbot.waitUntil(lambda s=shown: s.model.rowCount() == 2)  # type: ignore[misc]
            shown.close()
        window.close()
    assert offered == {centre.device_id: True, village.device_id: False}


def test_a_coordinator_makes_a_code_revokes_a_device_and_moves_a_person(
    desks: tuple[Store, Store],
    territory: Territory,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
    messages: list[str],
) -> None:
    centre, village = desks
    ids = territory[1]
    coordinator(client, server_settings, centre, ids)
    window = admin_window(centre, client, qtbot)
    ((workplace, districts, device, seen, state),) = cells(window)
    assert (workplace, districts, state) == ("Центр громади", "усі округи (координатор)", "працює")
    assert device == f"…{centre.device_id[-8:]} (цей комп’ютер)"
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", seen)  # this very request
    window.ask_revoke()
    assert "власний комп’ютер" in messages[-1]

    dialog = window.new_code()
    dialog.submit()
    assert dialog.error_label.text() == "Вкажіть назву робочого місця."
    type_text(dialog.workplace_edit, "Озерна")
    dialog.submit()
    assert "Позначте округи" in dialog.error_label.text()
    names = [dialog.districts_list.item(i).text() for i in range(dialog.districts_list.count())]
    assert names == ["Південний", "Північний"]
    dialog.districts_list.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.submit()
    code = dialog.code_label.text()
    assert dialog.code_label.isVisible() and len(code) == 9 and code[4] == "-"
    assert dialog.code_label.font().pointSize() >= 24
    assert "Діє до" in dialog.expiry_label.text() and "Озерна" in dialog.expiry_label.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == code
    assert not dialog.make_button.isEnabled()  # shown once: no second code from this form
    link.connect(village, BASE, code, client=client)
    dialog.reject()
    rows = {row[0]: row for row in cells(window)}
    assert rows["Озерна"][1] == "Північний" and rows["Озерна"][4] == "працює"

    window.table.selectRow(sorted(rows).index("Озерна"))
    window.ask_revoke()
    assert "«Озерна»" in messages[-1] and "новий код" in messages[-1]
    assert {row[0]: row[4] for row in cells(window)}["Озерна"] == "відкликано"
    assert "відкликано" in window.status.text()
    with pytest.raises(Exception, match="відключено"):
        link.sync_now(village, client=client)

    person = add_person(centre, "Гнатюк", "Марія", settlement_id=ids[NORTH])
    link.sync_now(centre, client=client)
    moving = window.transfer()
    type_text(moving.search, "Гнатюк")
    assert moving.results.count() == 1
    moving.district_combo.setCurrentIndex(moving.district_combo.findText("Північний"))
    moving.submit()
    assert "інший округ" in moving.error_label.text()  # already there
    moving.district_combo.setCurrentIndex(moving.district_combo.findText("Південний"))
    moving.submit()
    assert "«Гнатюк Марія»" in messages[-1] and "«Північний»" in messages[-1]
    assert "«Південний»" in messages[-1]
    assert "переведено" in window.status.text()
    engine = connect(server_settings.url)
    with engine.connect() as conn:
        table = CURRENT["person"]
        moved = conn.execute(table.select().where(table.c.id == person)).one()
    engine.dispose()
    assert moved.district_id == ids["Південний"]


def test_an_unreachable_server_or_a_revoked_device_is_said_in_ukrainian(
    desks: tuple[Store, Store],
    territory: Territory,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
) -> None:
    centre = desks[0]
    coordinator(client, server_settings, centre, territory[1])

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    window = admin_window(centre, httpx.Client(transport=httpx.MockTransport(down)), qtbot)
    assert "Сервер недоступний" in window.status.text()
    assert not window.progress.isVisible() and window.code_button.isEnabled()
    server_admin.revoke(server_settings, centre.device_id)
    window = admin_window(centre, client, qtbot)
    assert "відключено" in window.status.text()
    assert window.model.rowCount() == 0


def test_tab_walks_the_table_then_the_acts_and_esc_closes(
    desks: tuple[Store, Store],
    territory: Territory,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
) -> None:
    coordinator(client, server_settings, desks[0], territory[1])
    window = admin_window(desks[0], client, qtbot)
    order = [
        window.table,
        window.code_button,
        window.revoke_button,
        window.transfer_button,
        window.reload_button,
        window.findChild(QPushButton, "close_button"),
    ]
    seen, widget = [], order[0]
    for _ in range(200):
        if widget in order and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == order
    dialog = window.new_code()
    qtbot.keyClick(dialog.workplace_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.isVisible()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_a_device_whose_audit_chain_broke_is_said_highlighted_with_what_to_do(
    qtbot: QtBot,
) -> None:
    import datetime as dt

    from PySide6.QtGui import QBrush

    from socdesk.sync.admin import DeviceInfo
    from socdesk.ui.server_admin import DevicesModel

    when = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    model = DevicesModel()
    model.set_rows(
        [
            DeviceInfo("a" * 36, "Село", None, "active", when, when, "went_back"),
            DeviceInfo("b" * 36, "Озерна", None, "active", when, when, None),
        ]
    )
    broken, fine = model.index(0, 4), model.index(1, 4)
    assert "журнал дій порушено" in model.data(broken)
    tip = model.data(broken, Qt.ItemDataRole.ToolTipRole)
    assert "резервн" in tip or "адміністратор" in tip
    assert isinstance(model.data(broken, Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.data(fine) == "працює"
    assert model.data(fine, Qt.ItemDataRole.ForegroundRole) is None
