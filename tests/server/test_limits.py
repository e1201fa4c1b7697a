"""Rate limits on enrolment codes and tokens live in the database, so they hold across two
server processes on one database: too many failures from one address, or for one device,
are refused with 429, a Ukrainian explanation and Retry-After, even for a right code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from socdesk.domain.ids import new_id
from socdesk.server import admin, limits
from socdesk.server.app import create_app
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import connect


@pytest.fixture
def two(server_settings: ServerSettings) -> Iterator[tuple[TestClient, TestClient]]:
    """Two apps (as two server processes) on one database, with low limits."""
    settings = server_settings.model_copy(update={"code_attempts": 3, "token_attempts": 4})
    apps = [create_app(settings) for _ in range(2)]
    with TestClient(apps[0]) as first, TestClient(apps[1]) as second:
        yield first, second
    for app in apps:
        app.state.server.engine.dispose()


def try_code(client: TestClient, code: str, device_id: str | None = None) -> int:
    answer = client.post("/api/v1/enrol", json={"code": code, "device_id": device_id or new_id()})
    return answer.status_code


def test_wrong_codes_from_one_address_are_limited_across_processes(
    two: tuple[TestClient, TestClient], server_settings: ServerSettings
) -> None:
    first, second = two
    good = admin.enrol(server_settings, "РМ", None)
    wrong = "ABCD-EFGH" if good != "ABCD-EFGH" else "HGFE-DCBA"
    assert [try_code(c, wrong) for c in (first, second, first)] == [403, 403, 403]
    refused = second.post("/api/v1/enrol", json={"code": good, "device_id": new_id()})
    assert refused.status_code == 429  # even the right code, until the window has passed
    assert "Забагато невдалих спроб" in refused.json()["detail"]
    assert 0 < int(refused.headers["Retry-After"]) <= server_settings.attempt_window_s


def test_wrong_codes_for_one_device_are_limited_whatever_the_address(
    server_settings: ServerSettings,
) -> None:
    rule = limits.Limit(2, dt.timedelta(minutes=15))
    engine = connect(server_settings.url)
    server_settings.data_dir.mkdir(parents=True, exist_ok=True)
    from socdesk.server.tables import create_schema

    create_schema(engine)
    device = limits.device_key("code", new_id())
    now = dt.datetime.now(dt.UTC)
    try:
        with engine.begin() as conn:
            limits.fail(conn, [limits.address_key("code", "10.0.0.1"), device], rule, now=now)
            limits.fail(conn, [limits.address_key("code", "10.0.0.2"), device], rule, now=now)
        with engine.begin() as conn:
            limits.check(conn, [limits.address_key("code", "10.0.0.3")], rule, now=now)
            with pytest.raises(limits.TooManyAttempts) as many:
                limits.check(conn, [limits.address_key("code", "10.0.0.3"), device], rule, now=now)
            assert many.value.retry_after == 15 * 60
            later = now + dt.timedelta(minutes=16)  # the failures have left the window
            limits.check(conn, [device], rule, now=later)
    finally:
        engine.dispose()


def test_wrong_tokens_are_limited_and_a_good_token_still_passes(
    two: tuple[TestClient, TestClient], server_settings: ServerSettings
) -> None:
    first, second = two
    code = admin.enrol(server_settings, "РМ", None)
    token = first.post("/api/v1/enrol", json={"code": code, "device_id": new_id()}).json()["token"]
    bad = {"Authorization": "Bearer guessed"}
    statuses = [c.get("/api/v1/sync/hello", headers=bad).status_code for c in (first, second) * 3]
    assert statuses == [401, 401, 401, 401, 429, 429]
    refused = first.get("/api/v1/sync/hello", headers=bad)
    assert "Забагато" in refused.json()["detail"] and int(refused.headers["Retry-After"]) > 0
    good = {"Authorization": f"Bearer {token}"}
    assert second.get("/api/v1/sync/hello", headers=good).status_code == 200
