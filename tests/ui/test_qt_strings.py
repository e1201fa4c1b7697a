"""Qt's own dialogs are wholly Ukrainian in the Ukrainian interface (ENVIRONMENT.md §9)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from socdesk.ui.i18n import install_translators


def test_the_file_dialog_has_no_english_labels(qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translators(app)
    try:
        dialog = QFileDialog(None, "Імпорт")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # as under Xvfb
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {
            label.objectName(): label.text().replace("&", "")
            for label in dialog.findChildren(QLabel)
        }
        assert labels["lookInLabel"] == "Перегляд в:"
        assert labels["fileTypeLabel"] == "Тип файлів:"
        assert labels["fileNameLabel"] == "Ім'я файлу:"
        # Everything else still reaches its own translation, or stays as written.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасувати"
        assert QCoreApplication.translate("Nowhere", "Як є") == "Як є"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
