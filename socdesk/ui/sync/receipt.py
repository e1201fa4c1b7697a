"""The hand-over receipt of bundles (акт передавання пакетів) on screen: the text of
`sync.receipt` with the kinds of change and the devices named in words, to print or to save
as PDF (written atomically)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFontDatabase, QKeySequence, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.store.files import atomic_write
from socdesk.sync.receipt import receipt
from socdesk.ui.i18n import tr
from socdesk.ui.screen import fit_resize
from socdesk.ui.sync.names import table_label
from socdesk.ui.widgets import error_label


class ReceiptDialog(QDialog):
    """The hand-over receipt of the bundles just written: to print or to save as PDF."""

    def __init__(
        self,
        paths: Sequence[Path],
        parent: QWidget | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Bundles", "Акт передавання пакетів"))
        self.text = receipt(paths, kind_name=table_label, names=names)
        view = QPlainTextEdit(self.text, self)
        view.setObjectName("receipt_text")
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        print_button = QPushButton(tr("Bundles", "&Друкувати…"), self)
        print_button.setShortcut(QKeySequence("Ctrl+P"))
        print_button.clicked.connect(self.print_receipt)
        pdf_button = QPushButton(tr("Bundles", "Зберегти &PDF…"), self)
        pdf_button.setObjectName("pdf_button")
        pdf_button.setShortcut(QKeySequence("Ctrl+S"))
        pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(tr("Bundles", "Закрити"), self)
        close.clicked.connect(self.reject)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        for button in (print_button, pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        fit_resize(self, 760, 600)

    def _document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        document.setPlainText(self.text)
        return document

    def pdf(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(tr("Bundles", "Акт передавання пакетів"))
        self._document().print_(writer)
        del writer  # finishes the PDF
        buffer.close()
        return bytes(buffer.data().data())

    def save_pdf(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, tr("Bundles", "Зберегти акт"), "akt-peredavannia.pdf", "PDF (*.pdf)"
            )
            if not name:
                return None
            path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        try:
            atomic_write(path, self.pdf(), 0o644)
        except (OSError, SocDeskError):
            self.error.setText(
                tr("Bundles", "Не вдалося зберегти акт; виберіть іншу папку й повторіть.")
            )
            return None
        return path

    def print_receipt(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self._document().print_(printer)
