"""«Підключення до сервера»: a coordinator connects this computer to the community's server with
the address and the one-time code the server's administrator made, or disconnects it.

The form says what is wrong before anything is sent (an empty field, an address without
http(s)://, a code typed in the Ukrainian layout); the enrolment runs in a worker, and the
answer shows the workplace and the districts this computer now syncs.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.store.territory import all_districts
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import default_failure
from socdesk.ui.sync.controller import SyncController
from socdesk.ui.widgets import error_label

CONTEXT = "ConnectDialog"
_CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")
_CODE = re.compile(r"^[A-Za-z0-9\s-]+$")


def address_problem(url: str) -> str:
    """What is wrong with the server's address as typed ("" when it looks right)."""
    url = url.strip()
    if not url:
        return tr(
            "ConnectDialog",
            "Введіть адресу сервера, яку дав координатор, напр. https://socdesk.gromada.gov.ua.",
        )
    if not url.startswith(("http://", "https://")) or len(url.split("://", 1)[1]) < 1:
        return tr(
            "ConnectDialog",
            "Адреса має починатися з https:// (або http:// у місцевій мережі), напр. "
            "https://socdesk.gromada.gov.ua.",
        )
    if any(ch.isspace() for ch in url):
        return tr("ConnectDialog", "В адресі сервера не може бути пропусків. Перевірте її.")
    return ""


def code_problem(code: str) -> str:
    """What is wrong with the one-time code as typed ("" when it looks right)."""
    code = code.strip()
    if not code:
        return tr("ConnectDialog", "Введіть код підключення від координатора, напр. ABCD-EFGH.")
    if _CYRILLIC.search(code):
        return tr(
            "ConnectDialog",
            "Код набрано українськими літерами. Перемкніть розкладку на англійську (латиницю) "
            "і введіть код знову.",
        )
    if not _CODE.match(code):
        return tr("ConnectDialog", "Код складається з латинських літер і цифр, напр. ABCD-EFGH.")
    return ""


class ConnectDialog(QDialog):
    """The address and code, the answer (workplace, districts), and disconnecting."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store, self.link = controller.store, controller.link
        self.setWindowTitle(tr("ConnectDialog", "Підключення до сервера"))
        intro = QLabel(
            tr(
                "ConnectDialog",
                "Комп’ютер, підключений до сервера громади, сам надсилає свої зміни й отримує "
                "зміни інших робочих місць свого округу. Адресу сервера й одноразовий код "
                "підключення дає координатор (код діє добу й лише один раз).",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("url_edit")
        self.url_edit.setPlaceholderText("https://socdesk.gromada.gov.ua")
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("code_edit")
        self.code_edit.setPlaceholderText("ABCD-EFGH")
        form = QFormLayout()
        form.addRow(tr("ConnectDialog", "Адреса сервера:"), self.url_edit)
        form.addRow(tr("ConnectDialog", "Код підключення:"), self.code_edit)
        self.error_label = error_label(self)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(
            tr("ConnectDialog", "Підключити"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connect_button")
        self.connect_button.setDefault(True)
        close = self.buttons.addButton(
            tr("ConnectDialog", "Закрити"), QDialogButtonBox.ButtonRole.RejectRole
        )
        close.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._current_box())
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self._show_current()
        controller.changed.connect(self._show_current)

    def _current_box(self) -> QGroupBox:
        box = QGroupBox(tr("ConnectDialog", "Цей комп’ютер"), self)
        self.current_label = QLabel(box)
        self.current_label.setObjectName("current_label")
        self.current_label.setWordWrap(True)
        self.disconnect_button = QPushButton(tr("ConnectDialog", "Відключити від сервера…"), box)
        self.disconnect_button.setObjectName("disconnect_button")
        self.disconnect_button.setAutoDefault(False)
        self.disconnect_button.clicked.connect(self.ask_disconnect)
        column = QVBoxLayout(box)
        column.addWidget(self.current_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.disconnect_button)
        column.addLayout(row)
        return box

    def _show_current(self) -> None:
        view = self.controller.view
        if view.linked:
            text = tr("ConnectDialog", "Підключено до %1, робоче місце «%2».")
            self.current_label.setText(
                text.replace("%1", view.server).replace("%2", view.workplace)
            )
        else:
            self.current_label.setText(
                tr("ConnectDialog", "Цей комп’ютер не підключено до сервера.")
            )
        self.disconnect_button.setVisible(view.linked)
        self.adjustSize()  # the answer and the current link take more lines

    # ------------------------------------------------------------------ connecting
    def problems(self) -> list[str]:
        """Every problem of the form at once; the first field with one gets the focus."""
        found = [
            (edit, problem)
            for edit, problem in (
                (self.url_edit, address_problem(self.url_edit.text())),
                (self.code_edit, code_problem(self.code_edit.text())),
            )
            if problem
        ]
        if found:
            found[0][0].setFocus()
        return [problem for _, problem in found]

    def submit(self) -> None:
        problems = self.problems()
        self.error_label.setText("\n".join(problems))
        if problems:
            return
        if self.controller.running:
            self.controller.cancel()  # the old link's sync stops before the new one is kept
        url, code = self.url_edit.text().strip(), self.code_edit.text().strip()
        store, link = self.store, self.link
        self._busy(True)
        self.result_label.setText(tr("ConnectDialog", "Підключаюся…"))

        def work() -> tuple[Any, list[str] | None]:
            made = link.connect(store, url, code)
            return made, self._district_names(made.districts)

        self.controller.runner.run(work, self._connected, self._failed)

    def _district_names(self, ids: tuple[str, ...] | None) -> list[str] | None:
        if ids is None:
            return None
        with self.store.read() as conn:
            names = dict(all_districts(conn))
        return [names.get(i, i) for i in ids]

    def _connected(self, outcome: tuple[Any, list[str] | None]) -> None:
        made, districts = outcome
        self._busy(False)
        self.error_label.setText("")
        self.code_edit.clear()  # spent: it works once
        where = (
            tr("ConnectDialog", "усі округи громади")
            if districts is None
            else ", ".join(districts) or tr("ConnectDialog", "жодного округу")
        )
        text = tr(
            "ConnectDialog",
            "Підключено до %1.\nРобоче місце: %2.\nОкруги: %3.\nПерша синхронізація почнеться "
            "зараз; її хід видно в рядку стану.",
        )
        self.result_label.setText(
            text.replace("%1", made.url).replace("%2", made.workplace).replace("%3", where)
        )
        self.adjustSize()
        self.controller.relinked()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.result_label.setText("")
        if isinstance(exc, SocDeskError):
            self.error_label.setText(domain_tr(str(exc)))
        else:
            default_failure(self, exc)

    def _busy(self, busy: bool) -> None:
        for widget in (self.connect_button, self.disconnect_button, self.url_edit, self.code_edit):
            widget.setEnabled(not busy)

    # ------------------------------------------------------------------ disconnecting
    def ask_disconnect(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("ConnectDialog", "Відключити від сервера"),
            tr(
                "ConnectDialog",
                "Відключити цей комп’ютер від сервера? Синхронізація припиниться; зміни, ще "
                "не надіслані на сервер, лишаться тут. Щоб підключити його знову, потрібен "
                "новий код від координатора.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.controller.cancel()
        store, link = self.store, self.link
        self._busy(True)
        self.controller.runner.run(lambda: link.disconnect(store), self._disconnected, self._failed)

    def _disconnected(self, _result: object) -> None:
        self._busy(False)
        self.result_label.setText(tr("ConnectDialog", "Комп’ютер відключено від сервера."))
        self.controller.relinked()
