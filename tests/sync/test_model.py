"""Model-based test of server sync (QUALITY-TARGETS R5): Hypothesis drives three desktop stores
(two in the northern district, one in the southern) against the real server app in-process
(on PostgreSQL when SOCDESK_TEST_DATABASE_URL is set), in any order: people registered,
edited, deleted and merged (the same two in opposite directions on two desks too), syncs,
moved to the other district by a coordinator (on the server), syncs, syncs cut after a few
pages, clocks set hours off.

Always: no row of another district ever reaches a desk. After syncs in turn until every desk
has pulled after the last one that sent anything (a desk's records may go on to another
district: an edit of a person moved away before the desk learnt of it): every
outbox confirmed, the desks of a district equal to each other and to the server's rows of
it, and every edit that reached the server is either the current value or was seen by the
edit that replaced it, or is kept in a conflict.

Examples: SOCDESK_MODEL_EXAMPLES (default 200)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from replicas import make_replica
from server_support import PG_URL
from sqlalchemy import Engine, select, text
from support import LOGIN, PASSWORD, TODAY, add_person, make_paths
from sync_checks import (
    NORTH,
    NORTH_DISTRICT,
    SOUTH,
    SOUTH_DISTRICT,
    assert_synced,
    outbox_ids,
    row_ids,
    wipe,
)

from socdesk.domain.errors import ServerUnreachable
from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change, conflict, connect
from socdesk.store import codec
from socdesk.store.database import Store
from socdesk.store.keys import KeyFile
from socdesk.store.merge import merge_people
from socdesk.store.redirects import MergeRefused
from socdesk.store.schema import Person
from socdesk.sync.exchange import FeedPage, PushAnswer, exchange
from socdesk.sync.http import HttpHub, enrol_device

BASE = "http://testserver"
EXAMPLES = int(os.environ.get("SOCDESK_MODEL_EXAMPLES", "200"))
HOUR_MS = 3600 * 1000
SURNAMES = ("Коваль", "Бондар", "Шевчук", "Мельник", "Дʼяченко", "Ґудзь")
FIELDS = ("phone", "notes")
VALUES = {"phone": ["+380671111111", "+380502222222"], "notes": ["вдома", "у лікарні", ""]}
Edit = tuple[str, str, object, str]  # row, field, value, the field's clock after the edit


@dataclass
class Golden:
    """A desk as every example starts it: its folder (copied), key, device, token, scope."""

    folder: Path
    key: bytes
    user: str
    device: str
    token: str
    districts: frozenset[str]
    settlement: str


@dataclass
class World:
    client: TestClient
    engine: Engine
    desks: list[Golden]
    shared: set[str]
    template_outbox: set[str]
    scratch: Path
    settings: ServerSettings
    districts: tuple[str, str]  # the northern's id, the southern's
    runs: list[float] = field(default_factory=list)


class CutHub:
    """The server over HTTP, the connection cut after `calls` calls (push or pull)."""

    def __init__(self, hub: HttpHub, calls: int) -> None:
        self.hub, self.left = hub, calls

    @property
    def hub_id(self) -> str:
        return self.hub.hub_id

    def _spend(self) -> None:
        if self.left == 0:
            raise ServerUnreachable()
        self.left -= 1

    def push(self, device: str, page: bytes) -> PushAnswer:
        self._spend()
        return self.hub.push(device, page)

    def pull(self, device: str, after: int, limit: int) -> FeedPage:
        self._spend()
        return self.hub.pull(device, after, limit)


@pytest.fixture
def world(
    client: TestClient,
    server_settings: ServerSettings,
    territory: tuple[Path, dict[str, str]],
) -> Iterator[World]:
    folder, ids = territory
    scratch = Path(tempfile.mkdtemp(prefix="socdesk-model-", dir=_fast_tmp()))
    places = [(NORTH_DISTRICT, NORTH), (NORTH_DISTRICT, NORTH), (SOUTH_DISTRICT, SOUTH)]
    desks = []
    for n, (district, settlement) in enumerate(places):
        replica = make_replica(folder, scratch / f"golden{n}")
        device, user = replica.device_id, replica.user_id
        replica.close()
        paths = make_paths(scratch / f"golden{n}")
        _, key = KeyFile.load(paths.key_file).unwrap_with_password(LOGIN, PASSWORD)
        code = admin.enrol(server_settings, f"Робоче місце {n}", [ids[district]])
        token = str(enrol_device(BASE, code, device, client)["token"])
        scope = frozenset({ids[district]})
        desks.append(Golden(paths.data_dir, key, user, device, token, scope, ids[settlement]))
    opened = [_open(desk, desk.folder, {}) for desk in desks]
    shared = set().union(*(row_ids(store) for store in opened))
    template_outbox = {cid for store in opened for cid in outbox_ids(store)}
    for store in opened:
        store.close()
    engine = connect(server_settings.url)
    districts = (ids[NORTH_DISTRICT], ids[SOUTH_DISTRICT])
    yield World(client, engine, desks, shared, template_outbox, scratch, server_settings, districts)
    engine.dispose()
    shutil.rmtree(scratch, ignore_errors=True)


def _fast_tmp() -> str | None:
    """tmpfs when there is one: the stores are copied for every example."""
    return "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


def _open(golden: Golden, folder: Path, skew: dict[str, int]) -> Store:
    """The desk's store in `folder`, its clock `skew["ms"]` off the real one."""
    store = Store(
        make_paths(folder),
        golden.key,
        golden.user,
        clock=lambda: time.time_ns() // 1_000_000 + skew.get("ms", 0),
    )
    store.device_id = golden.device
    return store


