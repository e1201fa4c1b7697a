"""Sync in the main window: the «Синхронізація» menu (F9 from every window, as Ctrl+L locks from
every window), the status bar's sync part, and the worker's place in locking and quitting.

`SyncPanel(window)` puts it all in place; the main window only creates it and shuts it down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from socdesk.domain.people import Role
from socdesk.ui.i18n import tr
from socdesk.ui.ops import TaskRunner
from socdesk.ui.sync.controller import Link, SyncController, Timing
from socdesk.ui.sync.status_bar import SyncStatus
from socdesk.ui.sync.words import REVOKED

if TYPE_CHECKING:
    from socdesk.ui.main_window import MainWindow
    from socdesk.ui.server_admin import ServerAdminWindow
    from socdesk.ui.sync.connect import ConnectDialog
    from socdesk.ui.sync.screen import SyncScreen

SYNC_KEY = Qt.Key.Key_F9


def is_sync_key(event: QKeyEvent) -> bool:
    """F9 alone (any layout: a function key types no letter)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == SYNC_KEY and mods == Qt.KeyboardModifier.NoModifier


def default_link() -> Link:
    """The server link over the network (tests put one on the in-process server here)."""
    from socdesk.ui.sync.backend import ServerSync

    return ServerSync()


class SyncPanel(QObject):
    """The main window's sync: controller, menu, status bar part, F9 everywhere."""

    def __init__(
        self,
        window: MainWindow,
        link: Link | None = None,
        *,
        sync_runner: TaskRunner | None = None,
        timing: Timing | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._link = link or default_link()
        self.controller = SyncController(
            window.writer,
            window.runner,
            self._link,
            sync_runner=sync_runner,
            timing=timing,
            parent=window,
        )
        self.status = SyncStatus(self.controller, self.show_screen, window)
        window.statusBar().addPermanentWidget(self.status)
        self.menu = self._build_menu()
        window.locker.locked.connect(self.controller.pause)
        window.locker.unlocked.connect(self.controller.resume)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # F9 from a card, a case, a dialog
        self._screen: SyncScreen | None = None
        self._admin: ServerAdminWindow | None = None
        self.admin_action = QAction(tr("SyncStatus", "&Адміністрування сервера…"), window)
        self.admin_action.setShortcut(QKeySequence("Ctrl+Shift+F9"))
        self.admin_action.triggered.connect(self.show_admin)
        self.controller.changed.connect(self._offer_admin)
        self.controller.start()

    def _build_menu(self) -> QMenu:
        window = self.window
        menu = QMenu(tr("SyncStatus", "&Синхронізація"), window)
        menu.setObjectName("sync_menu")
        self.sync_action = self._action(
            tr("SyncStatus", "Синхронізувати &зараз"), "F9", self.sync_now
        )
        self.screen_action = self._action(
            tr("SyncStatus", "&Стан синхронізації…"), "Shift+F9", self.show_screen
        )
        menu.addActions([self.sync_action, self.screen_action])
        from socdesk.ui.sync.bundle_menu import BundleMenu  # USB bundles (issue 15)

        self.bundles = BundleMenu(window, menu, client=getattr(self._link, "client", None))
        if window.store.role == Role.COORDINATOR:  # connecting a computer is a coordinator's
            self.connect_action = self._action(
                tr("SyncStatus", "&Підключення до сервера…"), "Ctrl+F9", self.show_connect
            )
            menu.addSeparator()
            menu.addAction(self.connect_action)
        bar = window.menuBar()
        menus = bar.actions()
        if menus:  # before «Довідка», the last menu everywhere
            bar.insertMenu(menus[-1], menu)
        else:
            bar.addMenu(menu)
        return menu

    def _action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_sync_key(event)
            and not self.window.locker.is_locked()
        ):
            self.sync_now()
            return True
        return False

    def sync_now(self) -> None:
        """F9: sync now, or say why not."""
        view = self.controller.view
        if self.controller.running:
            self.window.statusBar().showMessage(
                tr("SyncStatus", "Синхронізація вже триває."), 5_000
            )
        elif not view.linked:
            QMessageBox.information(
                QApplication.activeWindow() or self.window,
                tr("SyncStatus", "Синхронізація"),
                tr(
                    "SyncStatus",
                    "Цей комп’ютер не підключено до сервера. Підключає його координатор: меню "
                    "«Синхронізація» → «Підключення до сервера…», з кодом підключення.",
                ),
            )
        elif view.revoked:
            QMessageBox.warning(
                QApplication.activeWindow() or self.window,
                tr("SyncStatus", "Синхронізація"),
                tr("SyncStatus", REVOKED),
            )
        else:
            self.controller.sync_now()

    def show_screen(self) -> SyncScreen:
        from socdesk.ui.sync.screen import SyncScreen

        if self._screen is not None and self._screen.isVisible():
            self._screen.raise_()
            self._screen.activateWindow()
            return self._screen
        self._screen = SyncScreen(self.controller, self.window.writer, self.window)
        self._screen.show()
        return self._screen

    def _offer_admin(self) -> None:
        """«Адміністрування сервера» in the menu (and its shortcut) only while this computer
        is connected as a coordinator's device."""
        view = self.controller.view
        wanted = view.linked and view.coordinator
        if wanted == (self.admin_action in self.menu.actions()):
            return
        if wanted:
            self.menu.addAction(self.admin_action)
            self.window.addAction(self.admin_action)
        else:
            self.menu.removeAction(self.admin_action)
            self.window.removeAction(self.admin_action)

    def show_admin(self) -> ServerAdminWindow:
        from socdesk.ui.server_admin import ServerAdminWindow

        if self._admin is not None and self._admin.isVisible():
            self._admin.raise_()
            self._admin.activateWindow()
            return self._admin
        self._admin = ServerAdminWindow(self.controller, self.window)
        self._admin.show()
        return self._admin

    def show_connect(self) -> ConnectDialog:
        from socdesk.ui.sync.connect import ConnectDialog

        dialog = ConnectDialog(self.controller, self.window)
        dialog.open()
        return dialog

    def shutdown(self) -> None:
        """Before the store closes: a running sync is cancelled and its thread ended."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.controller.shutdown()
