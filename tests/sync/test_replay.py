"""Replays (QUALITY-TARGETS R4): the pages of a desktop's outbox pushed once, twice, ten
times, backwards or shuffled leave the server in the same state — the same current rows, the
same change log, nothing left in quarantine (an update that came before its row waits there
until the row comes), no conflict — and every record is answered each time."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient
from replicas import make_replica, outgoing
from sqlalchemy import func, select
from support import add_person
from sync_checks import NORTH, NORTH_DISTRICT, server_rows, wipe

from socdesk.domain.changes import ChangeRecord
from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import change, conflict, connect, quarantine
from socdesk.store.migrate import STORE_REVISION
from socdesk.store.schema import Person
from socdesk.sync import wire
from socdesk.sync.http import HttpHub, enrol_device

BASE = "http://testserver"
PAGE = 3
SURNAMES = ("Коваль", "Бондар", "Шевчук", "Ткаченко", "Мельник", "Дʼяченко", "Ґудзь")
Pages = list[list[bytes]]


def _shuffled(seed: int) -> Callable[[Pages], Pages]:
    return lambda pages: random.Random(seed).sample(pages, len(pages))


ORDERS: dict[str, Callable[[Pages], Pages]] = {
    "1x": lambda pages: pages,
    "2x": lambda pages: [page for page in pages for _ in range(2)],
    "10x": lambda pages: [page for page in pages for _ in range(10)],
    "backwards": lambda pages: pages[::-1],
    "all twice, second time backwards": lambda pages: pages + pages[::-1],
    **{f"shuffled {seed}": _shuffled(seed) for seed in range(3)},
}


def test_every_page_pushed_once_twice_ten_times_or_out_of_order_gives_one_state(
    client: TestClient,
    server_settings: ServerSettings,
    territory: tuple[Path, dict[str, str]],
    tmp_path: Path,
) -> None:
    folder, ids = territory
    desk = make_replica(folder, tmp_path / "desk")
    code = admin.enrol(server_settings, "Робоче місце", [ids[NORTH_DISTRICT]])
    hub = HttpHub(BASE, str(enrol_device(BASE, code, desk.device_id, client)["token"]), client)
    # A village's records, made and sent in three rounds (an unconfirmed record is sent
    # again with the next round's, once here): people, then
    # edits of them, then more edits and a deletion (each round's records frozen as sent).
    people = [add_person(desk, name, settlement_id=ids[NORTH]) for name in SURNAMES]
    records = outgoing(desk)
    for n, person in enumerate(people[::2]):
        with desk.write() as uow:
            uow.update(Person, person, {"notes": f"перше {n}"})
    records += outgoing(desk)
    for person in people[1::3]:
        with desk.write() as uow:
            uow.update(Person, person, {"notes": "друге", "phone": "+380671234567"})
    with desk.write() as uow:
        uow.delete(Person, people[0])
    records += outgoing(desk)
    records = list({ChangeRecord.from_json(r).change_id: r for r in records}.values())
    desk.close()
    pages = [records[start : start + PAGE] for start in range(0, len(records), PAGE)]
    assert len(pages) >= 5
    engine = connect(server_settings.url)
    states = {}
    try:
        for name, order in ORDERS.items():
            with engine.begin() as conn:
                wipe(conn)
            for page in order(pages):
                answer = hub.push(desk.device_id, wire.pack(page, STORE_REVISION))
                assert len(set(answer.answered)) == len(page), name
                assert not answer.rejected, (name, answer)  # an update before its row waits
            with engine.connect() as conn:
                log = conn.execute(select(change.c.change_id).order_by(change.c.change_id))
                counts = [
                    conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (conflict, quarantine)
                ]
                states[name] = (server_rows(conn, None), list(log.scalars()), counts)
            assert states[name][1] == sorted(ChangeRecord.from_json(r).change_id for r in records)
            assert counts == [0, 0], name
    finally:
        engine.dispose()
    reference = states["1x"]
    assert [name for name, found in states.items() if found != reference] == []