def _clock(store: Store, row_id: str, name: str) -> str:
    with store.read() as conn:
        clocks = conn.execute(
            text("SELECT field_clocks FROM person WHERE id = :id"), {"id": row_id}
        ).scalar()
    return str(json.loads(clocks or "{}").get(name, ""))


class Sync(RuleBasedStateMachine):
    """The three desks and the server of one example."""

    world: World  # set by the test

    def __init__(self) -> None:
        super().__init__()
        self.started = time.perf_counter()
        with self.world.engine.begin() as conn:
            wipe(conn)
        self.folder = Path(tempfile.mkdtemp(dir=self.world.scratch))
        self.skews: list[dict[str, int]] = [{} for _ in self.world.desks]
        self.stores = []
        for n, golden in enumerate(self.world.desks):
            shutil.copytree(golden.folder, self.folder / str(n))
            self.stores.append(_open(golden, self.folder / str(n), self.skews[n]))
        self.hubs = [HttpHub(BASE, g.token, client=self.world.client) for g in self.world.desks]
        self.edits: list[Edit] = []
        self.seen: set[tuple[str, str, str]] = set()  # (row, field, clock) replaced
        # Two people both northern desks have, so that edits can meet in a few steps.
        for surname in SURNAMES[:2]:
            add_person(self.stores[0], surname, settlement_id=self.world.desks[0].settlement)
        for n in (0, 1):
            exchange(self.stores[n], self.hubs[n], verify=False)

    def _live(self, n: int) -> list[str]:
        with self.stores[n].read() as conn:
            query = "SELECT id FROM person WHERE deleted = 0 AND merged_into IS NULL"
            return sorted(conn.execute(text(query)).scalars())

    def _replacing(self, n: int, row_id: str, names: tuple[str, ...]) -> None:
        """Notes the clocks of `names` of the row on desk n: the write to come saw them."""
        for name in names:
            if clock := _clock(self.stores[n], row_id, name):
                self.seen.add((row_id, name, clock))

    @rule(n=st.integers(0, 2), surname=st.sampled_from(SURNAMES))
    def register(self, n: int, surname: str) -> None:
        add_person(self.stores[n], surname, settlement_id=self.world.desks[n].settlement)

    @rule(n=st.integers(0, 2), data=st.data(), name=st.sampled_from(FIELDS))
    def edit(self, n: int, data: st.DataObject, name: str) -> None:
        live = self._live(n)
        if not live:
            return
        row_id = data.draw(st.sampled_from(live))
        value = data.draw(st.sampled_from(VALUES[name]))
        self._replacing(n, row_id, (name,))
        with self.stores[n].write() as uow:
            uow.update(Person, row_id, {name: value})
        self.edits.append((row_id, name, value, _clock(self.stores[n], row_id, name)))

    @rule(n=st.integers(0, 2), data=st.data())
    def delete(self, n: int, data: st.DataObject) -> None:
        live = self._live(n)
        if live:
            row_id = data.draw(st.sampled_from(live))
            self._replacing(n, row_id, ("deleted",))
            with self.stores[n].write() as uow:
                uow.delete(Person, row_id)

    @rule(n=st.integers(0, 2), data=st.data())
    def merge(self, n: int, data: st.DataObject) -> None:
        live = self._live(n)
        if len(live) < 2:
            return
        survivor, other = data.draw(
            st.lists(st.sampled_from(live), min_size=2, max_size=2, unique=True)
        )
        self._replacing(n, survivor, FIELDS)
        try:
            with self.stores[n].write() as uow:
                merge_people(uow, survivor, other, TODAY)
        except MergeRefused:
            pass

    @rule(data=st.data())
    def transfer(self, data: st.DataObject) -> None:
        """A coordinator moves a person the server has to the other district."""
        people = CURRENT["person"]
        with self.world.engine.connect() as conn:
            live = conn.execute(
                select(people.c.id, people.c.district_id)
                .where(people.c.deleted.is_(False), people.c.merged_into.is_(None))
                .order_by(people.c.id)
            ).all()
        if live:
            person, district = data.draw(st.sampled_from(live))
            north, south = self.world.districts
            admin.transfer_person(
                self.world.settings, person, south if district == north else north
            )

    @rule(n=st.integers(0, 2), verify=st.booleans())
    def sync(self, n: int, verify: bool) -> None:
        """A sync, with the digest check (as the desktop's) or without (half the cost)."""
        exchange(self.stores[n], self.hubs[n], verify=verify)

    @rule(n=st.integers(0, 2), calls=st.integers(0, 4))
    def cut_sync(self, n: int, calls: int) -> None:
        with contextlib.suppress(ServerUnreachable):
            exchange(self.stores[n], CutHub(self.hubs[n], calls), page_size=2)

    @rule(n=st.integers(0, 2), hours=st.integers(-6, 6))
    def skew(self, n: int, hours: int) -> None:
        self.skews[n]["ms"] = hours * HOUR_MS

    @invariant()
    def no_row_of_another_district(self) -> None:
        for store, golden in zip(self.stores, self.world.desks, strict=True):
            with store.read() as conn:
                districts = set(
                    conn.execute(text("SELECT DISTINCT district_id FROM person")).scalars()
                )
            assert districts <= golden.districts | {None}, districts

    def _round(self) -> None:
        """Syncs the desks in turn until each has made a sync with the digest check after the
        last one that sent anything: a desk's records may reach another district (an edit of
        a person moved away before the desk learnt of it goes on to the new district), so
        every desk, not only those of its district, pulls after it. The first sync goes
        without the check (half the cost): that desk is checked later."""
        owed, everyone = set(range(len(self.stores))), set(range(len(self.stores)))
        for step in range(4 * len(self.stores)):
            if not owed:
                return
            n = step % len(self.stores)
            report = exchange(self.stores[n], self.hubs[n], verify=step > 0)
            if report.pushed:
                owed = set(everyone)
            if step > 0:
                owed.discard(n)
        raise AssertionError(f"desks {sorted(owed)} still behind after {4 * len(self.stores)}")

    def teardown(self) -> None:
        try:
            self._round()
            desks = {s: g.districts for s, g in zip(self.stores, self.world.desks, strict=True)}
            with self.world.engine.connect() as conn:
                assert_synced(
                    conn,
                    desks,
                    self.world.shared,
                    self.world.template_outbox,
                    everyone=False,
                    admin_check=False,
                )
                # beside the desks' records, only the server's own (a coordinator's moves)
                made = {g.device for g in self.world.desks}
                authors = set(conn.execute(select(change.c.device).distinct()).scalars())
                assert authors - made <= {self.hubs[0].hub_id}, authors - made
                current = {
                    row.id: {name: codec.encode(getattr(row, name)) for name in FIELDS}
                    for row in conn.execute(select(CURRENT["person"]))
                }
                kept = {
                    (row.row_id, row.field, value)
                    for row in conn.execute(select(conflict))
                    for value in (row.kept_value, row.lost_value)
                }
            for store in self.stores:
                with store.read() as desk:
                    query = "SELECT row_id, field, kept_value, lost_value FROM sync_conflict"
                    for row in desk.execute(text(query)):
                        kept |= {(row[0], row[1], row[2]), (row[0], row[1], row[3])}
            for row_id, name, value, clock in self.edits:
                shown = json.dumps(value, ensure_ascii=False)
                assert (
                    current[row_id][name] == codec.encode(value)
                    or (row_id, name, clock) in self.seen
                    or (row_id, name, shown) in kept
                ), (row_id, name, value, clock)
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)
            self.world.runs.append(time.perf_counter() - self.started)


