"""One way to translate: `tr(context, text)` with a fixed context (STYLE.md point 13, trap 18).

Ukrainian is the source language; `resources/translations/socdesk_<lang>.qm` holds the others.
Qt's own dialogs get `qtbase_uk` from PySide6's translations folder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from socdesk.paths import resources_dir


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` with the same arguments (so lupdate reads it the same way);
    with `n`, "%n" is replaced and the plural form chosen (three forms in Ukrainian)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def noop(context: str, text: str) -> str:
    """Marks `text` for translation where it is defined; translate it with `tr` where shown."""
    del context
    return text


DEFAULT_LANGUAGE = "uk"  # the interface language, whatever the machine's locale says


def install_translators(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> list[QTranslator]:
    """Loads Qt's translator (standard buttons and dialogs) and SocDesk's for `language`."""
    lang = language
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{'uk' if lang == 'uk' else lang}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if lang != "uk" and ours.load(f"socdesk_{lang}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
