"""Documents on screen before they go to paper: the pages rendered by QtPdf (in PySide6-Addons
6.11; never the separate `pyside6-pdf` wheel, which needs 6.12), printed through the system's
print dialog, or saved as a PDF (atomic write). The kinds come from the document registry, so
a case, a person and the main window offer exactly what exists.

Every document made here is recorded by `documents.printing` (what, for whom, by whom, when,
the snapshot, the PDF's hash); the earlier prints of a subject can be reprinted as «КОПІЯ».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.documents.batch import BatchResult, print_batch
from socdesk.documents.filenames import batch_file_name, document_file_name
from socdesk.documents.printing import Printed, make, reprint
from socdesk.documents.registry import DocumentKind, Subject, kinds, period_id
from socdesk.domain.errors import Cancelled, SocDeskError
from socdesk.domain.progress import Progress
from socdesk.domain.workdays import month_end
from socdesk.store.database import Store
from socdesk.store.files import atomic_write
from socdesk.store.printing import prints_of
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.names import document_title
from socdesk.ui.ops import ProgressDialog, TaskRunner, default_failure
from socdesk.ui.screen import fit_resize
from socdesk.ui.widgets import date_edit, date_of, error_label, lay_out_form_dialog
from socdesk.ui.workarounds import settle_heap

PRINT_DPI = 300


class PreviewDialog(QDialog):
    """The pages of one document, with Print (Ctrl+P), Save as PDF (Ctrl+S) and Close."""

    def __init__(self, made: Printed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.made = made
        self.setWindowTitle(document_title(made.kind.title))
        self._bytes = QByteArray(made.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self)
        self.pages.setText(
            tr("PrintPreview", "Сторінок: %1").replace("%1", str(self.document.pageCount()))
        )
        print_button = QPushButton(tr("PrintPreview", "&Друкувати…"), self)
        print_button.setShortcut("Ctrl+P")
        print_button.clicked.connect(self.print_pages)
        save_button = QPushButton(tr("PrintPreview", "&Зберегти як PDF…"), self)
        save_button.setShortcut("Ctrl+S")
        save_button.clicked.connect(lambda: self.save_as())
        close = QPushButton(tr("PrintPreview", "Закрити"), self)
        close.clicked.connect(self.accept)
        self.error_label = error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addStretch(1)
        for button in (print_button, save_button, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        fit_resize(self, 820, 960)  # a page and a half high where it fits

    def default_file_name(self) -> str:
        """«Договір ІЗМ-2026-0012 Коваль О.І..pdf»: what, which, whom; never «contract.pdf»."""
        return document_file_name(self.made.kind, self.made.snapshot)

    def save_as(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("PrintPreview", "Зберегти документ"),
                self.default_file_name(),
                "PDF (*.pdf)",
            )
            if not path:
                return False
        try:
            atomic_write(_with_suffix(path), self.made.pdf)
        except OSError as exc:
            self.error_label.setText(
                tr("PrintPreview", "Не вдалося зберегти: %1").replace("%1", exc.strerror or "")
            )
            return False
        return True

    def print_pages(self, printer: QPrinter | None = None) -> bool:
        """Through the system's print dialog (a given printer skips the dialog: tests)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.made.kind.title)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        return paint_pages(self.document, printer)


