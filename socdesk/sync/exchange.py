"""One exchange between a workplace and its hub (обмін змінами): push the outbox, pull the feed.

Sync is a star (DESIGN.md "Sync"): the hub (the centre's store now, the server next) serialises
edits. Whatever carries the pages — HTTP, or a bundle on a USB stick — a transport is a `Hub`:
it takes a packed page of this device's records and answers for each, and it serves its feed
after a cursor. The loop here is the one code path every transport shares:

- push: the outbox's unconfirmed records, a page at a time; each page is frozen (`mark_sent`)
  and committed before it leaves, and marked acknowledged only from the hub's answer, so a cut
  connection never loses a record or applies one twice (sending it again is harmless);
- pull: the hub's feed after this device's cursor, a page at a time; each page is applied and
  the cursor moved in one transaction, so a cut connection resumes after the last whole page.
  A page may end with people to remove (moved to a district this device does not serve):
  this device's unsent changes are pushed first, then their data goes with the page.

`StoreHub` is a hub made of a store (the centre's own store), through the store's functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from socdesk.domain.changes import ChangeRecord, Changes
from socdesk.domain.errors import SocDeskError
from socdesk.domain.progress import Progress
from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.store.migrate import STORE_REVISION
from socdesk.store.purge import purge_person
from socdesk.store.replica import ApplyResult, apply_remote
from socdesk.store.uow import UnitOfWork
from socdesk.sync import wire
from socdesk.sync.digest import Verifying, resync

PAGE = 500  # records per page: the store applies them in chunks of this size
SETTLE_ROUNDS = 3  # pushes of what applying wrote itself, at most, in one exchange


class HubSilent(SocDeskError):
    """The hub answered a page without confirming any record of it."""

    exit_code = 3
    default_message = (
        "Сервер прийняв сторінку змін, але не підтвердив жодного запису. Повторіть "
        "синхронізацію пізніше; якщо це повториться, зверніться до адміністратора."
    )


class PeerTooNew(SocDeskError):
    """A page written by a newer SocDesk than this one (its store has later migrations)."""

    exit_code = 3
    default_message = (
        "Зміни надійшли з новішої версії SocDesk, ніж ця. Оновіть програму; зміни не втрачено, "
        "їх буде отримано після оновлення."
    )


@dataclass(frozen=True, slots=True)
class PushAnswer:
    """The hub's word on each record of one pushed page."""

    accepted: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # change id -> reason
    quarantined: dict[str, str] = field(default_factory=dict)  # kept there, with the reason
    conflicts: int = 0

    @property
    def answered(self) -> list[str]:
        """Every record the hub has dealt with: none of them needs sending again."""
        return [*self.accepted, *self.duplicates, *self.rejected, *self.quarantined]

    @classmethod
    def of(cls, result: ApplyResult) -> PushAnswer:
        return cls(
            list(result.applied),
            list(result.duplicates),
            dict(result.rejected),
            dict(result.quarantined),
            result.conflicts,
        )


@dataclass(frozen=True, slots=True)
class FeedPage:
    """A packed page of the hub's feed and the cursor position after it."""

    page: bytes
    last: int
    more: bool  # the feed goes on after this page
    # People moved to a district this device does not serve: removed after the page.
    purge: tuple[str, ...] = ()


class Hub(Protocol):
    """What a transport offers: the hub's identity, a push and a pull."""

    @property
    def hub_id(self) -> str: ...

    def push(self, device: str, page: bytes) -> PushAnswer: ...

    def pull(self, device: str, after: int, limit: int) -> FeedPage: ...


@dataclass
class SyncReport:
    """What one exchange did, each way (for the status bar, the sync screen and `--json`)."""

    pushed: int = 0
    accepted: int = 0
    duplicates: int = 0
    rejected: dict[str, str] = field(default_factory=dict)
    quarantined_there: dict[str, str] = field(default_factory=dict)
    conflicts_there: int = 0
    pulled: int = 0
    applied: int = 0
    quarantined_here: dict[str, str] = field(default_factory=dict)
    conflicts_here: int = 0
    purged: int = 0  # rows of people moved to another district, removed here
    resynced: list[str] = field(default_factory=list)  # tables read again after a drift
    changes: Changes = field(default_factory=Changes)

    @property
    def complete(self) -> bool:
        """Everything was exchanged and nothing was refused or held anywhere."""
        return not (self.rejected or self.quarantined_there or self.quarantined_here)


