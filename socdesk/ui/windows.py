"""The open person cards and case windows: one window per person and per case (a second open
raises the one already open), and new windows cascade instead of opening on top of each other.

The main window's `ChangeBus` owns one `OpenWindows` (`bus.windows`): every window that opens a
card or a case gets the bus through its `Writer`, so every way in (the registry, a card's cases
tab, the deadlines) finds the same windows.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

CASCADE = 32  # pixels right and down from the window opened last
FRAME = 40  # a title bar and borders, not part of the size before the window is shown


class OpenWindows:
    """Open windows by what they show: ("person", id) or ("case", id)."""

    def __init__(self) -> None:
        self._open: dict[tuple[str, str], QDialog] = {}
        self._placed: list[QWidget] = []  # in the order they opened, for the cascade

    def raise_open(self, kind: str, key: str | None) -> QDialog | None:
        """The window already showing `key`, raised and activated; None when there is none."""
        window = self._open.get((kind, key)) if key is not None else None
        if window is None or not window.isVisible():
            return None
        window.showNormal()
        window.raise_()
        window.activateWindow()
        return window

    def add(self, kind: str, key: str | None, window: QDialog) -> None:
        """Registers `window` (until it closes) and places it one step from the last one."""
        if key is not None:
            self.register(kind, key, window)
        self.place(window)

    def register(self, kind: str, key: str, window: QDialog) -> None:
        """`window` shows `key` from now on (a new person's card, once saved), until it closes."""
        self._open[(kind, key)] = window
        window.finished.connect(lambda _result: self._forget(kind, key, window))

    def open_windows(self) -> list[QDialog]:
        return [w for w in self._open.values() if w.isVisible()]

    def _forget(self, kind: str, key: str, window: QDialog) -> None:
        if self._open.get((kind, key)) is window:
            del self._open[(kind, key)]

    def place(self, window: QWidget) -> None:
        """Moves `window` one step right and down from the last window still on screen (or
        from its parent's window), keeping the whole of it on the screen."""
        self._placed = [w for w in self._placed if _alive(w) and w.isVisible()]
        area = QGuiApplication.primaryScreen().availableGeometry()
        if self._placed:
            last = self._placed[-1].frameGeometry().topLeft()
            spot = last + QPoint(CASCADE, CASCADE)
        else:
            parent = window.parentWidget()
            top = parent.window().frameGeometry().topLeft() if parent else area.topLeft()
            spot = top + QPoint(CASCADE, CASCADE)
        size = window.size().expandedTo(window.sizeHint())  # not laid out before it shows
        # Past the screen's bottom: as low as it fits (still a step to the right); past its
        # right edge: back to the left. A window larger than the screen goes to its top left.
        x = spot.x() if spot.x() + size.width() <= area.right() else area.left()
        y = min(spot.y(), area.bottom() - size.height() - FRAME)
        spot = QPoint(max(x, area.left()), max(y, area.top()))
        window.move(spot)
        self._placed.append(window)


def _alive(widget: QWidget) -> bool:
    try:
        widget.isVisible()
    except RuntimeError:  # its C++ object is gone
        return False
    return True
