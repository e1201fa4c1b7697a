"""Logging set-up: a rotating file in the log folder, optionally JSON lines. No personal data:
log messages carry ids and counts, never names, numbers or addresses."""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "at": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class PrivateLogHandler(logging.handlers.RotatingFileHandler):
    """The log file, readable by its owner only (0600, whatever the umask, rotated files too).

    A record that cannot be written (a full disk) is dropped quietly: the logging module's
    default prints a traceback on stderr, which turned a finished command into a crash.
    """

    def _open(self) -> Any:
        stream = super()._open()
        if os.name == "posix":
            os.fchmod(stream.fileno(), 0o600)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)


def setup(log_dir: Path, *, json_lines: bool = False, level: int = logging.INFO) -> Path:
    """Sends log records to `log_dir/socdesk.log` (5 × 2 MB, rotated); returns the file."""
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and log_dir.stat().st_mode & 0o077:
        os.chmod(log_dir, 0o700)
    path = log_dir / "socdesk.log"
    handler = PrivateLogHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(
        JsonFormatter()
        if json_lines
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    return path


def bug_report(kind: type[BaseException], tb: TracebackType | None, version: str = "") -> str:
    """What support needs about a bug: version, time, the exception's type and where it
    happened. Not the exception's message, which may quote a person's data."""
    frames = "".join(traceback.format_tb(tb))
    at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f"SocDesk {version}, {at}\n{kind.__module__}.{kind.__qualname__}\n{frames}".lstrip()
