"""The coordinator's list of reference data (довідкові дані): the version of each document in
force today and the versions that apply later, with where each came from (this build of the
program or the centre, through sync), and «Опублікувати…» for a new version from a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain import refdocs as rd
from socdesk.domain.errors import SocDeskError
from socdesk.store import refdocs
from socdesk.store.database import Store
from socdesk.store.uow import UnitOfWork
from socdesk.ui.changes import Writer, error_to, own_writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.widgets import RowsModel, date_edit, date_of, error_label, rows_table

SOURCE_TEXT = {
    rd.SHIPPED: noop("ReferenceData", "програма"),
    rd.PUBLISHED: noop("ReferenceData", "центр (синхронізація)"),
}


class VersionsModel(RowsModel[refdocs.VersionLine]):
    context = "ReferenceData"
    headers = (
        noop("ReferenceData", "Документ"),
        noop("ReferenceData", "Версія"),
        noop("ReferenceData", "Діє з"),
        noop("ReferenceData", "Звідки"),
        noop("ReferenceData", "Стан"),
    )

    def cell(self, row: refdocs.VersionLine, column: int) -> str:
        if column == 0:
            name = domain_tr(rd.KINDS[row.kind])
            return f"{name}: {row.key}" if row.key else name
        if column == 1:
            return row.version
        if column == 2:  # a shipped document without a date: always
            return "—" if row.effective_from == rd.ALWAYS else f"{row.effective_from:%d.%m.%Y}"
        if column == 3:
            return tr("ReferenceData", SOURCE_TEXT[row.source])
        return tr("ReferenceData", "чинна" if row.in_force else "набуде чинності")


class ReferenceDialog(QDialog):
    """Versions in force and coming; a coordinator publishes a new one."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        writer: Writer | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._writer = writer or own_writer(store, self)
        self._today = today or dt.date.today()
        self.setWindowTitle(tr("ReferenceData", "Довідкові дані"))
        self.model = VersionsModel(self)
        self.table = rows_table(self, self.model, "versions_table")
        self.kind_combo = QComboBox(self)
        for kind, name in rd.KINDS.items():
            self.kind_combo.addItem(domain_tr(name), kind)
        self.from_edit = date_edit(self, self._today, "effective_from")
        self.publish_button = QPushButton(tr("ReferenceData", "&Опублікувати…"), self)
        self.publish_button.clicked.connect(lambda: self.publish())
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(tr("ReferenceData", "Вид даних:"), self.kind_combo)
        form.addRow(tr("ReferenceData", "Діє з:"), self.from_edit)
        form.addRow(self.publish_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(760, 480)
        self.refresh()

    def refresh(self) -> None:
        with self._store.read() as conn:
            self.model.set_rows(refdocs.overview(conn, self._today))

    def publish(self, path: str | None = None) -> None:
        """Publishes the file `path` (asked for when not given) as the chosen kind."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("ReferenceData", "Документ довідкових даних"), "", "JSON (*.json)"
            )
            if not path:
                return
        self.error_label.clear()
        kind, start = str(self.kind_combo.currentData()), date_of(self.from_edit)
        try:
            self._store.require_coordinator()
            content = refdocs.read_file(Path(path))
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return

        def work(uow: UnitOfWork) -> rd.RefDoc:
            return refdocs.write_version(uow, kind, content, start)

        self._writer.write(work, lambda _doc: self.refresh(), error_to(self.error_label))
