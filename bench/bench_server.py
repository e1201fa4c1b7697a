"""The sync server, on loopback, against bare baselines measured in the same run.

- payload: a page of 1,000 typical change records (demo recipients' person records, every
  synced field) as the wire sends it (zstd JSON Lines, `sync.wire`) against the same records
  as plain JSON and gzip-6 of it. Target: ≤ 1/6 of plain JSON (QUALITY-TARGETS P7).
- ingest (PostgreSQL): `records` person records pushed in pages of 500 through the push
  endpoint of a uvicorn server process (auth, scope, dedupe, per-field merge, change log)
  against a bare executemany of the same rows into the same two tables (current rows and
  change log) in one transaction. Target: ≥ 0.2× (P8).
- devices: 20 simulated devices at once (threads, each its own enrolled device) push pages of
  100 new records and pull the feed; requests/s, records/s, p95 request latency, errors; with
  one server process and with two on the same database.

PostgreSQL comes from scripts/pg-test (SOCDESK_TEST_DATABASE_URL): `bash scripts/pg-test --
python -m bench server`; without it the ingest and devices parts run on SQLite and say so.
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import create_engine, insert, text

from bench.common import percentiles, save
from bench.data import TODAY, people
from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.hlc import Hlc, node_from_device
from socdesk.domain.ids import new_id
from socdesk.domain.people import validate_person
from socdesk.server import admin
from socdesk.server.settings import load_settings
from socdesk.server.tables import CURRENT, change, connect, create_schema
from socdesk.store import codec
from socdesk.store.migrate import STORE_REVISION
from socdesk.store.schema import Person
from socdesk.sync import wire

SECRET = "bench-secret-0123456789abcdef"
PAGE = 500
DEVICES, DEVICE_PAGES, DEVICE_PAGE = 20, 5, 100
SERVE = (
    "import sys, uvicorn\n"
    "from socdesk.server.app import create_app\n"
    "from socdesk.server.settings import load_settings\n"
    "s = load_settings(data_dir=sys.argv[1], database_url=sys.argv[2], secret=sys.argv[3])\n"
    "uvicorn.run(create_app(s), host='127.0.0.1', port=int(sys.argv[4]), log_level='warning')\n"
)


def run(records: int = 100_000) -> dict[str, object]:
    device = new_id()
    batch = _records(records, device)
    outcome: dict[str, object] = {"payload": _payload(batch[:1000])}
    base_url = os.environ.get("SOCDESK_TEST_DATABASE_URL", "")
    outcome["database"] = "postgresql" if base_url else "sqlite (no SOCDESK_TEST_DATABASE_URL)"
    with tempfile.TemporaryDirectory() as tmp:
        with _database(base_url, Path(tmp) / "bare") as url:
            bare_s = _bare(url, batch)
        with _database(base_url, Path(tmp) / "product") as url:
            product_s = _ingest(url, Path(tmp) / "product", batch, device)
        outcome["ingest"] = {
            "records": len(batch),
            "product_s": round(product_s, 2),
            "product_records_per_s": round(len(batch) / product_s),
            "bare_s": round(bare_s, 2),
            "bare_records_per_s": round(len(batch) / bare_s),
            "ratio": round(bare_s / product_s, 3),
            "target": "ratio >= 0.2",
        }
        for processes in (1, 2):
            with _database(base_url, Path(tmp) / f"devices{processes}") as url:
                folder = Path(tmp) / f"devices{processes}"
                outcome[f"devices_{processes}_process"] = _devices(url, folder, processes)
    save("server_sync", outcome)
    return outcome


def _records(n: int, device: str) -> list[ChangeRecord]:
    """`n` new-person records of one device, every synced field, as a desktop makes them."""
    node = node_from_device(device)
    now = time.time_ns() // 1_000_000 - 3_600_000
    inputs = people(min(n, 5_000), seed=3)
    made = []
    for i in range(n):
        values = dict(validate_person(inputs[i % len(inputs)], TODAY).values)
        values.update(deleted=False, merged_into=None, district_id="d1")
        stamp = str(Hlc(now + i // 100, i % 100, node))
        fields = {
            name: FieldChange(codec.encode(values.get(name)), stamp)
            for name in Person.synced_fields()
            if name in values
        }
        made.append(ChangeRecord(new_id(), "person", new_id(), device, i + 1, "", fields))
    return made


def _payload(batch: list[ChangeRecord]) -> dict[str, object]:
    plain = json.dumps([json.loads(r.to_json()) for r in batch], ensure_ascii=False).encode()
    packed = wire.pack([r.to_json() for r in batch], STORE_REVISION)
    gzipped = gzip.compress(plain, compresslevel=6)
    return {
        "records": len(batch),
        "plain_json_bytes": len(plain),
        "gzip6_bytes": len(gzipped),
        "wire_bytes": len(packed),
        "wire_share_of_json": round(len(packed) / len(plain), 4),
        "wire_share_of_gzip6": round(len(packed) / len(gzipped), 3),
        "seconds_at_40_kbit": round(len(packed) * 8 / 40_000, 1),
        "target": "wire <= 1/6 of plain JSON",
    }


@contextmanager
def _database(base_url: str, folder: Path) -> Iterator[str]:
    """A fresh schema of the PostgreSQL at `base_url`, or a SQLite file in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    if not base_url:
        yield f"sqlite:///{folder / 'server.db'}"
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin_engine = create_engine(base_url)
    with admin_engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin_engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin_engine.dispose()


