"""A coordinator's desktop as the server's hands for USB bundles (пакети через сервер): the
workplaces' bundles from a stick go to the server, one bundle per chosen workplace comes back
to the stick, and the health of every workplace is read, through the server's bundle API
(`socdesk.server.bundle_api`) with this desktop's link and token. The server checks and
applies everything, as `server admin bundle import|export` do; the stick's file is written
here atomically, read back and its header checked before it is reported written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from socdesk.domain.errors import DiskFull, ServerUnreachable
from socdesk.domain.progress import Progress
from socdesk.store.conflicts import open_conflicts
from socdesk.store.database import Store
from socdesk.store.files import atomic_write
from socdesk.sync import link
from socdesk.sync.bundle import BadBundle, Header, read_file, read_header
from socdesk.sync.bundle_view import Health, PeerHealth, Preview, read_headers
from socdesk.sync.bundles import Exported, WriteFailed
from socdesk.sync.gaps import Gap, starts_after
from socdesk.sync.http import API, HttpHub, ServerError, checked
from socdesk.sync.http import _detail as server_detail

REASON, FILE_NAME = "X-SocDesk-Reason", "X-SocDesk-File"
SERVER_NAME = "Сервер центру"


@dataclass(frozen=True, slots=True)
class RemoteTaken:
    """What the server did with one bundle."""

    header: Header
    duplicate: bool
    applied: int
    conflicts: int
    held: int  # refused or quarantined records


@dataclass
class Workplace:
    """One device as the server's bundle health tells it."""

    id: str
    workplace: str
    districts: list[str] | None
    revoked: bool
    bundles: bool
    last_contact: str
    last_in: str
    last_out: str
    waiting: int
    conflicts: int
    never: bool
    reached: int
    taken: list[str] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Workplace:
        return cls(
            id=str(data["id"]),
            workplace=str(data["workplace"]),
            districts=data.get("districts"),
            revoked=bool(data["revoked"]),
            bundles=bool(data["bundles"]),
            last_contact=data.get("last_contact") or "",
            last_in=data.get("last_in") or "",
            last_out=data.get("last_out") or "",
            waiting=int(data["waiting"]),
            conflicts=int(data["conflicts"]),
            never=bool(data["never"]),
            reached=int(data.get("reached", 0)),
            taken=[str(t) for t in data.get("taken", [])],
            gaps=[
                Gap(str(data["id"]), int(g["expected"]), int(g["got"]), str(g["bundle_id"]))
                for g in data.get("gaps", [])
            ],
        )


class ServerCentre(HttpHub):
    """The linked server, for its bundles (a coordinator's device only: 403 otherwise); the
    bundle screens' work when the centre is the server."""

    centre = True

    def __init__(self, store: Store, client: httpx.Client | None = None) -> None:
        server = link.linked(store)
        if server is None:
            raise link.NotConnected()
        super().__init__(server.url, server.token, client=client)
        self.server, self.store = server, store

    def workplaces(self) -> list[Workplace]:
        found = self._json("GET", "/bundles/health")
        return [Workplace.from_json(w) for w in found] if isinstance(found, list) else []

    def targets(self) -> list[tuple[str, str]]:
        """The workplaces that can receive bundles (enrolled with keys, not revoked)."""
        return [(w.id, w.workplace) for w in self.workplaces() if w.bundles and not w.revoked]

    def export(self, target: str | None, folder: Path, progress: Progress) -> Exported:
        if target is None:
            raise ValueError("the server writes bundles for workplaces only")
        return self.fetch(target, folder, progress)

    def names(self) -> dict[str, str]:
        names = {w.id: w.workplace for w in self.workplaces()}
        names[self.server.hub_id] = SERVER_NAME
        return names

    def health(self) -> Health:
        """Every workplace as the server sees it; the conflicts are this desktop's copy of
        the server's open ones (a coordinator's device receives them all)."""
        peers = [
            PeerHealth(
                w.id,
                w.workplace,
                w.revoked,
                last_in=w.last_in,
                last_out=w.last_out,
                bundles_in=len(w.taken),
                waiting=w.waiting,
                gaps=w.gaps,
                contact=w.last_contact,
                conflicts=w.conflicts,
            )
            for w in self.workplaces()
        ]
        with self.store.read() as conn:
            conflicts = len(open_conflicts(conn))
        peers.sort(key=lambda p: (not p.never, p.name, p.device_id))
        return Health(True, peers, conflicts, 0)

    def previews(self, paths: list[Path]) -> list[Preview]:
        """Each file's header, with what the server's health says of its sender."""
        known = {w.id: w for w in self.workplaces()}
        read, headers = read_headers(paths)
        reached = {w.id: w.reached for w in known.values()}
        for path, header in headers:
            sender = known.get(header["sender"])
            already = sender is not None and header.bundle_id in sender.taken
            had = reached.get(header["sender"], 0)
            gap = not already and starts_after(header["first"], header["records"], had, True)
            if not already:
                reached[header["sender"]] = max(had, header["last"])
            read.append(
                Preview(
                    path,
                    header,
                    sender_name=sender.workplace if sender else "",
                    known_sender=sender is not None and sender.bundles,
                    for_here=header["recipient"] == self.server.hub_id,
                    already=already,
                    gap=gap,
                )
            )
        return read

    def take(self, path: Path, progress: Progress | None = None) -> RemoteTaken:
        """Sends one workplace's bundle to the server; `BadBundle` with the server's reason if
        it is refused (nothing of it is taken)."""
        data = read_file(path)
        header = read_header(data)
        url = f"{self.base_url}{API}/bundles/import"
        headers = {**self.headers, "Content-Type": "application/vnd.socdesk.bundle"}
        try:
            response = self.client.post(url, content=data, headers=headers)
        except httpx.TransportError as exc:
            raise ServerUnreachable() from exc
        if response.status_code == 422 and response.headers.get(REASON):
            raise BadBundle(response.headers[REASON], server_detail(response) or None)
        checked(response)
        try:
            answer = response.json()
            return RemoteTaken(
                header,
                bool(answer["duplicate"]),
                int(answer["accepted"]),
                int(answer["conflicts"]),
                int(answer["rejected"]) + int(answer["quarantined"]),
            )
        except (ValueError, KeyError, TypeError):
            raise ServerError() from None

    def fetch(self, device_id: str, folder: Path, progress: Progress | None = None) -> Exported:
        """The server's bundle for one workplace, written into `folder` atomically, read
        back and its header checked."""
        response = self._send("POST", f"/bundles/export/{device_id}")
        data = response.content
        name = Path(response.headers.get(FILE_NAME, "")).name
        header = read_header(data)  # a bundle, as the server said
        if not name.startswith("socdesk_") or header["recipient"] != device_id:
            raise ServerError()
        path = folder / name
        try:
            atomic_write(path, data, 0o600)
            written = path.read_bytes()
        except (OSError, DiskFull) as exc:
            raise WriteFailed() from exc
        if written != data:
            path.unlink(missing_ok=True)
            raise WriteFailed()
        return Exported(path, header)
