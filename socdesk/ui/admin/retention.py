"""The coordinator's retention screen (Адміністрування → Строк зберігання): the dated retention
period and its source, who is due for anonymisation on a day, and anonymising them after a
confirmation that names how many (store/retention.py). Reports keep counting them.

Anonymising runs off the GUI thread (`TaskRunner`) with the progress dialog: «Знеособлено N з
M», and Cancel stops between people; those done stay done, the rest stay due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
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

from socdesk.domain.errors import Cancelled, SocDeskError
from socdesk.domain.progress import Progress
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
from socdesk.ui.ops import ProgressDialog, TaskRunner, default_failure
from socdesk.ui.widgets import date_edit, date_of, error_label


def add_action(
    menu: QMenu, window: QMainWindow, store: Store, runner: TaskRunner | None = None
) -> QAction:
    """The menu item that opens the screen (the main window's administration menu)."""
    action = QAction(tr("Retention", "&Строк зберігання даних…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+Y"))  # every menu command has one
    action.triggered.connect(lambda: RetentionDialog(store, window, runner=runner).open())
    menu.addAction(action)
    return action


class RetentionDialog(QDialog):
    progress_type: type[Progress] = Progress  # tests put one here that cancels mid-work

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        runner: TaskRunner | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.today = today or dt.date.today()
        self.runner = runner or TaskRunner(parent=self)
        self.due: list[Due] = []
        self.progress_dialog: ProgressDialog | None = None
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
        """Asks, naming the count, then starts anonymising everyone listed off the GUI thread;
        how many it set out to do (0: the person said no)."""
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
        progress = self.progress_type()
        store, today = self.store, self.today

        def step(done: int, total: int) -> bool:  # in the worker thread
            label = tr("Retention", "Знеособлено %1 з %2").replace("%1", str(done))
            progress.start(label.replace("%2", str(total)), total)
            try:
                progress.advance(done)
            except Cancelled:
                return False
            return True

        self.anonymise_button.setEnabled(False)
        self.progress_dialog = ProgressDialog(progress, self.windowTitle(), self)
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.runner.run(
            lambda: (anonymise_due(store, today, step=step), progress.snapshot().total),
            self._anonymised,
            self._failed,
        )
        return count

    def _stop_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.finish()
            self.progress_dialog = None

    def _anonymised(self, result: tuple[list[Due], int | None]) -> None:
        self._stop_progress()
        done, total = len(result[0]), result[1] or 0
        self.refresh()
        if done < total:
            text = (
                tr(
                    "Retention",
                    "Скасовано: знеособлено осіб: %1 з %2. Решта (%3) чекають на "
                    "знеособлення: натисніть «Знеособити…» ще раз.",
                )
                .replace("%1", str(done))
                .replace("%2", str(total))
                .replace("%3", str(total - done))
            )
        else:
            text = tr("Retention", "Знеособлено осіб: %1.").replace("%1", str(done))
        self.due_label.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._stop_progress()
        self.refresh()
        default_failure(self, exc)
