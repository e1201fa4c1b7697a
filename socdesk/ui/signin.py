"""The sign-in dialog: opens the encrypted store with a login and password."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import AuthenticationFailed
from socdesk.domain.recovery import GROUPS as RECOVERY_GROUPS
from socdesk.paths import AppPaths
from socdesk.ui.messages import domain_tr

if TYPE_CHECKING:
    from socdesk.store.database import Store
from socdesk.ui.i18n import tr
from socdesk.ui.ops import TaskRunner, default_failure
from socdesk.ui.widgets import error_label

Opener = Callable[[AppPaths, str, str], "Store"]
RecoveryOpener = Callable[[AppPaths, str], "Store"]


def open_store(paths: AppPaths, login: str, password: str) -> Store:
    """`Store.open`, imported on first use: the sign-in window paints without the store's
    libraries (SQLAlchemy, Alembic: most of the start-up time), and the worker that derives
    the key imports them meanwhile."""
    from socdesk.store.database import Store

    return Store.open(paths, login, password)


def key_field(edit: QLineEdit, on: bool = True) -> None:
    """`edit` as the field of the recovery key (13 groups of 4): read in clear, in a
    fixed-pitch font, wide enough to keep all of it in sight while it is typed; or, with
    `on` False, a password field again."""
    edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
    edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if on else QFont())
    sample = "-".join(["MMMM"] * RECOVERY_GROUPS) + "MM"
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(sample) if on else 0)


def grow_to_fit(dialog: QDialog) -> None:
    """Lays `dialog` out now, so that it grows to a field's new minimum width at once."""
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    dialog.resize(layout.minimumSize().expandedTo(dialog.minimumSize()))


def open_store_with_recovery(paths: AppPaths, recovery_key: str) -> Store:
    from socdesk.store.database import Store

    return Store.open_with_recovery(paths, recovery_key)


class SignInDialog(QDialog):
    """Asks for a login and password; `store()` is the opened store after `accept`."""

    def __init__(
        self,
        paths: AppPaths,
        opener: Opener = open_store,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        recovery_opener: RecoveryOpener = open_store_with_recovery,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._opener = opener
        self._recovery_opener = recovery_opener
        self.recovered = False  # opened with the recovery key, not a user's password
        self._runner = runner or TaskRunner(parent=self)
        self._store: Store | None = None
        self.setWindowTitle(tr("SignInDialog", "SocDesk — вхід"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label(self)
        # Argon2id takes its time by design (a security setting): a moving bar says it works.
        self.progress = QProgressBar(self)
        self.progress.setObjectName("signin_progress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(tr("SignInDialog", "Увійти"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(
            tr("SignInDialog", "Скасувати"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.recovery_check = QCheckBox(
            tr("SignInDialog", "Усі паролі забуто: відкрити ключем відновлення"), self
        )
        self.recovery_check.toggled.connect(self._recovery_mode)
        self._build()
        self.buttons.accepted.connect(self._try_open)
        self.buttons.rejected.connect(self.reject)

    def _build(self) -> None:
        form = QFormLayout()
        self.login_label = QLabel(tr("SignInDialog", "Користувач:"), self)
        self.password_label = QLabel(tr("SignInDialog", "Пароль:"), self)
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.password_label, self.password_edit)
        form.addRow(self.recovery_check)
        layout = QVBoxLayout(self)
        title = QLabel(tr("SignInDialog", "Облік отримувачів соціальних послуг"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def store(self) -> Store | None:
        return self._store

    def done(self, result: int) -> None:
        self._runner.shutdown()  # a cancelled sign-in must not hand back to a closed dialog
        super().done(result)

    def _recovery_mode(self, on: bool) -> None:
        """The coordinator's way in when every password is forgotten: the recovery key shown
        once at the first run, typed in place of a login and password."""
        self.login_label.setVisible(not on)
        self.login_edit.setVisible(not on)
        self.password_label.setText(
            tr("SignInDialog", "Ключ відновлення:") if on else tr("SignInDialog", "Пароль:")
        )
        key_field(self.password_edit, on)
        grow_to_fit(self)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.error_label.setText("")

    def _try_open(self) -> None:
        if self.recovery_check.isChecked():
            key = self.password_edit.text().strip()
            if not key:
                self.error_label.setText(tr("SignInDialog", "Введіть ключ відновлення."))
                return
            self._set_busy(True)
            self.recovered = True
            self._runner.run(
                lambda: self._recovery_opener(self._paths, key), self._opened, self._failed
            )
            return
        self.recovered = False
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
        for widget in (self.login_edit, self.password_edit, self.buttons, self.recovery_check):
            widget.setEnabled(not busy)
        self.error_label.setText(
            tr("SignInDialog", "Перевіряю пароль і відкриваю зашифровані дані…") if busy else ""
        )
        self.progress.setVisible(busy)

    def _opened(self, store: Store) -> None:
        self._store = store
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AuthenticationFailed):
            if not self.recovery_check.isChecked():  # a key is corrected, not typed again
                self.password_edit.clear()
            self.password_edit.setFocus()
            self.error_label.setText(domain_tr(str(exc)))
            return
        default_failure(self, exc)
