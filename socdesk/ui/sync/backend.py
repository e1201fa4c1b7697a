"""The controller's and screens' way to `socdesk.sync.link`: one object that holds the HTTP
client (tests pass one to the in-process server; the app leaves it to `link`) and turns the
link's `SyncStatus` into the words' `SyncView`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socdesk.domain.progress import Progress
from socdesk.store.database import Store
from socdesk.store.sync_lists import HeldRecord, WaitingChange, held_records, waiting_changes
from socdesk.sync import link, session
from socdesk.sync.exchange import SyncReport
from socdesk.ui.sync.words import SyncView

if TYPE_CHECKING:
    import httpx

LIST_LIMIT = 1000  # records per list on the sync screen


class ServerSync:
    """`socdesk.sync.link` for the desktop (the controller's `Link`)."""

    def __init__(self, client: httpx.Client | None = None) -> None:
        self.client = client

    def view(self, store: Store) -> SyncView:
        status = link.status(store)
        server = link.linked(store)
        error_at = None
        if status.error_kind:  # when the last run failed
            runs = link.history(store, 1)
            error_at = dt.datetime.fromisoformat(runs[0].finished_at) if runs else None
        return SyncView(
            linked=status.linked,
            server=server.url if server else "",
            workplace=server.workplace if server else "",
            last_sync=status.last_success,
            pending=status.pending,
            quarantined=status.quarantined,
            conflicts=status.conflicts,
            error=status.error_message,
            error_at=error_at,
            unreachable_since=status.unreachable_since,
            revoked=status.revoked,
            coordinator=server is not None and server.districts is None,
        )

    def reachable(self, store: Store) -> bool:
        server = link.linked(store)
        return server is not None and link.reachable(server.url, client=self.client)

    def sync_now(self, store: Store, progress: Progress) -> SyncReport:
        return link.sync_now(store, progress=progress, client=self.client)

    def connect(self, store: Store, url: str, code: str) -> link.ServerLink:
        return link.connect(store, url, code, client=self.client)

    def disconnect(self, store: Store) -> None:
        link.disconnect(store)

    def session(self, store: Store) -> session.DeviceSession:
        return session.session(store, client=self.client)

    def end_session(self, store: Store) -> None:
        session.end_session(store, client=self.client)

    def history(self, store: Store, limit: int = 100) -> list[link.SyncRun]:
        return link.history(store, limit)

    def waiting(self, store: Store) -> list[WaitingChange]:
        with store.read() as conn:
            return waiting_changes(conn, LIST_LIMIT)

    def held(self, store: Store) -> list[HeldRecord]:
        with store.read() as conn:
            return held_records(conn, LIST_LIMIT)
