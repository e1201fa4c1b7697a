"""This device's session on the server (сеанс пристрою, OWASP ASVS 7.5.2), without Qt.

The session is the device's token. `session(store)` asks the server when it was issued,
when it was used before this request and when it is rotated at the latest (the server's
maximum age, 90 days by default). `end_session(store)` asks the server to end it (the
token, and a rotated one not used yet, stop working for good) and then forgets the link
here, as `link.disconnect` does: changes not sent yet stay, and the device must be enrolled
again with a new code from the coordinator (the old token, kept aside, lets the server take
them from the new device).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import httpx

from socdesk.store.database import Store
from socdesk.sync import link
from socdesk.sync.http import HttpHub


@dataclass(frozen=True, slots=True)
class DeviceSession:
    device_id: str
    workplace: str
    token_issued_at: dt.datetime
    last_used_at: dt.datetime | None  # the use before this request (to the minute)
    expires_at: dt.datetime  # rotated at the next sync after it
    rotation_due: bool


def session(store: Store, *, client: httpx.Client | None = None) -> DeviceSession:
    """This device's session as the server has it (`NotConnected`, `ServerUnreachable`,
    `ServerRefusedDevice` when it cannot say)."""
    with link._client(client) as http:
        answer = _hub(store, http).ask("GET", "/session")
    used = answer.get("last_used_at")
    return DeviceSession(
        device_id=str(answer["device_id"]),
        workplace=str(answer["workplace"]),
        token_issued_at=_moment(str(answer["token_issued_at"])),
        last_used_at=None if used is None else _moment(str(used)),
        expires_at=_moment(str(answer["expires_at"])),
        rotation_due=bool(answer["rotation_due"]),
    )


def end_session(store: Store, *, client: httpx.Client | None = None) -> None:
    """Ends this device's session on the server, then forgets the link here. If the server
    cannot be reached nothing changes (the session would go on there)."""
    server = link.linked(store)
    with link._client(client) as http:
        _hub(store, http).ask("DELETE", "/session")
    with store.write() as uow:
        uow.audit_action("server.end_session", "meta", [server.url if server else ""])
    link.disconnect(store)


def _hub(store: Store, http: httpx.Client) -> HttpHub:
    server = link.linked(store)
    if server is None:
        raise link.NotConnected()
    return HttpHub(server.url, server.token, client=http)  # no rotation on the way


def _moment(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
