"""The coordinator's list of accesses to sensitive sections with a reason («break the glass»,
domain/sensitive.py): when, who, whose data, why, until when; the newest first. It fills from
the synced `sensitive_access` rows, so the districts' accesses show here after sync."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from socdesk.store.database import Store
from socdesk.store.sensitive import Access, accesses
from socdesk.ui.i18n import noop, tr
from socdesk.ui.screen import fit_resize
from socdesk.ui.widgets import RowsModel, rows_table


def local_time(stamp: str) -> str:
    """A stored UTC moment («2026-11-20T09:00:00Z») as this computer's local time."""
    moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


class AccessesModel(RowsModel[Access]):
    context = "AccessesDialog"
    headers = (
        noop("AccessesDialog", "Коли"),
        noop("AccessesDialog", "Хто"),
        noop("AccessesDialog", "Чиї дані"),
        noop("AccessesDialog", "Обґрунтування"),
        noop("AccessesDialog", "Діє до"),
    )

    def cell(self, row: Access, column: int) -> str:
        return (
            local_time(row.granted_at),
            row.worker,
            row.person,
            row.reason,
            local_time(row.until),
        )[column]


class AccessesDialog(QDialog):
    """Who looked at whose sensitive data without working the case, and why."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("AccessesDialog", "Доступи до чутливих даних"))
        self.model = AccessesModel(self)
        with store.read() as conn:
            self.model.set_rows(accesses(conn))
        intro = QLabel(
            tr(
                "AccessesDialog",
                "Працівники, які переглянули відомості про здоров’я, інвалідність, насильство "
                "чи залежності особи, з якою не працюють, і їхні обґрунтування. Записи з "
                "округів з’являються тут після синхронізації.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = rows_table(self, self.model, "accesses_table")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        fit_resize(self, 900, 500)


def accesses_action(window: QWidget, store: Store) -> QAction:
    """The coordinator's menu item that opens the list (in the main window's menu)."""
    action = QAction(tr("MainWindow", "&Доступи до чутливих даних…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+B"))  # B: break the glass
    action.triggered.connect(lambda: AccessesDialog(store, window).open())
    return action
