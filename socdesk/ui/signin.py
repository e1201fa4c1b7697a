"""The sign-in dialog: opens the encrypted store with a login and password."""

from __future__ import annotations

from collections.abc import Callable

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
from socdesk.store.database import Store
from socdesk.ui.i18n import tr

Opener = Callable[[AppPaths, str, str], Store]


class SignInDialog(QDialog):
    """Asks for a login and password; `store()` is the opened store after `accept`."""

    def __init__(
        self, paths: AppPaths, opener: Opener = Store.open, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._opener = opener
        self._store: Store | None = None
        self.setWindowTitle(tr("SignInDialog", "SocDesk — вхід"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
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
        login = self.login_edit.text().strip()
        if not login or not self.password_edit.text():
            self.error_label.setText(tr("SignInDialog", "Введіть ім'я користувача і пароль."))
            return
        try:
            self._store = self._opener(self._paths, login, self.password_edit.text())
        except AuthenticationFailed as exc:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.error_label.setText(str(exc))
            return
        self.accept()
