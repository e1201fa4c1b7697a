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
from socdesk.ui.i18n import tr, tr_n

TS_FILES = sorted((resources_dir() / "translations").glob("*.ts"))
BIN = Path(sys.executable).parent  # the virtual environment's tools
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[a-z_]+\}")


def _messages(ts: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation); a plural entry gives one tuple per form."""
    out: list[tuple[str, str, str | None]] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                out.append((name, source, None))
            elif message.get("numerus") == "yes":
                out += [(name, source, form.text) for form in translation.iter("numerusform")]
            else:
                out.append((name, source, translation.text))
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
    """Every string in socdesk/ui, and every message socdesk/domain and socdesk/store mark, is
    in the .ts files (run scripts/update-translations)."""
    package = resources_dir().parent / "socdesk"
    ui = sorted(
        str(p)
        for layer in ("ui", "domain", "store")
        for p in (package / layer).rglob("*.py")
        if "migrations" not in p.parts
    )
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
    for ts in (t for t in TS_FILES if not t.stem.endswith("_uk")):  # _uk: plurals only
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
        assert tr_n("RegistryView", "Знайдено %n особу", 1) == "Found 1 person"
        assert tr_n("RegistryView", "Знайдено %n особу", 3) == "Found 3 people"
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


def test_every_plural_message_has_each_languages_forms() -> None:
    import runpy

    plurals = runpy.run_path(str(resources_dir().parent / "scripts" / "plurals"))
    calls = plurals["plural_calls"]()
    assert ("RegistryView", "Знайдено %n особу") in calls
    for ts in TS_FILES:
        forms = 3 if ts.stem.endswith("_uk") else 2
        root = ET.parse(ts).getroot()
        found = {
            (c.findtext("name"), m.findtext("source")): [f.text for f in m.iter("numerusform")]
            for c in root.iter("context")
            for m in c.iter("message")
            if m.get("numerus") == "yes"
        }
        for call in calls:
            assert call in found, f"{ts.name} lacks the plural {call}"
            assert len(found[call]) == forms and all(found[call]), (ts.name, call)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "Знайдено 1 особу"),
        (2, "Знайдено 2 особи"),
        (4, "Знайдено 4 особи"),
        (5, "Знайдено 5 осіб"),
        (11, "Знайдено 11 осіб"),
        (14, "Знайдено 14 осіб"),
        (21, "Знайдено 21 особу"),
        (22, "Знайдено 22 особи"),
        (25, "Знайдено 25 осіб"),
        (111, "Знайдено 111 осіб"),
    ],
)
def test_ukrainian_has_three_plural_forms(qtbot: QtBot, n: int, expected: str) -> None:
    from socdesk.ui.i18n import install_translators

    del qtbot
    app = QCoreApplication.instance()
    assert app is not None
    _compiled("socdesk_uk")
    installed = install_translators(app, "uk")
    try:
        assert tr_n("RegistryView", "Знайдено %n особу", n) == expected
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def _compiled(name: str) -> Path:
    qm = resources_dir() / "translations" / f"{name}.qm"
    if not qm.exists():
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(qm.with_suffix(".ts")), "-qm", str(qm)], check=True
        )
    return qm
