"""Save as PDF offers a name that says what the document is and whom it concerns."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui.printing.test_preview import TODAY, case_id

from socdesk.documents.printing import make
from socdesk.store.database import Store
from socdesk.ui.printing.preview import PreviewDialog

__all__ = ["case_id"]  # the fixture


def test_save_offers_the_documents_ukrainian_name_and_keeps_it(
    store: Store, qtbot: QtBot, case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = PreviewDialog(make(store, "application", case_id, TODAY))
    qtbot.addWidget(preview)
    offered: list[str] = []

    def ask(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        offered.append(name)
        return str(tmp_path / Path(name).stem), ""  # the person keeps it, the dialog drops .pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert preview.save_as()
    assert offered == ["Заява БАБ-2026-0001 Коваль Г..pdf"]
    saved = tmp_path / "Заява БАБ-2026-0001 Коваль Г..pdf"
    assert PdfReader(saved).pages  # «Г.» kept, «.pdf» added, not swapped in
