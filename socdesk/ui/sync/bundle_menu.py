"""The bundles' part of the «Синхронізація» menu: export and import by USB stick, and the
health of the exchange; their dialogs are imported when first opened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from socdesk.sync.bundles import is_centre
from socdesk.ui.i18n import tr

if TYPE_CHECKING:
    from socdesk.ui.main_window import MainWindow
    from socdesk.ui.sync.bundles import Drives

EXPORT_KEYS, IMPORT_KEYS, HEALTH_KEYS = "Ctrl+Shift+E", "Ctrl+Shift+I", "Ctrl+Shift+H"


class BundleMenu:
    """Adds «Експорт для центру…», «Імпорт від центру…» (at a centre: «Експорт для робочих
    місць…», «Імпорт пакетів…») and «Стан обміну пакетами…» to `menu`."""

    def __init__(self, window: MainWindow, menu: QMenu, drives: Drives | None = None) -> None:
        self.window, self.drives = window, drives
        centre = is_centre(window.store)
        export_text = (
            tr("Bundles", "&Експорт для робочих місць…")
            if centre
            else tr("Bundles", "&Експорт для центру…")
        )
        import_text = (
            tr("Bundles", "&Імпорт пакетів…") if centre else tr("Bundles", "&Імпорт від центру…")
        )
        self.export_action = self._action(export_text, EXPORT_KEYS, self.show_export)
        self.import_action = self._action(import_text, IMPORT_KEYS, self.show_import)
        self.health_action = self._action(
            tr("Bundles", "Стан &обміну пакетами…"), HEALTH_KEYS, self.show_health
        )
        menu.addSeparator()
        menu.addActions([self.export_action, self.import_action, self.health_action])

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.open()
        return dialog

    def show_export(self) -> QDialog:
        from socdesk.ui.sync.bundles import BundleExportDialog, removable_drives

        window = self.window
        drives = self.drives or removable_drives
        return self._open(BundleExportDialog(window.store, window.runner, drives, window))

    def show_import(self) -> QDialog:
        from socdesk.ui.sync.bundles import BundleImportDialog, removable_drives

        window = self.window
        drives = self.drives or removable_drives
        return self._open(BundleImportDialog(window.store, window.runner, drives, window))

    def show_health(self) -> QDialog:
        from socdesk.ui.sync.health import BundleHealthDialog

        window = self.window
        return self._open(BundleHealthDialog(window.store, window.runner, window))
