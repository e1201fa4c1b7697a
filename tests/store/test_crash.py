"""A crash cannot separate a row from its change record (SIGKILL at instrumented points and at
random moments; QUALITY-TARGETS §A1.1 crash tests)."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from support import LOGIN, PASSWORD, make_paths

from socdesk.paths import AppPaths
from socdesk.store.check import run_check
from socdesk.store.database import Store
from socdesk.store.keys import KeyFile

CHILD = Path(__file__).with_name("crash_child.py")
POINTS = ("after_row", "after_outbox", "after_audit", "before_commit")
HITS = (1, 2, 3, 5, 8)
RANDOM_KILLS = 50


@pytest.fixture
def crash_env(store_paths: AppPaths) -> dict[str, str]:
    store = Store.open(store_paths, LOGIN, PASSWORD)
    device = store.device_id
    store.close()
    _, key = KeyFile.load(store_paths.key_file).unwrap_with_password(LOGIN, PASSWORD)
    return {**os.environ, "CRASH_KEY": key.hex(), "CRASH_DEVICE": device}


def _assert_consistent(paths: AppPaths) -> int:
    """Every row equals the merge of its change records; integrity and chains are intact."""
    with Store.open(paths, LOGIN, PASSWORD) as store, store.read() as conn:
        report = run_check(conn, store.audit_seal())
        assert report.integrity == "ok" and report.outbox_gaps == 0 and report.audit_chain_ok
        merged: dict[tuple[str, str], dict[str, object]] = {}
        for row in conn.execute(
            text("SELECT table_name, row_id, fields_json FROM outbox ORDER BY seq")
        ):
            values = {n: f["value"] for n, f in json.loads(row.fields_json).items()}
            merged.setdefault((row.table_name, row.row_id), {}).update(values)
        rows = 0
        for table in ("person", "household"):
            for row in conn.execute(text(f"SELECT * FROM {table}")).mappings():
                rows += 1
                fields = merged.pop((table, row["id"]), None)
                assert fields is not None, f"{table} row without a change record"
                for name, value in fields.items():
                    stored = row[name]
                    if isinstance(stored, str) and name in ("categories", "name_forms", "erasures"):
                        stored = json.loads(stored)
                    assert stored == value or (stored in (0, 1) and bool(stored) == value), name
        leftovers = [k for k in merged if k[0] in ("person", "household")]
        assert leftovers == [], "change records without rows"
        return rows


@pytest.mark.slow
@pytest.mark.parametrize("hit", HITS)
@pytest.mark.parametrize("point", POINTS)
def test_kill_at_instrumented_point(
    point: str, hit: int, store_paths: AppPaths, crash_env: dict[str, str]
) -> None:
    done = subprocess.run(
        [sys.executable, str(CHILD), str(store_paths.data_dir), "point", f"{point}:{hit}"],
        env=crash_env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    _assert_consistent(store_paths)


@pytest.mark.slow
def test_kill_at_random_moments(
    store_paths: AppPaths, crash_env: dict[str, str], tmp_path: Path
) -> None:
    rng = random.Random(int(os.environ.get("PYTEST_RANDOMLY_SEED", "0") or 0))
    pristine = tmp_path / "pristine"
    shutil.copytree(store_paths.data_dir, pristine)
    total_rows = 0
    for attempt in range(RANDOM_KILLS):
        if attempt % 10 == 0:  # keep the store small so each round stays fast
            shutil.rmtree(store_paths.data_dir)
            shutil.copytree(pristine, store_paths.data_dir)
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(store_paths.data_dir), "loop"],
            env=crash_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()  # type: ignore[union-attr]
        total_rows += _assert_consistent(make_paths(store_paths.data_dir))
    assert total_rows > 0, "the child never got to write anything before being killed"
