"""Possible duplicates, side by side: open the existing person, or confirm a new one (with a
reason, kept in the card's notes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.duplicates import Candidate
from socdesk.store.database import Store
from socdesk.store.people import load_person
from socdesk.ui.i18n import tr
from socdesk.ui.person.fields import LABELS, SIDE_BY_SIDE, shown_value


class DuplicatesDialog(QDialog):
    """`chosen_person_id()` if the worker opens an existing person, else `reason()`."""

    def __init__(
        self,
        store: Store,
        typed: dict[str, Any],
        candidates: list[Candidate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("DuplicatesDialog", "SocDesk — можливий дублікат"))
        self._store, self._typed, self._candidates = store, typed, candidates
        self._chosen: str | None = None
        self.candidate_list = QListWidget(self)
        self.candidate_list.setObjectName("candidate_list")
        self.comparison = QTableWidget(len(SIDE_BY_SIDE), 2, self)
        self.comparison.setObjectName("comparison_table")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(
            tr("DuplicatesDialog", "Чому це інша особа (наприклад: тезка, інша дата в документі)")
        )
        self.open_button = QPushButton(tr("DuplicatesDialog", "Відкрити наявну картку"), self)
        self.new_button = QPushButton(tr("DuplicatesDialog", "Це інша особа — зберегти"), self)
        self._build()
        self.candidate_list.currentRowChanged.connect(self._show_candidate)
        self.open_button.clicked.connect(self._open_existing)
        self.new_button.clicked.connect(self._confirm_new)
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.candidate_list.setCurrentRow(0)
        self._update_buttons()

    def _build(self) -> None:
        for candidate in self._candidates:
            self.candidate_list.addItem(candidate.rule.message)
        self.comparison.setHorizontalHeaderLabels(
            [tr("DuplicatesDialog", "Введено"), tr("DuplicatesDialog", "У реєстрі")]
        )
        self.comparison.setVerticalHeaderLabels(
            [tr("PersonCard", LABELS[name]) for name in SIDE_BY_SIDE]
        )
        self.comparison.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("DuplicatesDialog", "Схожі записи вже є в реєстрі:"), self))
        layout.addWidget(self.candidate_list)
        layout.addWidget(self.comparison)
        layout.addWidget(self.reason_edit)
        layout.addLayout(buttons)
        self.resize(760, 520)

    def _show_candidate(self, row: int) -> None:
        if not 0 <= row < len(self._candidates):
            return
        with self._store.read() as conn:
            existing = load_person(conn, self._candidates[row].person_id)
        for i, name in enumerate(SIDE_BY_SIDE):
            typed = str(self._typed.get(name) or "")
            self.comparison.setItem(i, 0, QTableWidgetItem(typed))
            self.comparison.setItem(i, 1, QTableWidgetItem(shown_value(existing, name)))

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(bool(self.reason_edit.text().strip()))

    def _open_existing(self) -> None:
        self._chosen = self._candidates[max(0, self.candidate_list.currentRow())].person_id
        self.accept()

    def _confirm_new(self) -> None:
        self._chosen = None
        self.accept()

    def chosen_person_id(self) -> str | None:
        return self._chosen

    def reason(self) -> str:
        return self.reason_edit.text().strip()
