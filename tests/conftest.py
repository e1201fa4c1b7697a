"""Shared fixtures. No test can reach the user's real data directory (STYLE.md point 17)."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from support import FAST_KDF, LOGIN, PASSWORD, make_paths

from socdesk.domain.people import Role
from socdesk.paths import AppPaths
from socdesk.store.database import NewUser, Store

TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.fspath)).relative_to(TESTS).parts
        if parts[0] in ("ui", "e2e"):
            item.add_marker(parts[0])


@pytest.fixture(autouse=True)
def _collect_widgets_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a widget test, the garbage it left (windows, models, their Python wrappers) is
    collected here, on the GUI thread. Left for later, a collection could start in a worker
    thread of the next test and free Qt objects there, which crashed the process now and
    then (a segfault in the event loop of a later test)."""
    yield
    if request.node.get_closest_marker("ui"):
        gc.collect()


@pytest.fixture(autouse=True)
def _no_real_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """platformdirs and SOCDESK_DATA_DIR point into a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SOCDESK_DATA_DIR", str(home / "data"))
    monkeypatch.delenv("SOCDESK_PASSWORD", raising=False)
    monkeypatch.delenv("SOCDESK_USER", raising=False)

    def fake_dir(*_args: object, **_kwargs: object) -> str:
        return str(home / "platformdirs")

    monkeypatch.setattr(platformdirs, "user_data_dir", fake_dir)
    monkeypatch.setattr(platformdirs, "user_log_dir", fake_dir)


@pytest.fixture(scope="session", autouse=True)
def _ukrainian_interface(request: pytest.FixtureRequest) -> Iterator[None]:
    """Widget tests see what a user sees: Qt's Ukrainian and SocDesk's Ukrainian plurals.
    (Only when the session has widget tests: others need no QApplication.)"""
    if not any(item.get_closest_marker("ui") for item in request.session.items):
        yield
        return
    from socdesk.ui.i18n import install_translators

    app = request.getfixturevalue("qapp")
    installed = install_translators(app)
    app.ukrainian_translators = installed  # a test of another language takes them off a while
    yield
    for translator in installed:
        app.removeTranslator(translator)


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated store with reference data and one user, made once per test session."""
    folder = tmp_path_factory.mktemp("template")
    store, _recovery = Store.create(
        make_paths(folder), NewUser(LOGIN, PASSWORD, "Олена Тестова", Role.COORDINATOR), FAST_KDF
    )
    store.close()
    return folder


@pytest.fixture
def store_paths(template_store: Path, tmp_path: Path) -> AppPaths:
    """A private copy of the template store's folder."""
    folder = tmp_path / "data"
    shutil.copytree(template_store, folder)
    return make_paths(folder)


@pytest.fixture
def store(store_paths: AppPaths) -> Iterator[Store]:
    opened = Store.open(store_paths, LOGIN, PASSWORD)
    yield opened
    opened.close()
