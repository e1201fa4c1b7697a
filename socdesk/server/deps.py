"""What every endpoint of the server's API shares: its state, the database transaction, and
the checks a request passes before it reaches an endpoint (the desktop's version, the
device's token under the rate limits)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, Engine

from socdesk.server import devices, limits, versions
from socdesk.server.settings import ServerSettings

API = "/api/v1"
# What any endpoint may answer besides its own result (for the OpenAPI schema).
RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "A malformed request or page"},
    401: {"description": "No token, or one the server does not know"},
    403: {"description": "A revoked device, or an act it may not do"},
    404: {"description": "No such table, person or district"},
    409: {"description": "This desktop is newer than the server"},
    413: {"description": "A page of changes too large"},
    426: {"description": "This desktop is too old for the server: update SocDesk"},
    429: {"description": "Too many failed attempts: wait Retry-After seconds"},
}
NO_TOKEN = "Потрібен токен пристрою. Підключіть пристрій до сервера кодом від координатора."


@dataclass(frozen=True, slots=True)
class ServerState:
    engine: Engine
    secret: str
    hub_id: str
    settings: ServerSettings

    @property
    def code_limit(self) -> limits.Limit:
        window = dt.timedelta(seconds=self.settings.attempt_window_s)
        return limits.Limit(self.settings.code_attempts, window)

    @property
    def token_limit(self) -> limits.Limit:
        window = dt.timedelta(seconds=self.settings.attempt_window_s)
        return limits.Limit(self.settings.token_attempts, window)


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.server
    return state


State = Annotated[ServerState, Depends(_state)]
_bearer = HTTPBearer(auto_error=False)


def check_version(request: Request, state: State) -> None:
    """The desktop's store revision, when it says it, is one the server serves (read from
    the request: the header is SocDesk's own, not an API parameter of each endpoint)."""
    versions.check(
        request.headers.get(versions.SCHEMA_HEADER), state.settings.oldest_desktop_schema
    )


def too_many(exc: limits.TooManyAttempts) -> HTTPException:
    return HTTPException(429, exc.message, headers={"Retry-After": str(exc.retry_after)})


def _device(
    request: Request,
    state: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> devices.Device:
    if credentials is None:
        raise HTTPException(401, NO_TOKEN, headers={"WWW-Authenticate": "Bearer"})
    try:
        with state.engine.begin() as conn:
            max_age = dt.timedelta(days=state.settings.token_max_age_days)
            found = devices.authenticate(conn, state.secret, credentials.credentials, max_age)
    except devices.DeviceRevoked as exc:
        raise HTTPException(403, exc.message) from None
    except devices.TokenRefused as exc:
        keys = [limits.address_key("token", request.client and request.client.host)]
        with state.engine.begin() as conn:
            try:
                limits.check(conn, keys, state.token_limit)
            except limits.TooManyAttempts as many:
                raise too_many(many) from None
            limits.fail(conn, keys, state.token_limit)
        raise HTTPException(401, exc.message, headers={"WWW-Authenticate": "Bearer"}) from None
    request.state.device_id = found.device.id
    request.state.rotate_due = found.rotate_due
    request.state.seen_before = found.seen_before  # the device's own session shows it
    return found.device


def _transaction(state: State) -> Iterator[Connection]:
    with state.engine.begin() as conn:
        yield conn


# scope="function": the transaction commits when the endpoint returns, before the answer is
# sent (the default, "request", commits after it: a failed commit would have answered 200).

Authorised = Annotated[devices.Device, Depends(_device)]
Transaction = Annotated[Connection, Depends(_transaction, scope="function")]
