"""Settings: the interface language (before sign-in) and the auto-lock delay (per user)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import LOGIN

from socdesk.store.database import Store
from socdesk.ui.admin.settings import SettingsDialog, read_idle_minutes
from socdesk.ui.i18n import install_translators
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.preferences import preferences_file, read_language


@pytest.fixture
def window(store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    shown = MainWindow(store, LOGIN, TaskRunner(ImmediatePool()))  # saving runs at once
    qtbot.addWidget(shown)
    return shown


def test_the_idle_delay_is_kept_per_user_and_applied(window: MainWindow, store: Store) -> None:
    assert window.idle.minutes() == 10
    dialog = window.open_settings()
    dialog.idle_spin.setValue(3)
    dialog.buttons.accepted.emit()
    assert window.idle.minutes() == 3
    assert read_idle_minutes(store) == 3


def test_switching_to_english_takes_effect_on_the_next_start(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    assert read_language(store.paths) == "uk"
    dialog = window.open_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.language_changed()
    dialog.buttons.accepted.emit()
    assert read_language(store.paths) == "en"
    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translators(app, read_language(store.paths))  # what run_gui does
    try:
        restarted = MainWindow(store, LOGIN)
        qtbot.addWidget(restarted)
        menus = [a.text() for a in restarted.menuBar().actions()]
        assert menus[:2] == ["&File", "&Register"]
        restarted.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    assert window.menuBar().actions()[0].text() == "&Файл"


def test_a_damaged_preferences_file_means_ukrainian(store: Store) -> None:
    preferences_file(store.paths).write_text("{не json", encoding="utf-8")
    assert read_language(store.paths) == "uk"
    preferences_file(store.paths).write_text('{"language": "xx"}', encoding="utf-8")
    assert read_language(store.paths) == "uk"


def test_a_coordinator_sets_the_prefix_for_numbering_cases(
    window: MainWindow, store: Store
) -> None:
    from support import set_up_places

    from socdesk.store.territory import workplace_prefix

    set_up_places(store, "Бабенкове")
    dialog = window.open_settings()
    assert dialog.prefix_edit.isVisibleTo(dialog)
    dialog.prefix_edit.setText("баб")
    dialog.buttons.accepted.emit()
    assert "Префікс" in dialog.error_label.text()
    dialog.prefix_edit.setText("БАБ-2")
    dialog.buttons.accepted.emit()
    with store.read() as conn:
        assert workplace_prefix(conn) == "БАБ-2"


def test_others_do_not_see_the_prefix(store: Store, qtbot: QtBot) -> None:
    from support import FAST_KDF

    from socdesk.domain.people import Role
    from socdesk.store.database import NewUser

    store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    with Store.open(store.paths, "petro", "пароль-петра") as specialist:
        window = MainWindow(specialist, "petro")
        qtbot.addWidget(window)
        dialog = window.open_settings()
        assert not dialog.prefix_edit.isVisibleTo(dialog)
        window.close()


def test_a_coordinator_sets_the_centres_logo_and_documents_print_it(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    import io

    from pypdf import PdfReader
    from PySide6.QtGui import QColor, QImage
    from support import set_up_places

    from socdesk.documents.printing import make
    from socdesk.store.printing import centre_logo

    set_up_places(store, "Бабенкове")
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa8"))
    logo = tmp_path / "logo.png"
    assert image.save(str(logo))
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.choose_logo(str(tmp_path / "missing.png"))
    assert dialog.error_label.text()  # a file that is not there is said
    dialog.choose_logo(str(logo))
    assert dialog.logo_preview.pixmap() is not None
    dialog.save()
    with store.read() as conn:
        assert centre_logo(conn) == logo.read_bytes()
    pdf = make(store, "blank:needs_assessment", "", dt.date(2026, 11, 23)).pdf
    assert PdfReader(io.BytesIO(pdf)).pages[0].images  # drawn on the page
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.set_logo(b"not an image")
    dialog.save()
    assert "PNG" in dialog.error_label.text()