@pytest.mark.parametrize("database_url", ["postgres" if PG_URL else "sqlite"], indirect=True)
@pytest.mark.timeout(1200)  # ~1.5-2.3 s an example on a busy 2-core VM; SOCDESK_MODEL_EXAMPLES
def test_replicas_converge_and_no_edit_is_lost_silently(world: World) -> None:
    Sync.world = world
    Sync.TestCase.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=8,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    Sync.TestCase().runTest()
    print(f"model: {len(world.runs)} examples, {sum(world.runs):.1f} s")  # noqa: T201


class _Given:
    """Hypothesis's `data` for a replayed step: each draw is `answer()`."""

    def __init__(self, answer: Callable[[], object]) -> None:
        self.answer = answer

    def draw(self, strategy: object, label: object = None) -> object:
        return self.answer()


@pytest.mark.parametrize("database_url", ["postgres" if PG_URL else "sqlite"], indirect=True)
@pytest.mark.parametrize("delete_first", [True, False])
def test_a_delete_sent_after_a_move_reaches_every_desk_of_the_new_district(
    world: World, delete_first: bool
) -> None:
    """Two examples Hypothesis found, step by step: a northern person moved south, north and
    south again; the southern desk gets part of it (a cut sync) and deletes them offline while
    they are moved north again. Its delete is taken and goes on to the north (transfer.py), so
    both northern desks must pull after the southern one has pushed. The closing round of
    syncs (desks 0, 1, 2, 0) used to leave desk 1, which synced before desk 2 pushed, holding
    the person undeleted: a gap in the test's round, not in sync."""
    Sync.world = world
    machine = Sync()
    people = CURRENT["person"]

    def person() -> tuple[str, str]:  # the first northern person, as the server holds them
        with world.engine.connect() as conn:
            row = conn.execute(
                select(people.c.id, people.c.district_id).order_by(people.c.id).limit(1)
            ).one()
        return str(row.id), str(row.district_id)

    moves = cast(st.DataObject, _Given(person))
    for _ in range(3):
        machine.transfer(moves)
    machine.cut_sync(n=2, calls=3 if delete_first else 2)
    delete = cast(st.DataObject, _Given(lambda: person()[0]))
    if delete_first:
        machine.delete(2, delete)
        machine.transfer(moves)
    else:
        machine.transfer(moves)
        machine.delete(2, delete)
    machine.teardown()
    with world.engine.connect() as conn:
        held = conn.execute(select(people.c.deleted, people.c.district_id).order_by(people.c.id))
        assert tuple(held.first() or ()) == (True, world.districts[0])  # deleted, in the north
