"""The sync health of bundles (стан обміну пакетами): at a centre kept on a desktop, every
workplace (last contact, last bundle each way, changes waiting for the centre's
acknowledgement, workplaces that never sent a bundle, bundles missing from a sender's
sequence); at a workplace, its own view of the centre. Read off the GUI thread from the
store's bundle log (`sync.bundle_view.health`).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socdesk.sync.bundle_view import Health, PeerHealth
from socdesk.ui.i18n import noop, tr, tr_n
from socdesk.ui.ops import TaskRunner
from socdesk.ui.screen import fit_resize
from socdesk.ui.widgets import RowsModel, rows_table

CONTEXT = "BundleHealth"
COLUMNS = (
    noop("BundleHealth", "Робоче місце"),
    noop("BundleHealth", "Останній зв’язок"),
    noop("BundleHealth", "Останній пакет звідти"),
    noop("BundleHealth", "Останній пакет туди"),
    noop("BundleHealth", "Чекають підтвердження"),
    noop("BundleHealth", "Конфлікти"),
    noop("BundleHealth", "Бракує пакетів"),
)


class HealthSource(Protocol):
    """This store's bundle log (`LocalBundles`) or the server (`ServerCentre`)."""

    def health(self) -> Health: ...


def _when(text: str) -> str:
    from socdesk.ui.sync.screen import _iso

    return _iso(text) if text else ""


def gap_text(peer: PeerHealth) -> str:
    if not peer.gaps:
        return ""
    first = peer.gaps[0]
    text = tr("BundleHealth", "так: змін з №%1 по №%2 не було в жодному пакеті")
    text = text.replace("%1", str(first.expected)).replace("%2", str(first.got - 1))
    return text if len(peer.gaps) == 1 else f"{text} (+{len(peer.gaps) - 1})"


class HealthModel(RowsModel[PeerHealth]):
    context = CONTEXT
    headers = COLUMNS

    def cell(self, row: PeerHealth, column: int) -> str:
        if column == 0:
            tail = row.device_id[-8:]
            name = f"{row.name} ({tail})" if row.name else tail
            return name + (tr("BundleHealth", " (відкликано)") if row.revoked else "")
        if column == 1:
            return _when(row.last_contact) or tr("BundleHealth", "жодного разу")
        if column == 2:
            return _when(row.last_in) or "—"
        if column == 3:
            return _when(row.last_out) or "—"
        if column == 4:
            return str(row.waiting)
        if column == 5:
            return "" if row.conflicts is None else str(row.conflicts)
        return gap_text(row)


class BundleHealthDialog(QDialog):
    """One row a peer, and a summary: open conflicts, never synced, gaps."""

    def __init__(
        self, source: HealthSource, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source, self.runner = source, runner
        self.setWindowTitle(tr("BundleHealth", "Стан обміну пакетами"))
        self.summary = QLabel(self)
        self.summary.setObjectName("health_summary")
        self.summary.setWordWrap(True)
        self.model = HealthModel(self)
        self.table = rows_table(self, self.model, "health_table")
        refresh = QPushButton(tr("BundleHealth", "&Оновити"), self)
        refresh.clicked.connect(self.reload)
        close = QPushButton(tr("BundleHealth", "Закрити"), self)
        close.setObjectName("close_button")
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(refresh)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        fit_resize(self, 1100, 520)
        self.health: Health | None = None
        self.reload()

    def reload(self) -> None:
        self.runner.run(self.source.health, self._show)

    def _show(self, health: Health) -> None:
        self.health = health
        self.model.headers = (
            COLUMNS if health.centre else (noop("BundleHealth", "Центр"), *COLUMNS[1:])
        )
        self.model.set_rows(health.peers)
        self.table.setColumnHidden(5, all(p.conflicts is None for p in health.peers))
        never = sum(1 for p in health.peers if p.never)
        gaps = sum(len(p.gaps) for p in health.peers)
        parts = [tr_n("BundleHealth", "Відкритих конфліктів: %n.", health.conflicts)]
        if health.centre:
            parts.append(tr_n("BundleHealth", "Ще жодного разу не синхронізувалися: %n.", never))
        else:
            parts.append(
                tr_n(
                    "BundleHealth",
                    "Наших змін чекають підтвердження центру: %n.",
                    health.waiting_here,
                )
            )
        if gaps:
            parts.append(
                tr_n(
                    "BundleHealth",
                    "Бракує пакетів: %n. Попросіть відправника записати новий пакет: він "
                    "міститиме все, що ще не підтверджено.",
                    gaps,
                )
            )
        if not health.peers:
            parts.append(
                tr(
                    "BundleHealth",
                    "Ключів для пакетів ще немає: обміняйтеся картками ключів "
                    "(socdesk bundle card / trust) або підключіться до сервера.",
                )
            )
        self.summary.setText(" ".join(parts))
