"""The exchange every transport shares: a cut connection at any step loses nothing and applies
nothing twice; a silent hub, a page from a newer SocDesk and Cancel leave the store whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import make_replica, state
from sqlalchemy import text
from support import add_person

from socdesk.domain.errors import Cancelled
from socdesk.domain.progress import Progress
from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync import wire
from socdesk.sync.exchange import (
    FeedPage,
    HubSilent,
    PeerTooNew,
    PushAnswer,
    StoreHub,
    SyncReport,
    exchange,
    push,
)


class LineDown(Exception):
    """The connection dropped."""


class FlakyHub(StoreHub):
    """The centre's store behind a line that drops: before a push arrives, after it was applied
    but before the answer came back, or in the middle of the feed."""

    def __init__(self, store: Store, *, drop_push: str = "", drop_pull_after: int = -1) -> None:
        super().__init__(store)
        self.drop_push = drop_push  # "before" or "after" the hub applied, once
        self.drop_pull_after = drop_pull_after  # pages served before the line drops, once
        self.served = 0

    def push(self, device: str, page: bytes) -> PushAnswer:
        if self.drop_push == "before":
            self.drop_push = ""
            raise LineDown
        answer = super().push(device, page)
        if self.drop_push == "after":
            self.drop_push = ""
            raise LineDown
        return answer

    def pull(self, device: str, after: int, limit: int) -> FeedPage:
        if self.served == self.drop_pull_after:
            self.drop_pull_after = -1
            raise LineDown
        self.served += 1
        return super().pull(device, after, limit)


@pytest.fixture
def star(template_store: Path, tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    hub = make_replica(template_store, tmp_path / "hub", hub=True)
    a = make_replica(template_store, tmp_path / "a")
    b = make_replica(template_store, tmp_path / "b")
    yield hub, a, b
    for store in (hub, a, b):
        store.close()


def people(store: Store) -> list[str]:
    with store.read() as conn:
        return sorted(conn.execute(text("SELECT surname FROM person")).scalars())


def unconfirmed(store: Store) -> int:
    with store.read() as conn:
        return changelog.unconfirmed_count(conn)


SURNAMES = ["Гнатюк", "Дяченко", "Ковальчук", "Мельник", "Олійник", "Петренко", "Ткачук"]


@pytest.mark.parametrize("drop", ["before", "after"])
def test_a_push_cut_at_either_side_is_sent_again_and_applied_once(
    star: tuple[Store, Store, Store], drop: str
) -> None:
    hub, a, _b = star
    for surname in SURNAMES:
        add_person(a, surname)
    flaky = FlakyHub(hub, drop_push=drop)
    with pytest.raises(LineDown):
        exchange(a, flaky, page_size=3)
    assert unconfirmed(a) == len(SURNAMES)  # nothing taken as confirmed without an answer
    report = exchange(a, flaky, page_size=3)
    assert report.pushed == len(SURNAMES) and report.complete
    assert report.duplicates == (3 if drop == "after" else 0)
    assert unconfirmed(a) == 0
    assert people(hub) == SURNAMES


def test_a_pull_cut_in_the_middle_resumes_after_the_last_whole_page(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, b = star
    for surname in SURNAMES:
        add_person(a, surname)
    exchange(a, StoreHub(hub))
    flaky = FlakyHub(hub, drop_pull_after=2)
    with pytest.raises(LineDown):
        exchange(b, flaky, page_size=2)
    assert len(people(b)) == 4  # two whole pages, their cursor with them
    report = exchange(b, flaky, page_size=2)
    assert report.pulled == len(SURNAMES) - 4
    assert people(b) == SURNAMES and state(b) == state(hub)


class SilentHub(StoreHub):
    def push(self, device: str, page: bytes) -> PushAnswer:
        super().push(device, page)
        return PushAnswer()


def test_a_hub_that_confirms_nothing_stops_the_push(star: tuple[Store, Store, Store]) -> None:
    hub, a, _b = star
    add_person(a, "Гнатюк")
    with pytest.raises(HubSilent):
        push(a, SilentHub(hub), SyncReport(), Progress())
    assert unconfirmed(a) == 1


class NewerHub(StoreHub):
    def pull(self, device: str, after: int, limit: int) -> FeedPage:
        fed = super().pull(device, after, limit)
        newer = f"{int(STORE_REVISION) + 1:04d}"
        return FeedPage(wire.pack(wire.unpack(fed.page).records, newer), fed.last, fed.more)


def test_a_page_from_a_newer_socdesk_is_not_applied(star: tuple[Store, Store, Store]) -> None:
    hub, a, b = star
    add_person(a, "Гнатюк")
    exchange(a, StoreHub(hub))
    with pytest.raises(PeerTooNew, match="Оновіть"):
        exchange(b, NewerHub(hub))
    assert people(b) == []
    with b.read() as conn:
        assert changelog.cursor(conn, hub.device_id) == 0  # read again after the update


def test_cancel_stops_between_pages_and_the_next_exchange_finishes(
    star: tuple[Store, Store, Store],
) -> None:
    hub, a, _b = star
    for surname in SURNAMES:
        add_person(a, surname)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        exchange(a, StoreHub(hub), progress, page_size=3)
    assert unconfirmed(a) == len(SURNAMES) - 3  # the first page went, and was confirmed
    assert exchange(a, StoreHub(hub)).pushed == len(SURNAMES) - 3
    assert people(hub) == SURNAMES
