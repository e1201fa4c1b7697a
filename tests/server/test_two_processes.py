"""Two uvicorn server processes on one PostgreSQL serve the same devices: two desks push and
pull through both, in turn and at the same time, and end with the same rows as each other
and as the server, with no sequence number or change id twice."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from http_support import NORTH, desks, edit, territory
from replicas import state
from server_support import SECRET
from sqlalchemy import func, select
from support import add_person

from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change, connect, create_schema
from socdesk.store.database import Store
from socdesk.sync.exchange import SyncReport, exchange
from socdesk.sync.http import HttpHub, enrol_device

__all__ = ["desks", "territory"]  # fixtures
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(settings: ServerSettings, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SOCDESK_SERVER_SECRET": SECRET,
        "SOCDESK_SERVER_DATA_DIR": str(settings.data_dir),
        "SOCDESK_SERVER_DATABASE_URL": settings.database_url,
    }
    command = [sys.executable, "-m", "uvicorn", "--factory", "--no-access-log"]
    command += ["socdesk.server.app:app_from_environment", "--host", "127.0.0.1"]
    with log.open("wb") as out:
        return subprocess.Popen([*command, "--port", str(port)], env=env, stderr=out, stdout=out)


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server stopped: {log.read_text()}")
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(f"the server did not start: {log.read_text()}")


@pytest.fixture
def servers(server_settings: ServerSettings, tmp_path: Path) -> Iterator[list[str]]:
    """Two server processes on the test's PostgreSQL schema; their base URLs."""
    if not server_settings.database_url:
        pytest.skip("two processes share PostgreSQL, not a SQLite file")
    server_settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = connect(server_settings.url)
    create_schema(engine)
    engine.dispose()
    ports = [free_port(), free_port()]
    logs = [tmp_path / f"server-{i}.log" for i in range(2)]
    processes = [start(server_settings, p, log) for p, log in zip(ports, logs, strict=True)]
    try:
        urls = [f"http://127.0.0.1:{port}" for port in ports]
        for url, process, log in zip(urls, processes, logs, strict=True):
            wait_until_up(url, process, log)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def named(stem: str, number: int) -> str:
    """A surname the store accepts (Ukrainian letters only), one per number."""
    return stem + "".join("абвгдежзик"[int(d)] for d in str(number))


def at_once(runs: list[tuple[Store, HttpHub]]) -> list[SyncReport]:
    reports: list[SyncReport] = []

    def one(store: Store, hub: HttpHub) -> None:
        reports.append(exchange(store, hub, page_size=7))

    threads = [threading.Thread(target=one, args=run) for run in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return reports


def hubs(
    settings: ServerSettings, store: Store, urls: list[str], district: str, http: httpx.Client
) -> list[HttpHub]:
    """The store enrolled through the first server, and a hub on each server for it."""
    code = admin.enrol(settings, "Робоче місце", [district])
    token = str(enrol_device(urls[0], code, store.device_id, client=http)["token"])
    return [HttpHub(url, token, client=http) for url in urls]


@pytest.fixture
def clients() -> Iterator[tuple[httpx.Client, httpx.Client]]:
    """An HTTP client per desk (each desk syncs from its own thread)."""
    with httpx.Client(timeout=60) as first, httpx.Client(timeout=60) as second:
        yield first, second


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_two_server_processes_serve_the_same_devices(
    servers: list[str],
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
    clients: tuple[httpx.Client, httpx.Client],
) -> None:
    a, b = desks
    ids = territory[1]
    district = ids["Північний"]
    hubs_a, hubs_b = (
        hubs(server_settings, s, servers, district, http)
        for s, http in zip((a, b), clients, strict=True)
    )
    people: list[str] = []
    for turn in range(4):  # in turn: each desk through the other server each time
        people.append(add_person(a, named("Гнатюк", turn), settlement_id=ids[NORTH]))
        people.append(add_person(b, named("Ющенко", turn), settlement_id=ids[NORTH]))
        edit(a, people[0], phone=f"+38067000000{turn}")
        exchange(a, hubs_a[turn % 2])
        exchange(b, hubs_b[(turn + 1) % 2])
    for turn in range(3):  # at the same time, through both servers
        for n in range(20):
            add_person(a, named("Коваль", turn * 100 + n), settlement_id=ids[NORTH])
            add_person(b, named("Шевчук", turn * 100 + n), settlement_id=ids[NORTH])
        reports = at_once([(a, hubs_a[turn % 2]), (b, hubs_b[(turn + 1) % 2])])
        assert len(reports) == 2 and all(r.complete for r in reports)
    for store, hub_pair in ((a, hubs_a), (b, hubs_b), (a, hubs_a)):
        exchange(store, hub_pair[1])
    assert state(a)["person"] == state(b)["person"]
    assert len(state(a)["person"]) == 8 + 120
    engine = connect(server_settings.url)
    try:
        with engine.connect() as conn:
            seqs = list(conn.execute(select(change.c.seq).order_by(change.c.seq)).scalars())
            ids_ = list(conn.execute(select(change.c.change_id)).scalars())
            on_server = conn.execute(select(func.count()).select_from(CURRENT["person"]))
            assert on_server.scalar_one() == 128
    finally:
        engine.dispose()
    assert len(seqs) == len(set(seqs)) and len(ids_) == len(set(ids_)) == len(seqs)
    with a.read() as conn_a, b.read() as conn_b:
        from socdesk.store import changelog

        assert changelog.unconfirmed_count(conn_a) == changelog.unconfirmed_count(conn_b) == 0
