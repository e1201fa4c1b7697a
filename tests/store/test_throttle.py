"""Sign-in throttling through the store: wrong passwords slow down the next attempt."""

from __future__ import annotations

import pytest
from support import LOGIN, PASSWORD

from socdesk.domain.errors import AuthenticationFailed
from socdesk.domain.throttle import SignInThrottled
from socdesk.paths import AppPaths
from socdesk.store.database import Store
from socdesk.store.throttle import FILE


class FakeClock:
    def __init__(self) -> None:
        self.ms = 1_800_000_000_000

    def __call__(self) -> int:
        return self.ms

    def advance(self, seconds: int) -> None:
        self.ms += seconds * 1000


def _fail(paths: AppPaths, clock: FakeClock, login: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationFailed) as info:
            Store.open(paths, login, "не той пароль", clock=clock)
        assert not isinstance(info.value, SignInThrottled)


def test_five_free_attempts_then_a_wait_even_for_the_right_password(store_paths: AppPaths) -> None:
    clock = FakeClock()
    _fail(store_paths, clock, LOGIN, 5)
    with pytest.raises(SignInThrottled) as info:
        Store.open(store_paths, LOGIN, PASSWORD, clock=clock)
    assert info.value.wait_s == 30 and LOGIN not in str(info.value)
    clock.advance(30)
    Store.open(store_paths, LOGIN, PASSWORD, clock=clock).close()
    _fail(store_paths, clock, LOGIN, 5)  # the count started again after the success


def test_unknown_login_is_throttled_the_same_way(store_paths: AppPaths) -> None:
    clock = FakeClock()
    _fail(store_paths, clock, "nobody", 5)
    with pytest.raises(SignInThrottled) as info:
        Store.open(store_paths, "nobody", "x", clock=clock)
    assert info.value.wait_s == 30
    Store.open(store_paths, LOGIN, PASSWORD, clock=clock).close()  # other logins unaffected


def test_attempt_file_holds_no_login(store_paths: AppPaths) -> None:
    _fail(store_paths, FakeClock(), "olena.kovalchuk", 1)
    raw = (store_paths.data_dir / FILE).read_bytes()
    assert b"olena" not in raw and raw.count(b"[") >= 1


def test_unlock_checks_the_password_and_is_throttled(store_paths: AppPaths) -> None:
    clock = FakeClock()
    with Store.open(store_paths, LOGIN, PASSWORD, clock=clock) as store:
        store.verify_password(PASSWORD)
        for _ in range(5):
            with pytest.raises(AuthenticationFailed):
                store.verify_password("не той")
        with pytest.raises(SignInThrottled):
            store.verify_password(PASSWORD)
        clock.advance(30)
        store.verify_password(PASSWORD)
