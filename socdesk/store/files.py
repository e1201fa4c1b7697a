"""Atomic file writes (STYLE.md point 14): temp file in the target folder, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from socdesk.store.errors import known_error


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_dir(folder: Path) -> Path:
    """Makes `folder` (and missing parents) readable by its owner only (0700), whatever the
    umask; an existing folder is narrowed too. Returns it."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder


def create_private(path: Path) -> None:
    """Creates the empty file `path` with mode 0600 whatever the umask (`FileExistsError` if
    it exists): SQLite then keeps that mode and gives its -wal and -shm files the same."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def make_private(folder: Path, names: tuple[str, ...]) -> None:
    """Narrows `folder` to 0700 and these files in it to 0600 (made by older versions or
    copied in with a wider mode); missing files are skipped."""
    private_dir(folder)
    if os.name != "posix":
        return
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            if (folder / name).stat().st_mode & 0o077:
                os.chmod(folder / name, 0o600)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yields a file; on success it replaces `path` whole, on error `path` is untouched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and (mapped := known_error(exc)) is not None:
            raise mapped from exc  # a full disk reads as one
        raise


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    with atomic_writer(path, mode) as handle:
        handle.write(data)
