"""The print menu of the main window and the case window.

Light on purpose: the previews (QtPdf, the document kinds, reportlab) load when a menu first
opens, not when the window that holds it is made, which kept them out of the memory of every
session that never prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from socdesk.store.database import Store
from socdesk.ui.i18n import tr

if TYPE_CHECKING:
    from socdesk.documents.registry import Subject


def print_menu(
    store: Store,
    subjects: Callable[[], dict[Subject, str]],
    parent: QWidget,
    show_error: Callable[[str], None],
) -> QMenu:
    """A menu of the documents that can be printed for the subjects `subjects()` names (a
    case, its month, a person): one entry per kind in the registry, then earlier prints."""
    menu = QMenu(tr("PrintPreview", "Друк"), parent)

    def fill() -> None:
        from socdesk.ui.printing.preview import fill_print_menu

        fill_print_menu(menu, store, subjects(), parent, show_error)

    menu.aboutToShow.connect(fill)
    return menu
