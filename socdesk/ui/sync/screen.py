"""The sync screen (стан синхронізації): where sync stands and what to do about it, the history
of runs, and per record what waits to be sent, what is held back (here, or refused by the
server) and what is in conflict; each conflict opens the conflicts view on its record.

Everything is read off the GUI thread (`Lists`), again whenever a sync ends or a write adds
a change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.changes import Changes
from socdesk.domain.hlc import Hlc
from socdesk.domain.numbers import decimal_text
from socdesk.domain.people import Role
from socdesk.store.database import Store
from socdesk.store.people import person_rows
from socdesk.store.sync_lists import HeldRecord, WaitingChange, own_changes
from socdesk.sync.link import SyncRun
from socdesk.ui.admin.conflicts import ConflictRow, ConflictsModel, conflict_rows
from socdesk.ui.changes import Writer, listen_while_open
from socdesk.ui.i18n import noop, tr, tr_n
from socdesk.ui.keyboard import strong_highlight, tab_keys
from socdesk.ui.messages import domain_tr
from socdesk.ui.screen import fit_resize
from socdesk.ui.sync.controller import SyncController
from socdesk.ui.sync.names import BOOKKEEPING, field_label, table_label
from socdesk.ui.sync.reasons import CONTEXT, outcome_text, reason_text
from socdesk.ui.sync.session_box import SessionBox
from socdesk.ui.sync.words import Tone, advice, counted, status_line
from socdesk.ui.widgets import ERROR_COLOUR, RowsModel, rows_table


@dataclass(frozen=True, slots=True)
class Line:
    """One row of a list: its cells, and the record it is about (for the conflicts view)."""

    cells: tuple[str, ...]
    row_id: str = ""


@dataclass
class Lists:
    """What the screen lists, read in one go off the GUI thread."""

    history: list[Line] = field(default_factory=list)
    waiting: list[Line] = field(default_factory=list)
    waiting_total: int = 0  # all the changes waiting; `waiting` holds the oldest of them
    held: list[Line] = field(default_factory=list)
    conflicts: list[ConflictRow] = field(default_factory=list)


class LinesModel(RowsModel[Line]):
    context = CONTEXT

    def cell(self, row: Line, column: int) -> str:
        return row.cells[column] if column < len(row.cells) else ""


def _model(headers: tuple[str, ...], parent: QWidget) -> LinesModel:
    model = LinesModel(parent)
    model.headers = headers
    return model


HISTORY = (
    noop("SyncScreen", "Початок"),
    noop("SyncScreen", "Результат"),
    noop("SyncScreen", "Надіслано"),
    noop("SyncScreen", "Отримано"),
    noop("SyncScreen", "Конфлікти"),
    noop("SyncScreen", "Повідомлення і що робити"),
)
WAITING = (
    noop("SyncScreen", "Запис"),
    noop("SyncScreen", "Змінені поля"),
    noop("SyncScreen", "Коли"),
    noop("SyncScreen", "Стан"),
)
HELD = (
    noop("SyncScreen", "Запис"),
    noop("SyncScreen", "Де"),
    noop("SyncScreen", "Причина"),
    noop("SyncScreen", "Що робити"),
)


def _local(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%d.%m.%Y %H:%M}"


def _iso(text: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return _local(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC))


def _hlc_time(text: str) -> str:
    try:
        wall = Hlc.parse(text).wall_ms
    except ValueError:
        return ""
    return _local(dt.datetime.fromtimestamp(wall / 1000, dt.UTC))


def subjects(store: Store, records: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """What each (table, row id) is called: a person's name, else what kind of record."""
    people = [row_id for table, row_id in records if table == "person"]
    with store.read() as conn:
        names = {p.id: p.full_name for p in person_rows(conn, people)}
    found = {}
    for table, row_id in records:
        if table == "person":
            found[(table, row_id)] = names.get(row_id) or tr("SyncScreen", "Особа (запис видалено)")
        else:
            found[(table, row_id)] = table_label(table)
    return found


def history_lines(runs: list[SyncRun]) -> list[Line]:
    lines = []
    for run in runs:
        message = domain_tr(run.message) if run.message else ""
        if run.outcome == "partial":
            held = tr_n("SyncScreen", "%n запис затримано", run.rejected + run.quarantined)
            message = "; ".join(filter(None, [message, held, tr("SyncScreen", "див. «Затримані»")]))
        counts = (str(run.pushed), str(run.applied), str(run.conflicts))
        lines.append(Line((_iso(run.started_at), outcome_text(run.outcome), *counts, message)))
    return lines


