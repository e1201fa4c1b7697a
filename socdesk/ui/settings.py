"""Settings: interface language (this computer, `ui.preferences`) and the auto-lock delay
(per user, inside the store)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from socdesk.store.database import Store
from socdesk.store.ui_state import get_ui_state, put_ui_state
from socdesk.ui.i18n import tr
from socdesk.ui.lock import DEFAULT_IDLE_MINUTES
from socdesk.ui.preferences import LANGUAGES, read_language, write_language
from socdesk.ui.widgets import lay_out_form_dialog

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

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
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
        form = QFormLayout()
        form.addRow(tr("Settings", "Мова інтерфейсу:"), self.language_combo)
        form.addRow(tr("Settings", "Блокувати після бездіяльності:"), self.idle_spin)
        self.buttons = lay_out_form_dialog(self, form, [note], self.save)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def idle_minutes(self) -> int:
        return self.idle_spin.value()

    def language_changed(self) -> bool:
        return self.language() != self._language

    def save(self) -> None:
        if self.language_changed():
            write_language(self._store.paths, self.language())
        with self._store.write() as uow:
            put_ui_state(uow, IDLE_KEY, str(self.idle_minutes()))
        self.accept()
