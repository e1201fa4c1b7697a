"""Sign-in attempt counts, kept in the key file (the store is still locked at sign-in).

The key file's `signin` section maps the login tag (a hash of store id and login, never the
login) to the number of wrong attempts in a row and the time of the last one. A whole attempt
(the check, the password's Argon2id work, the count) runs under the key file's lock, so
attempts made in parallel (twenty CLI processes at once) are counted one after another and the
sixth waits like the sixth in a row. The count lives in the file the store cannot be opened
without: deleting it to reset the count deletes the way in as well.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from socdesk.domain.errors import AuthenticationFailed, DiskFull
from socdesk.domain.throttle import SignInThrottled, ThrottlePolicy
from socdesk.store.keys import KeyFile, write_data
from socdesk.store.lock import KeyFileLock

SECTION = "signin"
DISK_FULL_NOTE = "До того ж на диску не залишилося місця: звільніть місце, щоб працювати далі."


class AttemptLog:
    """Wrong sign-in attempts per login tag, in the key file at `key_path`."""

    def __init__(self, key_path: Path, policy: ThrottlePolicy | None = None) -> None:
        self._path = key_path
        self._policy = policy or ThrottlePolicy()

    @contextlib.contextmanager
    def attempt(self, tag: str, now_s: Callable[[], float]) -> Iterator[None]:
        """One sign-in attempt: refused while the login must wait; an `AuthenticationFailed`
        inside counts as a wrong attempt, anything else that completes resets the count.

        `now_s` is read once the lock is held: a time read before it, while other processes
        held the lock, would be older than the failures they stamped meanwhile."""
        with KeyFileLock(self._path.parent):
            now = now_s()
            data = KeyFile.load(self._path).data
            counts: dict[str, Any] = data.setdefault(SECTION, {})
            failures, last = counts.get(tag, [0, 0.0])
            wait = self._policy.wait_left(int(failures), float(last), now)
            if wait:
                raise SignInThrottled(wait)
            try:
                yield
            except AuthenticationFailed as exc:
                counts[tag] = [int(failures) + 1, now]
                try:
                    write_data(self._path, data)
                except DiskFull:  # the wrong password is the news; the count is just not kept
                    raise AuthenticationFailed(f"{exc} {DISK_FULL_NOTE}") from exc
                raise
            if counts.pop(tag, None) is not None:
                write_data(self._path, data)
