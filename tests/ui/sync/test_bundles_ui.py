"""The desktop's bundle screens (issue 15): a workplace's export for the centre and the
centre's import with its preview, the centre's export for its workplaces back, through the
screens between two stores; a full stick; a cancelled import; the hand-over receipt; the
health of the exchange. The drive list is injected: no real removable drive is needed."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from pathlib import Path

import pytest
from bundles_support import everything, people, star
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support import add_person

from socdesk.domain.progress import Progress
from socdesk.store import changelog
from socdesk.store import files as store_files
from socdesk.store.database import Store
from socdesk.sync.bundle import EXTENSION
from socdesk.sync.bundle_view import LocalBundles
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.sync.bundles import (
    BundleExportDialog,
    BundleImportDialog,
    Drive,
    state_of,
)
from socdesk.ui.sync.health import BundleHealthDialog
from socdesk.ui.sync.receipt import ReceiptDialog

__all__ = ["star"]
Star = tuple[Store, Store, Store]


def _runner() -> TaskRunner:
    return TaskRunner(ImmediatePool())


def _stick(tmp_path: Path) -> tuple[Path, list[Drive]]:
    stick = tmp_path / "stick"
    stick.mkdir(exist_ok=True)
    return stick, [Drive("KINGSTON", stick)]


def _export(qtbot: QtBot, store: Store, drives: list[Drive]) -> BundleExportDialog:
    dialog = BundleExportDialog(LocalBundles(store), _runner(), lambda: drives)
    qtbot.addWidget(dialog)
    dialog.write_button.click()
    return dialog


def _import(qtbot: QtBot, store: Store, drives: list[Drive]) -> BundleImportDialog:
    dialog = BundleImportDialog(LocalBundles(store), _runner(), lambda: drives)
    qtbot.addWidget(dialog)
    return dialog


def test_a_round_by_stick_through_the_screens(qtbot: QtBot, star: Star, tmp_path: Path) -> None:
    hub, a, b = star
    stick, drives = _stick(tmp_path)
    add_person(a, "Гнатюк")
    out = _export(qtbot, a, drives)
    assert out.windowTitle() == "Експорт для центру"
    assert out.picker.folder() == stick  # the removable drive is offered first
    [written] = out.written
    assert written.parent == stick and written.suffix == EXTENSION
    assert a.device_id[-8:] in written.name and "Записано й перевірено" in out.status.text()
    assert out.receipt_button.isEnabled()

    centre = _import(qtbot, hub, drives)
    assert centre.windowTitle() == "Імпорт пакетів"
    [preview] = centre.model.rows
    assert preview.importable and not preview.already
    assert centre.model.cell(preview, 3) == "новий"
    assert "Особа" in centre.model.cell(preview, 2)
    assert people(hub) == []  # nothing changes before the confirmation
    centre.import_button.click()
    assert people(hub) == ["Гнатюк"]
    assert "застосовано змін: 1" in centre.status.text()
    [again] = centre.model.rows  # the preview is read again: now it was imported
    assert again.already and not centre.import_button.isEnabled()

    back = _export(qtbot, hub, drives)
    assert back.windowTitle() == "Експорт для робочих місць"
    assert sorted(back.chosen()) == sorted([a.device_id, b.device_id])
    assert len(back.written) == 2
    for workplace in (a, b):
        field = _import(qtbot, workplace, drives)
        ready = [p for p in field.model.rows if p.importable]
        assert len(ready) == 1  # the other workplace's bundle is addressed elsewhere
        field.import_button.click()
        assert people(workplace) == ["Гнатюк"]
    with a.read() as conn:
        assert changelog.unconfirmed_count(conn) == 0  # the centre's acknowledgement

    health = BundleHealthDialog(LocalBundles(hub), _runner())
    qtbot.addWidget(health)
    assert health.health is not None
    rows = {p.device_id: p for p in health.health.peers}
    assert rows[a.device_id].last_in and rows[a.device_id].waiting == 0
    assert rows[b.device_id].never and "не синхронізувалися: 1" in health.summary.text()


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO], ids=["full", "pulled out"])
def test_a_full_or_pulled_stick_says_so_and_leaves_the_previous_bundle(
    error: int, qtbot: QtBot, star: Star, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub, a, _ = star
    stick, drives = _stick(tmp_path)
    add_person(a, "Гнатюк")
    [first] = _export(qtbot, a, drives).written
    kept = first.read_bytes()
    add_person(a, "Дяченко")

    def full(fd: int) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(store_files.os, "fsync", full)
    failed = _export(qtbot, a, drives)
    monkeypatch.undo()
    assert failed.written == [] and not failed.receipt_button.isEnabled()
    assert "флешка заповнена" in failed.error.text() and "Попередні" in failed.error.text()
    assert sorted(os.listdir(stick)) == [first.name]  # no half-written file, no temp file
    assert first.read_bytes() == kept
    [retry] = _export(qtbot, a, drives).written  # nothing lost: all unconfirmed changes go
    dialog = _import(qtbot, hub, drives)
    dialog.import_button.click()
    assert people(hub) == ["Гнатюк", "Дяченко"]
    assert retry.exists()


class CancelledInside(Progress):
    """Cancel pressed while the bundle's transaction is open."""

    def advance(self, n: int = 1) -> None:
        self.cancel()
        super().advance(n)


