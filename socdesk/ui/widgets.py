"""Small widgets that look the same wherever they appear."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#b00020"


def error_label(parent: QWidget) -> QLabel:
    """The red, wrapping label under a form that says what to fix (object name `error_label`)."""
    label = QLabel(parent)
    label.setObjectName("error_label")
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    label.setWordWrap(True)
    return label
