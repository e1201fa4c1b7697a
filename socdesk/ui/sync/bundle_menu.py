"""The bundles' part of the «Синхронізація» menu: export and import by USB stick, and the
health of the exchange; their dialogs are imported when first opened.

Which side the screens work for is decided when the menu opens: a coordinator's desktop
connected to the server for every district carries the server's bundles («Імпорт пакетів…»,
«Експорт для робочих місць…», the workplaces' health from the server); a centre kept on a
desktop does the same on its store; any other desktop is a workplace («Експорт для
центру…», «Імпорт від центру…», its own view of the centre).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from socdesk.domain.people import Role
from socdesk.sync import link
from socdesk.sync.bundles import is_centre
from socdesk.ui.i18n import tr

if TYPE_CHECKING:
    import httpx

    from socdesk.ui.main_window import MainWindow
    from socdesk.ui.sync.bundles import Backend, Drives

EXPORT_KEYS, IMPORT_KEYS, HEALTH_KEYS = "Ctrl+Shift+E", "Ctrl+Shift+I", "Ctrl+Shift+H"
LOCAL, CENTRE, SERVER = "workplace", "centre", "server"


def side(window: MainWindow) -> str:
    """Whose bundles this desktop handles (a couple of quick reads of the store)."""
    store = window.store
    server = link.linked(store)
    if server is not None and server.districts is None and store.role == Role.COORDINATOR:
        return SERVER
    return CENTRE if is_centre(store) else LOCAL


class BundleMenu:
    """Adds export, import and «Стан обміну пакетами…» to `menu`."""

    def __init__(
        self,
        window: MainWindow,
        menu: QMenu,
        drives: Drives | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.window, self.drives, self.client = window, drives, client
        self.export_action = self._action("", EXPORT_KEYS, self.show_export)
        self.import_action = self._action("", IMPORT_KEYS, self.show_import)
        self.health_action = self._action(
            tr("Bundles", "Стан &обміну пакетами…"), HEALTH_KEYS, self.show_health
        )
        menu.addSeparator()
        menu.addActions([self.export_action, self.import_action, self.health_action])
        menu.aboutToShow.connect(self.retitle)
        self.retitle()

    def retitle(self) -> None:
        workplace = side(self.window) == LOCAL
        self.export_action.setText(
            tr("Bundles", "&Експорт для центру…")
            if workplace
            else tr("Bundles", "&Експорт для робочих місць…")
        )
        self.import_action.setText(
            tr("Bundles", "&Імпорт від центру…") if workplace else tr("Bundles", "&Імпорт пакетів…")
        )

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def backend(self) -> Backend:
        store = self.window.store
        if side(self.window) == SERVER:
            from socdesk.sync.bundle_remote import ServerCentre

            return ServerCentre(store, client=self.client)
        from socdesk.sync.bundle_view import LocalBundles

        return LocalBundles(store)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.open()
        return dialog

    def show_export(self) -> QDialog:
        from socdesk.ui.sync.bundles import BundleExportDialog, removable_drives

        window, drives = self.window, self.drives or removable_drives
        return self._open(BundleExportDialog(self.backend(), window.runner, drives, window))

    def show_import(self) -> QDialog:
        from socdesk.ui.sync.bundles import BundleImportDialog, removable_drives

        window, drives = self.window, self.drives or removable_drives
        return self._open(BundleImportDialog(self.backend(), window.runner, drives, window))

    def show_health(self) -> QDialog:
        from socdesk.ui.sync.health import BundleHealthDialog

        window = self.window
        return self._open(BundleHealthDialog(self.backend(), window.runner, window))
