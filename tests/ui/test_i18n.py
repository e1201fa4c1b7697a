"""Translations: complete, placeholders intact, and loadable (STYLE.md point 13)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from socdesk.paths import resources_dir
from socdesk.ui.i18n import tr

TS_FILES = sorted((resources_dir() / "translations").glob("*.ts"))
BIN = Path(sys.executable).parent  # the virtual environment's tools
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[a-z_]+\}")


def _messages(ts: Path) -> list[tuple[str, str, str | None]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is not None and translation.get("type") == "unfinished"
            out.append(
                (
                    name,
                    message.findtext("source") or "",
                    None if unfinished else (translation.text if translation is not None else None),
                )
            )
    return out


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_translated_with_the_same_placeholders(ts: Path) -> None:
    messages = _messages(ts)
    assert messages
    for context, source, translation in messages:
        assert translation, f"{ts.name}: untranslated {context}: {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            source
        )


def test_translation_files_are_up_to_date(tmp_path: Path) -> None:
    """Every string in socdesk/ui is in the .ts files (run scripts/update-translations)."""
    ui = sorted(str(p) for p in (resources_dir().parent / "socdesk" / "ui").glob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-tr-function-alias",
            "translate+=tr,QT_TRANSLATE_NOOP+=noop",
            *ui,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    for ts in TS_FILES:
        have = {(c, s) for c, s, _ in _messages(ts)}
        assert wanted <= have, f"{ts.name} lacks {sorted(wanted - have)[:3]}"


def test_english_translation_loads(qtbot: QtBot) -> None:
    del qtbot  # a QApplication must exist
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    qm = resources_dir() / "translations" / "socdesk_en.qm"
    if not qm.exists():
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(qm.with_suffix(".ts")), "-qm", str(qm)], check=True
        )
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        assert tr("SignInDialog", "Увійти") == "Sign in"
        assert tr("RegistryView", "Знайдено: %1") == "Found: %1"
    finally:
        app.removeTranslator(translator)
    assert tr("SignInDialog", "Увійти") == "Увійти"


def test_qt_dialogs_speak_ukrainian_whatever_the_locale(qtbot: QtBot) -> None:
    from socdesk.ui.i18n import install_translators

    del qtbot
    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translators(app)  # the machine here runs in the C locale
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасувати"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
