"""Documents in the app: the case's Print menu from the registry, the preview (QtPdf), print
to a printer, save as PDF, reprints as «КОПІЯ», and batch printing in a worker."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from support import assessing_case

from socdesk.store.database import Store
from socdesk.ui.case.window import CaseWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.printing.preview import BatchPrintDialog, PreviewDialog, PrintedDialog

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def case_id(store: Store) -> str:
    return assessing_case(store)


def test_the_cases_print_menu_previews_saves_prints_and_reprints(
    store: Store, qtbot: QtBot, case_id: str, tmp_path: Path
) -> None:
    window = CaseWindow(store, case_id, lambda: TODAY)
    qtbot.addWidget(window)
    window.print_menu.aboutToShow.emit()  # the menu fills itself from the registry
    titles = [a.text() for a in window.print_menu.actions()]
    assert "Заява (повідомлення)" in titles and "Облікова картка отримувача" in titles
    action = next(a for a in window.print_menu.actions() if a.data() == "application")
    action.trigger()
    preview = window.findChildren(PreviewDialog)[-1]
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    saved = tmp_path / "заява"
    assert preview.save_as(str(saved))
    assert PdfReader(saved.with_suffix(".pdf")).pages[0].extract_text().count("Коваль") >= 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_pages(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    # A missing record is said, not thrown.
    decision = next(a for a in window.print_menu.actions() if a.data() == "decision")
    decision.trigger()
    assert "рішення" in window.print_error.text()
    # The print was recorded; its copy is marked.
    history = PrintedDialog(store, [case_id], window)
    qtbot.addWidget(history)
    assert history.choice.count() == 1
    copy = history.reprint()
    assert copy is not None
    qtbot.addWidget(copy)
    assert "КОПІЯ" in PdfReader(io.BytesIO(copy.made.pdf)).pages[0].extract_text()


def test_a_batch_prints_in_a_worker_and_says_what_it_did(
    store: Store, qtbot: QtBot, case_id: str, tmp_path: Path
) -> None:
    dialog = BatchPrintDialog(store, TaskRunner(ImmediatePool()), None, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("application"))
    assert dialog.run(tmp_path / "all.pdf")
    assert dialog.result_label.text().startswith("Надруковано: 1, пропущено: 0")
    assert len(PdfReader(tmp_path / "all.pdf").pages) >= 1
    dialog.kind.setCurrentIndex(dialog.kind.findData("act:needs_assessment"))
    dialog.one_file.setChecked(False)
    assert dialog.run(tmp_path / "folder")
    assert "пропущено: 1" in dialog.result_label.text()  # no act yet: named, not printed empty
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert not dialog.run(tmp_path / "x.pdf")
    assert "раніше" in dialog.error_label.text()


def test_the_main_windows_print_menu_follows_the_selection(
    store: Store, qtbot: QtBot, case_id: str
) -> None:
    from socdesk.ui.main_window import MainWindow

    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    window.print_menu.aboutToShow.emit()
    codes = [a.data() for a in window.print_menu.actions()]
    assert "blank:needs_assessment" in codes and "registration_card" not in codes
    window.registry.table.selectRow(0)
    window.print_menu.aboutToShow.emit()
    codes = [a.data() for a in window.print_menu.actions()]
    assert "registration_card" in codes and "consent" in codes
    assert window.print_menu.actions()[-1].text().startswith("&Пакетний друк")
