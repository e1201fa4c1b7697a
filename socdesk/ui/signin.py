"""The sign-in dialog: opens the encrypted store with a login and password."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import AuthenticationFailed
from socdesk.paths import AppPaths

if TYPE_CHECKING:
    from socdesk.store.database import Store
from socdesk.ui.i18n import tr
from socdesk.ui.ops import TaskRunner, default_failure
from socdesk.ui.widgets import error_label

Opener = Callable[[AppPaths, str, str], "Store"]


def open_store(paths: AppPaths, login: str, password: str) -> Store:
    """`Store.open`, imported on first use: the sign-in window paints without the store's
    libraries (SQLAlchemy, Alembic: most of the start-up time), and the worker that derives
    the key imports them meanwhile."""
    from socdesk.store.database import Store

    return Store.open(paths, login, password)


class SignInDialog(QDialog):
    """Asks for a login and password; `store()` is the opened store after `accept`."""

    def __init__(
        self,
        paths: AppPaths,
        opener: Opener = open_store,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._opener = opener
        self._runner = runner or TaskRunner(parent=self)
        self._store: Store | None = None
        self.setWindowTitle(tr("SignInDialog", "SocDesk — вхід"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(tr("SignInDialog", "Увійти"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(
            tr("SignInDialog", "Скасувати"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self._build()
        self.buttons.accepted.connect(self._try_open)
        self.buttons.rejected.connect(self.reject)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(tr("SignInDialog", "Користувач:"), self.login_edit)
        form.addRow(tr("SignInDialog", "Пароль:"), self.password_edit)
        layout = QVBoxLayout(self)
        title = QLabel(tr("SignInDialog", "Облік отримувачів соціальних послуг"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def store(self) -> Store | None:
        return self._store

    def _try_open(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self.error_label.setText(tr("SignInDialog", "Введіть ім’я користувача і пароль."))
            return
        # Argon2id (~0.2 s) and, after an update, a migration: never on the GUI thread.
        self._set_busy(True)
        self._runner.run(
            lambda: self._opener(self._paths, login, password), self._opened, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.buttons):
            widget.setEnabled(not busy)
        self.error_label.setText(tr("SignInDialog", "Перевіряю пароль…") if busy else "")

    def _opened(self, store: Store) -> None:
        self._store = store
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AuthenticationFailed):
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.error_label.setText(str(exc))
            return
        default_failure(self, exc)
