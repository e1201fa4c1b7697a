"""The server as the hub, over HTTP (`httpx`): the transport `exchange` uses online.

`HttpHub` speaks the API of `socdesk.server.app`: it pushes a packed page and returns the
server's answer per record, and it pulls a page of the server's feed with the cursor to resume
after. A network failure is `ServerUnreachable` (exit 6) and a refused or revoked device is
`ServerRefusedDevice` (exit 4), both in Ukrainian, so the CLI and the status bar can say what
to do; nothing is marked sent-and-confirmed unless the server answered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from socdesk.domain.errors import ServerRefusedDevice, ServerUnreachable, SocDeskError
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync.digest import RowsPage
from socdesk.sync.exchange import FeedPage, PushAnswer

API = "/api/v1"
PAGE_TYPE = "application/zstd"
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
SCHEMA_HEADER = "X-SocDesk-Schema"  # this desktop's store revision, on every request
ROTATE = "X-SocDesk-Rotate"  # the server asks this device to rotate its token


class ServerError(SocDeskError):
    """The server answered, but not with what was asked (a bad page, a server fault)."""

    exit_code = 3
    default_message = "Сервер не зміг обробити запит. Повторіть синхронізацію пізніше."


class UpdateRequired(SocDeskError):
    """The server no longer serves this version of SocDesk: nothing was sent or lost."""

    exit_code = 3
    default_message = (
        "Ця версія SocDesk застаріла для сервера. Оновіть SocDesk; зміни на цьому комп’ютері "
        "збережено, їх буде надіслано після оновлення."
    )


class HttpHub:
    """The server at `base_url`, as this device (its bearer `token`). Tests pass a `client`
    (FastAPI's TestClient or an httpx client over an ASGI transport).

    Token rotation: `rotate()` asks for a new token, hands it to `on_token` (which keeps it in
    the encrypted store) and only then uses it; the server keeps the old one valid until the
    new one is first used, so a cut at any moment leaves the device a working token. When the
    administrator asked for a rotation (`X-SocDesk-Rotate` in an answer), the hub rotates by
    itself, if it has an `on_token` to keep the new token with."""

    def __init__(
        self,
        base_url: str,
        token: str,
        client: httpx.Client | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = client or httpx.Client(timeout=TIMEOUT)
        self.headers = {"Authorization": f"Bearer {token}", SCHEMA_HEADER: STORE_REVISION}
        self.on_token = on_token
        self._hub_id: str | None = None
        self._rotating = False

    def rotate(self) -> str:
        """Trades this device's token for a new one (kept through `on_token` before use)."""
        self._rotating = True
        try:
            token = str(self._json("POST", "/sync/token")["token"])
        finally:
            self._rotating = False
        if self.on_token is not None:
            self.on_token(token)
        self.headers["Authorization"] = f"Bearer {token}"
        return token

    @property
    def hub_id(self) -> str:
        """The server's id (the device keeps its feed cursor and acknowledgements under it)."""
        if self._hub_id is None:
            self._hub_id = str(self._json("GET", "/sync/hello")["hub_id"])
        return self._hub_id

    def push(self, device: str, page: bytes) -> PushAnswer:
        answer = self._json("POST", "/sync/push", content=page, headers={"Content-Type": PAGE_TYPE})
        return PushAnswer(
            accepted=list(answer["accepted"]),
            duplicates=list(answer["duplicates"]),
            rejected=dict(answer["rejected"]),
            quarantined=dict(answer["quarantined"]),
            conflicts=int(answer["conflicts"]),
        )

    def pull(self, device: str, after: int, limit: int) -> FeedPage:
        response = self._send("GET", "/sync/pull", params={"after": after, "limit": limit})
        try:
            last = int(response.headers["X-SocDesk-Last"])
            more = response.headers["X-SocDesk-More"] == "1"
        except (KeyError, ValueError):
            raise ServerError("Сервер надіслав сторінку змін без позиції курсора.") from None
        purge = tuple(p for p in response.headers.get("X-SocDesk-Purge", "").split(",") if p)
        return FeedPage(response.content, last, more, purge)

    def digest(self) -> dict[str, Any]:
        """The digest of this device's scope on the server (sync.digest compares it)."""
        answer: dict[str, Any] = self._json("GET", "/sync/digest")
        return answer

    def rows(self, table: str, nonce: str, after: str, limit: int) -> RowsPage:
        """A page of the server's current rows of `table` in this device's scope."""
        params = {"table": table, "nonce": nonce, "after": after, "limit": limit}
        response = self._send("GET", "/sync/rows", params=params)
        last = response.headers.get("X-SocDesk-Last", after)
        return RowsPage(response.content, last, response.headers.get("X-SocDesk-More") == "1")

    def conflicts(self) -> list[dict[str, Any]]:
        """The open conflicts the server kept for this device's districts."""
        found = self._json("GET", "/sync/conflicts")
        return list(found) if isinstance(found, list) else []

    def ask(self, method: str, path: str, **kwargs: Any) -> Any:
        """Any other endpoint of the API (`path` after /api/v1) as this device: its JSON
        answer, or the Ukrainian error of `_request` (sync.admin's coordinator calls)."""
        return self._json(method, path, **kwargs)

    def close_conflicts(self, ids: list[str]) -> int:
        """Tells the server that a person resolved these of its conflicts here; how many it
        closed (those of this device's districts still open)."""
        found = self._json("POST", "/sync/conflicts/resolved", json={"ids": ids})
        return int(found.get("closed", 0)) if isinstance(found, dict) else 0

    def audit_head(self, upload: dict[str, object]) -> dict[str, Any]:
        """Sends the audit chain's head (`store.audit_seal.head_upload`); the server's answer."""
        answer: dict[str, Any] = self._json("POST", "/sync/audit-head", json=upload)
        return answer

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            return self._send(method, path, **kwargs).json()
        except ValueError:
            raise ServerError() from None

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        response = _request(
            self.client, method, f"{self.base_url}{API}{path}", headers=headers, **kwargs
        )
        if response.headers.get(ROTATE) == "1" and self.on_token and not self._rotating:
            self.rotate()
        return response


def _request(client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """The server's answer, or the error that says in Ukrainian what went wrong."""
    try:
        response = client.request(method, url, **kwargs)
    except httpx.TransportError as exc:
        raise ServerUnreachable() from exc
    return checked(response)


def checked(response: httpx.Response) -> httpx.Response:
    """The answer if it is not an error; else the error that says in Ukrainian what went
    wrong (the server's own words when it gave them)."""
    if response.status_code in (401, 403, 429):
        raise ServerRefusedDevice(_detail(response) or None)
    if response.status_code == 426:
        raise UpdateRequired(_detail(response) or None)
    if response.status_code >= 400:
        raise ServerError(_detail(response) or None)
    return response


def _detail(response: httpx.Response) -> str:
    """The server's own Ukrainian explanation, when it gave one."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        return ""
    return detail if isinstance(detail, str) else ""


def enrol_device(
    base_url: str,
    code: str,
    device_id: str,
    client: httpx.Client | None = None,
    keys: Mapping[str, str] | None = None,
    former_token: str | None = None,
) -> dict[str, Any]:
    """Trades a one-time enrolment code for this device's token: the server's answer
    (`token`, `hub_id`, `workplace`, `districts`, and the server's public keys for bundles).
    `keys` are this device's public keys for bundles; `former_token` the token of the device
    this data folder was (re-enrolment). A refused code is `ServerRefusedDevice`."""
    url = f"{base_url.rstrip('/')}{API}/enrol"
    own = client is None
    http = client or httpx.Client(timeout=TIMEOUT)
    try:
        response = _request(
            http,
            "POST",
            url,
            json={
                "code": code,
                "device_id": device_id,
                **(keys or {}),
                **({"former_token": former_token} if former_token else {}),
            },
            headers={SCHEMA_HEADER: STORE_REVISION},
        )
    finally:
        if own:
            http.close()
    answer: dict[str, Any] = response.json()
    return answer
