"""Backups on the desktop: the automatic ones (`AutoBackups`: daily while the app runs, and
`backup_on_exit` when it closes), and the «Резервні копії» dialog: where they go and how many
are kept (coordinators), the copies there, a copy now, and a restore.

A restore needs the store closed: the dialog checks the file (a SocDesk backup, not newer
than this build, of this store), asks for the login and password of the backup, and hands a
`RestoreRequest` to the main window, which closes; `ui.app` then restores and says so.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.domain.people import Role
from socdesk.paths import AppPaths
from socdesk.store.autobackup import (
    MAX_KEEP,
    AutoBackup,
    BackupSettings,
    backup_settings,
    daily_due,
    local_folder,
    make_automatic_backup,
    restorable_backups,
    set_backup_settings,
    taken_at,
    target_folder,
)
from socdesk.store.backup import SUFFIX, check_restorable, restore
from socdesk.store.database import Store
from socdesk.store.uow import UnitOfWork
from socdesk.ui.changes import Writer, error_to
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import TaskRunner
from socdesk.ui.widgets import error_label

log = logging.getLogger(__name__)
CHECK_MS = 60 * 60 * 1000  # is a daily backup due? once an hour


@dataclass(frozen=True, slots=True)
class RestoreRequest:
    backup: Path
    login: str
    password: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def backup_on_exit(store: Store) -> AutoBackup | None:
    """The backup made when the app closes; a failure is logged, never stops the exit."""
    try:
        return make_automatic_backup(store, _now())
    except (SocDeskError, OSError):
        log.exception("automatic backup on exit failed")
        return None


class AutoBackups(QObject):
    """Makes the daily backup while the app runs (checked at start and every hour)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner, self._running = store, runner, False
        self.last: AutoBackup | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if self._running:
            return
        self._running = True

        def work() -> AutoBackup | None:
            now = _now()
            return make_automatic_backup(self._store, now) if daily_due(self._store, now) else None

        self._runner.run(work, self._done, self._failed)

    def _done(self, made: AutoBackup | None) -> None:
        self._running = False
        self.last = made or self.last

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        log.error("daily automatic backup failed: %s", type(exc).__name__)


