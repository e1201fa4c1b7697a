"""The unsaved person cards a stopped session left: offered back at start, one by one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from socdesk.store.database import Store
from socdesk.store.drafts import PERSON_CARD, discard_draft, drafts_of
from socdesk.ui.changes import Writer
from socdesk.ui.i18n import tr


class _Restorable(Protocol):
    def restore_draft(self, draft_id: str, values: dict[str, Any]) -> None: ...


def offer_drafts(
    parent: QWidget, store: Store, writer: Writer, open_card: Callable[[str | None], _Restorable]
) -> None:
    """Asks, for each card being filled in when SocDesk last stopped, whether to restore it;
    «Ні» deletes the draft once the person confirms it."""
    with store.read() as conn:
        drafts = [d for d in drafts_of(conn, store.user_id) if d.kind == PERSON_CARD]
    for draft in drafts:
        saved_at = draft.updated_at.replace(tzinfo=dt.UTC).astimezone()  # stored in UTC
        name = " ".join(str(draft.data.get(f) or "") for f in ("surname", "given_name")).strip()
        name, when = name or "—", saved_at.strftime("%d.%m.%Y %H:%M")
        text = tr("MainWindow", "Знайдено незбережену картку «%1» від %2. Відновити її?")
        answer = QMessageBox.question(
            parent,
            tr("MainWindow", "Незбережена картка"),
            text.replace("%1", name).replace("%2", when),
        )
        if answer == QMessageBox.StandardButton.Yes:
            open_card(draft.target_id).restore_draft(draft.id, draft.data)
        elif _discard_asked(parent, name):
            writer.write(partial(discard_draft, draft_id=draft.id))


def _discard_asked(parent: QWidget, name: str) -> bool:
    """«Ні» to restoring: the draft is deleted once the person confirms it."""
    answer = QMessageBox.question(
        parent,
        tr("MainWindow", "Видалити незбережену картку"),
        tr(
            "MainWindow",
            "Видалити незбережену картку «%1»? Її більше не буде запропоновано, "
            "і відновити її буде неможливо.",
        ).replace("%1", name),
    )
    return answer == QMessageBox.StandardButton.Yes
