"""Drafts of unsaved forms, kept on every pause in typing so a crash or a power cut loses
nothing; offered back on the next start. Local-only (never synced), inside the encrypted store.
Not audited: a draft is not a change of record, and the save that follows it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select, update

from socdesk.domain.ids import new_id
from socdesk.store.schema import Draft
from socdesk.store.uow import UnitOfWork

PERSON_CARD = "person_card"  # the draft kind of a person card

_draft = Draft.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class SavedDraft:
    id: str
    kind: str
    target_id: str | None
    data: dict[str, Any]
    updated_at: dt.datetime


def save_draft(
    uow: UnitOfWork,
    draft_id: str | None,
    kind: str,
    target_id: str | None,
    data: Mapping[str, Any],
) -> str:
    """Creates or replaces a draft of the signed-in user; returns its id."""
    conn = uow.connection
    now = dt.datetime.now(dt.UTC)
    if draft_id and conn.execute(select(_draft.c.id).where(_draft.c.id == draft_id)).first():
        conn.execute(
            update(_draft).where(_draft.c.id == draft_id).values(data=dict(data), updated_at=now)
        )
        return draft_id
    draft_id = draft_id or new_id()
    conn.execute(
        _draft.insert().values(
            id=draft_id,
            user_id=uow.user_id,
            kind=kind,
            target_id=target_id,
            data=dict(data),
            updated_at=now,
        )
    )
    return draft_id


def discard_draft(uow: UnitOfWork, draft_id: str) -> None:
    uow.connection.execute(delete(_draft).where(_draft.c.id == draft_id))


def drafts_of(conn: Connection, user_id: str) -> list[SavedDraft]:
    """The user's drafts, newest first."""
    rows = conn.execute(
        select(_draft).where(_draft.c.user_id == user_id).order_by(_draft.c.updated_at.desc())
    ).mappings()
    return [
        SavedDraft(r["id"], r["kind"], r["target_id"], dict(r["data"]), r["updated_at"])
        for r in rows
    ]
