"""The start-up check names, in Ukrainian, each font and translation that is missing."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from socdesk.paths import resources_dir
from socdesk.ui.resources_check import missing_resources, report_missing

QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "resources"
    for sub in ("fonts", "translations"):
        shutil.copytree(resources_dir() / sub, folder / sub)
    return folder


def test_a_complete_installation_misses_nothing(qapp: object, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    for language in ("uk", "en"):
        assert missing_resources(language, folder, QT_TRANSLATIONS) == []


def test_each_missing_file_is_named(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _copy(tmp_path)
    (folder / "fonts" / "DejaVuSerif-Bold.ttf").unlink()
    (folder / "translations" / "socdesk_uk.qm").unlink()
    missing = missing_resources("uk", folder, tmp_path)  # no Qt translations there either
    assert len(missing) == 3
    assert "шрифт документів DejaVuSerif-Bold.ttf" in missing[0]
    assert "переклад інтерфейсу" in missing[1] and "socdesk_uk.qm" in missing[1]
    assert "переклад стандартних вікон Qt" in missing[2]
    (folder / "translations" / "socdesk_en.qm").unlink()
    assert any("socdesk_en.qm" in m for m in missing_resources("en", folder, QT_TRANSLATIONS))
    with caplog.at_level(logging.WARNING):
        text = report_missing(missing, None, dialogs=False)
    assert text.startswith("SocDesk встановлено не повністю, бракує:")
    assert "Перевстановіть SocDesk" in text and "resources missing" in caplog.text