def waiting_lines(waiting: list[WaitingChange], names: dict[tuple[str, str], str]) -> list[Line]:
    lines = []
    for w in waiting:
        what = ", ".join(field_label(w.table, f) for f in w.fields if f not in BOOKKEEPING)
        state = (
            tr("SyncScreen", "надіслано, чекає відповіді")
            if w.sent
            else tr("SyncScreen", "ще не надіслано")
        )
        subject = names[(w.table, w.row_id)]
        lines.append(Line((subject, what, _hlc_time(w.hlc), state), w.row_id))
    return lines


def held_line(subject: str, where: str, reason: str, row_id: str) -> Line:
    what, todo = reason_text(reason)
    return Line((subject, where, what, todo), row_id)


def read_lists(controller: SyncController) -> Lists:
    """Everything the screen lists (in a worker)."""
    store, link = controller.store, controller.link
    waiting: list[WaitingChange] = link.waiting(store)
    held: list[HeldRecord] = link.held(store)
    report = controller.last_report
    refused = {**getattr(report, "rejected", {}), **getattr(report, "quarantined_there", {})}
    with store.read() as conn:
        refused_rows = own_changes(conn, list(refused))
    records = [(w.table, w.row_id) for w in waiting] + [(h.table, h.row_id) for h in held]
    names = subjects(store, records + list(refused_rows.values()))
    there, here = tr("SyncScreen", "на сервері"), tr("SyncScreen", "тут")
    lists = Lists(history_lines(link.history(store, 100)), waiting_lines(waiting, names))
    lists.waiting_total = max(link.view(store).pending, len(waiting))
    for change_id, reason in refused.items():
        table, row_id = refused_rows.get(change_id, ("", ""))
        lists.held.append(held_line(names.get((table, row_id), "—"), there, reason, row_id))
    for h in held:
        lists.held.append(held_line(names[(h.table, h.row_id)], here, h.reason, h.row_id))
    lists.conflicts = conflict_rows(store)
    return lists


