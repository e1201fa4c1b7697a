"""The server's JSON log lines also reach a separate system (ASVS 16.4.3): a syslog collector
named by SOCDESK_SERVER_LOG_SYSLOG, over UDP or TCP, gets the same lines as stderr, with no
person's data and no token in them; a collector that is down does not stop the server."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from server_support import SECRET, bearer, enrolled

from socdesk.domain.errors import UsageError
from socdesk.server import logs
from socdesk.server.app import create_app
from socdesk.server.settings import ServerSettings, load_settings

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Канарейченко-Щиголь"
TAG = b"socdesk-server: "


def json_of(message: bytes) -> dict[str, object]:
    """A syslog message's JSON body: `<PRI>socdesk-server: {…}`."""
    assert message.startswith(b"<") and TAG in message, message
    return dict(json.loads(message.split(TAG, 1)[1]))


@pytest.fixture
def udp() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as collector:
        collector.bind(("127.0.0.1", 0))
        collector.settimeout(10)
        yield collector


@pytest.fixture
def clean_access_log() -> Iterator[None]:
    """The access logger's handlers as they were (the app adds the collector's)."""
    access = logging.getLogger(logs.LOGGER)
    before = list(access.handlers)
    yield
    for handler in access.handlers:
        if handler not in before:
            access.removeHandler(handler)
            handler.close()


def received(collector: socket.socket, path: str) -> dict[str, object]:
    """The first request line for `path` the collector gets (others may come before it)."""
    while True:
        line = json_of(collector.recv(65536))
        if line.get("path") == path:
            return line


def requests_with_a_canary(client: TestClient, token: str) -> None:
    client.get(f"/api/v1/sync/pull?after={CANARY}", headers=bearer(token))
    client.post("/api/v1/enrol", json={"code": CANARY, "device_id": CANARY})


@pytest.mark.usefixtures("clean_access_log")
def test_the_same_json_lines_reach_a_udp_collector_without_personal_data(
    server_settings: ServerSettings, udp: socket.socket
) -> None:
    port = udp.getsockname()[1]
    settings = server_settings.model_copy(update={"log_syslog": f"udp://127.0.0.1:{port}"})
    app = create_app(settings)
    with TestClient(app) as client:
        device, token = enrolled(client, settings)
        requests_with_a_canary(client, token)
    app.state.server.engine.dispose()
    pull = received(udp, "/api/v1/sync/pull")
    assert pull["method"] == "GET" and pull["device"] == device and pull["status"] == 422
    enrol = received(udp, "/api/v1/enrol")
    assert enrol["status"] in (400, 403, 422) and enrol["logger"] == logs.LOGGER
    for message in (pull, enrol):
        text = json.dumps(message, ensure_ascii=False)
        assert CANARY not in text and token not in text


@pytest.mark.usefixtures("clean_access_log")
def test_lines_reach_a_tcp_collector_one_per_line_and_a_down_collector_stops_nothing(
    server_settings: ServerSettings,
) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        down = free.getsockname()[1]  # nobody listens there once closed
    settings = server_settings.model_copy(update={"log_syslog": f"tcp://127.0.0.1:{down}"})
    app = create_app(settings)
    with TestClient(app) as client:
        assert client.get("/api/v1/health").status_code == 200
    app.state.server.engine.dispose()
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(10)
        target = f"tcp://127.0.0.1:{listener.getsockname()[1]}"
        app = create_app(server_settings.model_copy(update={"log_syslog": target}))
        with TestClient(app) as client:
            device, token = enrolled(client, settings)
            requests_with_a_canary(client, token)
            connection, _ = listener.accept()
            data = b""
            with connection:
                connection.settimeout(10)
                while data.count(b"\n") < 3:
                    data += connection.recv(65536)
        app.state.server.engine.dispose()
    lines = [json_of(line) for line in data.splitlines() if line]
    assert [line["path"] for line in lines[:3]] == [
        "/api/v1/enrol",
        "/api/v1/sync/pull",
        "/api/v1/enrol",
    ]
    assert lines[1]["device"] == device
    assert CANARY.encode() not in data and token.encode() not in data


def test_a_wrong_collector_address_is_refused_in_ukrainian(tmp_path: Path) -> None:
    for wrong in ("10.0.0.5:514", "http://10.0.0.5:514", "udp://", "udp://h:514/x"):
        with pytest.raises(UsageError, match="SOCDESK_SERVER_LOG_SYSLOG") as refused:
            load_settings(data_dir=tmp_path, secret=SECRET, log_syslog=wrong)
        assert "udp://ХОСТ:ПОРТ" in str(refused.value)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_served_server_sends_uvicorns_lines_and_the_request_log(
    tmp_path: Path, udp: socket.socket
) -> None:
    """`socdesk server` (what the systemd unit runs) with the collector set in its
    environment: uvicorn's own lines and the request lines arrive as JSON."""
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SOCDESK_SERVER_SECRET": SECRET,
        "SOCDESK_SERVER_LOG_SYSLOG": f"udp://127.0.0.1:{udp.getsockname()[1]}",
    }
    command = [sys.executable, "-m", "socdesk", "server", "--data-dir", str(tmp_path / "srv")]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        health = received(udp, "/api/v1/health")
    finally:
        process.terminate()
        process.wait(30)
    assert health["status"] == 200 and health["logger"] == logs.LOGGER
    stderr = log.read_text()
    assert '"path": "/api/v1/health"' in stderr  # the journal keeps its copy
    assert "Application startup complete" in stderr


def test_uvicorns_config_sends_its_own_lines_to_the_collector_too() -> None:
    config = logs.uvicorn_log_config("udp://127.0.0.1:514")
    assert config["loggers"]["uvicorn"]["handlers"] == ["stderr", "syslog"]
    assert config["loggers"][logs.LOGGER]["handlers"] == ["stderr", "syslog"]
    assert logs.uvicorn_log_config("") == logs.UVICORN_LOG_CONFIG
    assert "syslog" not in logs.UVICORN_LOG_CONFIG["handlers"]  # the shared one untouched
