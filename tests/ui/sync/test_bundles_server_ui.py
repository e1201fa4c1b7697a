"""A coordinator's desktop connected to the server for every district carries the sticks
through the server (issue 15): «Імпорт пакетів…» sends the workplaces' bundles in after a
preview, «Експорт для робочих місць…» writes one bundle per chosen workplace from the
server, and «Стан обміну пакетами…» shows every workplace as the server sees it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from pytestqt.qtbot import QtBot
from replicas import make_replica
from support import add_person

from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.sync import link
from socdesk.sync.bundles import export_for_centre, import_bundle
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.sync import install
from socdesk.ui.sync.backend import ServerSync
from socdesk.ui.sync.bundles import BundleExportDialog, BundleImportDialog, Drive
from socdesk.ui.sync.health import BundleHealthDialog

BASE = "http://testserver"


def test_the_coordinator_imports_and_exports_bundles_through_the_server(
    store: Store,
    template_store: Path,
    client: TestClient,
    server_settings: ServerSettings,
    qtbot: QtBot,
    monkeypatch: Any,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    link.connect(store, BASE, admin.enrol(server_settings, "Центр", None), client=client)
    a = make_replica(template_store, tmp_path / "a")
    try:
        link.connect(a, BASE, admin.enrol(server_settings, "Село Вишневе", None), client=client)
        add_person(a, "Гнатюк")
        export_for_centre(a, stick)

        monkeypatch.setattr(install, "default_link", lambda: ServerSync(client))
        window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
        qtbot.addWidget(window)
        menu = window.sync.bundles
        menu.drives = lambda: [Drive("KINGSTON", stick)]
        assert menu.export_action.text() == "&Експорт для робочих місць…"
        assert menu.import_action.text() == "&Імпорт пакетів…"

        dialog = menu.show_import()
        assert isinstance(dialog, BundleImportDialog)
        [preview] = dialog.model.rows
        assert preview.importable and dialog.model.cell(preview, 0).startswith("Село Вишневе")
        dialog.import_button.click()
        assert "сервер застосував змін: 1" in dialog.status.text()
        assert [p.already for p in dialog.model.rows] == [True]
        dialog.close()

        out = menu.show_export()
        assert isinstance(out, BundleExportDialog)
        assert out.chosen() == [a.device_id]  # not the coordinator's own desktop
        out.write_button.click()
        [back] = out.written
        assert import_bundle(a, back).acknowledged == 1
        with a.read() as conn:
            assert changelog.unconfirmed_count(conn) == 0
        receipt = out.show_receipt()
        assert receipt is not None and "Село Вишневе" in receipt.text
        out.close()

        health = menu.show_health()
        assert isinstance(health, BundleHealthDialog) and health.health is not None
        [row] = health.health.peers
        assert row.name == "Село Вишневе" and row.last_in and row.waiting == 0
        assert row.conflicts == 0
        health.close()
        window.close()
    finally:
        a.close()
