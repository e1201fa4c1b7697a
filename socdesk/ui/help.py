"""The Help menu: the user guide (resources/guide/, Ukrainian, with screenshots of the app),
shipped with SocDesk and opened in a window of its own with F1. Nothing is downloaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QTextBrowser, QVBoxLayout, QWidget

from socdesk.paths import resources_dir
from socdesk.ui.i18n import tr


def guide_path() -> Path:
    return resources_dir() / "guide" / "index.html"


class GuideWindow(QDialog):
    """The guide, read in a window beside the work (not modal); links inside it stay here,
    a link to a web page goes to the system browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("GuideWindow", "SocDesk — посібник користувача"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(980, 680)  # fits 1366×768 with the taskbar


def add_help_menu(window: QMainWindow) -> QAction:
    """«Довідка» on the window's menu bar: the guide (F1). Returns the guide's action."""
    menu = window.menuBar().addMenu(tr("MainWindow", "&Довідка"))
    guide: list[GuideWindow] = []  # one guide window per main window, raised when open

    def show_guide() -> None:
        if not guide:
            guide.append(GuideWindow(window))
        guide[0].show()
        guide[0].raise_()
        guide[0].activateWindow()

    action = QAction(tr("MainWindow", "&Посібник користувача"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.triggered.connect(show_guide)
    browser = QAction(tr("MainWindow", "Посібник у &браузері"), window)
    browser.setShortcut(QKeySequence("Shift+F1"))
    browser.triggered.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide_path())))
    )
    menu.addActions([action, browser])
    window.addActions([action, browser])  # F1, Shift+F1 wherever the focus is in the window
    return action
