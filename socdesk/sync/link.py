"""The server connection of a data folder (підключення до сервера), without Qt.

A desktop data folder is linked to at most one server. The link (address, the server's hub
id, the workplace and districts the coordinator's code was bound to, and the device token)
lives in the encrypted store's `meta` table, never in a plain file or a log; `ServerLink`'s
repr leaves the token out. What the screens and the CLI need:

- `connect(store, url, code)` trades a one-time enrolment code for the device token and keeps
  the link. The folder's outbox still holds every record it made (its community, districts
  and settlements included), so the first sync of the first folder of a community brings that
  territory to an empty server; the reference rows have fixed ids (from КАТОТТГ codes and
  names), so a second folder of the same community sends the same rows, which change nothing.
- `sync_now(store)` runs one full exchange (push the outbox, pull the feed; `sync.exchange`)
  over HTTP, then closes on the server the conflicts a person resolved here (the value chosen
  has just been pushed as an ordinary change), copies the server's open conflicts for this
  device's districts into the store's conflicts (closing here those resolved elsewhere), and
  records the outcome: `status(store)` and `history(store)` read it.
- `reachable(url)` is the cheap check (the health endpoint, a short timeout) a worker polls
  with backoff before it starts a sync.
- `disconnect(store)` forgets the link (the outbox and the feed cursor stay).
- Re-enrolment: a folder that was enrolled with the server before (its device revoked, or
  simply connected again with a new code) enrols as a new device: it takes a new device id
  (`store.identity.become_new_device`: unsent records re-keyed, those already sent kept) and
  shows its former token, so the server revokes the former device for good and still takes
  its records not confirmed yet, once each (`server.devices.redeem`).

Errors are the `SocDeskError`s of `sync.http` (`ServerUnreachable` exit 6, `ServerRefusedDevice`
exit 4, `ServerError` exit 3), and here `NotConnected` (exit 2) and `ServerReplaced` (exit 4:
the address now answers as another server; nothing is sent); each is recorded before it is
raised again, so the status bar can say what happened and since when.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import httpx

from socdesk.domain.errors import (
    Cancelled,
    ServerRefusedDevice,
    ServerUnreachable,
    SocDeskError,
    UsageError,
)
from socdesk.domain.ids import new_id
from socdesk.domain.progress import Progress
from socdesk.store import audit_seal, changelog, conflicts, identity, meta, sync_state
from socdesk.store.database import Store
from socdesk.sync import keycards
from socdesk.sync.exchange import SyncReport, exchange
from socdesk.sync.http import API, TIMEOUT, HttpHub, enrol_device

LINK_KEY = "server.link"  # meta: the ServerLink as JSON (token included; the store is encrypted)
STATE_KEY = "server.state"  # meta: the last outcome (SyncStatus's recorded part)
FORMER_KEY = "server.former"  # meta: {url, token, hub_id} of a link `disconnect` forgot
HISTORY_KEY = "server.history"  # meta: the last HISTORY_KEEP runs, oldest first
HISTORY_KEEP = 200
log = logging.getLogger(__name__)
CLOSE_CHUNK = 1_000  # resolved conflict ids per request (the server takes at most 10,000)
HEALTH_TIMEOUT = httpx.Timeout(3.0)


class NotConnected(UsageError):
    """The data folder has no server link yet."""

    default_message = (
        "Цю папку даних не підключено до сервера. Попросіть координатора код підключення й "
        "виконайте socdesk connect --server АДРЕСА --code КОД (або «Підключення до сервера» "
        "в програмі)."
    )


class BadServerAddress(UsageError):
    default_message = (
        "Адреса сервера має починатися з http:// або https://, наприклад "
        "https://socdesk.gromada.gov.ua або http://192.168.1.10:8765."
    )


class ServerReplaced(SocDeskError):
    """The server at the link's address is not the one this folder enrolled with (another
    server, or one whose database was replaced): nothing is sent to it."""

    exit_code = 4
    default_message = (
        "Сервер за цією адресою — не той, до якого підключено цю папку (його замінено або "
        "перевстановлено). Нічого не надіслано. Зверніться до координатора: потрібен новий код "
        "підключення."
    )


_BUG = "Внутрішня помилка синхронізації. Подробиці записано в журнал; передайте його координатору."


@dataclass(frozen=True, slots=True)
class ServerLink:
    """This folder's server: its address, its id (the feed cursor is kept under it), the
    workplace and districts the device was enrolled for (None: every district) and the
    device token (not shown by repr)."""

    url: str
    hub_id: str
    workplace: str
    districts: tuple[str, ...] | None
    token: str = field(repr=False)

    def to_json(self) -> str:
        data = asdict(self)
        data["districts"] = None if self.districts is None else list(self.districts)
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ServerLink:
        data = json.loads(text)
        districts = data.get("districts")
        return cls(
            url=str(data["url"]),
            hub_id=str(data["hub_id"]),
            workplace=str(data.get("workplace", "")),
            districts=None if districts is None else tuple(str(d) for d in districts),
            token=str(data["token"]),
        )


@dataclass(frozen=True, slots=True)
class SyncRun:
    """One past sync run (the sync screen's history). `outcome` is "ok" (everything
    exchanged), "partial" (some records rejected or quarantined), "unreachable", "refused"
    (token refused or device revoked), "error" or "cancelled"; times are UTC ISO 8601."""

    started_at: str
    finished_at: str
    outcome: str
    pushed: int = 0
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    quarantined: int = 0
    pulled: int = 0
    applied: int = 0
    conflicts: int = 0
    error_kind: str = ""
    message: str = ""  # Ukrainian, for the person

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SyncRun:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """Where sync stands (the status bar and the sync screen). Times are aware UTC datetimes.

    `pending`: this device's changes the server has not confirmed; `quarantined`: received
    records held here with their reason; `conflicts`: open conflicts waiting for a person;
    `error_kind`/`error_message`: the last run's failure (empty after a success);
    `unreachable_since`: when the server stopped answering (None while it answers);
    `revoked`: the server refused the device's token (re-enrol with a new code)."""

    linked: bool
    last_success: dt.datetime | None
    pending: int
    quarantined: int
    conflicts: int
    error_kind: str = ""
    error_message: str = ""
    unreachable_since: dt.datetime | None = None
    revoked: bool = False


