"""Maps SQLite and SQLCipher result codes, and the operating system's errors on the store's
files, to known errors (STYLE.md point 12). The one place that knows what "disk full" looks
like: `SQLITE_FULL`, `ENOSPC`/`EDQUOT`, and a disk I/O error on a disk with no room left (with
0 bytes free SQLite reports most failures as `SQLITE_IOERR`, not `SQLITE_FULL`)."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from socdesk.domain.errors import (
    DiskFull,
    NotASocDeskStore,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreReadOnly,
)
from socdesk.domain.messages import noop

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BY_CODE: dict[int, type[StoreError]] = {
    SQLITE_BUSY: StoreLocked,
    SQLITE_LOCKED: StoreLocked,
    SQLITE_READONLY: StoreReadOnly,
    SQLITE_CORRUPT: StoreCorrupt,
    SQLITE_FULL: DiskFull,
    SQLITE_NOTADB: NotASocDeskStore,
}


class StoreIoError(StoreError):
    default_message = noop(
        "Domain",
        "Помилка читання або запису диска. Перевірте, що папка даних на локальному диску "
        "і диск справний; зміни не збережено.",
    )


class StoreCannotOpen(StoreError):
    default_message = noop(
        "Domain",
        "Не вдається відкрити файл сховища. Перевірте, що папка даних існує і доступна для запису.",
    )


# Below this much free space, a disk I/O error is taken for a full disk.
NEARLY_FULL_BYTES = 1 << 20
_NO_SPACE = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def known_error(exc: BaseException, folder: Path | None = None) -> StoreError | None:
    """The known error for a DB-API exception or an `OSError`, or None if it is a bug.

    `folder` is where the failing file is: a disk I/O error there is reported as a full disk
    when the disk has (nearly) no room left.
    """
    if isinstance(exc, OSError):
        return DiskFull() if exc.errno in _NO_SPACE else None
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == SQLITE_IOERR:
        return DiskFull() if folder is not None and _nearly_full(folder) else StoreIoError()
    if primary == SQLITE_CANTOPEN:
        return StoreCannotOpen()
    cls = _BY_CODE.get(primary)
    return cls() if cls else None


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False
