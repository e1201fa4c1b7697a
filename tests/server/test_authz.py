"""Who may read and write what on the server (QUALITY-TARGETS R9), asserted on rows.

- every device endpoint of the app (found in its routes, so new ones are covered) refuses a
  missing, unknown or revoked token with 401/403 and a Ukrainian detail, and writes nothing;
- own and other district: a device's records of another district are refused, a guessed id
  of another district's row cannot be updated, another device's id cannot be used, and no
  record or conflict of another district is ever read;
- enrolment: an expired, reused or made-up code gives no token and no device.
Bad input: malformed, oversized, zstd-bomb and wrong-version pages and a clock a year ahead
are refused with a clear Ukrainian error (or the record quarantined), with nothing written."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

import pytest
import zstandard
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.hlc import Hlc, node_from_device
from socdesk.domain.ids import new_id
from socdesk.server import admin, devices
from socdesk.server.app import MAX_BODY
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change, conflict, connect, device, quarantine
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync import wire

API = "/api/v1"
PUBLIC = {f"{API}/health", f"{API}/enrol"}
YEAR_MS = 365 * 24 * 3600 * 1000
REFUSED = (401, 403, 429)  # 429: a rate limit may answer first


class Desk:
    """A device enrolled for one district that writes person records by hand."""

    def __init__(self, client: TestClient, settings: ServerSettings, district: str) -> None:
        self.client, self.id, self.seq, self.district = client, new_id(), 0, district
        code = admin.enrol(settings, f"РМ {district}", [district])
        answer = client.post(f"{API}/enrol", json={"code": code, "device_id": self.id})
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["token"]

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def record(
        self, row_id: str | None = None, *, ahead_ms: int = 0, base: str = "", **values: Any
    ) -> ChangeRecord:
        self.seq += 1
        now = time.time_ns() // 1_000_000 + ahead_ms
        stamp = str(Hlc(now, self.seq, node_from_device(self.id)))
        fields = {name: FieldChange(value, stamp, base) for name, value in values.items()}
        return ChangeRecord(new_id(), "person", row_id or new_id(), self.id, self.seq, "", fields)

    def person(self, district: str | None = None, **values: Any) -> ChangeRecord:
        return self.record(
            surname="Гнатюк", given_name="Марія", district_id=district or self.district, **values
        )

    def push(self, *records: ChangeRecord) -> Any:
        page = wire.pack([r.to_json() for r in records], STORE_REVISION)
        return self.client.post(f"{API}/sync/push", content=page, headers=self.auth)

    def feed(self) -> list[dict[str, Any]]:
        answer = self.client.get(f"{API}/sync/pull", params={"limit": 2000}, headers=self.auth)
        assert answer.status_code == 200
        return [json.loads(r) for r in wire.unpack(answer.content).records]


def counts(settings: ServerSettings) -> dict[str, int]:
    engine = connect(settings.url)
    try:
        with engine.connect() as conn:
            return {
                table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (change, conflict, quarantine, device, CURRENT["person"])
            }
    finally:
        engine.dispose()


def persons(settings: ServerSettings) -> dict[str, dict[str, Any]]:
    engine = connect(settings.url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(CURRENT["person"]))
            return {row.id: dict(row._mapping) for row in rows}
    finally:
        engine.dispose()


def device_routes(client: TestClient) -> list[tuple[str, str]]:
    """Every operation of the OpenAPI schema but the public ones (health, enrolment)."""
    paths = client.get("/openapi.json").json()["paths"]
    found = [
        (method.upper(), path)
        for path, operations in paths.items()
        if path not in PUBLIC
        for method in operations
    ]
    assert len(found) >= 4
    return found


def _call(client: TestClient, method: str, path: str, token: str | None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    path = path.replace("{", "").replace("}", "")  # a path parameter gets its own name
    page = wire.pack([], STORE_REVISION)
    return client.request(method, path, headers=headers, content=page)


def test_every_device_endpoint_refuses_a_missing_unknown_or_revoked_token(
    client: TestClient, server_settings: ServerSettings
) -> None:
    desk = Desk(client, server_settings, "d1")
    desk.push(desk.person())
    revoked = Desk(client, server_settings, "d1")
    engine = connect(server_settings.url)
    with engine.begin() as conn:
        assert devices.revoke(conn, revoked.id)
    engine.dispose()
    before = counts(server_settings)
    altered = desk.token[:-2] + ("yy" if desk.token.endswith("zz") else "zz")
    for method, path in device_routes(client):
        for token in (None, "", "guessed-" + "x" * 40, altered, revoked.token):
            answer = _call(client, method, path, token)
            assert answer.status_code in REFUSED, (method, path, token, answer.status_code)
            detail = answer.json()["detail"]
            assert any("а" <= ch <= "я" for ch in detail.lower()), detail  # Ukrainian
    assert counts(server_settings) == before


def test_no_device_reads_or_writes_another_districts_rows(
    client: TestClient, server_settings: ServerSettings
) -> None:
    north, north2 = (Desk(client, server_settings, "d1") for _ in range(2))
    south = Desk(client, server_settings, "d2")
    mine, theirs = north.person(), south.person(phone="+380671111111")
    assert north.push(mine).json()["accepted"] == [mine.change_id]
    assert south.push(theirs).json()["accepted"] == [theirs.change_id]
    # Two concurrent edits in each district: a conflict in each.
    for desk, other, row in ((north, north2, mine), (south, None, theirs)):
        first = desk.record(row.row_id, base=row.fields["surname"].hlc, notes="одне")
        assert desk.push(first).json()["accepted"] == [first.change_id]
        if other is not None:
            second = other.record(row.row_id, base=row.fields["surname"].hlc, notes="інше")
            assert other.push(second).json()["conflicts"] == 1
    before = persons(server_settings)
    attempts = [
        north.person("d2"),  # a new row in the other district
        north.record(theirs.row_id, phone="+380500000000"),  # a guessed id of theirs
        north.record(theirs.row_id, district_id="d1"),  # pulling their row over
        north.record(mine.row_id, district_id="d2"),  # pushing ours out
        ChangeRecord(new_id(), "person", new_id(), south.id, 1, "", mine.fields),  # their id
        north.record(theirs.row_id, deleted=True),
    ]
    answer = north.push(*attempts).json()
    assert answer["accepted"] == [] and answer["conflicts"] == 0
    assert set(answer["rejected"]) | set(answer["quarantined"]) == {r.change_id for r in attempts}
    assert persons(server_settings) == before
    north_rows = {mine.row_id} | {r.row_id for r in attempts}
    for desk, own, foreign in (
        (north, mine, {theirs.row_id}),
        (north2, mine, {theirs.row_id}),
        (south, theirs, north_rows),
    ):
        fed = {record["row_id"] for record in desk.feed()}
        assert not fed & foreign, desk.district
        seen = client.get(f"{API}/sync/conflicts", headers=desk.auth).json()
        assert {c["row_id"] for c in seen} <= {own.row_id}
    assert north2.feed() and client.get(f"{API}/sync/conflicts", headers=north.auth).json()
    # closing the other district's conflict (a guessed id) closes nothing
    theirs_open = client.get(f"{API}/sync/conflicts", headers=south.auth).json()
    ids = {"ids": [c["id"] for c in theirs_open]}
    closed = client.post(f"{API}/sync/conflicts/resolved", headers=north.auth, json=ids)
    assert closed.json() == {"closed": 0}
    assert client.get(f"{API}/sync/conflicts", headers=south.auth).json() == theirs_open


def test_only_a_coordinators_device_moves_bundles_through_the_server(
    client: TestClient, server_settings: ServerSettings
) -> None:
    desk = Desk(client, server_settings, "d1")
    before = counts(server_settings)
    for method, path in (
        ("GET", f"{API}/bundles/health"),
        ("POST", f"{API}/bundles/export/{desk.id}"),
        ("POST", f"{API}/bundles/import"),
    ):
        answer = client.request(method, path, headers=desk.auth, content=b"SOCDESK-BUNDLE")
        assert answer.status_code == 403, (path, answer.text)
        assert "координатор" in answer.json()["detail"]
    assert counts(server_settings) == before


def test_an_expired_reused_or_made_up_enrolment_code_gives_no_token(
    client: TestClient, server_settings: ServerSettings
) -> None:
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    expired = admin.enrol(server_settings, "РМ", ["d1"], now=past)
    used = admin.enrol(server_settings, "РМ", ["d1"])
    first = client.post(f"{API}/enrol", json={"code": used, "device_id": new_id()})
    assert first.status_code == 200
    before = counts(server_settings)
    for code in (expired, used, "ABCD-EFGH", used.lower(), ""):
        answer = client.post(f"{API}/enrol", json={"code": code, "device_id": new_id()})
        assert answer.status_code in REFUSED and "token" not in answer.json()
        assert "код" in answer.json()["detail"].lower()
    assert counts(server_settings) == before


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"not zstd at all", 400, "zstd"),
        (zstandard.ZstdCompressor().compress(b"\0" * (wire.MAX_UNPACKED + 1)), 400, "МБ"),
        (
            zstandard.ZstdCompressor().compress(b'{"format":1,"schema":"0018","count":5}\n{}'),
            400,
            "неповна",
        ),
        (zstandard.ZstdCompressor().compress(b"[1, 2, 3]"), 400, "заголовка"),
        (
            zstandard.ZstdCompressor().compress(b'{"format":99,"schema":"1","count":0}'),
            400,
            "формат",
        ),
        (b"", 400, "порожня"),
        (b"\0" * (MAX_BODY + 1), 413, "завелика"),
    ],
    ids=["garbage", "bomb", "short", "no-header", "format", "empty", "oversized"],
)
def test_a_bad_page_is_refused_in_ukrainian_and_nothing_is_written(
    client: TestClient, server_settings: ServerSettings, body: bytes, status: int, words: str
) -> None:
    desk = Desk(client, server_settings, "d1")
    before = counts(server_settings)
    answer = client.post(f"{API}/sync/push", content=body, headers=desk.auth)
    assert answer.status_code == status and words in answer.json()["detail"]
    assert counts(server_settings) == before


def test_a_device_clock_a_year_off_is_held_and_a_wrong_token_refused(
    client: TestClient, server_settings: ServerSettings
) -> None:
    desk = Desk(client, server_settings, "d1")
    before = counts(server_settings)
    ahead = desk.person(ahead_ms=YEAR_MS)
    answer = desk.push(ahead).json()
    assert answer["quarantined"] == {ahead.change_id: "clock"} and not answer["accepted"]
    after = counts(server_settings)
    assert after == {**before, "server_quarantine": before["server_quarantine"] + 1}
    page = wire.pack([desk.person().to_json()], STORE_REVISION)
    refused = client.post(f"{API}/sync/push", content=page, headers={"Authorization": "Bearer x"})
    assert refused.status_code in REFUSED and "пристрій" in refused.json()["detail"]
    assert counts(server_settings) == after


def test_a_pull_after_a_sequence_beyond_64_bits_is_refused_not_a_server_error(
    client: TestClient, server_settings: ServerSettings
) -> None:
    desk = Desk(client, server_settings, "d1")
    for after in (2**63, 10**30, -1):
        answer = client.get(f"{API}/sync/pull", params={"after": after}, headers=desk.auth)
        assert answer.status_code == 422


def test_every_admin_endpoint_refuses_a_device_of_some_districts_in_ukrainian(
    client: TestClient, server_settings: ServerSettings
) -> None:
    """Administration is a coordinator's (a device of every district): a device of one
    district gets 403 on each admin operation of the schema, guessing another device's id or
    not, and nothing changes."""
    desk = Desk(client, server_settings, "d1")
    other = Desk(client, server_settings, "d2")
    desk.push(desk.person())
    before = counts(server_settings)
    admin_routes = [(m, p) for m, p in device_routes(client) if p.startswith(f"{API}/admin/")]
    assert len(admin_routes) >= 5
    for method, path in admin_routes:
        for target in (desk.id, other.id):
            filled = path.replace("{device_id}", target)
            body = {"workplace": "РМ", "districts": None, "person_id": desk.id, "district_id": "d1"}
            answer = client.request(method, filled, headers=desk.auth, json=body)
            assert answer.status_code == 403, (method, path, answer.status_code)
            assert "координатор" in answer.json()["detail"]
    assert counts(server_settings) == before
    assert not any(d["revoked"] for d in admin.list_devices(server_settings))
