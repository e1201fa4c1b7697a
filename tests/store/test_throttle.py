"""Sign-in throttling through the store: wrong passwords slow down the next attempt."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from support import LOGIN, PASSWORD

from socdesk.domain.errors import AuthenticationFailed
from socdesk.domain.throttle import SignInThrottled
from socdesk.paths import AppPaths
from socdesk.store.database import Store
from socdesk.store.lock import KEYS_LOCK_FILE
from socdesk.store.throttle import AttemptLog


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
    raw = json.loads(store_paths.key_file.read_bytes())["signin"]
    assert "olena" not in json.dumps(raw) and next(iter(raw.values()))[0] == 1


def test_deleting_files_beside_the_store_does_not_reset_the_count(store_paths: AppPaths) -> None:
    """The count is in the key file; the old attempts file and the lock file hold nothing."""
    clock = FakeClock()
    _fail(store_paths, clock, LOGIN, 5)
    for name in ("signin-attempts.json", KEYS_LOCK_FILE):
        (store_paths.data_dir / name).unlink(missing_ok=True)
    with pytest.raises(SignInThrottled):
        Store.open(store_paths, LOGIN, PASSWORD, clock=clock)


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_the_time_of_an_attempt_is_read_while_the_lock_is_held(store_paths: AppPaths) -> None:
    """Read before the lock, a waiting process's time is older than the failures stamped by
    those ahead of it, and within the free attempts it was told to wait (CI: four checked, six
    told to wait, of ten in parallel)."""
    import fcntl

    def now_s() -> float:
        fd = os.open(store_paths.data_dir / KEYS_LOCK_FILE, os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):  # held: by the attempt itself
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
        return 1_800_000_000.0

    with pytest.raises(AuthenticationFailed), AttemptLog(store_paths.key_file).attempt("t", now_s):
        raise AuthenticationFailed()
    assert json.loads(store_paths.key_file.read_bytes())["signin"]["t"] == [1, 1_800_000_000.0]


# Each process pays Python's and SocDesk's start (~2 s of CPU on this 2-core machine): ten in
# `make test`; SOCDESK_TEST_SIGNIN_PROCESSES=20 repeats the twenty (passed, ~50 s).
PARALLEL = int(os.environ.get("SOCDESK_TEST_SIGNIN_PROCESSES", "10"))


def test_parallel_wrong_passwords_through_the_cli_are_counted_one_after_another(
    store_paths: AppPaths,
) -> None:
    """CLI processes at once with a wrong password: five are checked (the free ones), the
    others are told to wait; before, every one of them was checked."""
    env = {
        **os.environ,
        "SOCDESK_USER": LOGIN,
        "SOCDESK_PASSWORD": "не той пароль",
        "SOCDESK_DATA_DIR": str(store_paths.data_dir),
    }
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "socdesk", "admin", "check"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PARALLEL)
    ]
    errors = [proc.communicate(timeout=120)[1] for proc in procs]
    assert all(proc.returncode == 4 for proc in procs), errors
    throttled = sum("Забагато невдалих спроб" in err for err in errors)
    assert throttled == PARALLEL - 5, errors
    counts = json.loads(store_paths.key_file.read_bytes())["signin"]
    assert [entry[0] for entry in counts.values()] == [5]


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
