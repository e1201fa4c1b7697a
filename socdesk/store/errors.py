"""Maps SQLite and SQLCipher result codes to known errors (STYLE.md point 12)."""

from __future__ import annotations

from socdesk.domain.errors import (
    DiskFull,
    NotASocDeskStore,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreReadOnly,
)

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
    default_message = (
        "Помилка читання або запису диска. Перевірте, що папка даних на локальному диску "
        "і диск справний; зміни не збережено."
    )


class StoreCannotOpen(StoreError):
    default_message = (
        "Не вдається відкрити файл сховища. Перевірте, що папка даних існує і доступна для запису."
    )


def known_error(exc: BaseException) -> StoreError | None:
    """The known error for a DB-API exception, or None if it is a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == SQLITE_IOERR:
        return StoreIoError()
    if primary == SQLITE_CANTOPEN:
        return StoreCannotOpen()
    cls = _BY_CODE.get(primary)
    return cls() if cls else None
