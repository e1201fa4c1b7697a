"""Windows that fit the screen they open on. The smallest screen in use is a 1366×768 laptop;
less a taskbar, 1366×728 is free, and a window manager adds a title bar and borders around
the size Qt gives a window."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)  # borders and title bar, outside a window's own size
SMALLEST = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar


def available_area(widget: QWidget) -> QRect:
    """The free part of the screen the widget opens on (without taskbars and panels)."""
    return widget.screen().availableGeometry()


def fit_resize(widget: QWidget, width: int, height: int) -> None:
    """The preferred size, or less on a small screen, so that the window with its frame, and
    the buttons at its foot, stay on the screen."""
    area = available_area(widget)
    widget.resize(
        min(width, area.width() - FRAME.width()), min(height, area.height() - FRAME.height())
    )
