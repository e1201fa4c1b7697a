"""«Сеанс цього пристрою» on the sync screen (OWASP ASVS 7.5.2): the device's session on
the server (its token: issued, used before this request, rotated at the latest) and
«Завершити сеанс цього пристрою…», which after a confirmation ends it on the server and
disconnects this computer (a new code from the coordinator connects it again; changes not
sent yet stay here).

The server is asked off the GUI thread, when the screen opens and after each sync."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from socdesk.domain.errors import SocDeskError
from socdesk.sync.session import DeviceSession
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import default_failure
from socdesk.ui.sync.controller import SyncController


def _local(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%d.%m.%Y %H:%M}"


def session_text(found: DeviceSession) -> str:
    """The session in one sentence (and a second one when the token is due for rotation)."""
    text = tr(
        "SyncSession",
        "Сеанс цього пристрою на сервері: токен видано %1, перед цим запитом його "
        "використано %2; його буде замінено не пізніше %3 (під час синхронізації).",
    )
    used = _local(found.last_used_at) if found.last_used_at else "—"
    text = (
        text.replace("%1", _local(found.token_issued_at))
        .replace("%2", used)
        .replace("%3", _local(found.expires_at))
    )
    if found.rotation_due:
        text += " " + tr("SyncSession", "Токен буде замінено під час найближчої синхронізації.")
    return text


class SessionBox(QWidget):
    """The session line and the button that ends it."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.label = QLabel(self)
        self.label.setObjectName("session_label")
        self.label.setWordWrap(True)
        self.end_button = QPushButton(tr("SyncSession", "Завершити сеанс цього пристрою…"), self)
        self.end_button.setObjectName("end_session_button")
        self.end_button.setAutoDefault(False)
        self.end_button.clicked.connect(self.ask_end)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.end_button)
        self.setVisible(False)
        controller.finished.connect(self._synced)

    def _synced(self, _outcome: object) -> None:
        """A sync ended (a rotation may have given a new token): asked again."""
        self.load()

    def load(self) -> None:
        """Asks the server for this device's session (only while connected and not revoked)."""
        view = self.controller.view
        if not view.linked or view.revoked:
            self.setVisible(False)
            return
        store, link = self.controller.store, self.controller.link
        self.controller.runner.run(lambda: link.session(store), self._shown, self._unknown)

    def _shown(self, found: DeviceSession | None) -> None:
        self.setVisible(found is not None)
        if found is not None:
            self.label.setText(session_text(found))
            self.end_button.setEnabled(True)

    def _unknown(self, exc: BaseException) -> None:
        """The server did not say (unreachable, say): the line says so, the button waits."""
        if not isinstance(exc, SocDeskError):
            default_failure(self, exc)
            return
        self.setVisible(True)
        self.label.setText(
            tr("SyncSession", "Сеанс цього пристрою на сервері зараз невідомий: %1").replace(
                "%1", domain_tr(str(exc))
            )
        )
        self.end_button.setEnabled(False)

    def ask_end(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("SyncSession", "Завершити сеанс цього пристрою"),
            tr(
                "SyncSession",
                "Завершити сеанс цього пристрою на сервері? Його токен перестане діяти назавжди, "
                "синхронізація припиниться, а щоб підключити комп’ютер знову, потрібен новий "
                "код від координатора. Зміни, ще не надіслані на сервер, лишаться тут і будуть "
                "надіслані після нового підключення.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        controller = self.controller
        controller.cancel()
        store, link = controller.store, controller.link
        self.end_button.setEnabled(False)
        controller.runner.run(lambda: link.end_session(store), self._ended, self._not_ended)

    def _ended(self, _result: object) -> None:
        self.label.setText(
            tr(
                "SyncSession",
                "Сеанс завершено: цей комп’ютер відключено від сервера. Щоб підключити його "
                "знову, попросіть у координатора новий код.",
            )
        )
        self.end_button.setVisible(False)
        self.controller.relinked()

    def _not_ended(self, exc: BaseException) -> None:
        self.end_button.setEnabled(True)
        if not isinstance(exc, SocDeskError):
            default_failure(self, exc)
            return
        QMessageBox.warning(
            self,
            tr("SyncSession", "Сеанс не завершено"),
            tr(
                "SyncSession",
                "Сеанс не завершено: %1 Перевірте зв’язок із сервером і спробуйте ще раз.",
            ).replace("%1", domain_tr(str(exc))),
        )