def paint_pages(document: QPdfDocument, printer: QPrinter) -> bool:
    """Each PDF page rendered at the printer's resolution onto its page."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            image = document.render(index, area.size())
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()
    return True


def _with_suffix(path: str) -> Path:
    target = Path(path)  # «… Коваль О.І.» has a «suffix» too: .pdf is added, never swapped in
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


def kinds_for(subject: Subject) -> list[DocumentKind]:
    return [k for k in kinds().values() if k.subject is subject]


def open_document(
    store: Store,
    code: str,
    subject_id: str,
    parent: QWidget,
    today: Callable[[], dt.date] = dt.date.today,
    show_error: Callable[[str], None] | None = None,
) -> PreviewDialog | None:
    """Makes the document now (recorded) and shows it; a missing record is said, not thrown."""
    try:
        made = make(store, code, subject_id, today())
    except SocDeskError as exc:
        if show_error is not None:
            show_error(domain_tr(str(exc)))
        return None
    dialog = PreviewDialog(made, parent)
    dialog.open()
    return dialog


def fill_print_menu(
    menu: QMenu,
    store: Store,
    current: dict[Subject, str],
    parent: QWidget,
    show_error: Callable[[str], None],
) -> None:
    """Fills `print_menu` (socdesk.ui.printing.menu) as it opens: one entry per kind in the
    registry for each subject `current` names (a case, its month, a person), then earlier
    prints."""
    menu.clear()
    for subject, subject_id in current.items():
        for kind in kinds_for(subject):
            action = menu.addAction(document_title(kind.title))
            action.setData(kind.code)
            action.triggered.connect(
                lambda _=False, c=kind.code, s=subject_id: open_document(
                    store, c, s, parent, show_error=show_error
                )
            )
    menu.addSeparator()
    history = menu.addAction(tr("PrintPreview", "Надруковані раніше (копії)…"))
    history.triggered.connect(lambda: PrintedDialog(store, list(current.values()), parent).open())


class PrintedDialog(QDialog):
    """The earlier prints of a case or person: reprinted from their snapshots as «КОПІЯ»."""

    def __init__(self, store: Store, subject_ids: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(tr("PrintPreview", "Надруковані документи"))
        self.choice = QComboBox(self)
        self.choice.setObjectName("printed_choice")
        titles = {k.code: document_title(k.title) for k in kinds().values()}
        with store.read() as conn:
            for subject_id in subject_ids:
                for row in prints_of(conn, subject_id):
                    mark = tr("PrintPreview", " (копія)") if row["copy_of"] else ""
                    self.choice.addItem(
                        f"{row['printed_at'][:16].replace('T', ' ')} UTC — "
                        f"{titles.get(row['kind'], row['kind'])}{mark}",
                        row["id"],
                    )
        empty = self.choice.count() == 0
        note = QLabel(
            tr("PrintPreview", "Документів ще не друкували.")
            if empty
            else tr("PrintPreview", "Копія показує дані, з яких документ було надруковано.")
        )
        note.setWordWrap(True)
        self.reprint_button = QPushButton(tr("PrintPreview", "Надрукувати &копію"), self)
        self.reprint_button.setEnabled(not empty)
        self.reprint_button.clicked.connect(self.reprint)
        self.error_label = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(640, 180)

    def reprint(self) -> PreviewDialog | None:
        try:
            made = reprint(self._store, self.choice.currentData())
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return None
        dialog = PreviewDialog(made, self)
        dialog.open()
        return dialog


class BatchPrintDialog(QDialog):
    """Many documents of one kind over a period, in a worker with progress and Cancel: to one
    PDF or to a file per document. A period's register is shown for preview instead."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        district_ids: list[str] | None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._runner, self._districts, self._today = (
            store,
            runner,
            district_ids,
            today,
        )
        self.setWindowTitle(tr("PrintPreview", "Пакетний друк"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("batch_kind")
        for kind in kinds().values():
            if kind.batch is not None or kind.subject is Subject.PERIOD:
                self.kind.addItem(document_title(kind.title), kind.code)
        day = today()
        first = day.replace(day=1)
        self.start = date_edit(self, first, "batch_from")
        self.end = date_edit(self, month_end(day), "batch_to")
        self.one_file = QCheckBox(tr("PrintPreview", "Усе одним файлом PDF"), self)
        self.one_file.setChecked(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("batch_result")
        self.result_label.setWordWrap(True)
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(tr("PrintPreview", "Документи:"), self.kind)
        form.addRow(tr("PrintPreview", "З:"), self.start)
        form.addRow(tr("PrintPreview", "По:"), self.end)
        form.addRow(self.one_file)
        self.buttons = lay_out_form_dialog(
            self, form, [self.result_label, self.error_label], self._ok
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("PrintPreview", "&Друкувати"))
        self.progress: Progress | None = None
        self.progress_dialog: ProgressDialog | None = None
        self.resize(560, 260)

    def _ok(self) -> None:
        self.run()

    def run(self, out: Path | None = None) -> bool:
        """Asks where to (unless `out` is given), then prints in the worker."""
        code = str(self.kind.currentData())
        start, end = date_of(self.start), date_of(self.end)
        if end < start:
            self.error_label.setText(tr("PrintPreview", "Кінець періоду раніше за його початок."))
            return False
        if kinds()[code].subject is Subject.PERIOD:
            return open_document(
                self._store, code, period_id(start, end), self, self._today,
                self.error_label.setText,
            ) is not None  # fmt: skip
        if out is None:
            if self.one_file.isChecked():
                chosen, _ = QFileDialog.getSaveFileName(
                    self,
                    tr("PrintPreview", "Зберегти пакет"),
                    batch_file_name(kinds()[code], start, end),
                    "PDF (*.pdf)",
                )
                out = _with_suffix(chosen) if chosen else None
            else:
                chosen = QFileDialog.getExistingDirectory(self, tr("PrintPreview", "Папка"))
                out = Path(chosen) if chosen else None
            if out is None:
                return False
        store, districts, today = self._store, self._districts, self._today()
        settle_heap(collect=False)  # no full collection pauses the window while it draws
        self.progress = Progress()
        progress = self.progress
        self.progress_dialog = ProgressDialog(progress, self.windowTitle(), self)
        self.buttons.setEnabled(False)
        target = out

        def work() -> BatchResult:
            return print_batch(
                store, code, start, end, target, today, district_ids=districts, progress=progress
            )

        self._runner.run(work, self._done, self._failed)
        return True

    def _finish(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.finish()
        self.buttons.setEnabled(True)

    def _done(self, result: BatchResult) -> None:
        self._finish()
        self.result_label.setText(
            tr("PrintPreview", "Надруковано: %1, пропущено: %2.")
            .replace("%1", str(result.printed))
            .replace("%2", str(len(result.skipped)))
            + "".join(f"\n{why}" for _, why in result.skipped[:5])
        )

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.result_label.setText(
                tr("PrintPreview", "Скасовано; вже надруковане залишилося записаним.")
            )
        elif isinstance(exc, SocDeskError):
            self.error_label.setText(domain_tr(str(exc)))
        else:
            default_failure(self, exc)
