"""The in-process server's fixtures (tests/server_support.py), the territory of two districts
that the server sync's replicas start from (tests/sync_checks.py), and two desks on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import make_replica
from server_support import client, database_url, server_settings
from sync_checks import make_territory

from socdesk.store.database import Store

__all__ = ["client", "database_url", "server_settings", "territory"]


@pytest.fixture(scope="module")
def territory(
    template_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    """The template store with a community of two districts of one settlement each (every
    replica starts from it): the folder, and name -> id of the districts and settlements."""
    folder = tmp_path_factory.mktemp("territory") / "data"
    return folder, make_territory(template_store, folder)


@pytest.fixture
def desks(territory: tuple[Path, dict[str, str]], tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    folder, _ = territory
    a, b = make_replica(folder, tmp_path / "a"), make_replica(folder, tmp_path / "b")
    yield a, b
    a.close()
    b.close()
