"""Settings: interface language (this computer, `ui.preferences`), the auto-lock delay (per
user, inside the store) and, for coordinators, the workplace's prefix for numbering cases, the
centre's logo and its details printed on documents (`admin.centre`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from socdesk.domain.people import Role
from socdesk.store.centre import centre_details, set_centre_details
from socdesk.store.database import Store
from socdesk.store.printing import centre_logo, set_centre_logo
from socdesk.store.territory import set_workplace_prefix, workplace_prefix
from socdesk.store.ui_state import get_ui_state, put_ui_state
from socdesk.store.uow import UnitOfWork
from socdesk.ui.admin.centre import CentreForm
from socdesk.ui.changes import Writer, error_to, own_writer
from socdesk.ui.i18n import tr
from socdesk.ui.lock import DEFAULT_IDLE_MINUTES
from socdesk.ui.preferences import LANGUAGES, read_language, write_language
from socdesk.ui.widgets import error_label, lay_out_form_dialog

IDLE_KEY = "settings.idle_minutes"
MAX_IDLE_MINUTES = 240


def read_idle_minutes(store: Store) -> int:
    with store.read() as conn:
        value = get_ui_state(conn, store.user_id, IDLE_KEY)
    try:
        return max(1, min(MAX_IDLE_MINUTES, int(value))) if value else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


class SettingsDialog(QDialog):
    """Language and auto-lock; `language_changed()` says whether a restart is needed."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, writer: Writer | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._writer = writer or own_writer(store, self)
        self._language = read_language(store.paths)
        self.setWindowTitle(tr("Settings", "Налаштування"))
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(list(LANGUAGES).index(self._language))
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setRange(1, MAX_IDLE_MINUTES)
        self.idle_spin.setSuffix(tr("Settings", " хв"))
        self.idle_spin.setValue(read_idle_minutes(store))
        note = QLabel(tr("Settings", "Нова мова діятиме після перезапуску SocDesk."), self)
        note.setWordWrap(True)
        self.prefix_edit = QLineEdit(self)
        self.prefix_edit.setObjectName("case_prefix")
        self.prefix_edit.setMaxLength(11)
        with store.read() as conn:
            self._prefix = workplace_prefix(conn)
        self.prefix_edit.setText(self._prefix)
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logo_preview")
        with store.read() as conn:
            self._logo = centre_logo(conn)
        self._logo_changed = False
        choose = QPushButton(tr("Settings", "Вибрати…"), self)
        choose.clicked.connect(lambda: self.choose_logo())
        drop = QPushButton(tr("Settings", "Прибрати"), self)
        drop.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(drop)
        logo_row.addStretch(1)
        self._show_logo()
        with store.read() as conn:
            self.centre = CentreForm(centre_details(conn), self)
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(tr("Settings", "Мова інтерфейсу:"), self.language_combo)
        form.addRow(tr("Settings", "Блокувати після бездіяльності:"), self.idle_spin)
        if store.role == Role.COORDINATOR:  # the centre gives each workplace its prefix
            form.addRow(tr("Settings", "Префікс нумерації справ:"), self.prefix_edit)
            form.addRow(tr("Settings", "Логотип центру в документах:"), logo_row)
            form.addRow(self.centre)
        else:
            self.prefix_edit.hide()
            self.centre.hide()
            for widget in (self.logo_preview, choose, drop):
                widget.hide()
        self.buttons = lay_out_form_dialog(self, form, [note, self.error_label], self.save)

    def choose_logo(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Settings", "Логотип центру"), "", "PNG, JPEG (*.png *.jpg *.jpeg)"
            )
            if not path:
                return
        try:
            self.set_logo(Path(path).read_bytes())
        except OSError as exc:
            self.error_label.setText(exc.strerror or str(exc))

    def set_logo(self, image: bytes | None) -> None:
        self._logo, self._logo_changed = image, True
        self._show_logo()

    def _show_logo(self) -> None:
        if not self._logo:
            self.logo_preview.setText(tr("Settings", "немає"))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(self._logo):
            self.logo_preview.setText(tr("Settings", "не зображення"))
            return
        self.logo_preview.setPixmap(pixmap.scaledToHeight(40))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def idle_minutes(self) -> int:
        return self.idle_spin.value()

    def language_changed(self) -> bool:
        return self.language() != self._language

    def save(self) -> None:
        prefix = self.prefix_edit.text().strip()
        idle = str(self.idle_minutes())
        new_prefix = self.prefix_edit.isVisibleTo(self) and prefix != self._prefix
        logo_changed, logo = self._logo_changed, self._logo
        new_centre = self.centre.isVisibleTo(self) and self.centre.changed()
        centre = self.centre.details()
        if new_centre and (problems := self.centre.problems()):
            self.error_label.setText("\n".join(problems))
            self.centre.focus_first_problem()
            return

        def work(uow: UnitOfWork) -> None:
            put_ui_state(uow, IDLE_KEY, idle)
            if new_prefix:
                set_workplace_prefix(uow, prefix)
            if logo_changed:
                set_centre_logo(uow, logo)
            if new_centre:
                set_centre_details(uow, centre)

        def done(_: None) -> None:
            if self.language_changed():
                write_language(self._store.paths, self.language())
            self.accept()

        self._writer.write(work, done, error_to(self.error_label))
