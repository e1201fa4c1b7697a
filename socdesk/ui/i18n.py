"""One way to translate: `tr(context, text)` with a fixed context (STYLE.md point 13, trap 18),
and `tr_n(context, text, n)` for counts.

Ukrainian is the source language; `resources/translations/socdesk_<lang>.qm` holds the others,
and `socdesk_uk.qm` the Ukrainian plural forms.
Qt's own dialogs get `qtbase_uk` from PySide6's translations folder.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from socdesk.paths import resources_dir


def tr(context: str, text: str, disambiguation: str | None = None) -> str:
    """`QCoreApplication.translate` with the same arguments, so lupdate reads it the same way."""
    return QCoreApplication.translate(context, text, disambiguation)


def tr_n(context: str, text: str, n: int) -> str:
    """A message with a count: "%n" is replaced and the plural form chosen by the language's
    rules (Ukrainian: one / few / many, from `socdesk_uk.qm`). Found by `scripts/plurals`."""
    return QCoreApplication.translate(context, text, None, n)


def noop(context: str, text: str) -> str:
    """Marks `text` for translation where it is defined; translate it with `tr` where shown."""
    del context
    return text


class QtGaps(QTranslator):
    """Qt's widgets ask for a few strings in a form that `qtbase_<lang>` lacks: the file dialog
    asks for "&Look in:" and "Files of &type:", the .qm has "Look in:" and "Files of type:",
    so the dialog showed them in English (ENVIRONMENT.md §9). Answers them from the form Qt's
    translation has (without the mnemonic, which a Cyrillic label cannot use anyway)."""

    ALIASES: ClassVar[dict[tuple[str, str], str]] = {
        ("QFileDialog", "&Look in:"): "Look in:",
        ("QFileDialog", "Files of &type:"): "Files of type:",
    }

    def __init__(self, qt: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._qt = qt

    def translate(  # None (a null QString) means "not mine, ask the next translator"
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        alias = self.ALIASES.get((context, source))
        if alias is None:
            return None
        return self._qt.translate(context, alias, disambiguation, n) or None

    def isEmpty(self) -> bool:
        return False


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
        gaps = QtGaps(qt, app)  # installed first: asked last, when nothing else answered
        app.installTranslator(gaps)
        app.installTranslator(qt)
        installed += [gaps, qt]
    ours = QTranslator(app)
    # For Ukrainian, the source language, the file holds only the three plural forms.
    if ours.load(f"socdesk_{lang}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
