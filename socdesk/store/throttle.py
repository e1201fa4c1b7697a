"""Sign-in attempt counts, kept beside the store (the store is still locked at sign-in).

`signin-attempts.json` maps the key file's login tag (a hash of store id and login, never the
login) to the number of wrong attempts in a row and the time of the last one.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from socdesk.domain.errors import AuthenticationFailed, DiskFull
from socdesk.domain.throttle import SignInThrottled, ThrottlePolicy
from socdesk.store.files import atomic_write

FILE = "signin-attempts.json"
DISK_FULL_NOTE = "До того ж на диску не залишилося місця: звільніть місце, щоб працювати далі."


class AttemptLog:
    """Wrong sign-in attempts per login tag, persisted atomically."""

    def __init__(self, folder: Path, policy: ThrottlePolicy | None = None) -> None:
        self._path = folder / FILE
        self._policy = policy or ThrottlePolicy()

    def _load(self) -> dict[str, list[float]]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    @contextlib.contextmanager
    def attempt(self, tag: str, now_s: float) -> Iterator[None]:
        """One sign-in attempt: refused while the login must wait; an `AuthenticationFailed`
        inside counts as a wrong attempt, anything else that completes resets the count."""
        self.check(tag, now_s)
        try:
            yield
        except AuthenticationFailed as exc:
            try:
                self.failed(tag, now_s)
            except DiskFull:  # the wrong password is the news; the count is just not kept
                raise AuthenticationFailed(f"{exc} {DISK_FULL_NOTE}") from exc
            raise
        self.succeeded(tag)

    def check(self, tag: str, now_s: float) -> None:
        """`SignInThrottled` if this login must still wait."""
        failures, last = self._load().get(tag, [0, 0.0])
        wait = self._policy.wait_left(int(failures), float(last), now_s)
        if wait:
            raise SignInThrottled(wait)

    def failed(self, tag: str, now_s: float) -> None:
        data = self._load()
        failures = int(data.get(tag, [0, 0.0])[0]) + 1
        data[tag] = [failures, now_s]
        atomic_write(self._path, json.dumps(data).encode(), mode=0o600)

    def succeeded(self, tag: str) -> None:
        data = self._load()
        if data.pop(tag, None) is not None:
            atomic_write(self._path, json.dumps(data).encode(), mode=0o600)
