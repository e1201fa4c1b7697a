"""The sync server in-process for tests: its settings on a data folder in tmp_path, on SQLite, or on the
throwaway PostgreSQL of scripts/pg-test (a schema of its own per test) when
SOCDESK_TEST_DATABASE_URL is set."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.app import create_app
from socdesk.server.settings import ServerSettings, load_settings

SECRET = "test-secret-0123456789abcdef"
PG_URL = os.environ.get("SOCDESK_TEST_DATABASE_URL", "")


def postgres_or_skip() -> str:
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("SOCDESK_TEST_DATABASE_URL is not set under CI")
        pytest.skip("needs the throwaway PostgreSQL of scripts/pg-test")
    return PG_URL


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """ "" (the default SQLite file in the data folder) or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield ""
        return
    base = postgres_or_skip()
    schema = f"s_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def server_settings(tmp_path: Path, database_url: str) -> ServerSettings:
    return load_settings(data_dir=tmp_path / "server", database_url=database_url, secret=SECRET)


@pytest.fixture
def client(server_settings: ServerSettings) -> Iterator[TestClient]:
    app = create_app(server_settings)
    with TestClient(app) as test_client:
        yield test_client
    app.state.server.engine.dispose()


def known_districts(settings: ServerSettings, names: dict[str, str]) -> None:
    """The server's current rows of these districts (id -> name), as if a folder had sent them
    (the test replicas' territory counts as delivered, so their first sync sends none)."""
    from socdesk.server.tables import CURRENT, connect, create_schema

    engine = connect(settings.url)
    try:
        create_schema(engine)
        with engine.begin() as conn:
            for district, name in names.items():
                conn.execute(
                    CURRENT["starosta_district"]
                    .insert()
                    .values(id=district, hlc="0", origin="test", community_id="c", name=name)
                )
    finally:
        engine.dispose()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def enrolled(client: TestClient, settings: ServerSettings) -> tuple[str, str]:
    """A device enrolled for every district: its id and token."""
    code = admin.enrol(settings, "РМ", None)
    answer = client.post("/api/v1/enrol", json={"code": code, "device_id": new_id()}).json()
    return str(answer["device_id"]), str(answer["token"])
