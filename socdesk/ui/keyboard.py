"""Keyboard helpers shared by every window: tab switching and strong row highlighting.

Shortcuts are QKeySequences, which Qt matches by key code, not by the typed character: on X11
under a Cyrillic layout Ctrl+Д still reaches Ctrl+L (Qt tries the Latin keysym of the same
key), so ordinary Ctrl shortcuts work whatever the layout; Alt+letter mnemonics of Cyrillic
labels do not, which is why every action also has an ordinary shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QTabWidget

NEXT_TAB = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS_TAB = ("Ctrl+Shift+Tab", "Ctrl+PgUp")


def tab_keys(tabs: QTabWidget) -> None:
    """Ctrl+Tab / Ctrl+PgDown to the next tab and Ctrl+Shift+Tab / Ctrl+PgUp to the previous
    one (wrapping round), wherever the focus is in the tab widget's window."""

    def step(delta: int) -> None:
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + delta) % tabs.count())
            tabs.currentWidget().setFocus(Qt.FocusReason.TabFocusReason)

    for keys, delta in [(k, 1) for k in NEXT_TAB] + [(k, -1) for k in PREVIOUS_TAB]:
        shortcut = QShortcut(QKeySequence(keys), tabs)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda d=delta: step(d))


def strong_highlight(view: QAbstractItemView) -> None:
    """The selected row keeps the full highlight colour when the focus leaves the view (the
    default greys it out, and a user loses track of the current row)."""
    palette = view.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        palette.setColor(
            QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
        )
    view.setPalette(palette)
