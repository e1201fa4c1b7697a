"""At start: are the fonts and translations SocDesk needs in place? A package built or copied
without them (the .qm files are not in git; resources/ may be left out of a bundle) would show
English, wrong plurals, or squares instead of Cyrillic, and fail to print. Says so in
Ukrainian, once, instead."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QWidget

from socdesk.paths import DOCUMENT_FONTS, resources_dir
from socdesk.ui.i18n import tr

log = logging.getLogger(__name__)


def missing_resources(
    language: str, resources: Path | None = None, qt_translations: Path | None = None
) -> list[str]:
    """What is missing, one line each (empty when all is in place)."""
    folder = resources or resources_dir()
    qt_folder = qt_translations or Path(
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    )
    missing = [
        tr("Resources", "шрифт документів {file} (у теці {folder})").format(
            file=file, folder=folder / "fonts"
        )
        for file in DOCUMENT_FONTS.values()
        if not (folder / "fonts" / file).is_file()
    ]
    ours = folder / "translations" / f"socdesk_{language}.qm"
    if not ours.is_file():
        missing.append(tr("Resources", "переклад інтерфейсу {file}").format(file=ours))
    if language == "uk" and not (qt_folder / "qtbase_uk.qm").is_file():
        missing.append(
            tr("Resources", "переклад стандартних вікон Qt {file}").format(
                file=qt_folder / "qtbase_uk.qm"
            )
        )
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic):
        missing.append(tr("Resources", "шрифт із кирилицею в системі (пакет fonts-dejavu-core)"))
    return missing


def report_missing(missing: list[str], parent: QWidget | None, dialogs: bool) -> str:
    """Logs what is missing and, with `dialogs`, shows it; returns the message."""
    text = tr(
        "Resources",
        "SocDesk встановлено не повністю, бракує:\n{items}\n\nНаписи чи документи можуть "
        "показуватися неправильно. Перевстановіть SocDesk (у теці проєкту: make setup).",
    ).format(items="\n".join(f"• {item}" for item in missing))
    log.warning("resources missing: %s", "; ".join(missing))
    if dialogs:
        QMessageBox.warning(parent, tr("Resources", "Бракує файлів SocDesk"), text)
    return text
