"""The in-process server (tests/server_support.py) and a territory of two districts for the
desktop's sync screens."""

from __future__ import annotations

from pathlib import Path

import pytest
from server_support import client, server_settings
from sync_checks import make_territory

__all__ = ["client", "server_settings", "territory"]


@pytest.fixture
def database_url() -> str:
    """The server on its default SQLite file: what these tests look at is the desktop (the
    server's own tests run on PostgreSQL too)."""
    return ""


@pytest.fixture(scope="session")
def territory(
    template_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    """The template store with a community of two districts (name -> id of districts and
    settlements)."""
    folder = tmp_path_factory.mktemp("syncui-territory") / "data"
    return folder, make_territory(template_store, folder)
