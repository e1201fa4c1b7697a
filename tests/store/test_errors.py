"""SQLite result codes map to known errors with Ukrainian messages; the rest are bugs."""

from __future__ import annotations

import pytest

from socdesk.domain.errors import (
    DiskFull,
    NotASocDeskStore,
    StoreCorrupt,
    StoreLocked,
    StoreReadOnly,
)
from socdesk.store.errors import StoreCannotOpen, StoreIoError, known_error


class FakeSqliteError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__("sqlite error")
        self.sqlite_errorcode = code


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (5, StoreLocked),
        (6, StoreLocked),
        (8, StoreReadOnly),
        (11, StoreCorrupt),
        (13, DiskFull),
        (26, NotASocDeskStore),
        (10, StoreIoError),
        (14, StoreCannotOpen),
        (10 | (3 << 8), StoreIoError),  # SQLITE_IOERR_WRITE: extended codes use the primary
        (5 | (1 << 8), StoreLocked),  # SQLITE_BUSY_RECOVERY
    ],
)
def test_known_codes(code: int, expected: type[Exception]) -> None:
    error = known_error(FakeSqliteError(code))
    assert isinstance(error, expected)
    assert error.exit_code == 5
    message = str(error)
    assert message and not message.isascii()  # a Ukrainian sentence, not a code


@pytest.mark.parametrize("exc", [FakeSqliteError(1), FakeSqliteError(19), ValueError("x")])
def test_everything_else_is_a_bug(exc: Exception) -> None:
    assert known_error(exc) is None


def test_read_only_store_is_reported(store) -> None:  # type: ignore[no-untyped-def]
    """A write refused by SQLite (here `query_only`, as a read-only file would) is a known error."""
    from support import add_person

    with store.writer.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA query_only = 1")
    try:
        with pytest.raises(StoreReadOnly, match="лише для читання"):
            add_person(store, "Коваль")
    finally:
        with store.writer.connect() as conn:
            conn.connection.dbapi_connection.execute("PRAGMA query_only = 0")
