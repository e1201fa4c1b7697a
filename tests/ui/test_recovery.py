"""Every password forgotten: the recovery key opens the store as coordinator, a user gets a new
password, and the recovery session locks and unlocks with the same key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import FAST_KDF, LOGIN, PASSWORD, make_paths, type_text

from socdesk.domain.errors import AuthenticationFailed
from socdesk.domain.people import Role
from socdesk.paths import AppPaths
from socdesk.store.database import NewUser, Store
from socdesk.ui.main_window import MainWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.signin import SignInDialog


@pytest.fixture
def created(tmp_path: Path) -> tuple[AppPaths, str]:
    paths = make_paths(tmp_path / "data")
    store, recovery = Store.create(
        paths, NewUser(LOGIN, PASSWORD, "Олена", Role.SPECIALIST), FAST_KDF
    )
    store.close()
    return paths, recovery


def test_the_recovery_key_signs_in_as_coordinator_and_resets_a_password(
    created: tuple[AppPaths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, recovery = created
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    dialog = SignInDialog(paths, runner=TaskRunner(ImmediatePool()))
    qtbot.addWidget(dialog)
    dialog.recovery_check.setChecked(True)
    assert dialog.login_edit.isHidden()
    type_text(dialog.password_edit, "AAAA-BBBB")
    dialog.buttons.accepted.emit()
    assert "Ключ відновлення" in dialog.error_label.text()
    assert dialog.store() is None
    dialog.password_edit.setText(recovery.lower())  # typed in any case, dashes or not
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    store = dialog.store()
    assert store is not None and dialog.recovered
    with store:
        window = MainWindow(store, "ключ відновлення", TaskRunner(ImmediatePool()))
        qtbot.addWidget(window)
        users = window.after_recovery()
        users.select_login(LOGIN)
        reset = users.set_password()
        assert reset is not None
        reset.new_edit.setText("новий-пароль-олени")
        reset.repeat_edit.setText("новий-пароль-олени")
        reset.buttons.accepted.emit()
        with pytest.raises(AuthenticationFailed):  # the recovery session unlocks with the key
            store.verify_password(PASSWORD)
        store.verify_password(recovery)
        window.close()
    Store.open(paths, LOGIN, "новий-пароль-олени").close()


def test_recovery_key_attempts_are_throttled(created: tuple[AppPaths, str]) -> None:
    from socdesk.domain.throttle import SignInThrottled

    paths, recovery = created
    clock = [1_000_000_000_000]
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            Store.open_with_recovery(paths, "AAAA" * 13, clock=lambda: clock[0])
    with pytest.raises(SignInThrottled):
        Store.open_with_recovery(paths, recovery, clock=lambda: clock[0])
    clock[0] += 60_000
    Store.open_with_recovery(paths, recovery, clock=lambda: clock[0]).close()


def _refused(paths: AppPaths, key: str) -> Store:
    raise AuthenticationFailed("Ключ відновлення не підходить.")


def test_a_wrong_recovery_key_stays_in_a_field_that_shows_it_whole(
    created: tuple[AppPaths, str], qtbot: QtBot
) -> None:
    paths, recovery = created
    dialog = SignInDialog(paths, runner=TaskRunner(ImmediatePool()), recovery_opener=_refused)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recovery_check.setChecked(True)
    typed = recovery.replace("-", " ")
    type_text(dialog.password_edit, typed)
    dialog.buttons.accepted.emit()
    assert "не підходить" in dialog.error_label.text()
    assert dialog.password_edit.text() == typed  # to correct one letter, not retype 52
    edit = dialog.password_edit
    needed = edit.fontMetrics().horizontalAdvance(recovery)
    assert edit.width() >= needed  # the whole key is in sight…
    assert edit.mapTo(dialog, edit.rect().topRight()).x() < dialog.width()  # …in the dialog


def test_the_recovery_key_typed_with_digits_for_letters_opens(
    created: tuple[AppPaths, str], qtbot: QtBot
) -> None:
    paths, recovery = created
    dialog = SignInDialog(paths, runner=TaskRunner(ImmediatePool()))
    qtbot.addWidget(dialog)
    dialog.recovery_check.setChecked(True)
    dialog.password_edit.setText(recovery.replace("O", "0").replace("I", "1").replace("-", " "))
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    store = dialog.store()
    assert store is not None
    store.close()


def test_the_lock_of_a_recovery_session_asks_for_the_key_and_keeps_a_mistyped_one(
    created: tuple[AppPaths, str], qtbot: QtBot
) -> None:
    from socdesk.ui.lock import LockDialog

    paths, recovery = created
    with Store.open_with_recovery(paths, recovery) as store:
        dialog = LockDialog(store, "ключ відновлення", TaskRunner(ImmediatePool()))
        qtbot.addWidget(dialog)
        edit = dialog.password_edit
        assert "ключ відновлення" in dialog.prompt.text()
        assert edit.echoMode() == edit.EchoMode.Normal  # the key is read, as at sign-in
        # The first letter: the last one carries padding bits too, and a change there may
        # leave the key itself as it was (then the "wrong" key unlocks).
        wrong = ("B" if recovery[0] != "B" else "C") + recovery[1:]
        edit.setText(wrong)
        dialog.buttons.accepted.emit()
        assert edit.text() == wrong  # corrected, not typed again
        assert dialog.error_label.text()
        assert edit.fontMetrics().horizontalAdvance(recovery) <= edit.width()
        edit.setText(recovery.lower())
        with qtbot.waitSignal(dialog.accepted):
            dialog.buttons.accepted.emit()
