"""Auto-lock (блокування): after idle time or Ctrl+L every SocDesk window is hidden, not closed,
so unsaved forms survive; the signed-in user's password brings them back.

`IdleWatcher` watches the application's input events; `Locker` hides the windows and shows
`LockDialog`, which checks the password off the GUI thread (throttled like sign-in).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import AuthenticationFailed, SocDeskError
from socdesk.domain.throttle import SignInThrottled
from socdesk.store.database import SYSTEM_USER, Store
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import TaskRunner, default_failure
from socdesk.ui.signin import grow_to_fit, key_field
from socdesk.ui.widgets import error_label

DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` when no key, mouse or touch input reached the app for `minutes`."""

    idle = Signal()

    def __init__(
        self, minutes: float = DEFAULT_IDLE_MINUTES, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(minutes * 60_000))
        self._timer.timeout.connect(self.idle)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def minutes(self) -> float:
        return self._timer.interval() / 60_000

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(int(minutes * 60_000))
        self._timer.start()


class LockDialog(QDialog):
    """Asks for the signed-in user's password; accepted when it is right."""

    def __init__(self, store: Store, user_name: str, runner: TaskRunner) -> None:
        super().__init__(None)
        self._store, self._runner = store, runner
        self.setWindowTitle(tr("LockDialog", "SocDesk заблоковано"))
        # A session opened with the recovery key unlocks with that key again.
        self._recovery = store.user_id == SYSTEM_USER
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("unlock_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(
            tr("LockDialog", "Розблокувати"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        prompt = (
            tr(
                "LockDialog",
                "Робоче місце заблоковано. Незбережені картки чекають.\n"
                "Введіть ключ відновлення, яким ви увійшли.",
            )
            if self._recovery
            else tr(
                "LockDialog",
                "Робоче місце заблоковано. Незбережені картки чекають.\n"
                "Введіть пароль користувача %1.",
            ).replace("%1", user_name)
        )
        self.prompt = QLabel(prompt, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._try_unlock)
        self.setMinimumWidth(380)
        if self._recovery:
            key_field(self.password_edit)
            grow_to_fit(self)

    def _try_unlock(self) -> None:
        password = self.password_edit.text()
        if not password:
            self.error_label.setText(tr("LockDialog", "Введіть пароль."))
            return
        self.buttons.setEnabled(False)
        work = lambda: self._store.verify_password(password)  # noqa: E731
        self._runner.run(work, self._unlocked, self._failed)

    def _unlocked(self, _result: object) -> None:
        self.password_edit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not self._recovery:  # a password is typed again; a key is corrected
            self.password_edit.clear()
        if isinstance(exc, SignInThrottled):
            self.error_label.setText(domain_tr(str(exc)))
        elif isinstance(exc, AuthenticationFailed):
            self.error_label.setText(
                tr("LockDialog", "Ключ відновлення не той.")
                if self._recovery
                else tr("LockDialog", "Неправильний пароль.")
            )
        elif isinstance(exc, SocDeskError):  # a key that cannot be one: what is wrong with it
            self.error_label.setText(domain_tr(str(exc)))
        else:
            default_failure(self, exc)

    def reject(self) -> None:
        """Esc does not unlock."""


def is_lock_key(event: QKeyEvent) -> bool:
    """Ctrl+L, also under a Ukrainian layout (where the L key types «Д»)."""
    ctrl = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return ctrl == Qt.KeyboardModifier.ControlModifier and event.key() in (
        Qt.Key.Key_L,
        ord("Д"),
        ord("д"),
    )


class Locker(QObject):
    """Hides every SocDesk window behind the lock dialog and brings them back on unlock."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, store: Store, user_name: str, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._user_name, self._runner = store, user_name, runner
        self._hidden: list[QWidget] = []
        self.dialog: LockDialog | None = None
        # Ctrl+L locks from every window (a card, a case), not only where the menu is.
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_lock_key(event)
            and not self.is_locked()
        ):
            self.lock()
            return True
        return False

    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.is_locked():
            return
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.dialog = LockDialog(self._store, self._user_name, self._runner)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.show()
        self.locked.emit()

    def _unlock(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.unlocked.emit()
