"""The main window: the registry, with the status bar (user, store, recipients)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from socdesk.store.database import Store
from socdesk.ui.i18n import tr
from socdesk.ui.registry import RegistryView


class MainWindow(QMainWindow):
    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("MainWindow", "SocDesk — реєстр отримувачів"))
        self.registry = RegistryView(store, self)
        self.setCentralWidget(self.registry)
        self._build_menu()
        self._build_status(user_name)
        self.resize(1200, 720)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(tr("MainWindow", "&Файл"))
        quit_action = QAction(tr("MainWindow", "Ви&йти"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        registry_menu = self.menuBar().addMenu(tr("MainWindow", "&Реєстр"))
        find_action = QAction(tr("MainWindow", "&Пошук"), self)
        find_action.setShortcut(QKeySequence("Ctrl+F"))
        find_action.triggered.connect(self._focus_search)
        registry_menu.addAction(find_action)
        # Also on the window, so the shortcuts work wherever the focus is.
        self.addActions([quit_action, find_action])

    def _build_status(self, user_name: str) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(tr("MainWindow", "Користувач: %1").replace("%1", user_name), self)
        self.store_label = QLabel(tr("MainWindow", "Сховище: зашифроване, справне"), self)
        bar.addWidget(self.user_label)
        bar.addPermanentWidget(self.store_label)

    def _focus_search(self) -> None:
        self.registry.search.setFocus()
        self.registry.search.selectAll()