def _bare(url: str, batch: list[ChangeRecord]) -> float:
    """The same rows (current row and change log entry) by executemany, one transaction."""
    engine = connect(url)
    create_schema(engine)
    person = CURRENT["person"]
    rows, log = [], []
    for record in batch:
        values = {n: codec.decode(Person, n, f.value) for n, f in record.fields.items()}
        clocks = {n: f.hlc for n, f in record.fields.items()}
        rows.append(
            {**values, "id": record.row_id, "hlc": record.hlc, "origin": record.device}
            | {"field_clocks": clocks}
        )
        log.append(
            {
                "change_id": record.change_id,
                "device": record.device,
                "table_name": "person",
                "row_id": record.row_id,
                "district_id": "d1",
                "digest": record.digest(),
                "record": record.to_json(),
            }
        )
    start = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(person), rows)
        conn.execute(insert(change), log)
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


@contextmanager
def _servers(url: str, folder: Path, count: int) -> Iterator[list[str]]:
    """`count` uvicorn server processes on one database; their base URLs."""
    create_schema(connect(url))  # made once, before the processes race to make it
    bases, processes = [], []
    for _ in range(count):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        argv = [sys.executable, "-c", SERVE, str(folder), url, SECRET, str(port)]
        processes.append(subprocess.Popen(argv))
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for base in bases:
            _wait(base)
        yield bases
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)


def _wait(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError(f"the server at {base} did not start")


def _enrol(url: str, folder: Path, base: str, device: str, client: httpx.Client) -> str:
    settings = load_settings(data_dir=folder, database_url=url, secret=SECRET)
    code = admin.enrol(settings, "Бенчмарк", None)
    answer = client.post(f"{base}/api/v1/enrol", json={"code": code, "device_id": device})
    answer.raise_for_status()
    return str(answer.json()["token"])


def _ingest(url: str, folder: Path, batch: list[ChangeRecord], device: str) -> float:
    pages = [
        wire.pack([r.to_json() for r in batch[i : i + PAGE]], STORE_REVISION)
        for i in range(0, len(batch), PAGE)
    ]
    with _servers(url, folder, 1) as (base,), httpx.Client(timeout=300) as client:
        auth = {"Authorization": f"Bearer {_enrol(url, folder, base, device, client)}"}
        start = time.perf_counter()
        for page in pages:
            answer = client.post(f"{base}/api/v1/sync/push", content=page, headers=auth)
            answer.raise_for_status()
            if len(answer.json()["accepted"]) != page_size(page):
                raise RuntimeError(f"a page was not taken whole: {answer.text[:500]}")
        return time.perf_counter() - start


def page_size(page: bytes) -> int:
    return len(wire.unpack(page).records)


class _Load:
    """What the simulated devices measured: request latencies, records moved, errors."""

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.records = 0
        self.lock = threading.Lock()

    def device(self, base: str, token: str, work: list[ChangeRecord]) -> None:
        """One device: its pages pushed, then the whole feed pulled, page by page."""
        auth = {"Authorization": f"Bearer {token}"}
        with httpx.Client(timeout=300) as client:
            for i in range(0, len(work), DEVICE_PAGE):
                page = wire.pack([r.to_json() for r in work[i : i + DEVICE_PAGE]], STORE_REVISION)
                request = client.build_request("POST", f"{base}/api/v1/sync/push", content=page)
                if self.call(client, request, auth) is not None:
                    self.count(DEVICE_PAGE)
            after, more = 0, True
            while more:
                params = {"after": after, "limit": 1000}
                request = client.build_request("GET", f"{base}/api/v1/sync/pull", params=params)
                got = self.call(client, request, auth)
                if got is None:
                    return
                after = int(got.headers["X-SocDesk-Last"])
                more = got.headers["X-SocDesk-More"] == "1"
                self.count(page_size(got.content))

    def call(
        self, client: httpx.Client, request: httpx.Request, auth: dict[str, str]
    ) -> httpx.Response | None:
        request.headers.update(auth)
        start = time.perf_counter()
        try:
            answer = client.send(request)
            answer.raise_for_status()
        except httpx.HTTPError as exc:
            with self.lock:
                self.errors.append(str(exc)[:200])
            return None
        with self.lock:
            self.latencies.append((time.perf_counter() - start) * 1000)
        return answer

    def count(self, records: int) -> None:
        with self.lock:
            self.records += records


def _devices(url: str, folder: Path, processes: int) -> dict[str, object]:
    """DEVICES threads, each a device (spread over the processes): push, then pull."""
    load = _Load()
    with _servers(url, folder, processes) as bases:
        devices = [new_id() for _ in range(DEVICES)]
        with httpx.Client(timeout=300) as client:
            tokens = [
                _enrol(url, folder, bases[n % len(bases)], d, client) for n, d in enumerate(devices)
            ]
        work = [_records(DEVICE_PAGES * DEVICE_PAGE, device) for device in devices]
        threads = [
            threading.Thread(target=load.device, args=(bases[n % len(bases)], tokens[n], work[n]))
            for n in range(DEVICES)
        ]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
    return {
        "processes": processes,
        "devices": DEVICES,
        "requests": len(load.latencies),
        "errors": len(load.errors),
        "first_errors": load.errors[:3],
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(load.latencies) / elapsed, 1),
        "records_per_s": round(load.records / elapsed),
        **percentiles(load.latencies),
    }
