"""The coordinator's reference data screen: versions in force and coming with where they came
from, and «Опублікувати…» from a file, through the real widgets."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from refdoc_support import NEW_VERSION, minimums_2027

from socdesk.domain import refdocs as rd
from socdesk.store.database import Store
from socdesk.ui.admin.reference import ReferenceDialog

DECEMBER = dt.date(2026, 12, 15)


def rows(dialog: ReferenceDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.cell(line, c) for c in range(model.columnCount())] for line in model.rows]


def test_publishing_a_new_year_s_minimums_from_the_screen(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ReferenceDialog(store, today=DECEMBER)
    qtbot.addWidget(dialog)
    shown = rows(dialog)
    assert ["Прожиткові мінімуми", "2026-11-23.1", "—", "програма", "чинна"] in shown
    assert any(r[0] == "Форма (акт, анкета): needs_assessment" for r in shown)
    good = tmp_path / "pm.json"
    good.write_text(json.dumps(minimums_2027(), ensure_ascii=False), encoding="utf-8")
    dialog.kind_combo.setCurrentIndex(list(rd.KINDS).index(rd.SUBSISTENCE))
    dialog.from_edit.setDate(QDate(2027, 1, 1))
    dialog.publish(str(good))
    assert dialog.error_label.text() == ""
    coming = ["Прожиткові мінімуми", NEW_VERSION, "01.01.2027", "центр (синхронізація)"]
    assert [*coming, "набуде чинності"] in rows(dialog)
    dialog.publish(str(good))  # the same version again
    assert "не новіша" in dialog.error_label.text()
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    dialog.publish(str(bad))
    assert "не є документом" in dialog.error_label.text()


def test_the_screen_is_in_the_coordinator_s_menu(store: Store, qtbot: QtBot) -> None:
    from socdesk.ui.main_window import MainWindow

    window = MainWindow(store, "olena")
    qtbot.addWidget(window)
    texts = [a.text() for menu in window.menuBar().actions() for a in menu.menu().actions()]
    assert "&Довідкові дані…" in texts
    dialog = window.manage_reference_data()
    assert dialog.model.rowCount() > 0
    dialog.close()
