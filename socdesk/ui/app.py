"""Starts the desktop app: Qt application, translators, crash handler, sign-in, main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from socdesk import __version__, logs
from socdesk.domain.errors import SocDeskError
from socdesk.paths import AppPaths, resources_dir
from socdesk.ui.i18n import install_translators, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.preferences import read_language
from socdesk.ui.resources_check import missing_resources, report_missing
from socdesk.ui.signin import SignInDialog
from socdesk.ui.workarounds import settle_heap, stop_source_caching

if TYPE_CHECKING:
    from socdesk.store.database import Store

log = logging.getLogger(__name__)
DESKTOP_ID = "ua.socdesk.socdesk"  # briefcase.toml: bundle + app name


class CrashDialog(QMessageBox):
    """A bug: what happened, what to tell support, where the log is, and the report to copy."""

    def __init__(self, report: str, log_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(tr("ErrorReporter", "SocDesk — внутрішня помилка"))
        self.setText(
            tr(
                "ErrorReporter",
                "Сталася внутрішня помилка. Збережені дані в безпеці; незбережену картку "
                "SocDesk відновить із чернетки. Можна працювати далі.",
            )
        )
        self.setInformativeText(
            tr(
                "ErrorReporter",
                "Повідомте координатора: що ви робили, і передайте звіт (кнопка «Копіювати "
                "звіт») або файл журналу з папки %1.",
            ).replace("%1", log_dir)
        )
        self.setDetailedText(report)
        self.copy_button = self.addButton(
            tr("ErrorReporter", "Копіювати звіт"), QMessageBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.disconnect()  # copying must not close the dialog
        self.copy_button.clicked.connect(self.copy_report)
        self.addButton(QMessageBox.StandardButton.Ok)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


class ErrorReporter:
    """`sys.excepthook`: known errors get their message, bugs the crash dialog (STYLE.md 12)."""

    def __init__(self, log_dir: str, dialogs: bool) -> None:
        self._log_dir = log_dir
        self._dialogs = dialogs
        self.last_dialog: CrashDialog | None = None

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, SocDeskError):
            log.warning("known error: %s", type(exc).__name__)
            if self._dialogs:
                QMessageBox.warning(None, "SocDesk", domain_tr(str(exc)))
            return
        report = logs.bug_report(kind, tb, __version__)
        log.error("unexpected error\n%s", report)
        if self._dialogs:
            self.last_dialog = CrashDialog(report, self._log_dir)
            self.last_dialog.exec()


def run_gui(paths: AppPaths, *, no_error_dialogs: bool = False) -> int:
    stop_source_caching()  # before the store's libraries are imported (after sign-in)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("SocDesk")
    app.setDesktopFileName(DESKTOP_ID)  # the package's .desktop entry (installers/)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "socdesk-256.png")))
    language = read_language(paths)
    install_translators(app, language)
    sys.excepthook = ErrorReporter(str(paths.log_dir), dialogs=not no_error_dialogs)
    if missing := missing_resources(language):
        report_missing(missing, None, dialogs=not no_error_dialogs)
    if not paths.db_file.exists():
        return _run_first_run(app, paths)
    dialog = SignInDialog(paths)
    if dialog.exec() != SignInDialog.DialogCode.Accepted:
        return 0
    store = dialog.store()
    assert store is not None
    if dialog.recovered:
        return _run_main_window(app, store, tr("App", "ключ відновлення"), recovered=True)
    return _run_main_window(app, store, dialog.login_edit.text().strip())


def _run_first_run(app: QApplication, paths: AppPaths) -> int:
    from socdesk.ui.first_run import FirstRunWizard  # only on an empty data folder

    wizard = FirstRunWizard(paths)
    if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
        return 0
    store = wizard.store()
    assert store is not None
    return _run_main_window(app, store, wizard.login())


def _run_main_window(
    app: QApplication, store: Store, user_name: str, *, recovered: bool = False
) -> int:
    from socdesk.ui.backups import AutoBackups, backup_on_exit, restore_and_tell
    from socdesk.ui.main_window import MainWindow  # after sign-in: the window paints sooner

    with store:
        window = MainWindow(store, user_name)
        window.show()
        window.activateWindow()  # the sign-in dialog had the focus; hand it to the registry
        window.registry.search.setFocus()
        QTimer.singleShot(0, window.after_recovery if recovered else window.offer_drafts)
        QTimer.singleShot(0, settle_heap)  # once the window is up (see its docstring)
        daily = AutoBackups(store, window.runner, window)
        QTimer.singleShot(2000, daily.check)  # a day since the last backup? (then hourly)
        code = app.exec()
        request = window.restore_request
        if request is None:
            backup_on_exit(store)  # a restore keeps the live store aside instead
    if request is not None:  # the store is closed now
        restore_and_tell(store.paths, request, None)
    return code