class SyncScreen(QDialog):
    """Стан синхронізації: the summary and Sync now, then history, waiting, held, conflicts."""

    def __init__(
        self, controller: SyncController, writer: Writer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller, self.writer = controller, writer
        self.setWindowTitle(tr("SyncScreen", "SocDesk — стан синхронізації"))
        self.summary = QLabel(self)
        self.summary.setObjectName("sync_summary")
        self.summary.setWordWrap(True)
        self.advice = QLabel(self)
        self.advice.setObjectName("sync_advice")
        self.advice.setWordWrap(True)
        self.server_label = QLabel(self)
        self.server_label.setObjectName("server_label")
        self.session_box = SessionBox(controller, self)  # ASVS 7.5.2
        self.tabs = QTabWidget(self)
        self.history_model = _model(HISTORY, self)
        self.waiting_model = _model(WAITING, self)
        self.held_model = _model(HELD, self)
        self.conflicts_model = ConflictsModel(self)
        self.history_table = self._tab(self.history_model, "history_table")
        self.waiting_note = QLabel(self)
        self.waiting_note.setObjectName("waiting_note")
        self.waiting_note.setVisible(False)
        self.waiting_table = self._tab(self.waiting_model, "waiting_table", self.waiting_note)
        # One line a change, the fields' column as wide as the window leaves (the whole list
        # in the tooltip): its header stays in sight, and 1 000 rows need no measuring.
        self.waiting_table.setWordWrap(False)
        header = self.waiting_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.held_table = self._tab(self.held_model, "held_table")
        self.conflicts_table = self._tab(self.conflicts_model, "conflicts_table")
        self.conflicts_table.activated.connect(self._open_conflict)
        tab_keys(self.tabs)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.advice, self.server_label, self.session_box):
            layout.addWidget(widget)
        layout.addLayout(self._buttons())
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._foot())
        controller.changed.connect(self.show_view)
        controller.finished.connect(self.reload)
        listen_while_open(self, writer.bus, self._bus_changed)
        self.lists = Lists()
        fit_resize(self, 1100, 620)
        self.show_view()
        self.reload()
        self.session_box.load()

    def _tab(self, model: Any, name: str, note: QLabel | None = None) -> QTableView:
        """A tab of one list (with a note above it, if given)."""
        table = rows_table(self, model, name)
        table.setWordWrap(True)
        strong_highlight(table)
        if note is None:
            self.tabs.addTab(table, "")
            return table
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(note)
        column.addWidget(table, 1)
        self.tabs.addTab(page, "")
        return table

    def _buttons(self) -> QHBoxLayout:
        self.sync_button = QPushButton(tr("SyncScreen", "Синхронізувати зараз (F9)"), self)
        self.sync_button.setObjectName("sync_button")
        self.sync_button.clicked.connect(lambda: self.controller.sync_now())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("screen_progress")
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(tr("SyncScreen", "Скасувати"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self.controller.cancel)
        row = QHBoxLayout()
        for widget in (self.sync_button, self.progress, self.cancel_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _foot(self) -> QHBoxLayout:
        self.open_conflict_button = QPushButton(tr("SyncScreen", "Відкрити конфлікт…"), self)
        self.open_conflict_button.setObjectName("open_conflict_button")
        self.open_conflict_button.clicked.connect(
            lambda: self._open_conflict(self.conflicts_table.currentIndex())
        )
        close = QPushButton(tr("SyncScreen", "Закрити"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.open_conflict_button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    def show_view(self) -> None:
        view = self.controller.view
        text, tone = status_line(view, dt.datetime.now(dt.UTC))
        self.summary.setText(text)
        colour = f"color: {ERROR_COLOUR}; " if tone == Tone.WARNING else ""
        self.summary.setStyleSheet(colour + "font-weight: bold")
        coordinator = self.controller.store.role == Role.COORDINATOR
        self.advice.setText(advice(view, may_connect=coordinator))
        self.advice.setVisible(bool(self.advice.text()))
        where = tr("SyncScreen", "Сервер: %1; робоче місце «%2»")
        self.server_label.setText(where.replace("%1", view.server).replace("%2", view.workplace))
        self.server_label.setVisible(view.linked and bool(view.server))
        running = self.controller.running
        self.sync_button.setEnabled(view.linked and not view.revoked and not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

    def _bus_changed(self, changes: Changes) -> None:
        if (changes.sync_outbox or changes.sync_conflicts) and not self.controller.running:
            self.reload()

    def reload(self, _outcome: object = None) -> None:
        """Reads the lists again (not while closed: a closed window is only hidden)."""
        if not self.isVisible() and self.lists.history:
            return
        controller = self.controller
        controller.runner.run(lambda: read_lists(controller), self._show_lists)

    def _show_lists(self, lists: Lists) -> None:
        self.lists = lists
        self.history_model.set_rows(lists.history)
        self.waiting_model.set_rows(lists.waiting)
        self.held_model.set_rows(lists.held)
        self.conflicts_model.set_rows(lists.conflicts)
        titles = (
            tr("SyncScreen", "Історія"),
            counted(
                tr_n("SyncScreen", "Очікують надсилання (%n)", lists.waiting_total),
                lists.waiting_total,
            ),
            tr_n("SyncScreen", "Затримані (%n)", len(lists.held)),
            tr_n("SyncScreen", "Конфлікти (%n)", len(lists.conflicts)),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        for table in (
            self.history_table,
            self.held_table,
            self.conflicts_table,
        ):
            table.resizeRowsToContents()
        self.open_conflict_button.setEnabled(bool(lists.conflicts))
        shown = len(lists.waiting)
        self.waiting_note.setText(
            tr("SyncScreen", "показано перші %1").replace("%1", decimal_text(shown))
            if lists.waiting_total > shown
            else ""
        )
        self.waiting_note.setVisible(bool(self.waiting_note.text()))

    def _open_conflict(self, index: QModelIndex) -> QDialog | None:
        """The conflicts view on the record of the chosen conflict."""
        from socdesk.ui.admin.conflicts import ConflictsView

        rows = self.conflicts_model.rows
        if not index.isValid() or index.row() >= len(rows):
            if not rows:
                return None
            index = self.conflicts_model.index(0, 0)
        view = ConflictsView(self.writer, rows[index.row()].conflict.row_id, self)
        view.finished.connect(lambda _r: self.reload())
        view.open()
        return view
