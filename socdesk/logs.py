"""Logging set-up: a rotating file in the log folder, optionally JSON lines. No personal data:
log messages carry ids and counts, never names, numbers or addresses."""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType


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


def setup(log_dir: Path, *, json_lines: bool = False, level: int = logging.INFO) -> Path:
    """Sends log records to `log_dir/socdesk.log` (5 × 2 MB, rotated); returns the file."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "socdesk.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
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
