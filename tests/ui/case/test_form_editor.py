"""Completing an act: required fields marked before the first try, every missing one marked at
the field with a list that jumps to it, and a completed act readable (not pale)."""

from __future__ import annotations

import pytest
from case_support import open_case
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot
from refdoc_support import (
    NEW_VERSION,
    NEW_YEAR,
    act_in_new_version,
    forget_published_forms,
    form_2027,
)
from support import LOGIN, PASSWORD

from socdesk.domain import refdocs as rd
from socdesk.paths import AppPaths
from socdesk.store import casework as cw
from socdesk.store import refdocs
from socdesk.store.database import Store
from socdesk.ui.case.form_editor import FormDialog, definition_of


@pytest.fixture(autouse=True)
def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def urgent_act(store: Store, qtbot: QtBot) -> FormDialog:
    window = open_case(store, qtbot)
    window.tabs.setCurrentWidget(window.acts)
    row = next(i for i, r in enumerate(window.acts.model.rows) if r[0] == cw.URGENT_FORM)
    dialog = window.acts.open_act(row)
    assert dialog is not None
    return dialog


def test_required_fields_are_marked_before_the_first_try(store: Store, qtbot: QtBot) -> None:
    act = urgent_act(store, qtbot)
    assert "*" in act.required_hint.text() and not act.required_hint.isHidden()
    required = [f.field for f in act.editor.fields.values() if f.field.required]
    labels = {lb.text() for lb in act.editor.findChildren(QLabel)}
    assert any(f.label + " *" in labels for f in required)


def test_every_missing_field_is_marked_and_listed_and_the_list_jumps(
    store: Store, qtbot: QtBot
) -> None:
    act = urgent_act(store, qtbot)
    act.show()
    act.complete()
    missing = [act.missing_list.item(i) for i in range(act.missing_list.count())]
    keys = [item.data(Qt.ItemDataRole.UserRole) for item in missing]
    assert len(keys) >= 2 and not act.missing_list.isHidden()
    for key in keys:
        assert act.editor.fields[key].widget.property("missing") is True
    act.missing_list.itemClicked.emit(missing[1])
    assert act.focusWidget() is act.editor.fields[keys[1]].widget
    # Filling a field takes its mark away at once.
    first = act.editor.fields[keys[0]]
    if first.field.type in ("choice",):
        first.widget.setCurrentIndex(1)  # type: ignore[attr-defined]
    else:
        first.set_value("2026-11-23" if first.field.type == "date" else ["health"])
        act.editor._changed()
    assert first.widget.property("missing") is False
    assert act.editor.fields[keys[1]].widget.property("missing") is True


def test_a_completed_act_is_read_only_but_not_pale(store: Store, qtbot: QtBot) -> None:
    act = urgent_act(store, qtbot)
    act._show_status("completed")
    combo = next(f.widget for f in act.editor.fields.values() if isinstance(f.widget, QComboBox))
    assert combo.isEnabled()  # normal contrast, not the disabled palette
    before = combo.currentIndex()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    assert combo.currentIndex() == before
    lists = [f.widget for f in act.editor.fields.values() if isinstance(f.widget, QListWidget)]
    for lst in lists:
        assert lst.isEnabled()
    assert all(w.isEnabled() for w in (f.widget for f in act.editor.fields.values()))


def test_a_number_reads_back_with_a_decimal_comma(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from socdesk.domain.forms import FormField
    from socdesk.ui.case.form_editor import FieldWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    field = FieldWidget(FormField("hours", "Годин на тиждень", "number"), parent, lambda: None)
    field.set_value("2.5")
    assert field.widget.text() == "2,5"  # type: ignore[attr-defined]
    assert field.value() == "2.5"
    field.set_value(1500)
    assert field.value() == 1500


def test_an_act_is_still_an_act_and_says_the_date_of_its_form(store: Store, qtbot: QtBot) -> None:
    act = urgent_act(store, qtbot)
    assert act.complete_button.text() == "&Завершити акт"
    assert "без них акт не завершити" in act.required_hint.text()
    source = act.findChild(QLabel, "form_source")
    assert source is not None and source.text().startswith("Форма від ")
    assert act.editor.definition.version not in source.text()


def test_an_act_in_a_published_version_opens_in_a_new_process(
    store_paths: AppPaths, qtbot: QtBot
) -> None:
    case_id = act_in_new_version(store_paths)
    forget_published_forms()  # no case window has loaded the published versions yet
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        with store.read() as conn:
            record = cw.latest_form(conn, case_id, cw.ASSESSMENT_FORM)
        dialog = FormDialog(
            store, definition_of(record), case_id=case_id, person_id=None, record=record
        )
        qtbot.addWidget(dialog)
        assert dialog.editor.definition.version == NEW_VERSION
        assert dialog.editor.definition.title.endswith("(редакція 2027)")
        dialog.close()


def test_a_new_act_starts_in_the_version_the_centre_published(store: Store, qtbot: QtBot) -> None:
    refdocs.publish(store, rd.FORM, form_2027(), NEW_YEAR)
    window = open_case(store, qtbot, today=NEW_YEAR)
    window.tabs.setCurrentWidget(window.acts)
    row = next(i for i, r in enumerate(window.acts.model.rows) if r[0] == cw.ASSESSMENT_FORM)
    assert window.acts.model.rows[row][1].endswith("(редакція 2027)")
    dialog = window.acts.open_act(row)
    assert dialog is not None and dialog.editor.definition.version == NEW_VERSION
    dialog.close()
