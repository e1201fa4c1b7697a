"""The dialogs of «Адміністрування сервера» (ui/server_admin.py): a new enrolment code for a
workplace and its districts, shown large enough to dictate, with its expiry and a copy button;
and moving a person of the local registry to another district, asked first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.store.people import person_district, person_rows, search_person_ids
from socdesk.store.territory import all_districts
from socdesk.sync import admin
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import default_failure
from socdesk.ui.server_admin import ALIGN_CENTRE, code_font, copy_text, local_time
from socdesk.ui.widgets import error_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from socdesk.ui.server_admin import ServerAdminWindow


class _ServerDialog(QDialog):
    """A dialog whose work goes to the server in a worker, with a progress bar meanwhile."""

    def __init__(self, window: ServerAdminWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.store, self.backend = window.store, window.backend
        self.error_label = error_label(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(self)

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._busy(True)
        self.error_label.setText("")

        def finished(result: Any) -> None:
            self._busy(False)
            done(result)

        self.window_.controller.runner.run(work, finished, self._failed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, SocDeskError):
            self.error_label.setText(domain_tr(exc.message))
        else:
            default_failure(self, exc)


class NewCodeDialog(_ServerDialog):
    """Workplace and districts in, the one-time code out (shown once)."""

    def __init__(self, window: ServerAdminWindow, districts: list[tuple[str, str]]) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("ServerAdmin", "Новий код підключення"))
        self.workplace_edit = QLineEdit(self)
        self.workplace_edit.setObjectName("workplace_edit")
        self.workplace_edit.setPlaceholderText(tr("ServerAdmin", "напр. Бабенківський старостат"))
        self.workplace_edit.setMaxLength(200)
        self.districts_list = QListWidget(self)
        self.districts_list.setObjectName("districts_list")
        for district_id, name in districts:
            item = QListWidgetItem(name, self.districts_list)
            item.setData(Qt.ItemDataRole.UserRole, district_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.districts_list.setMaximumHeight(160)
        self.all_box = QCheckBox(
            tr("ServerAdmin", "Усі округи — ще один комп’ютер координатора"), self
        )
        self.all_box.setObjectName("all_box")
        self.all_box.toggled.connect(lambda on: self.districts_list.setEnabled(not on))
        form = QFormLayout()
        form.addRow(tr("ServerAdmin", "Робоче місце:"), self.workplace_edit)
        form.addRow(tr("ServerAdmin", "Округи:"), self.districts_list)
        form.addRow("", self.all_box)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("code_label")
        self.code_label.setFont(code_font())
        self.code_label.setAlignment(ALIGN_CENTRE)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expiry_label = QLabel(self)
        self.expiry_label.setObjectName("expiry_label")
        self.expiry_label.setWordWrap(True)
        self.copy_button = QPushButton(tr("ServerAdmin", "Копіювати код"), self)
        self.copy_button.setObjectName("copy_button")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(lambda: copy_text(self.code_label.text()))
        shown: tuple[QWidget, ...] = (self.code_label, self.expiry_label, self.copy_button)
        for widget in shown:
            widget.setVisible(False)
        self.make_button = self.buttons.addButton(
            tr("ServerAdmin", "Створити код"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setObjectName("make_button")
        self.make_button.setDefault(True)
        self.buttons.addButton(tr("ServerAdmin", "Закрити"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        below: tuple[QWidget, ...] = (self.error_label, self.progress)
        for widget in (*below, self.code_label, self.expiry_label):
            layout.addWidget(widget)
        layout.addWidget(self.copy_button, 0, ALIGN_CENTRE)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def chosen(self) -> list[str] | None:
        """The districts ticked (None: every district)."""
        if self.all_box.isChecked():
            return None
        items = (self.districts_list.item(i) for i in range(self.districts_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def submit(self) -> None:
        workplace, districts = self.workplace_edit.text().strip(), self.chosen()
        if not workplace:
            self.workplace_edit.setFocus()
            self.error_label.setText(tr("ServerAdmin", "Вкажіть назву робочого місця."))
            return
        if districts == []:
            self.districts_list.setFocus()
            self.error_label.setText(
                tr("ServerAdmin", "Позначте округи, з якими працюватиме це робоче місце.")
            )
            return
        store, backend = self.store, self.backend
        self.run(lambda: backend.new_code(store, workplace, districts), self._made)

    def _made(self, made: admin.NewCode) -> None:
        self.code_label.setText(made.code)
        text = tr(
            "ServerAdmin",
            "Код для робочого місця «%1». Діє до %2 і лише один раз. Продиктуйте або передайте "
            "його; на тому комп’ютері: «Синхронізація» → «Підключення до сервера…». Після "
            "закриття вікна код більше не показується.",
        )
        self.expiry_label.setText(
            text.replace("%1", made.workplace).replace("%2", local_time(made.expires_at))
        )
        shown: tuple[QWidget, ...] = (self.code_label, self.expiry_label, self.copy_button)
        for widget in shown:
            widget.setVisible(True)
        form: tuple[QWidget, ...] = (self.workplace_edit, self.districts_list, self.all_box)
        for widget in (*form, self.make_button):
            widget.setEnabled(False)
        self.copy_button.setFocus()
        self.adjustSize()


class TransferDialog(_ServerDialog):
    """A person of the local registry and the district to move them to; asked first."""

    def __init__(self, window: ServerAdminWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("ServerAdmin", "Перевести людину в інший округ"))
        self._ids: list[str] = []
        self._names: list[str] = []
        with self.store.read() as conn:
            self._districts = dict(all_districts(conn))
        self.search = QLineEdit(self)
        self.search.setObjectName("transfer_search")
        self.search.setPlaceholderText(tr("ServerAdmin", "Прізвище, РНОКПП або телефон"))
        self.search.textChanged.connect(self.find_people)
        self.results = QListWidget(self)
        self.results.setObjectName("transfer_results")
        self.district_combo = QComboBox(self)
        self.district_combo.setObjectName("district_combo")
        for district_id, name in self._districts.items():
            self.district_combo.addItem(name, district_id)
        note = QLabel(
            tr(
                "ServerAdmin",
                "Людина переходить з усіма справами, формами, планами, договорами й послугами. "
                "Комп’ютери старого округу вилучать її дані після надсилання своїх змін.",
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("ServerAdmin", "Пошук:"), self.search)
        form.addRow(self.results)
        form.addRow(tr("ServerAdmin", "Новий округ:"), self.district_combo)
        self.move_button = self.buttons.addButton(
            tr("ServerAdmin", "Перевести…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.move_button.setObjectName("move_button")
        self.buttons.addButton(
            tr("ServerAdmin", "Скасувати"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (note, self.error_label, self.progress, self.buttons):
            layout.addWidget(widget)
        self.resize(600, 460)

    def find_people(self, text: str) -> None:
        with self.store.read() as conn:
            rows = person_rows(conn, search_person_ids(conn, text)) if text.strip() else []
            where = {row.id: person_district(conn, row.id) for row in rows}
        self._ids = [r.id for r in rows]
        self._names = [r.full_name for r in rows]
        self.results.clear()
        district = tr("ServerAdmin", "округ %1")
        for row in rows:
            born = f", {row.birth_date:%d.%m.%Y}" if row.birth_date else ""
            now = self._districts.get(where[row.id] or "", "")
            now = f" — {district.replace('%1', now)}" if now else ""
            QListWidgetItem(f"{row.full_name}{born} {row.settlement}".strip() + now, self.results)
        if rows:
            self.results.setCurrentRow(0)

    def submit(self) -> None:
        row = self.results.currentRow()
        if row < 0:
            self.search.setFocus()
            self.error_label.setText(tr("ServerAdmin", "Знайдіть і виберіть людину зі списку."))
            return
        person, name = self._ids[row], self._names[row]
        district = str(self.district_combo.currentData() or "")
        with self.store.read() as conn:
            current = person_district(conn, person)
        if not district or district == current:
            self.district_combo.setFocus()
            self.error_label.setText(tr("ServerAdmin", "Виберіть інший округ, ніж теперішній."))
            return
        question = tr(
            "ServerAdmin",
            "Перевести «%1» з округу «%2» до округу «%3»? Комп’ютери нового округу отримають "
            "її дані під час наступної синхронізації, а комп’ютери старого — вилучать.",
        )
        was = self._districts.get(current or "", tr("ServerAdmin", "без округу"))
        text = (
            question.replace("%1", name)
            .replace("%2", was)
            .replace("%3", self._districts.get(district, district))
        )
        title = tr("ServerAdmin", "Перевести людину в інший округ")
        if QMessageBox.question(self, title, text) != QMessageBox.StandardButton.Yes:
            return
        store, backend = self.store, self.backend
        self.run(lambda: backend.transfer(store, person, district), lambda m: self._moved(m, name))

    def _moved(self, moved: admin.Moved, name: str) -> None:
        self.window_.transferred(moved, name)
        self.accept()
