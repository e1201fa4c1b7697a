"""A coordinator's administration of the server from a connected desktop (адміністрування
сервера), without Qt: the calls of server/admin_routes.py with the device token kept in the
store's server link (`sync.link.ServerLink`).

Only a folder connected as a coordinator's device (enrolled for every district, `districts`
None) may; any other is told so before anything is sent (`NotCoordinator`). The errors are
those of `sync.http`: `ServerUnreachable` (6), `ServerRefusedDevice` (4: the device was
revoked, or the server refused it as a coordinator, with the server's Ukrainian reason) and
`ServerError` (3: no such device, person or district, with the server's reason).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import httpx

from socdesk.domain.errors import NotPermitted
from socdesk.domain.messages import noop
from socdesk.store.database import Store
from socdesk.sync.http import HttpHub
from socdesk.sync.link import NotConnected, ServerLink, linked


class NotCoordinator(NotPermitted):
    default_message = noop(
        "Domain",
        "Адмініструвати сервер можна лише з комп’ютера координатора — підключеного до всіх "
        "округів громади. Цей комп’ютер підключено лише до своїх округів.",
    )


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """An enrolled device of a workplace, as the server lists it."""

    id: str
    workplace: str
    districts: tuple[str, ...] | None  # None: every district (a coordinator's device)
    state: str  # "active", "rotating" (asked to rotate its token) or "revoked"
    enrolled_at: dt.datetime | None
    last_seen: dt.datetime | None  # None: it never reached the server after enrolling
    # None, or how its audit chain broke: "went_back" (restored from an older copy or edited)
    # or "forked" (two copies of the same folder send)
    audit_break: str | None = None


@dataclass(frozen=True, slots=True)
class Overview:
    devices: list[DeviceInfo]
    districts: list[tuple[str, str]]  # (id, name) of the districts the server knows
    own_device: str  # this folder's device (not to be revoked from here)


@dataclass(frozen=True, slots=True)
class NewCode:
    code: str  # XXXX-XXXX, shown once
    workplace: str
    districts: tuple[str, ...] | None
    expires_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Moved:
    person_id: str
    from_district: str | None
    to_district: str
    rows: int


def coordinator_link(store: Store) -> ServerLink:
    """This folder's link, if it is a coordinator's; `NotConnected` or `NotCoordinator`."""
    found = linked(store)
    if found is None:
        raise NotConnected()
    if found.districts is not None:
        raise NotCoordinator()
    return found


def overview(store: Store, *, client: httpx.Client | None = None) -> Overview:
    """The workplaces' devices (with their last contact and state) and the known districts."""
    answer = _ask(store, client, "GET", "/admin/devices")
    devices = [
        DeviceInfo(
            id=str(d["id"]),
            workplace=str(d["workplace"]),
            districts=None if d["districts"] is None else tuple(d["districts"]),
            state=str(d["state"]),
            enrolled_at=_when(d.get("enrolled_at")),
            last_seen=_when(d.get("last_seen")),
            audit_break=d.get("audit_break") or None,
        )
        for d in answer["devices"]
    ]
    districts = [(str(d["id"]), str(d["name"])) for d in answer["districts"]]
    return Overview(devices, districts, store.device_id)


def new_code(
    store: Store,
    workplace: str,
    districts: list[str] | None,
    *,
    client: httpx.Client | None = None,
) -> NewCode:
    """A one-time enrolment code for `workplace` and its `districts` (None: every district)."""
    body = {"workplace": workplace, "districts": districts}
    answer = _ask(store, client, "POST", "/admin/enrol", json=body)
    expires = _when(answer["expires_at"])
    assert expires is not None
    chosen = answer["districts"]
    return NewCode(
        str(answer["code"]),
        str(answer["workplace"]),
        None if chosen is None else tuple(chosen),
        expires,
    )


def revoke(store: Store, device_id: str, *, client: httpx.Client | None = None) -> None:
    """Refuses every later request of the device (not this folder's own)."""
    _ask(store, client, "POST", f"/admin/devices/{device_id}/revoke")


def rotate(store: Store, device_id: str, *, client: httpx.Client | None = None) -> None:
    """Asks the device to rotate its token at its next sync."""
    _ask(store, client, "POST", f"/admin/devices/{device_id}/rotate")


def transfer(
    store: Store, person_id: str, district_id: str, *, client: httpx.Client | None = None
) -> Moved:
    """Moves the person, with every case and record that follows them, to `district_id`."""
    body = {"person_id": person_id, "district_id": district_id}
    answer = _ask(store, client, "POST", "/admin/transfer", json=body)
    return Moved(
        str(answer["person_id"]),
        answer["from_district"],
        str(answer["to_district"]),
        int(answer["rows"]),
    )


def _ask(store: Store, client: httpx.Client | None, method: str, path: str, **kwargs: Any) -> Any:
    found = coordinator_link(store)
    hub = HttpHub(found.url, found.token, client=client)
    try:
        return hub.ask(method, path, **kwargs)
    finally:
        if client is None:
            hub.client.close()


def _when(text: object) -> dt.datetime | None:
    if not isinstance(text, str) or not text:
        return None
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