class BackupsDialog(QDialog):
    """«Резервні копії»: settings (coordinators), the automatic copies, a copy now, restore."""

    def __init__(
        self, store: Store, writer: Writer, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._writer, self._runner = store, writer, runner
        self.restore_request: RestoreRequest | None = None
        self.setWindowTitle(tr("Backups", "Резервні копії"))
        with store.read() as conn:
            self._settings = backup_settings(conn)
        self.folder_edit = QLineEdit(self._settings.folder, self)
        self.folder_edit.setPlaceholderText(tr("Backups", "тека даних SocDesk (типово)"))
        choose = QPushButton(tr("Backups", "Вибрати…"), self)
        choose.clicked.connect(lambda: self.choose_folder())
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(self._settings.keep)
        form = QFormLayout()
        form.addRow(tr("Backups", "Тека (диск) для копій:"), folder_row)
        form.addRow(tr("Backups", "Зберігати останніх копій:"), self.keep_spin)
        if store.role != Role.COORDINATOR:
            for widget in (self.folder_edit, choose, self.keep_spin):
                widget.setEnabled(False)
        note = QLabel(
            tr(
                "Backups",
                "SocDesk робить зашифровану копію, коли закривається, і раз на день під час "
                "роботи. Якщо вибраного диска немає, копія йде в теку даних.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.copies = QListWidget(self)
        self.copies.itemActivated.connect(self._activated)
        self.status = QLabel(self)
        self.error_label = error_label(self)
        self.backup_button = QPushButton(tr("Backups", "Зробити копію &зараз"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(tr("Backups", "&Відновити з копії…"), self)
        self.restore_button.clicked.connect(lambda: self.ask_restore())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(QLabel(tr("Backups", "Автоматичні копії (новіші вгорі):"), self))
        layout.addWidget(self.copies, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self.refresh()

    # ------------------------------------------------------------------ the list
    def refresh(self) -> None:
        self.copies.clear()
        folder, fell_back = target_folder(self._store, self._settings)
        found = {
            *restorable_backups(folder, self._store),
            *restorable_backups(local_folder(self._store), self._store),
        }
        for path in sorted(found, key=taken_at, reverse=True):
            size = path.stat().st_size / 1_000_000
            text = tr("Backups", "{name} — {size} МБ, {folder}").format(
                name=path.name, size=f"{size:.1f}".replace(".", ","), folder=path.parent
            )
            item = QListWidgetItem(text, self.copies)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        if fell_back:
            self.status.setText(
                tr(
                    "Backups", "Вибраної теки {folder} зараз немає: копії йдуть у теку даних."
                ).format(folder=self._settings.folder)
            )

    def choose_folder(self, path: str | None = None) -> None:
        if path is None:
            path = QFileDialog.getExistingDirectory(self, tr("Backups", "Тека для резервних копій"))
        if path:
            self.folder_edit.setText(path)

    def save(self) -> None:
        settings = BackupSettings(self.keep_spin.value(), self.folder_edit.text().strip())
        if not self.keep_spin.isEnabled() or settings == self._settings:
            self.accept()
            return

        def work(uow: UnitOfWork) -> None:
            set_backup_settings(uow, settings)

        def done(_: None) -> None:
            self._settings = settings
            self.accept()

        self._writer.write(work, done, error_to(self.error_label))

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setText(tr("Backups", "Роблю копію…"))

        def done(made: AutoBackup) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()
            self.status.setText(tr("Backups", "Копію збережено: {path}").format(path=made.path))

        show = error_to(self.error_label)

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.status.clear()
            show(exc)

        self._runner.run(lambda: make_automatic_backup(self._store, _now()), done, failed)

    # ------------------------------------------------------------------ restore
    def ask_restore(self, path: str | None = None) -> RestoreDialog | None:
        if path is None and self.copies.currentRow() >= 0:
            path = self.copies.currentItem().data(Qt.ItemDataRole.UserRole)
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                tr("Backups", "Резервна копія SocDesk"),
                str(local_folder(self._store)),
                tr("Backups", "Резервні копії SocDesk (*{suffix})").format(suffix=SUFFIX),
            )
            if not path:
                return None
        try:
            manifest = check_restorable(self._store.paths, Path(path))
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return None
        dialog = RestoreDialog(Path(path), manifest.created_at, self._login(), self)
        dialog.accepted.connect(lambda: self._restore_asked(dialog))
        dialog.open()
        return dialog

    def _activated(self, item: QListWidgetItem) -> None:
        self.ask_restore(item.data(Qt.ItemDataRole.UserRole))

    def _login(self) -> str:
        return next((u.login for u in self._store.users() if u.id == self._store.user_id), "")

    def _restore_asked(self, dialog: RestoreDialog) -> None:
        self.restore_request = RestoreRequest(dialog.backup, dialog.login(), dialog.password())
        self.accept()


class RestoreDialog(QDialog):
    """Confirms a restore and asks for the login and password that open the backup."""

    def __init__(
        self, backup: Path, created_at: str, login: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backup = backup
        self.setWindowTitle(tr("Backups", "Відновити з резервної копії"))
        text = QLabel(
            tr(
                "Backups",
                "Відновити дані з копії {name} (зроблено {when})?\n\nПоточні дані буде "
                "відкладено в теку backups/replaced-… у теці даних. SocDesk закриється; "
                "відкрийте його знову й увійдіть.",
            ).format(name=backup.name, when=created_at.replace("T", " ")),
            self,
        )
        text.setWordWrap(True)
        self.login_edit = QLineEdit(login, self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("Backups", "Користувач копії:"), self.login_edit)
        form.addRow(tr("Backups", "Пароль:"), self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Backups", "Відновити"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password_edit.setFocus()

    def login(self) -> str:
        return self.login_edit.text().strip()

    def password(self) -> str:
        return self.password_edit.text()


def restore_and_tell(
    store_paths: AppPaths, request: RestoreRequest, parent: QWidget | None
) -> bool:
    """Runs the restore (the store closed) and tells the outcome; True when restored."""
    try:
        aside = restore(store_paths, request.backup, request.login, request.password)
    except SocDeskError as exc:
        QMessageBox.warning(parent, tr("Backups", "Відновлення не вдалося"), domain_tr(str(exc)))
        return False
    QMessageBox.information(
        parent,
        tr("Backups", "Дані відновлено"),
        tr(
            "Backups",
            "Дані відновлено з {name}. Попередні дані — у {aside}. Запустіть SocDesk "
            "знову й увійдіть.",
        ).format(name=request.backup.name, aside=aside or "—"),
    )
    return True
