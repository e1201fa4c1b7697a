"""`DataFolderLock`: which processes have a data folder's store open.

Every process that opens the store (the app, each CLI command, the sync worker) holds a
*shared* lock on `socdesk.lock` in the data folder for as long as the store is open; replacing
the store (`admin restore`, `demo --force`) needs the *exclusive* lock and is refused while
anyone else holds the folder. Without it, a replace moved the live files aside under an open
process, whose later saves all went, reported "ok", into the set-aside copy.

The lock is the operating system's (`flock` on POSIX, byte-range locks on Windows), so a
process that dies (killed, crashed) releases it with its file handle: no stale lock files to
clean. Two opens in one process conflict too (each `Store` holds its own handle), which is what
is wanted: a replace under an open `Store` of the same process diverts it just the same.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from socdesk.domain.errors import StoreInUse
from socdesk.store.files import private_dir

LOCK_FILE = "socdesk.lock"
KEYS_LOCK_FILE = "socdesk.keys.lock"
# Windows has no shared locks: a holder of the shared lock locks one byte of this range, the
# exclusive lock needs all of it.
_WIN_SLOTS = 1024


class DataFolderLock:
    """A held lock on a data folder; `release()` (idempotent) lets it go."""

    def __init__(self, fd: int, slot: int) -> None:
        self._fd: int | None = fd
        self._slot = slot

    @classmethod
    def shared(cls, data_dir: Path) -> DataFolderLock:
        """For an ordinary open; waits for nobody but fails while the store is being replaced."""
        return cls._take(data_dir, exclusive=False)

    @classmethod
    def exclusive(cls, data_dir: Path) -> DataFolderLock:
        """For replacing the store; `StoreInUse` while any other handle holds the folder."""
        return cls._take(data_dir, exclusive=True)

    @classmethod
    def _take(cls, data_dir: Path, *, exclusive: bool) -> DataFolderLock:
        private_dir(data_dir)
        fd = os.open(data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            slot = _lock(fd, exclusive)
        except BaseException:
            os.close(fd)
            raise
        return cls(fd, slot)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            _unlock(fd, self._slot)
            os.close(fd)

    def __enter__(self) -> DataFolderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - not testable on this machine
    import msvcrt

    def _lock(fd: int, exclusive: bool) -> int:
        if exclusive:
            os.lseek(fd, 0, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, _WIN_SLOTS + 1)
            except OSError:
                raise StoreInUse() from None
            return -1
        for slot in range(1, _WIN_SLOTS + 1):
            os.lseek(fd, slot, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                continue
            return slot
        raise StoreInUse(REPLACING)

    def _unlock(fd: int, slot: int) -> None:
        os.lseek(fd, max(slot, 0), os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, _WIN_SLOTS + 1 if slot < 0 else 1)

else:
    import fcntl

    def _lock(fd: int, exclusive: bool) -> int:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            raise (StoreInUse() if exclusive else StoreInUse(REPLACING)) from None
        return 0

    def _unlock(fd: int, slot: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class KeyFileLock:
    """An exclusive, waiting lock on `socdesk.keys.lock`, held while the key file is read and
    rewritten (its live sections: the audit anchor, the sign-in attempt counts) and through a
    whole sign-in attempt, so parallel attempts are counted one after another. The lock file
    holds nothing: deleting it loses no count."""

    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / KEYS_LOCK_FILE
        self._fd: int | None = None

    def __enter__(self) -> KeyFileLock:
        private_dir(self._path.parent)
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _wait_exclusive(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            _unlock(fd, -1)
            os.close(fd)


if sys.platform == "win32":  # pragma: no cover - not testable on this machine

    def _wait_exclusive(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, _WIN_SLOTS + 1)  # retries for 10 s itself
                return
            except OSError:
                continue

else:

    def _wait_exclusive(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)


REPLACING = (
    "Сховище саме замінюють (відновлення з резервної копії або демонстраційні дані). "
    "Дочекайтеся кінця і спробуйте ще раз."
)
