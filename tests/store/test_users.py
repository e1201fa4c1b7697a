"""Managing users: who may, what a disabled user can still open, and the audit of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from support import FAST_KDF, LOGIN, PASSWORD, make_paths

from socdesk.domain.errors import (
    AuthenticationFailed,
    NotPermitted,
    UserRuleBroken,
    ValidationError,
)
from socdesk.domain.people import Role
from socdesk.store.database import NewUser, Store
from socdesk.store.keys import KeyFile
from socdesk.store.schema import AuditEntry


def add(store: Store, login: str, role: Role = Role.SPECIALIST) -> str:
    return store.add_user(NewUser(login, "пароль-" + login, login.title(), role), FAST_KDF)


def test_a_disabled_users_password_no_longer_unwraps_the_key(store: Store) -> None:
    add(store, "petro")
    store.disable_user("petro")
    with pytest.raises(AuthenticationFailed):
        Store.open(store.paths, "petro", "пароль-petro")
    with pytest.raises(AuthenticationFailed):  # not even with the key file alone
        KeyFile.load(store.paths.key_file).unwrap_with_password("petro", "пароль-petro")
    assert [u.disabled for u in store.users() if u.login == "petro"] == [True]


def test_an_enabled_user_signs_in_with_the_new_password_only(store: Store) -> None:
    add(store, "petro")
    store.disable_user("petro")
    with pytest.raises(UserRuleBroken):
        store.change_password("petro", "новий-пароль", FAST_KDF)
    store.enable_user("petro", "новий-пароль", FAST_KDF)
    with Store.open(store.paths, "petro", "новий-пароль") as reopened:
        assert reopened.role == Role.SPECIALIST


def test_only_a_coordinator_manages_users(store: Store) -> None:
    add(store, "petro")
    with Store.open(store.paths, "petro", "пароль-petro") as specialist:
        with pytest.raises(NotPermitted):
            specialist.add_user(NewUser("ivan", "пароль-ivan", "Іван", Role.HEAD), FAST_KDF)
        with pytest.raises(NotPermitted):
            specialist.disable_user(LOGIN)
        with pytest.raises(NotPermitted):
            specialist.change_password(LOGIN, "чужий-пароль", FAST_KDF)
        specialist.change_password("petro", "мій-новий-пароль", FAST_KDF)  # one's own: yes
    Store.open(store.paths, "petro", "мій-новий-пароль").close()


def test_the_last_coordinator_stays(store: Store) -> None:
    with pytest.raises(UserRuleBroken):
        store.disable_user(LOGIN)  # oneself
    with pytest.raises(UserRuleBroken):
        store.set_role(LOGIN, Role.SPECIALIST)
    add(store, "maria", Role.COORDINATOR)
    store.set_role(LOGIN, Role.CENTRE_STAFF)
    assert store.role == Role.CENTRE_STAFF
    with pytest.raises(NotPermitted):
        store.set_role(LOGIN, Role.COORDINATOR)


def test_logins_are_unique(store: Store) -> None:
    add(store, "petro")
    with pytest.raises(UserRuleBroken, match="уже є"):
        add(store, "petro")


def test_user_changes_are_audited_without_passwords(store: Store) -> None:
    petro = add(store, "petro")
    store.change_password("petro", "інший-пароль", FAST_KDF)
    store.disable_user("petro")
    store.enable_user("petro", "третій-пароль", FAST_KDF)
    with store.read() as conn:
        rows = conn.execute(
            select(AuditEntry.action, AuditEntry.detail).where(AuditEntry.row_id == petro)  # type: ignore[call-overload]
        ).all()
    actions = [r.action for r in rows if r.action.startswith("user.")]
    assert actions == ["user.add", "user.password", "user.disable", "user.enable"]
    assert not any("пароль" in str(r.detail) for r in rows)


def test_the_recovery_key_acts_as_coordinator(tmp_path: Path) -> None:
    paths = make_paths(tmp_path / "data")
    first = NewUser(LOGIN, PASSWORD, "Олена", Role.SPECIALIST)
    created, recovery = Store.create(paths, first, FAST_KDF)
    with created:
        assert created.role == Role.SPECIALIST
    with Store.open_with_recovery(paths, recovery) as recovered:
        assert recovered.role == Role.COORDINATOR
        recovered.change_password(LOGIN, "забутий-і-новий", FAST_KDF)
    Store.open(paths, LOGIN, "забутий-і-новий").close()


def test_the_store_refuses_a_short_password_or_a_login_with_spaces(store: Store) -> None:
    """The rule holds for every way in (the dialogs, the command line), not only the dialogs."""
    with pytest.raises(ValidationError, match="щонайменше 8 символів"):
        store.add_user(NewUser("petro", "коротко", "Петро", Role.SPECIALIST), FAST_KDF)
    with pytest.raises(ValidationError, match="одне слово"):
        store.add_user(NewUser("petro p", "довгий-пароль", "Петро", Role.SPECIALIST), FAST_KDF)
    assert [u.login for u in store.users()] == [LOGIN]
    add(store, "petro")
    with pytest.raises(ValidationError, match="щонайменше 8 символів"):
        store.change_password("petro", "1234567", FAST_KDF)
    store.disable_user("petro")
    with pytest.raises(ValidationError, match="щонайменше 8 символів"):
        store.enable_user("petro", "", FAST_KDF)
