"""Starts the desktop app: Qt application, translators, crash handler, sign-in, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from socdesk.domain.errors import SocDeskError
from socdesk.paths import AppPaths
from socdesk.ui.i18n import install_translators, tr
from socdesk.ui.preferences import read_language
from socdesk.ui.signin import SignInDialog

if TYPE_CHECKING:
    from socdesk.store.database import Store

log = logging.getLogger(__name__)


class ErrorReporter:
    """`sys.excepthook`: known errors get their message, bugs the crash dialog (STYLE.md 12)."""

    def __init__(self, log_dir: str, dialogs: bool) -> None:
        self._log_dir = log_dir
        self._dialogs = dialogs

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, SocDeskError):
            log.warning("known error: %s", type(exc).__name__)
            if self._dialogs:
                QMessageBox.warning(None, "SocDesk", str(exc))
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if self._dialogs:
            QMessageBox.critical(
                None,
                tr("ErrorReporter", "SocDesk — внутрішня помилка"),
                tr(
                    "ErrorReporter",
                    "Сталася внутрішня помилка; ваші збережені дані в безпеці. Подробиці "
                    "записано в журнал у папці %1. Передайте цей файл координатору.",
                ).replace("%1", self._log_dir),
            )


def run_gui(paths: AppPaths, *, no_error_dialogs: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("SocDesk")
    install_translators(app, read_language(paths))
    sys.excepthook = ErrorReporter(str(paths.log_dir), dialogs=not no_error_dialogs)
    if not paths.db_file.exists():
        return _run_first_run(app, paths)
    dialog = SignInDialog(paths)
    if dialog.exec() != SignInDialog.DialogCode.Accepted:
        return 0
    store = dialog.store()
    assert store is not None
    return _run_main_window(app, store, dialog.login_edit.text().strip())


def _run_first_run(app: QApplication, paths: AppPaths) -> int:
    from socdesk.ui.first_run import FirstRunWizard  # only on an empty data folder

    wizard = FirstRunWizard(paths)
    if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
        return 0
    store = wizard.store()
    assert store is not None
    return _run_main_window(app, store, wizard.login())


def _run_main_window(app: QApplication, store: Store, user_name: str) -> int:
    from socdesk.ui.main_window import MainWindow  # after sign-in: the window paints sooner

    with store:
        window = MainWindow(store, user_name)
        window.show()
        window.activateWindow()  # the sign-in dialog had the focus; hand it to the registry
        window.registry.search.setFocus()
        QTimer.singleShot(0, window.offer_drafts)
        return app.exec()