def normal_url(url: str) -> str:
    """The server's address as kept: trimmed, without a trailing slash; http(s) only."""
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")) or len(url) <= len("https://"):
        raise BadServerAddress()
    return url


def connect(store: Store, url: str, code: str, *, client: httpx.Client | None = None) -> ServerLink:
    """Enrols this folder's device on the server at `url` with a coordinator's one-time `code`
    and keeps the link (replacing an earlier one). Raises `ServerUnreachable` (6),
    `ServerRefusedDevice` (4: the code is wrong, expired or used) or `BadServerAddress` (2)."""
    url = normal_url(url)
    former = _former_token(store, url)
    device_id = store.device_id if former is None else new_id()
    with _client(client) as http:
        if former is not None and not _same_server(http, url, *former):
            former = None  # a new or restored server: a plain enrolment there
        answer = enrol_device(
            url,
            code.strip(),
            device_id,
            client=http,
            keys=keycards.enrol_fields(store),
            former_token=None if former is None else former[0],
        )
    districts = answer.get("districts")
    link = ServerLink(
        url=url,
        hub_id=str(answer["hub_id"]),
        workplace=str(answer.get("workplace", "")),
        districts=None if districts is None else tuple(str(d) for d in districts),
        token=str(answer["token"]),
    )
    with store.write() as uow:
        if device_id != store.device_id:
            unsent = identity.become_new_device(uow.connection, device_id)
            detail = ["re-enrolled", f"unsent={unsent}"]
            uow.audit_action("device.new", "meta", detail, device_id)
        meta.put(uow.connection, LINK_KEY, link.to_json())
        meta.put(uow.connection, STATE_KEY, json.dumps({}))
        meta.put(uow.connection, FORMER_KEY, "")
        uow.audit_action("server.connect", "meta", [url, link.workplace])
    store.device_id = device_id
    keycards.trust_server(store, answer)  # the centre's keys, for bundles on a USB stick
    return link


def _former_token(store: Store, url: str) -> tuple[str, str] | None:
    """The token this folder had with the server at `url` (its current link, or one that
    `disconnect` forgot) and that server's hub id ("" if not kept), or None when it never
    enrolled there."""
    with store.read() as conn:
        text = meta.get(conn, LINK_KEY)
        forgotten = _load(meta.get(conn, FORMER_KEY), {})
    if text:
        link = ServerLink.from_json(text)
        return (link.token, link.hub_id) if link.url == url else None
    if forgotten.get("url") != url:
        return None
    return str(forgotten["token"]), str(forgotten.get("hub_id", ""))


def _same_server(http: httpx.Client, url: str, token: str, hub_id: str) -> bool:
    """Whether the server at `url` is the one that gave `token` (its hub id unchanged, or it
    knows the token but refuses it: a revoked device); a server that does not know the token
    (replaced, or restored from a copy older than it) is not."""
    try:
        answer = http.get(f"{url}{API}/sync/hello", headers={"Authorization": f"Bearer {token}"})
    except httpx.TransportError as exc:
        raise ServerUnreachable() from exc
    if answer.status_code == 401:
        return False
    if answer.status_code != 200:
        return True  # revoked (403), or busy: the server decides at the enrolment
    try:
        return not hub_id or str(answer.json()["hub_id"]) == hub_id
    except (ValueError, KeyError, TypeError):
        return True


