"""While the key is derived (Argon2id takes its time by design), the sign-in shows progress."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from support import LOGIN, PASSWORD, type_text

from socdesk.paths import AppPaths
from socdesk.store.database import Store
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.signin import SignInDialog


def test_a_moving_bar_shows_while_the_store_opens(store_paths: AppPaths, qtbot: QtBot) -> None:
    seen: list[bool] = []

    def opener(paths: AppPaths, login: str, password: str) -> Store:
        seen.append(dialog.progress.isVisibleTo(dialog))  # while the key is derived
        return Store.open(paths, login, password)

    dialog = SignInDialog(store_paths, opener, runner=TaskRunner(ImmediatePool()))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.progress.isVisibleTo(dialog)
    type_text(dialog.login_edit, LOGIN)
    type_text(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()
    assert seen == [True]
    assert dialog.progress.maximum() == 0  # busy: no fake percentage
    store = dialog.store()
    assert store is not None
    store.close()
