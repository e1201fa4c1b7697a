"""«Адміністрування сервера»: a coordinator administers the community's server from a desktop
connected as a coordinator's device (enrolled for every district) — the workplaces and their
devices (districts, last contact, state), a new enrolment code for a workplace, revoking a
device, and moving a person of the local registry to another district.

Every call goes to the server in a worker (`sync.admin`, with the token kept in the store);
the window shows a progress bar meanwhile and says in Ukrainian what went wrong (the server
unreachable, this device revoked, the server refusing it as a coordinator). The window opens
from «Синхронізація» → «Адміністрування сервера…» (Ctrl+Shift+F9), shown only on such a
desktop; Esc closes it and each dialog.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.sync import admin
from socdesk.ui.i18n import noop, tr
from socdesk.ui.keyboard import strong_highlight
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import default_failure
from socdesk.ui.screen import fit_resize
from socdesk.ui.widgets import ERROR_COLOUR, RowsModel, rows_table

if TYPE_CHECKING:
    import httpx

    from socdesk.ui.sync.controller import SyncController

CONTEXT = "ServerAdmin"
COLUMNS = (
    noop("ServerAdmin", "Робоче місце"),
    noop("ServerAdmin", "Округи"),
    noop("ServerAdmin", "Пристрій"),
    noop("ServerAdmin", "Останній зв’язок"),
    noop("ServerAdmin", "Стан"),
)
STATES = {
    "active": noop("ServerAdmin", "працює"),
    "rotating": noop("ServerAdmin", "замінить токен під час наступної синхронізації"),
    "revoked": noop("ServerAdmin", "відкликано"),
}

BREAKS = {
    "went_back": noop(
        "ServerAdmin",
        "Журнал дій цього комп’ютера повернувся назад: його папку, ймовірно, відновили зі "
        "старішої резервної копії або записи журналу змінили. Записи, зроблені після тієї "
        "копії, могли загубитися. Зверніться до адміністратора сервера: він перевірить "
        "журнал, а робоче місце — чи не бракує останніх записів.",
    ),
    "forked": noop(
        "ServerAdmin",
        "Журнал дій цього комп’ютера роздвоївся: ту саму папку, ймовірно, скопіювали й "
        "працюють у двох копіях. Залиште одну копію, а для другого комп’ютера створіть новий "
        "код підключення; зверніться до адміністратора сервера, щоб перевірити журнал.",
    ),
}


def short_id(device_id: str) -> str:
    """A device's id as the table shows it: its last 8 characters (the random part; the first
    ones of a UUIDv7 are a time, alike for devices set up the same day)."""
    return "…" + device_id[-8:]


def local_time(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%d.%m.%Y %H:%M}"


class DevicesModel(RowsModel[admin.DeviceInfo]):
    context = CONTEXT
    headers = COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}
        self.own = ""

    def cell(self, row: admin.DeviceInfo, column: int) -> str:
        match column:
            case 0:
                return row.workplace
            case 1:
                if row.districts is None:
                    return tr("ServerAdmin", "усі округи (координатор)")
                return ", ".join(self.names.get(d, d) for d in row.districts)
            case 2:
                mine = tr("ServerAdmin", "%1 (цей комп’ютер)") if row.id == self.own else "%1"
                return mine.replace("%1", short_id(row.id))
            case 3:
                if row.last_seen is None:
                    return tr("ServerAdmin", "ще не було")
                return local_time(row.last_seen)
        state = tr("ServerAdmin", STATES.get(row.state, row.state))
        if row.audit_break:
            return tr("ServerAdmin", "%1; журнал дій порушено").replace("%1", state)
        return state

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if index.isValid() and index.column() == len(COLUMNS) - 1:
            row = self.rows[index.row()]
            if row.audit_break and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(ERROR_COLOUR))
            if row.audit_break and role == Qt.ItemDataRole.ToolTipRole:
                return tr("ServerAdmin", BREAKS.get(row.audit_break, BREAKS["went_back"]))
        return super().data(index, role)


class ServerAdmin:
    """`sync.admin` with the HTTP client of the sync link (tests: the in-process server)."""

    def __init__(self, client: httpx.Client | None = None) -> None:
        self.client = client

    def overview(self, store: Any) -> admin.Overview:
        return admin.overview(store, client=self.client)

    def new_code(self, store: Any, workplace: str, districts: list[str] | None) -> admin.NewCode:
        return admin.new_code(store, workplace, districts, client=self.client)

    def revoke(self, store: Any, device_id: str) -> None:
        admin.revoke(store, device_id, client=self.client)

    def transfer(self, store: Any, person_id: str, district_id: str) -> admin.Moved:
        return admin.transfer(store, person_id, district_id, client=self.client)


class ServerAdminWindow(QDialog):
    """The workplaces' devices and the coordinator's acts on them."""

    def __init__(
        self,
        controller: SyncController,
        parent: QWidget | None = None,
        backend: ServerAdmin | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.store = controller, controller.store
        self.backend = backend or ServerAdmin(getattr(controller.link, "client", None))
        self.overview = admin.Overview([], [], self.store.device_id)
        self.setWindowTitle(tr("ServerAdmin", "SocDesk — адміністрування сервера"))
        intro = QLabel(
            tr(
                "ServerAdmin",
                "Робочі місця громади та їхні комп’ютери, підключені до сервера. Звідси "
                "координатор створює коди підключення, відкликає пристрої й переводить людей до "
                "іншого округу.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = DevicesModel(self)
        self.table: QTableView = rows_table(self, self.model, "devices_table")
        strong_highlight(self.table)
        self.table.activated.connect(lambda _i: self.ask_revoke())
        self.status = QLabel(self)
        self.status.setObjectName("admin_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("admin_progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addLayout(self._buttons())
        QShortcut(QKeySequence("F5"), self, self.reload)
        fit_resize(self, 1000, 560)
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        def button(text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
            made = QPushButton(text, self)
            made.setObjectName(name)
            made.setAutoDefault(False)
            made.clicked.connect(slot)
            return made

        self.code_button = button(
            tr("ServerAdmin", "Новий код підключення…"), "code_button", self.new_code
        )
        self.revoke_button = button(
            tr("ServerAdmin", "Відкликати пристрій…"), "revoke_button", self.ask_revoke
        )
        self.transfer_button = button(
            tr("ServerAdmin", "Перевести людину в інший округ…"), "transfer_button", self.transfer
        )
        self.reload_button = button(tr("ServerAdmin", "Оновити (F5)"), "reload_button", self.reload)
        close = button(tr("ServerAdmin", "Закрити"), "close_button", self.reject)
        self.acts = (self.code_button, self.revoke_button, self.transfer_button)
        row = QHBoxLayout()
        for made in (*self.acts, self.reload_button):
            row.addWidget(made)
        row.addStretch(1)
        row.addWidget(close)
        order = [self.table, *self.acts, self.reload_button, close]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        return row

    # ------------------------------------------------------------------ the server, in a worker
    def run(self, label: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """`work` off the GUI thread with the progress bar shown; its error said here."""
        self._busy(True)
        self.status.setStyleSheet("")
        self.status.setText(label)

        def finished(result: Any) -> None:
            self._busy(False)
            self.status.setText("")
            done(result)

        self.controller.runner.run(work, finished, self._failed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for made in (*self.acts, self.reload_button):
            made.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, SocDeskError):
            self.status.setText("")
            default_failure(self, exc)
            return
        self.status.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.status.setText(domain_tr(exc.message))

    def reload(self) -> None:
        store, backend = self.store, self.backend
        self.run(
            tr("ServerAdmin", "Звертаюся до сервера…"), lambda: backend.overview(store), self._show
        )

    def _show(self, found: admin.Overview) -> None:
        self.overview = found
        self.model.names, self.model.own = dict(found.districts), found.own_device
        self.model.set_rows(sorted(found.devices, key=lambda d: (d.workplace, d.id)))
        if found.devices and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def chosen(self) -> admin.DeviceInfo | None:
        index = self.table.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    # ------------------------------------------------------------------ acts
    def new_code(self) -> QDialog:
        from socdesk.ui.server_admin_dialogs import NewCodeDialog

        dialog = NewCodeDialog(self, self.overview.districts)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def ask_revoke(self) -> None:
        device = self.chosen()
        title = tr("ServerAdmin", "Відкликати пристрій")
        if device is None:
            QMessageBox.information(self, title, tr("ServerAdmin", "Виберіть пристрій у таблиці."))
            return
        if device.id == self.overview.own_device:
            QMessageBox.information(
                self,
                title,
                tr(
                    "ServerAdmin",
                    "Це ваш власний комп’ютер: відкликати його звідси не можна. Це робить "
                    "адміністратор сервера (socdesk server admin revoke).",
                ),
            )
            return
        if device.state == "revoked":
            QMessageBox.information(self, title, tr("ServerAdmin", "Цей пристрій уже відкликано."))
            return
        question = tr(
            "ServerAdmin",
            "Відкликати пристрій %1 робочого місця «%2»? Сервер більше не прийматиме від нього "
            "жодних запитів. Зміни, які той комп’ютер ще не надіслав, лишаться на ньому. Щоб "
            "підключити його знову, знадобиться новий код підключення.",
        )
        text = question.replace("%1", short_id(device.id)).replace("%2", device.workplace)
        if QMessageBox.question(self, title, text) != QMessageBox.StandardButton.Yes:
            return
        store, backend = self.store, self.backend
        done = tr("ServerAdmin", "Пристрій робочого місця «%1» відкликано.").replace(
            "%1", device.workplace
        )
        self.run(
            tr("ServerAdmin", "Відкликаю пристрій…"),
            lambda: backend.revoke(store, device.id),
            lambda _r: self._after(done),
        )

    def _after(self, said: str) -> None:
        self.reload()
        self.status.setStyleSheet("")
        self.status.setText(said)

    def transfer(self) -> QDialog:
        from socdesk.ui.server_admin_dialogs import TransferDialog

        dialog = TransferDialog(self)
        dialog.open()
        return dialog

    def transferred(self, moved: admin.Moved, name: str) -> None:
        """After a move: the coordinator's own desk pulls it at once."""
        text = tr(
            "ServerAdmin",
            "«%1» переведено до іншого округу (записів: %2). Комп’ютери нового округу отримають "
            "дані під час наступної синхронізації, а комп’ютери старого — вилучать їх.",
        )
        self.status.setStyleSheet("")
        self.status.setText(text.replace("%1", name).replace("%2", str(moved.rows)))
        if not self.controller.running:
            self.controller.sync_now()


def code_font() -> QFont:
    """The code's font: fixed width and large, to read over the phone without doubt."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(28)
    font.setBold(True)
    return font


def copy_text(text: str) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText(text)


ALIGN_CENTRE = Qt.AlignmentFlag.AlignCenter
