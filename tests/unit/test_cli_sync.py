"""End to end through the CLI: `socdesk server` as a real process on a free port (SQLite in
its own folder), a demo folder (the centre, every district) and a folder made as the first-run
wizard makes one (one district), both enrolled with codes from `socdesk server admin enrol`:
the second folder's first sync brings nothing the server refuses, a person registered on one
appears on the other after `socdesk sync` on both, and one field edited on both is a conflict
on both. Also: the server's secret file, `admin devices`/`revoke` (and a revoked folder
connected again as a new device), and the exit codes."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from sqlalchemy import text
from support import FAST_KDF, add_person

import socdesk
from socdesk.cli import Io, main
from socdesk.domain.people import Role
from socdesk.paths import AppPaths, resources_dir
from socdesk.store import meta
from socdesk.store.conflicts import open_conflicts
from socdesk.store.database import NewUser, Store
from socdesk.store.schema import Person
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    create_workplace_store,
)
from socdesk.sync import link

PASSWORD, USER = "пароль-для-синхронізації", "demo"
ENV = {"SOCDESK_PASSWORD": PASSWORD, "SOCDESK_USER": USER}


def run(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Io({**ENV, **(env or {})}, out, err, False))
    return code, out.getvalue(), err.getvalue()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    url: str
    folder: Path
    process: subprocess.Popen[bytes]

    def ready(self) -> Server:
        """Waits until the server answers its health check (it starts while folders are made)."""
        deadline = time.monotonic() + 30
        while not link.reachable(self.url):
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"socdesk server did not start: {self.process.stderr.read()!r}")  # type: ignore[union-attr]
            time.sleep(0.1)
        return self


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`socdesk server` in a process of its own, until the module's tests are done."""
    folder = tmp_path_factory.mktemp("e2e") / "server"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOCDESK_")}
    package_root = str(Path(socdesk.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join([package_root, env.get("PYTHONPATH", "")])
    command = [sys.executable, "-m", "socdesk", "server", "--data-dir", str(folder)]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        yield Server(f"http://127.0.0.1:{port}", folder, process)
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()  # type: ignore[union-attr]


def enrol(server: Server, districts: str, workplace: str = "Робоче місце") -> str:
    code, out, err = run(
        [
            "server",
            "admin",
            "enrol",
            "--data-dir",
            str(server.folder),
            "--workplace",
            workplace,
            "--districts",
            districts,
            "--json",
        ]
    )
    assert code == 0, err
    return str(json.loads(out)["code"])


def wizard_folder(folder: Path) -> None:
    """A folder as the first-run wizard makes it: the demo's community (the same КАТОТТГ
    codes and district names, so the same ids), a workplace of its own."""
    doc: dict[str, Any] = json.loads(
        (resources_dir() / "demo" / "izium.json").read_text(encoding="utf-8")
    )
    com = doc["community"]
    places = [(PlaceRecord(k, cat, name), d) for k, cat, name, d in doc["settlements"]]
    names = list(dict.fromkeys(d for _, d in places if d is not None))
    setup = WorkplaceSetup(
        CommunityRecord(
            com["katottg"], com["name"], com["oblast"], com["raion"], tuple(p for p, _ in places)
        ),
        com["name"],
        tuple(
            DistrictSetup(name, tuple(p for p, d in places if d == name), "демонстраційний поділ")
            for name in names
        ),
        "Офіс старости",
    )
    user = NewUser(USER, PASSWORD, "Оксана Староста", Role.COORDINATOR)
    store, _ = create_workplace_store(AppPaths(folder, folder / "logs"), user, setup, FAST_KDF)
    store.close()


def opened(folder: Path) -> Store:
    return Store.open(AppPaths(folder, folder / "logs"), USER, PASSWORD)


def sync(folder: Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(["sync", "--data-dir", str(folder), "--json"])
    return code, json.loads(out)


class Desks(NamedTuple):
    centre: Path
    village: Path
    district: str  # the village's district
    settlement: str  # a settlement in it


@pytest.fixture(scope="module")
def desks(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Desks:
    """Both folders made, enrolled and synced once (the centre first)."""
    root = tmp_path_factory.mktemp("desks")
    centre, village = root / "centre", root / "village"
    code, _, err = run(["demo", "--data-dir", str(centre), "--recipients", "20", "--json"])
    assert code == 0, err
    wizard_folder(village)
    with opened(village) as store, store.read() as conn:
        district, settlement = conn.execute(
            text("SELECT district_id, id FROM settlement WHERE district_id IS NOT NULL LIMIT 1")
        ).one()
    server.ready()
    for folder, scope in ((centre, "all"), (village, district)):
        code, out, err = run(
            [
                "connect",
                "--data-dir",
                str(folder),
                "--server",
                server.url,
                "--code",
                enrol(server, scope),
            ]
        )
        assert code == 0, err
        assert "Підключено" in out
    return Desks(centre, village, district, settlement)


def test_two_folders_sync_a_person_and_a_conflict_end_to_end(desks: Desks) -> None:
    """One story, in order (the folders and the server are shared by the module's tests,
    which run in any order): the first syncs are complete; a person registered on one folder
    appears on the other; one field edited on both is one conflict on both."""
    code, first = sync(desks.centre)
    assert (code, first["complete"]) == (0, True)
    assert first["sent"]["pushed"] == first["sent"]["accepted"] > 500
    code, village = sync(desks.village)
    assert (code, village["sent"]["reasons"]) == (0, {})
    assert village["received"]["applied"] > 0 and village["received"]["quarantined"] == 0

    with opened(desks.centre) as store:
        pid = add_person(store, "Синхронна", "Олеся", settlement_id=desks.settlement)
    assert sync(desks.centre)[0] == 0
    assert sync(desks.village)[0] == 0
    with opened(desks.village) as store, store.read() as conn:
        assert conn.execute(text("SELECT surname FROM person WHERE id = :id"), {"id": pid}).one()

    for folder, phone in ((desks.centre, "+380671111111"), (desks.village, "+380502222222")):
        with opened(folder) as store, store.write() as uow:
            uow.update(Person, pid, {"phone": phone})
    assert sync(desks.centre)[0] == 0
    code, village = sync(desks.village)
    assert (code, village["sent"]["conflicts"], village["open_conflicts"]) == (0, 1, 1)
    code, centre = sync(desks.centre)
    assert (code, centre["open_conflicts"]) == (0, 1)
    for folder in (desks.centre, desks.village):
        with opened(folder) as store, store.read() as conn:
            (conflict,) = open_conflicts(conn, pid)
            assert conflict.field == "phone"
            assert {conflict.kept.value, conflict.lost.value} == {"+380671111111", "+380502222222"}
            phone = conn.execute(text("SELECT phone FROM person WHERE id = :id"), {"id": pid})
            assert phone.scalar_one() == "+380502222222"  # the later edit won everywhere


def test_the_server_keeps_a_private_secret_and_lists_and_revokes_devices(
    server: Server, desks: Desks, tmp_path: Path
) -> None:
    secret = server.folder / "server.secret"
    assert secret.stat().st_mode & 0o777 == 0o600 and len(secret.read_text().strip()) >= 32
    code, out, _ = run(["server", "admin", "devices", "--data-dir", str(server.folder), "--json"])
    listed = json.loads(out)["devices"]
    assert code == 0 and len(listed) >= 2
    assert "token" not in out and "hash" not in out
    with opened(desks.village) as store:
        village_device = store.device_id
    (mine,) = [d for d in listed if d["id"] == village_device]
    assert mine["districts"] == [desks.district] and not mine["revoked"]
    spare = tmp_path / "spare"
    wizard_folder(spare)
    assert run(["connect", "--data-dir", str(spare), "--server", server.url, "--code",
                enrol(server, desks.district)])[0] == 0  # fmt: skip
    with opened(spare) as store:
        spare_device = store.device_id
    code, out, _ = run(
        ["server", "admin", "revoke", spare_device, "--data-dir", str(server.folder)]
    )
    assert code == 0 and spare_device in out
    code, out, err = run(["sync", "--data-dir", str(spare), "--json"])
    assert code == 4 and json.loads(out)["error"]["kind"] == "ServerRefusedDevice"
    assert "відключено" in err
    assert run(["server", "admin", "revoke", "no-such", "--data-dir", str(server.folder)])[0] == 2
    # a new code: the same folder comes back as a new device, the old one stays revoked
    assert run(["connect", "--data-dir", str(spare), "--server", server.url, "--code",
                enrol(server, desks.district)])[0] == 0  # fmt: skip
    code, out, _ = run(["sync", "--data-dir", str(spare), "--json"])
    assert code == 0 and json.loads(out)["complete"]
    with opened(spare) as store:
        assert store.device_id != spare_device
    code, out, _ = run(["server", "admin", "devices", "--data-dir", str(server.folder), "--json"])
    assert [d["revoked"] for d in json.loads(out)["devices"] if d["id"] == spare_device] == [True]


def test_an_unreachable_server_is_exit_6_and_a_folder_not_connected_exit_2(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lonely"
    wizard_folder(folder)
    code, out, err = run(["sync", "--data-dir", str(folder), "--json"])
    assert code == 2 and "socdesk connect" in err
    url = f"http://127.0.0.1:{free_port()}"
    code, _, err = run(["connect", "--data-dir", str(folder), "--server", url, "--code", "A-B"])
    assert code == 6 and "недоступний" in err
    with opened(folder) as store, store.write() as uow:  # linked once, the server gone since
        gone = link.ServerLink(url, "hub", "Робоче місце", None, "token")
        meta.put(uow.connection, link.LINK_KEY, gone.to_json())
    code, out, err = run(["sync", "--data-dir", str(folder), "--json"])
    assert code == 6 and json.loads(out)["error"]["kind"] == "ServerUnreachable"
    with opened(folder) as store:
        assert link.status(store).unreachable_since is not None


def test_the_server_refuses_a_weak_secret_a_desktop_folder_and_no_districts(
    tmp_path: Path,
) -> None:
    folder = str(tmp_path / "srv")
    enrol = ["server", "admin", "enrol", "--data-dir", folder, "--workplace", "РМ"]
    code, _, err = run([*enrol, "--districts", "all"], {"SOCDESK_SERVER_SECRET": "changeme"})
    assert code == 2 and "SOCDESK_SERVER_SECRET" in err
    assert not (tmp_path / "srv" / "server.secret").exists()  # a configured secret is used
    code, _, err = run([*enrol, "--districts", " , "])
    assert code == 2 and "all" in err
    desktop = tmp_path / "desk"
    wizard_folder(desktop)
    code, _, err = run(["server", "admin", "devices", "--data-dir", str(desktop)])
    assert code == 2 and "окрему папку" in err
    assert not (desktop / "server.secret").exists()


def test_the_centre_rotates_tokens_and_carries_bundles_from_the_command_line(
    server: Server, desks: Desks, tmp_path: Path
) -> None:
    """`server admin rotate|bundle|transfer` on the server's folder: a rotated token is kept by
    the desk at its next sync; a bundle written for a workplace enrolled over HTTP imports
    there (the keys were traded at enrolment); a bad bundle or an unknown person is exit 2."""
    folder = ["--data-dir", str(server.folder)]
    with opened(desks.village) as store:
        device, before = store.device_id, link.linked(store)
    assert before is not None
    assert run(["server", "admin", "rotate", device, *folder])[0] == 0
    assert run(["sync", "--data-dir", str(desks.village)])[0] == 0
    with opened(desks.village) as store:
        after = link.linked(store)
    assert after is not None and after.token != before.token
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, _ = run(
        ["server", "admin", "bundle", "export", "--for", device, "--to", str(stick), *folder]
    )
    (written,) = stick.iterdir()
    assert code == 0 and str(written) in out
    code, _, err = run(["bundle", "import", str(written), "--data-dir", str(desks.village)])
    assert code == 0, err
    junk = tmp_path / "junk.socbundle"
    junk.write_bytes(b"not a bundle")
    code, out, _ = run(["server", "admin", "bundle", "import", str(junk), *folder])
    assert code == 2 and "відхилено" in out
    code, _, err = run(["server", "admin", "transfer", "no-such", "--to", desks.district, *folder])
    assert code == 2 and err


def test_a_folder_shows_and_ends_its_own_session_from_the_command_line(
    server: Server, desks: Desks, tmp_path: Path
) -> None:
    folder = tmp_path / "own"
    wizard_folder(folder)
    assert run(["connect", "--data-dir", str(folder), "--server", server.url, "--code",
                enrol(server, desks.district)])[0] == 0  # fmt: skip
    code, out, _ = run(["session", "--data-dir", str(folder), "--json"])
    shown = json.loads(out)
    with opened(folder) as store:
        assert code == 0 and shown["device_id"] == store.device_id
    issued = dt.datetime.fromisoformat(shown["token_issued_at"])
    assert dt.datetime.fromisoformat(shown["expires_at"]) - issued == dt.timedelta(days=90)
    code, out, _ = run(["session", "--data-dir", str(folder)])
    assert code == 0 and "Токен видано" in out and "socdesk session --end --yes" in out
    code, _, err = run(["session", "--data-dir", str(folder), "--end"])
    assert code == 2 and "--yes" in err  # asked to confirm: nothing ended
    assert run(["sync", "--data-dir", str(folder)])[0] == 0
    code, out, _ = run(["session", "--data-dir", str(folder), "--end", "--yes"])
    assert code == 0 and "новий код" in out
    code, out, _ = run(["server", "admin", "devices", "--data-dir", str(server.folder), "--json"])
    assert [d["revoked"] for d in json.loads(out)["devices"] if d["id"] == shown["device_id"]] == [
        True
    ]
    assert run(["sync", "--data-dir", str(folder)])[0] == 2  # not connected any more
