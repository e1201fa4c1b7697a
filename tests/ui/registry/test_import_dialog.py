"""Import and export from the main window: the mapping a person corrects, the report, the confirm."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import LOGIN, populate, set_up_places, two_districts

from socdesk.domain.identifiers import Sex, make_rnokpp
from socdesk.store.database import Store
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.registry.import_dialog import ImportDialog, IssuesModel, remembered_mapping


@pytest.fixture
def window(store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    set_up_places(store, "Бабенкове")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    shown = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))
    qtbot.addWidget(shown)
    return shown


def odd_file(folder: Path) -> Path:
    path = folder / "odd.csv"
    rnokpp = make_rnokpp(dt.date(1950, 1, 2), Sex.FEMALE, 5)
    path.write_text(
        f"Особа;Коли народилась;Код\nКоваль Олена;02.01.1950;{rnokpp}\nБез;;\n", encoding="utf-8"
    )
    return path


def test_the_person_corrects_the_mapping_then_imports(
    window: MainWindow, store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog = ImportDialog(store, window.runner, odd_file(tmp_path), window, window.writer)
    dialog.imported.connect(window._imported)
    assert "ПІБ" in dialog.error_label.text()  # no name column recognised yet
    assert not dialog.import_button.isEnabled()
    assert set(dialog.combos) == {"Особа", "Коли народилась", "Код"}
    dialog.combos["Особа"].setCurrentIndex(dialog.combos["Особа"].findData("full_name"))
    dialog.combos["Коли народилась"].setCurrentIndex(
        dialog.combos["Коли народилась"].findData("birth_date")
    )
    dialog.combos["Код"].setCurrentIndex(dialog.combos["Код"].findData("rnokpp"))
    assert dialog.plan is not None
    assert len(dialog.plan.people) == 1
    assert dialog.issues.rowCount() == 1  # «Без»: a name without the given name
    assert dialog.import_button.isEnabled()
    before = window.registry.model.rowCount()
    with qtbot.waitSignal(window.bus.changed) as announced:  # every open window hears it
        dialog.confirm_import()
    assert announced.args is not None and announced.args[0].recipients
    assert window.registry.model.rowCount() == before + 1
    assert "1" in window.statusBar().currentMessage()
    assert remembered_mapping(store)["особа"] == "full_name"
    again = ImportDialog(store, window.runner, odd_file(tmp_path), window)
    assert again.plan is not None  # the remembered mapping reads the file at once
    assert again.plan.people == []  # and the person is already there


def test_issues_model_passes_qtmodeltester(
    window: MainWindow, store: Store, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, window.runner, odd_file(tmp_path), window)
    assert isinstance(dialog.issues, IssuesModel)
    qtmodeltester.check(dialog.issues)


def test_export_as_on_screen(window: MainWindow, store: Store, tmp_path: Path) -> None:
    populate(store)
    window.registry.model.reload()
    window.registry.search.setText("гудзь")
    out = tmp_path / "found.csv"
    window.export_to(out)
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 3  # header, Ґудзь, Гудзь
    assert "Експортовано 2 особи до файлу" in window.statusBar().currentMessage()


def test_export_keeps_the_filters(window: MainWindow, store: Store, tmp_path: Path) -> None:
    from support import add_person

    add_person(store, "Гудзенко", "Ірина", categories=["older"])
    populate(store)
    window.registry.model.reload()
    window.registry.category_filter.setCurrentIndex(
        window.registry.category_filter.findData("older")
    )
    out = tmp_path / "older.csv"
    window.export_to(out)
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2
    assert rows[1].startswith("Гудзенко")


def test_the_district_is_asked_when_a_settlement_cannot_give_it(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from socdesk.store.territory import served_districts

    two_districts(store)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    path = tmp_path / "list.csv"
    path.write_text("ПІБ;Населений пункт\nКоваль Олена;Нове Село\n", encoding="utf-8")
    dialog = ImportDialog(store, TaskRunner(ImmediatePool()), path)
    qtbot.addWidget(dialog)
    assert dialog.district_combo.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()  # until a district is chosen
    dialog.district_combo.setCurrentIndex(dialog.district_combo.findText("Південний"))
    assert dialog.import_button.isEnabled()
    dialog.confirm_import()
    with store.read() as conn:
        south_id = dict((name, i) for i, name in served_districts(conn))["Південний"]
        found = conn.exec_driver_sql("SELECT district_id FROM person").scalars().all()
    assert found == [south_id]