def _keep_token(store: Store, token: str) -> None:
    """A rotated token, kept in the store before it is first used (`HttpHub.rotate`)."""
    with store.write() as uow:
        text = meta.get(uow.connection, LINK_KEY)
        if text:
            kept = replace(ServerLink.from_json(text), token=token)
            meta.put(uow.connection, LINK_KEY, kept.to_json())
            uow.audit_action("server.token", "meta", [kept.url])


def linked(store: Store) -> ServerLink | None:
    """This folder's server link, or None when it is not connected."""
    with store.read() as conn:
        text = meta.get(conn, LINK_KEY)
    return ServerLink.from_json(text) if text else None


def disconnect(store: Store) -> None:
    """Forgets the link and its token (unsent changes stay in the outbox for a later link;
    the token is kept aside only as proof of this device for a later re-enrolment)."""
    with store.write() as uow:
        text = meta.get(uow.connection, LINK_KEY)
        if text:
            link = ServerLink.from_json(text)
            former = {"url": link.url, "token": link.token, "hub_id": link.hub_id}
            meta.put(uow.connection, FORMER_KEY, json.dumps(former))
        meta.put(uow.connection, LINK_KEY, "")
        meta.put(uow.connection, STATE_KEY, json.dumps({}))
        uow.audit_action("server.disconnect", "meta", [])


def sync_now(
    store: Store,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    client: httpx.Client | None = None,
) -> SyncReport:
    """One full sync with the linked server: push every unconfirmed change, pull the feed,
    copy the server's open conflicts of this device's districts into the store. Progress goes
    to `progress` (its `cancel()`, or `cancel()` returning True, stops between pages with
    `Cancelled`). The outcome is recorded for `status` and `history` whatever happens; a
    failure is raised again (`NotConnected`, `ServerUnreachable`, `ServerRefusedDevice`, …).
    Every page that was answered stays done: the next run goes on from there."""
    link = linked(store)
    if link is None:
        raise NotConnected()
    started = _now()
    watched = _Watched(progress, cancel)
    try:
        with _client(client) as http:
            hub = HttpHub(
                link.url, link.token, client=http, on_token=lambda t: _keep_token(store, t)
            )
            if hub.hub_id != link.hub_id:  # asked before anything leaves the outbox
                raise ServerReplaced()
            report = exchange(store, hub, watched)
            with store.read() as conn:  # the values chosen were pushed just now
                resolved = sync_state.hub_conflicts_resolved_here(conn)
            for start in range(0, len(resolved), CLOSE_CHUNK):
                hub.close_conflicts(resolved[start : start + CLOSE_CHUNK])
            found = hub.conflicts()
            head = _upload_audit_head(store, hub)
        with store.write() as uow:
            report.conflicts_here += sync_state.take_hub_conflicts(uow, found)
            if head is not None:
                meta.put(uow.connection, audit_seal.SERVER_ACK, f"{head['length']}:{head['head']}")
    except SocDeskError as exc:
        _record_failure(store, started, exc)
        raise
    except Cancelled:
        _record_run(store, SyncRun(started, _now(), "cancelled", message="Скасовано."))
        raise
    except Exception:  # a bug: recorded for the status bar, then reported as a bug
        _record_failure(store, started, SocDeskError(_BUG))
        raise
    _record_success(store, started, report)
    return report


def _upload_audit_head(store: Store, hub: HttpHub) -> dict[str, Any] | None:
    """The server's answer to this chain's head, or None when it failed: the sync itself is
    done, so the failure is only logged and the head goes again with the next sync (the
    server takes an upload that continues its previous acknowledged head too)."""
    with store.read() as conn:
        upload = audit_seal.head_upload(conn)
    try:
        return hub.audit_head(upload)
    except SocDeskError as exc:
        log.warning("audit head not delivered (sent again next time): %s", exc)
        return None


def status(store: Store) -> SyncStatus:
    """Where sync stands now (cheap: a few counts and two meta rows)."""
    with store.read() as conn:
        link = meta.get(conn, LINK_KEY)
        state = _load(meta.get(conn, STATE_KEY), {})
        pending = changelog.unconfirmed_count(conn)
        held = sync_state.quarantined_count(conn)
        open_conflicts = conflicts.open_count(conn)
    return SyncStatus(
        linked=bool(link),
        last_success=_when(state.get("last_success")),
        pending=pending,
        quarantined=held,
        conflicts=open_conflicts,
        error_kind=str(state.get("error_kind", "")),
        error_message=str(state.get("error_message", "")),
        unreachable_since=_when(state.get("unreachable_since")),
        revoked=bool(state.get("revoked", False)),
    )


