"""The coordinator's retention screen (Адміністрування → Строк зберігання): the dated retention
period and its source, who is due for anonymisation on a day, and anonymising them after a
confirmation that names how many (store/retention.py). Reports keep counting them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.store.database import Store
from socdesk.store.retention import (
    MAX_YEARS,
    Due,
    RetentionPeriod,
    anonymise_due,
    due_people,
    retention_periods,
    set_period,
)
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.widgets import date_edit, date_of, error_label


def add_action(menu: QMenu, window: QMainWindow, store: Store) -> QAction:
    """The menu item that opens the screen (the main window's administration menu)."""
    action = QAction(tr("Retention", "&Строк зберігання даних…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+Y"))  # every menu command has one
    action.triggered.connect(lambda: RetentionDialog(store, window).open())
    menu.addAction(action)
    return action


class RetentionDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or dt.date.today()
        self.due: list[Due] = []
        self.setWindowTitle(tr("Retention", "Строк зберігання даних"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._period_box())
        self.due_label = QLabel(self)
        self.due_label.setObjectName("due_label")
        self.due_label.setWordWrap(True)
        layout.addWidget(self.due_label)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("due_table")
        self.table.setHorizontalHeaderLabels(
            [tr("Retention", "Останній випадок закрито"), tr("Retention", "Строк минув")]
        )
        layout.addWidget(self.table)
        self.anonymise_button = QPushButton(tr("Retention", "&Знеособити…"), self)
        self.anonymise_button.setObjectName("anonymise")
        self.anonymise_button.clicked.connect(self.anonymise)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _period_box(self) -> QGroupBox:
        box = QGroupBox(tr("Retention", "Строк зберігання після закриття останнього випадку"), self)
        form = QFormLayout(box)
        with self.store.read() as conn:
            periods = retention_periods(conn)
        newest = periods[0] if periods else None
        self.years = QSpinBox(box)
        self.years.setObjectName("years")
        self.years.setRange(1, MAX_YEARS)
        self.years.setValue(newest.years if newest else 5)
        self.years.setSuffix(tr("Retention", " р."))
        self.valid_from = date_edit(box, newest.valid_from if newest else self.today, "valid_from")
        self.source = QLineEdit(newest.source if newest else "", box)
        self.source.setObjectName("source")
        self.source.setPlaceholderText(tr("Retention", "напр. Номенклатура справ центру, п. 07-12"))
        form.addRow(tr("Retention", "Років:"), self.years)
        form.addRow(tr("Retention", "Чинний з:"), self.valid_from)
        form.addRow(tr("Retention", "Джерело:"), self.source)
        self.error = error_label(box)
        form.addRow(self.error)
        save = QPushButton(tr("Retention", "З&берегти строк"), box)
        save.setObjectName("save_period")
        save.clicked.connect(self.save_period)
        form.addRow(save)
        return box

    def save_period(self) -> None:
        period = RetentionPeriod(self.years.value(), date_of(self.valid_from), self.source.text())
        try:
            set_period(self.store, period)
        except SocDeskError as exc:
            self.error.setText(domain_tr(str(exc)))
            return
        self.error.clear()
        self.refresh()

    def refresh(self) -> None:
        with self.store.read() as conn:
            self.due = due_people(conn, self.today)
            no_period = not retention_periods(conn)
        self.table.setRowCount(len(self.due))
        for row, due in enumerate(self.due):
            for column, day in enumerate((due.closed_on, due.ends_on)):
                self.table.setItem(row, column, QTableWidgetItem(day.strftime("%d.%m.%Y")))
        if no_period:
            text = tr(
                "Retention",
                "Строк не встановлено: вкажіть його вище, щоб побачити, кого час знеособити.",
            )
        else:
            text = tr("Retention", "Осіб, чий строк зберігання минув: %1.").replace(
                "%1", str(len(self.due))
            )
        self.due_label.setText(text)
        self.anonymise_button.setEnabled(bool(self.due))

    def anonymise(self) -> int:
        """Asks, naming the count, then anonymises everyone listed; how many."""
        count = len(self.due)
        question = tr(
            "Retention",
            "Знеособити дані осіб: %1? Їхні імена, РНОКПП, документи, телефони, адреси, "
            "нотатки й вільний текст анкет буде стерто на всіх робочих місцях і з історії "
            "змін; звіти й далі їх рахуватимуть. Скасувати це неможливо.",
        ).replace("%1", str(count))
        answer = QMessageBox.question(self, "SocDesk", question)
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        done = anonymise_due(self.store, self.today)
        self.refresh()
        self.due_label.setText(
            tr("Retention", "Знеособлено осіб: %1.").replace("%1", str(len(done)))
        )
        return len(done)
