"""The status bar's sync part: where sync stands in words, and while a sync runs, its progress
and a Cancel button. Hidden on a computer that is not connected to a server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QToolButton, QWidget

from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import POLL_MS
from socdesk.ui.sync.controller import SyncController
from socdesk.ui.sync.words import Tone, advice, status_line
from socdesk.ui.widgets import ERROR_COLOUR

MINUTE_MS = 60_000  # «5 хв тому» grows by itself


class SyncStatus(QWidget):
    """«Сервер: синхронізовано 5 хв тому; 12 змін очікують надсилання» (a click opens the sync
    screen); while a sync runs, a progress bar and «Скасувати»."""

    def __init__(
        self,
        controller: SyncController,
        open_screen: Callable[[], object],
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self.controller, self._now = controller, now
        self.label = QToolButton(self)
        self.label.setObjectName("sync_status")
        self.label.setAutoRaise(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.label.clicked.connect(open_screen)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("sync_progress")
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(16)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("sync_cancel")
        self.cancel_button.setText(tr("SyncStatus", "Скасувати"))
        self.cancel_button.clicked.connect(controller.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self._clock = QTimer(self)
        self._clock.setInterval(MINUTE_MS)
        self._clock.timeout.connect(self.show_view)
        self._clock.start()
        controller.changed.connect(self.show_view)
        self.show_view()

    def show_view(self) -> None:
        view = self.controller.view
        self.setVisible(view.linked)
        text, tone = status_line(view, self._now())
        self.label.setText(text)
        # The whole line too: on a narrow screen the status bar may cut it short.
        tip = advice(view) or tr("SyncStatus", "Стан синхронізації; F9 — синхронізувати зараз")
        self.label.setToolTip(f"{text}\n{tip}")
        warn = tone == Tone.WARNING
        self.label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold" if warn else "")
        running = self.controller.running
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.bar.setRange(0, 0)  # busy until the first figures arrive
            self._poll.start()
        else:
            self._poll.stop()

    def _show_progress(self) -> None:
        progress = self.controller.progress
        if progress is None:
            return
        snap = progress.snapshot()
        self.bar.setToolTip(domain_tr(snap.label))
        if snap.total:
            self.bar.setRange(0, snap.total)
            self.bar.setValue(min(snap.done, snap.total))
        else:
            self.bar.setRange(0, 0)
        if snap.cancelled:
            self.cancel_button.setEnabled(False)
            self.label.setText(tr("SyncStatus", "Зупиняю синхронізацію…"))
        else:
            self.cancel_button.setEnabled(True)