def history(store: Store, limit: int = 50) -> list[SyncRun]:
    """The last `limit` sync runs, newest first."""
    with store.read() as conn:
        runs = _load(meta.get(conn, HISTORY_KEY), [])
    return [SyncRun.from_dict(run) for run in reversed(runs[-limit:])] if limit > 0 else []


def reachable(url: str, *, client: httpx.Client | None = None) -> bool:
    """Whether the server at `url` answers its health check now (a short timeout; never
    raises). Cheap enough to poll with backoff."""
    try:
        target = f"{normal_url(url)}{API}/health"
        if client is None:
            with httpx.Client(timeout=HEALTH_TIMEOUT) as own:
                response = own.get(target)
        else:
            response = client.get(target)  # the caller's client keeps its own timeouts
    except (httpx.HTTPError, BadServerAddress):
        return False
    return response.status_code == 200


@contextlib.contextmanager
def _client(given: httpx.Client | None) -> Iterator[httpx.Client]:
    """The caller's client as it is, or one of our own, closed afterwards."""
    if given is not None:
        yield given
        return
    with httpx.Client(timeout=TIMEOUT) as own:
        yield own


# ---------------------------------------------------------------------- recording outcomes
class _Watched(Progress):
    """The caller's progress (or a new one), also stopped by `cancel()` returning True."""

    def __init__(self, inner: Progress | None, cancel: Callable[[], bool] | None) -> None:
        super().__init__()
        self.inner = inner or Progress()
        self.cancel_asked = cancel

    def start(self, label: str, total: int | None = None) -> None:
        self.inner.start(label, total)
        self.check_cancelled()

    def advance(self, n: int = 1) -> None:
        self.inner.advance(n)
        self.check_cancelled()

    def cancel(self) -> None:
        self.inner.cancel()

    def check_cancelled(self) -> None:
        self.inner.check_cancelled()
        if self.cancel_asked is not None and self.cancel_asked():
            raise Cancelled()

    def snapshot(self) -> Any:
        return self.inner.snapshot()


def _record_success(store: Store, started: str, report: SyncReport) -> None:
    run = SyncRun(
        started,
        _now(),
        "ok" if report.complete else "partial",
        pushed=report.pushed,
        accepted=report.accepted,
        duplicates=report.duplicates,
        rejected=len(report.rejected),
        quarantined=len(report.quarantined_there) + len(report.quarantined_here),
        pulled=report.pulled,
        applied=report.applied,
        conflicts=report.conflicts_there + report.conflicts_here,
    )
    _record_run(store, run, {"last_success": run.finished_at, "revoked": False})


def _record_failure(store: Store, started: str, exc: SocDeskError) -> None:
    kind = type(exc).__name__
    outcome = (
        "unreachable"
        if isinstance(exc, ServerUnreachable)
        else "refused"
        if isinstance(exc, ServerRefusedDevice)
        else "error"
    )
    run = SyncRun(started, _now(), outcome, error_kind=kind, message=exc.message)
    changes: dict[str, Any] = {"error_kind": kind, "error_message": exc.message}
    if isinstance(exc, ServerRefusedDevice):
        changes["revoked"] = True
    if isinstance(exc, ServerUnreachable):
        changes["unreachable_since"] = None  # filled below from the earlier state
    _record_run(store, run, changes)


def _record_run(store: Store, run: SyncRun, changes: dict[str, Any] | None = None) -> None:
    with store.write() as uow:
        conn = uow.connection
        runs = _load(meta.get(conn, HISTORY_KEY), [])
        runs = [*runs, asdict(run)][-HISTORY_KEEP:]
        meta.put(conn, HISTORY_KEY, json.dumps(runs, ensure_ascii=False))
        if changes is None:
            return
        state = _load(meta.get(conn, STATE_KEY), {})
        if "unreachable_since" in changes:
            changes["unreachable_since"] = state.get("unreachable_since") or run.started_at
        elif run.outcome != "unreachable":
            state.pop("unreachable_since", None)
        if "error_kind" not in changes:
            state.pop("error_kind", None)
            state.pop("error_message", None)
        state.update(changes)
        meta.put(conn, STATE_KEY, json.dumps(state, ensure_ascii=False))


def _load(text: str | None, empty: Any) -> Any:
    if not text:
        return empty
    try:
        return json.loads(text)
    except ValueError:
        return empty


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _when(text: object) -> dt.datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