def test_a_cancelled_import_changes_nothing(qtbot: QtBot, star: Star, tmp_path: Path) -> None:
    hub, a, _ = star
    _, drives = _stick(tmp_path)
    add_person(a, "Гнатюк")
    _export(qtbot, a, drives)
    dialog = _import(qtbot, hub, drives)
    before = everything(hub)
    dialog.progress_type = CancelledInside
    dialog.import_button.click()
    assert "скасовано" in dialog.status.text() and dialog.error.text() == ""
    assert everything(hub) == before
    dialog.progress_type = Progress
    dialog.import_button.click()  # imported later, whole
    assert people(hub) == ["Гнатюк"]


def test_a_missing_bundle_shows_in_the_preview(qtbot: QtBot, star: Star, tmp_path: Path) -> None:
    """A bundle that starts after what this workplace has read (it was restored from an older
    backup, say) is marked; it still imports, its changes apply where the merge allows."""
    hub, a, _ = star
    add_person(hub, "Гнатюк")
    _, drives = _stick(tmp_path)
    _export(qtbot, hub, drives)
    dialog = _import(qtbot, a, drives)
    [mine] = [p for p in dialog.model.rows if p.importable]
    assert not mine.gap
    gapped = replace(mine, gap=True)
    assert state_of(gapped) == "новий; бракує попереднього пакета"


def test_the_receipt_lists_the_bundles_and_saves_as_pdf(
    qtbot: QtBot, star: Star, tmp_path: Path
) -> None:
    _, a, _ = star
    _, drives = _stick(tmp_path)
    add_person(a, "Гнатюк")
    out = _export(qtbot, a, drives)
    dialog = out.show_receipt()
    assert isinstance(dialog, ReceiptDialog)
    assert out.written[0].name in dialog.text and "SHA-256" in dialog.text
    assert "Гнатюк" not in dialog.text  # no person's data on the paper
    saved = dialog.save_pdf(tmp_path / "akt.pdf")
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")


def test_a_rejected_bundle_gives_its_reason(qtbot: QtBot, star: Star, tmp_path: Path) -> None:
    hub, a, _ = star
    _, drives = _stick(tmp_path)
    add_person(a, "Гнатюк")
    [path] = _export(qtbot, a, drives).written
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    dialog = _import(qtbot, hub, drives)
    dialog.import_button.click()
    assert "не імпортовано" in dialog.status.text() and "Підпис" in dialog.status.text()
    assert people(hub) == []


def test_tab_goes_from_where_to_the_list_to_the_buttons(
    qtbot: QtBot, star: Star, tmp_path: Path
) -> None:
    hub, _, _ = star
    _, drives = _stick(tmp_path)
    dialog = _import(qtbot, hub, drives)
    order, widget = [], dialog.picker.combo
    while len(order) < 5:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.objectName():
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert [w.objectName() for w in order] == [
        "place_combo",
        "other_folder",
        "choose_files",
        "preview_table",
        "import_button",
    ]
