"""A killed applier loses nothing and applies nothing twice: SIGKILL at instrumented points
and at random moments while change records from another replica apply; after a restart and a
re-apply of everything, the store is whole and equal to one that applied it cleanly."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import deliver, make_replica, outgoing, state
from support import LOGIN, PASSWORD, TODAY, make_paths

from socdesk.domain.people import PersonInput
from socdesk.store.check import run_check
from socdesk.store.database import Store
from socdesk.store.keys import KeyFile
from socdesk.store.people import create_person
from socdesk.store.schema import Consent, Household, Person

CHILD = Path(__file__).with_name("apply_child.py")
POINTS = ("after_record", "after_row", "after_audit", "before_commit")
HITS = (1, 2, 3)
RANDOM_KILLS = 30
SURNAMES = ("Коваль", "Бондар", "Шевчук", "Ткаченко", "Мельник", "Дʼяченко", "Ґудзь")


@pytest.fixture(scope="module")
def batch(
    tmp_path_factory: pytest.TempPathFactory, template_store: Path
) -> Iterator[tuple[Path, Path, str]]:
    """Records of a village's week (people, households, consents, edits, a deletion) and the
    target replica, pristine, that they are applied to."""
    folder = tmp_path_factory.mktemp("apply-crash")
    source = make_replica(template_store, folder / "source")
    people: list[str] = []
    for i in range(40):
        with source.write() as uow:
            person, _ = create_person(
                uow, PersonInput(SURNAMES[i % len(SURNAMES)], "Олена"), None, TODAY
            )
            people.append(person)
            if i % 3 == 0:
                household = uow.insert(Household, {"address": f"вул. Шкільна, {i}"})
                uow.update(Person, person, {"household_id": household})
            if i % 4 == 0:
                uow.insert(Consent, {"person_id": person, "given_on": TODAY, "scope": "облік"})
    records = outgoing(source)  # sent: the edits below become records of their own
    for i, person in enumerate(people[::3]):
        with source.write() as uow:
            uow.update(Person, person, {"notes": f"змінено {i}"})
    with source.write() as uow:
        uow.delete(Person, people[-1])
    records += outgoing(source)
    peer = source.device_id
    source.close()
    records_file = folder / "records.json"
    records_file.write_text(json.dumps([r.decode() for r in records]), encoding="utf-8")
    target = make_replica(template_store, folder / "target", hub=True)
    target.close()
    yield folder / "target", records_file, peer


def _env(data: Path, peer: str) -> dict[str, str]:
    store = Store.open(make_paths(data), LOGIN, PASSWORD)
    device = store.device_id
    store.close()
    _, key = KeyFile.load(make_paths(data).key_file).unwrap_with_password(LOGIN, PASSWORD)
    return {**os.environ, "CRASH_KEY": key.hex(), "CRASH_DEVICE": device, "CRASH_PEER": peer}


def _finish_and_compare(
    data: Path, records_file: Path, peer: str, clean: dict[str, object]
) -> None:
    records = [r.encode() for r in json.loads(records_file.read_text(encoding="utf-8"))]
    with Store.open(make_paths(data), LOGIN, PASSWORD) as store:
        with store.read() as conn:
            report = run_check(conn, store.audit_seal())
        assert report.integrity == "ok" and report.audit_chain_ok, report.to_json()
        again = deliver(store, records, peer)
        assert again.quarantined == {} and again.rejected == {}
        assert _rows(state(store)) == clean


def _rows(snapshot: dict[str, dict[str, dict[str, object]]]) -> dict[str, object]:
    return {table: rows for table, rows in snapshot.items() if table not in ("worker",)}


@pytest.fixture(scope="module")
def clean(
    batch: tuple[Path, Path, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, object]:
    pristine, records_file, peer = batch
    folder = tmp_path_factory.mktemp("clean") / "data"
    shutil.copytree(pristine, folder)
    records = [r.encode() for r in json.loads(records_file.read_text(encoding="utf-8"))]
    with Store.open(make_paths(folder), LOGIN, PASSWORD) as store:
        assert deliver(store, records, peer).quarantined == {}
        return _rows(state(store))


@pytest.mark.slow
@pytest.mark.parametrize("hit", HITS)
@pytest.mark.parametrize("point", POINTS)
def test_kill_the_applier_at_an_instrumented_point(
    point: str, hit: int, batch: tuple[Path, Path, str], clean: dict[str, object], tmp_path: Path
) -> None:
    pristine, records_file, peer = batch
    data = tmp_path / "data"
    shutil.copytree(pristine, data)
    done = subprocess.run(
        [sys.executable, str(CHILD), str(data), str(records_file), "point", f"{point}:{hit}"],
        env=_env(data, peer),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    _finish_and_compare(data, records_file, peer, clean)


@pytest.mark.slow
def test_kill_the_applier_at_random_moments(
    batch: tuple[Path, Path, str], clean: dict[str, object], tmp_path: Path
) -> None:
    pristine, records_file, peer = batch
    rng = random.Random(int(os.environ.get("PYTEST_RANDOMLY_SEED", "0") or 0))
    data = tmp_path / "data"
    shutil.copytree(pristine, data)
    env = _env(data, peer)
    for attempt in range(RANDOM_KILLS):
        if attempt % 5 == 0:  # start again from nothing now and then: early kills matter most
            shutil.rmtree(data)
            shutil.copytree(pristine, data)
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(data), str(records_file), "loop"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()  # type: ignore[union-attr]
        _finish_and_compare(data, records_file, peer, clean)