def push(
    store: Store, hub: Hub, report: SyncReport, progress: Progress, page_size: int = PAGE
) -> None:
    """Sends this device's unconfirmed records until the hub has answered for all of them."""
    with store.read() as conn:
        progress.start("Надсилаю зміни", changelog.unconfirmed_count(conn))
    while True:
        with store.write() as uow:  # frozen and committed before they leave
            records = changelog.outgoing(uow.connection, page_size)
            changelog.mark_sent(uow, [r.change_id for r in records])
        if not records:
            return
        answer = hub.push(
            store.device_id, wire.pack([r.to_json() for r in records], STORE_REVISION)
        )
        confirmed = set(answer.answered) & {r.change_id for r in records}
        if not confirmed:
            raise HubSilent()
        with store.write() as uow:
            changelog.acknowledge(uow, hub.hub_id, answer.answered)
        report.pushed += len(confirmed)
        report.accepted += len(answer.accepted)
        report.duplicates += len(answer.duplicates)
        report.rejected.update(answer.rejected)
        report.quarantined_there.update(answer.quarantined)
        report.conflicts_there += answer.conflicts
        progress.advance(len(confirmed))


def pull(
    store: Store, hub: Hub, report: SyncReport, progress: Progress, page_size: int = PAGE
) -> None:
    """Applies the hub's feed after this device's cursor, a page and its cursor at a time."""
    progress.start("Отримую зміни")
    while True:
        with store.read() as conn:
            after = changelog.cursor(conn, hub.hub_id)
        fed = hub.pull(store.device_id, after, page_size)
        page = readable(fed.page)
        if fed.purge:  # this device's unsent changes reach the hub before the data goes
            push(store, hub, report, progress, page_size)
        with store.write() as uow:
            take(uow, hub.hub_id, page.records, fed.last, report)
            for person_id in fed.purge:  # moved to another district: removed here
                report.purged += purge_person(uow, person_id)
        progress.advance(len(page.records))
        if not fed.more:
            return


def take(
    uow: UnitOfWork,
    hub_id: str,
    records: Sequence[bytes | ChangeRecord],
    position: int | None,
    report: SyncReport,
) -> None:
    """Applies records of the hub's feed (a pulled page, or a bundle from the centre) in the
    caller's transaction, and moves the cursor to `position` with them (None: it stays)."""
    result = apply_remote(uow, records, hub_id)
    if position is not None:
        changelog.advance_cursor(uow, hub_id, position)
    report.pulled += len(records)
    report.applied += len(result.applied) + len(result.released)
    for change_id in result.released:
        report.quarantined_here.pop(change_id, None)
    report.quarantined_here.update(result.quarantined)
    report.conflicts_here += result.conflicts
    report.changes = report.changes | result.changes


def exchange(
    store: Store,
    hub: Hub,
    progress: Progress | None = None,
    page_size: int = PAGE,
    *,
    verify: bool = True,
) -> SyncReport:
    """Push, then pull: after it, the hub has every edit of this device and this device every
    edit the hub had (for its scope). Cancel (`progress.cancel()`) stops between pages. With
    `verify`, a hub that serves digests is compared with, and drifted tables read again."""
    report, progress = SyncReport(), progress or Progress()
    push(store, hub, report, progress, page_size)
    pull(store, hub, report, progress, page_size)
    if verify and isinstance(hub, Verifying):
        done = resync(store, hub, progress, page_size)
        report.resynced, report.applied = done.tables, report.applied + done.applied
    # Applying may write changes of its own (the deterministic repairs of store/settle.py:
    # a circle of merges undone, references pointed at a survivor); they travel now, not
    # with the next sync, so that a finished exchange leaves nothing unsent behind it.
    for _ in range(SETTLE_ROUNDS):
        with store.read() as conn:
            if not changelog.unconfirmed_count(conn):
                break
        push(store, hub, report, progress, page_size)
        pull(store, hub, report, progress, page_size)
    return report


def readable(data: bytes) -> wire.Page:
    """A page this SocDesk can apply: well formed, and from a store no newer than this one."""
    page = wire.unpack(data)
    if int(page.schema) > int(STORE_REVISION):
        raise PeerTooNew()
    return page


class StoreHub:
    """The hub made of a store (the centre's store): a push applies the page there, a pull reads
    its change log, after it has published its own edits into it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def hub_id(self) -> str:
        return self.store.device_id

    def push(self, device: str, page: bytes) -> PushAnswer:
        records = readable(page).records
        with self.store.write() as uow:
            return self.accept(uow, device, records)

    @staticmethod
    def accept(uow: UnitOfWork, device: str, records: Sequence[bytes | ChangeRecord]) -> PushAnswer:
        """What the hub does with records a device sent (a pushed page, or a bundle from a
        workplace), in the caller's transaction."""
        return PushAnswer.of(apply_remote(uow, records, device))

    def pull(self, device: str, after: int, limit: int) -> FeedPage:
        with self.store.write() as uow:
            changelog.publish_own(uow)
        with self.store.read() as conn:
            records, last = changelog.feed(conn, after, limit)
        return FeedPage(wire.pack(records, STORE_REVISION), last, len(records) == limit)
