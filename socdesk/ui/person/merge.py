"""Merging two records of the same person (coordinators): both side by side, the survivor
chosen, then one unit of work (`store.merge`). The other record stays as a redirect."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.store.database import Store
from socdesk.store.merge import merge_people
from socdesk.store.people import list_categories, load_person
from socdesk.store.uow import UnitOfWork
from socdesk.ui.changes import Writer, own_writer
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import default_failure
from socdesk.ui.person.fields import LABELS, SIDE_BY_SIDE, shown_value
from socdesk.ui.widgets import error_label


class MergeDialog(QDialog):
    """`merged(survivor_id)` once the records are one."""

    def __init__(
        self,
        store: Store,
        first_id: str,
        second_id: str,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._ids = store, (first_id, second_id)
        self._writer = writer or own_writer(store, self)
        self.survivor_id: str | None = None
        self.setWindowTitle(tr("MergeDialog", "Об’єднання записів однієї особи"))
        with store.read() as conn:
            people = (load_person(conn, first_id), load_person(conn, second_id))
            names = dict(list_categories(conn, dt.date.today()))
        self.table = QTableWidget(len(SIDE_BY_SIDE) + 1, 2, self)
        self.table.setObjectName("merge_table")
        self.table.setHorizontalHeaderLabels(
            [tr("MergeDialog", "Запис 1"), tr("MergeDialog", "Запис 2")]
        )
        labels = [tr("PersonCard", LABELS[name]) for name in SIDE_BY_SIDE]
        self.table.setVerticalHeaderLabels([*labels, tr("MergeDialog", "Категорії")])
        for column, person in enumerate(people):
            for row, name in enumerate(SIDE_BY_SIDE):
                self.table.setItem(row, column, QTableWidgetItem(shown_value(person, name)))
            categories = ", ".join(names.get(c, c) for c in person.categories)
            self.table.setItem(len(SIDE_BY_SIDE), column, QTableWidgetItem(categories))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.keep_first = QRadioButton(tr("MergeDialog", "Залишити запис 1"), self)
        self.keep_second = QRadioButton(tr("MergeDialog", "Залишити запис 2"), self)
        self.keep_first.setChecked(True)
        explanation = QLabel(
            tr(
                "MergeDialog",
                "Залишений запис збереже свої дані; його порожні поля буде доповнено з іншого, "
                "категорії об’єднано. Інший запис не видаляється: він стане посиланням на "
                "залишений, і його історія змін буде видна в картці. Скасувати об’єднання "
                "не можна.",
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(
            tr("MergeDialog", "Об’єднати"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        choice = QHBoxLayout()
        choice.addWidget(self.keep_first)
        choice.addWidget(self.keep_second)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(choice)
        layout.addWidget(explanation)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(820, 560)

    def merge(self) -> None:
        first, second = self._ids
        survivor, other = (first, second) if self.keep_first.isChecked() else (second, first)
        try:
            self._store.require_coordinator()
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return

        def work(uow: UnitOfWork) -> None:
            merge_people(uow, survivor, other)

        def done(_: None) -> None:
            self.survivor_id = survivor
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, SocDeskError):
                self.error_label.setText(domain_tr(str(exc)))
            else:
                default_failure(self, exc)

        self.buttons.setEnabled(False)
        self._writer.write(work, done, failed)
