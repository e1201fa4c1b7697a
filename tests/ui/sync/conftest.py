"""The in-process server (tests/server_support.py), a territory of two districts and two desks
on it for the desktop's sync screens, and the message boxes' words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from replicas import make_replica
from server_support import client, server_settings
from sync_checks import make_territory

from socdesk.store.database import Store

__all__ = ["client", "server_settings", "territory"]
Territory = tuple[Path, dict[str, str]]


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


@pytest.fixture
def desks(territory: Territory, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a, b = make_replica(territory[0], tmp_path / "a"), make_replica(territory[0], tmp_path / "b")
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes said; questions are answered «Так»."""
    said: list[str] = []

    def record(*args: Any) -> QMessageBox.StandardButton:
        said.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return said
