"""The server's request log (журнал запитів): one JSON line per request, without personal data.

A line says when, the method, the route's template (`/api/v1/sync/pull`, never a filled-in
path or its query), the status, how long it took and the device that asked — never a body, a
name, a token or an enrolment code. Uvicorn's own access log (which prints the raw path and
query) is turned off in `UVICORN_LOG_CONFIG`, so this is the only one.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request, Response

LOGGER = "socdesk.server.access"
log = logging.getLogger(LOGGER)

FIELDS = ("method", "path", "status", "ms", "device", "action", "target", "districts", "rows")


class JsonFormatter(logging.Formatter):
    """A record as one JSON object: time, level, logger, message, and the request's fields."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update({k: getattr(record, k) for k in FIELDS if hasattr(record, k)})
        if record.exc_info and record.exc_info[0] is not None:
            line["error"] = record.exc_info[0].__name__  # the kind only: a message may hold data
        return json.dumps(line, ensure_ascii=False)


def configure(level: int = logging.INFO) -> None:
    """Sends the request log to stderr as JSON lines, once (a handler already set, by tests or
    by an operator's own logging config, is kept)."""
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        log.addHandler(handler)
        log.setLevel(level)
        log.propagate = False


def audit(action: str, device: str, **fields: str | int | None) -> None:
    """A coordinator's act (server/admin_routes.py) as a line of its own: what, by which
    device, on which device, how many districts or rows — never a name, a code or a token."""
    log.info("admin", extra={"action": action, "device": device, **fields})


def template(request: Request) -> str:
    """The matched route's path template (set by the router while it served the request), or
    "unmatched" (a guessed path is not worth keeping)."""
    route = request.scope.get("route")
    return str(getattr(route, "path", "unmatched"))


def install(app: FastAPI) -> None:
    """Logs every request of `app`; also says in every answer when the administrator asked
    the device to rotate its token (`X-SocDesk-Rotate`), which the auth dependency notes."""

    @app.middleware("http")
    async def _access(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            if getattr(request.state, "rotate_due", False):
                response.headers["X-SocDesk-Rotate"] = "1"
            return response
        finally:
            log.info(
                "request",
                extra={
                    "method": request.method,
                    "path": template(request),
                    "status": status,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                    "device": getattr(request.state, "device_id", None),
                },
            )


UVICORN_LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": JsonFormatter}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stderr",
        }
    },
    "loggers": {
        "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        LOGGER: {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}
