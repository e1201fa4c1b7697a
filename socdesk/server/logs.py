"""The server's request log (журнал запитів): one JSON line per request, without personal data.

A line says when, the method, the route's template (`/api/v1/sync/pull`, never a filled-in
path or its query), the status, how long it took and the device that asked — never a body, a
name, a token or an enrolment code. Uvicorn's own access log (which prints the raw path and
query) is turned off in `UVICORN_LOG_CONFIG`, so this is the only one.

The same lines may also go to a separate system (ASVS 16.4.3): with
`SOCDESK_SERVER_LOG_SYSLOG=udp://HOST:PORT` (or `tcp://…`) each line is sent as a syslog
message to that collector as well, tagged `socdesk-server:`, its body the same JSON.
"""

from __future__ import annotations

import copy
import json
import logging
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from logging.handlers import SysLogHandler
from typing import Any
from urllib.parse import urlsplit

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


Socket = socket.socket
SYSLOG_SCHEMES = {"udp": socket.SOCK_DGRAM, "tcp": socket.SOCK_STREAM}


def syslog_address(target: str) -> tuple[str, int, socket.SocketKind]:
    """`udp://host:port` or `tcp://host:port` as (host, port, socket type), or ValueError."""
    parts = urlsplit(target)
    kind = SYSLOG_SCHEMES.get(parts.scheme)
    if kind is None or not parts.hostname or parts.path not in ("", "/") or parts.query:
        raise ValueError("expected udp://HOST:PORT or tcp://HOST:PORT")
    return parts.hostname, parts.port or 514, kind


class SyslogJson(SysLogHandler):
    """The JSON lines to a syslog collector: `<PRI>socdesk-server: {json}`, a datagram each
    over UDP, one line each (LF-framed, RFC 6587) over TCP. A collector that is down does not
    stop the server: its lines go to stderr only, and the next line tries to connect again."""

    ident = "socdesk-server: "
    append_nul = False
    socket: Socket | None  # logging's own: None while not connected

    def __init__(self, target: str) -> None:
        self.target = target
        host, port, kind = syslog_address(target)
        super().__init__((host, port), SysLogHandler.LOG_DAEMON, kind)
        self.setFormatter(JsonFormatter())

    def createSocket(self) -> None:
        try:
            super().createSocket()
        except OSError:
            self.socket = None  # tried again at the next line

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        return line + "\n" if self.socktype == socket.SOCK_STREAM else line

    def emit(self, record: logging.LogRecord) -> None:
        if self.socket is None:
            self.createSocket()
            if self.socket is None:
                return  # the collector is down: stderr (the journal) still has the line
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        if self.socktype == socket.SOCK_STREAM and self.socket is not None:
            self.socket.close()  # a collector restarted: connect again at the next line
            self.socket = None
        super().handleError(record)


def configure(level: int = logging.INFO, syslog: str = "") -> None:
    """Sends the request log to stderr as JSON lines, once (a handler already set, by tests or
    by an operator's own logging config, is kept), and to the syslog collector `syslog`
    (`udp://host:port`, `tcp://host:port`) if one is given."""
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        log.addHandler(handler)
        log.setLevel(level)
        log.propagate = False
    if syslog and not any(getattr(h, "target", None) == syslog for h in log.handlers):
        log.addHandler(SyslogJson(syslog))


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


def uvicorn_log_config(syslog: str = "") -> dict[str, Any]:
    """`UVICORN_LOG_CONFIG`, with uvicorn's own lines and the request log also sent to the
    syslog collector `syslog` when one is given (uvicorn applies it after the app is made,
    replacing the handlers `configure` set)."""
    config = copy.deepcopy(UVICORN_LOG_CONFIG)
    if syslog:
        config["handlers"]["syslog"] = {"()": SyslogJson, "target": syslog}
        for name in ("uvicorn", LOGGER):
            config["loggers"][name]["handlers"].append("syslog")
    return config
