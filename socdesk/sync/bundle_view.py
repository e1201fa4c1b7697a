"""What the bundle screens show (огляд пакетів), read from a store without Qt: a bundle's
preview before it is imported, each peer's sync health from the bundle log, and the gaps in a
sender's sequence (a bundle that never arrived).

A preview reads the plain header only (no key): who sent it, when, for whom, how many changes
of each kind, whether it was imported here before and whether one before it is missing. The
import itself checks everything again (`sync.bundles.import_bundle`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socdesk.domain.progress import Progress
from socdesk.store import bundles as log
from socdesk.store import changelog
from socdesk.store.conflicts import open_conflicts
from socdesk.store.database import Store
from socdesk.store.replica import HUB, role
from socdesk.sync.bundle import EXTENSION, TO_CENTRE, BadBundle, Header
from socdesk.sync.bundles import (
    Exported,
    Imported,
    export_for_centre,
    export_for_workplace,
    import_bundle,
    inspect,
    is_centre,
)
from socdesk.sync.gaps import Gap, Received, gaps, starts_after


@dataclass(frozen=True, slots=True)
class Preview:
    """One bundle file as the import screen lists it: its header, or why it cannot be read."""

    path: Path
    header: Header | None = None
    problem: str = ""  # the reader's Ukrainian message when the file is not a bundle
    sender_name: str = ""  # the name on the sender's key card, if the sender is known
    known_sender: bool = False
    for_here: bool = False  # addressed to this replica
    already: bool = False  # imported here before
    gap: bool = False  # a bundle of this sender before it has not been imported

    @property
    def importable(self) -> bool:
        return self.header is not None and self.for_here and not self.already


@dataclass
class PeerHealth:
    """One peer (the centre, or a workplace at the centre) as the bundle log knows it."""

    device_id: str
    name: str
    revoked: bool
    last_in: str = ""  # when the last bundle from it was imported here (ISO, UTC)
    last_out: str = ""  # when the last bundle for it was written here
    bundles_in: int = 0
    bundles_out: int = 0
    waiting: int = 0  # changes awaiting an acknowledgement (see `health`)
    gaps: list[Gap] = field(default_factory=list)
    contact: str = ""  # its last contact otherwise (over HTTP, as the server saw it)
    conflicts: int | None = None  # open conflicts of its districts, where known

    @property
    def last_contact(self) -> str:
        return max(self.contact, self.last_in)

    @property
    def never(self) -> bool:
        return not self.last_contact


@dataclass
class Health:
    """The sync health of this replica's peers, as far as bundles tell it."""

    centre: bool
    peers: list[PeerHealth]
    conflicts: int  # open conflicts in this store
    waiting_here: int  # this replica's own changes not yet confirmed by anyone


def bundle_files(paths: Sequence[Path]) -> list[Path]:
    """The files named, a folder standing for the bundle files in it, oldest name first."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.glob(f"*{EXTENSION}") if p.is_file())
        else:
            files.append(path)
    return files


def read_headers(paths: Sequence[Path]) -> tuple[list[Preview], list[tuple[Path, Header]]]:
    """The files that are not bundles (as previews that say why), and the others' headers in
    the order to import them: each sender's bundles by their range, an earlier one first."""
    problems: list[Preview] = []
    headers: list[tuple[Path, Header]] = []
    for path in paths:
        try:
            headers.append((path, inspect(path)))
        except BadBundle as exc:
            problems.append(Preview(path, problem=str(exc)))
    headers.sort(key=lambda ph: (ph[1]["sender"], ph[1]["first"], ph[1]["created_at"]))
    return problems, headers


def previews(store: Store, paths: Sequence[Path]) -> list[Preview]:
    """A preview of each file, in the order to import them: each sender's bundles by their
    range, so that an earlier one applies first."""
    read, headers = read_headers(paths)
    with store.read() as conn:
        centre = role(conn) == HUB
        reached: dict[str, int] = {}
        for path, header in headers:
            read.append(_preview(conn, store.device_id, centre, path, header, reached))
    return read


def _preview(
    conn: Any, me: str, centre: bool, path: Path, header: Header, reached: dict[str, int]
) -> Preview:
    sender = header["sender"]
    key = log.known_key(conn, header["sender_key"])
    already = log.seen(conn, header.bundle_id) is not None
    if sender not in reached:
        reached[sender] = _reached(conn, sender, centre)
    gap = not already and starts_after(header["first"], header["records"], reached[sender], centre)
    if not already:
        reached[sender] = max(reached[sender], header["last"])
    return Preview(
        path,
        header,
        sender_name=key.name if key else "",
        known_sender=key is not None,
        for_here=header["recipient"] == me,
        already=already,
        gap=gap,
    )


def _reached(conn: Any, sender: str, centre: bool) -> int:
    """How far this replica has the sender's sequence: at the centre, the last outbox entry of
    the workplace in a bundle imported here; at a workplace, its cursor of the centre's feed
    (which HTTP sync moves too)."""
    if centre:
        ranges = log.received_ranges(conn, sender)
        return max((last for _, last in ranges), default=0)
    return changelog.cursor(conn, sender)


def gaps_of(entries: Sequence[log.BundleRecord], centre: bool) -> list[Gap]:
    """The open gaps in the senders' bundles imported here (`sync.gaps`)."""
    received = [
        Received(e.sender, e.first, e.last, e.records, e.bundle_id)
        for e in entries
        if e.direction == log.IN
    ]
    return gaps(received, from_workplace=centre)


def health(store: Store) -> Health:
    """Each peer's last bundle each way, what waits for its acknowledgement and the gaps.

    At the centre a peer is a workplace, and `waiting` counts the changes of its bundles
    imported after the last bundle written for it (they are acknowledged by the next one). At
    a workplace the peer is the centre, and `waiting` counts this workplace's own changes the
    centre has not confirmed yet."""
    with store.read() as conn:
        centre = role(conn) == HUB
        keys = log.known_keys(conn, log.WORKPLACE if centre else log.CENTRE)
        entries = log.bundles(conn)
        waiting_here = changelog.unconfirmed_count(conn)
        conflicts = len(open_conflicts(conn))
    peers: dict[str, PeerHealth] = {}
    for key in keys:
        peer = peers.setdefault(key.device_id, PeerHealth(key.device_id, key.name, key.revoked))
        peer.name = key.name or peer.name
        peer.revoked = key.revoked
        peer.waiting = 0 if centre else waiting_here
    _tally(peers, entries, centre)
    for gap in gaps_of(entries, centre):
        if gap.sender in peers:
            peers[gap.sender].gaps.append(gap)
    ordered = sorted(peers.values(), key=lambda p: (not p.never, p.name, p.device_id))
    return Health(centre, ordered, conflicts, waiting_here)


def _tally(peers: dict[str, PeerHealth], entries: Sequence[log.BundleRecord], centre: bool) -> None:
    """Each peer's bundles each way, the last of each, and at the centre what came in after
    the last bundle that went back (its acknowledgements come with the next)."""
    for entry in entries:
        if entry.direction == log.IN and entry.sender in peers:
            peer = peers[entry.sender]
            peer.bundles_in += 1
            peer.last_in = max(peer.last_in, entry.at)
            peer.waiting += entry.records if centre else 0
        elif entry.direction == log.OUT and entry.recipient in peers:
            peer = peers[entry.recipient]
            peer.bundles_out += 1
            peer.last_out = max(peer.last_out, entry.at)
            peer.waiting = 0 if centre else peer.waiting


THIS_COMPUTER = "цей комп’ютер"  # on the receipt, which is Ukrainian paper


class LocalBundles:
    """The bundle screens' work on this store: a workplace's bundles with its centre, or a
    centre's (kept on a desktop) with its workplaces."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.centre = is_centre(store)

    def targets(self) -> list[tuple[str, str]]:
        """The workplaces a centre writes bundles for (none at a workplace: the centre)."""
        if not self.centre:
            return []
        with self.store.read() as conn:
            keys = [k for k in log.known_keys(conn, log.WORKPLACE) if not k.revoked]
        return list({k.device_id: (k.device_id, k.name) for k in keys}.values())

    def export(self, target: str | None, folder: Path, progress: Progress) -> Exported:
        if target is None:
            return export_for_centre(self.store, folder, progress)
        return export_for_workplace(self.store, target, folder, progress)

    def previews(self, paths: list[Path]) -> list[Preview]:
        return previews(self.store, paths)

    def take(self, path: Path, progress: Progress) -> Imported:
        return import_bundle(self.store, path, progress)

    def names(self) -> dict[str, str]:
        """Device id -> the name on its key card (for the receipt)."""
        with self.store.read() as conn:
            names = {k.device_id: k.name for k in log.known_keys(conn) if k.name}
        return {**names, self.store.device_id: THIS_COMPUTER}

    def health(self) -> Health:
        return health(self.store)


__all__ = [
    "TO_CENTRE",
    "Gap",
    "Health",
    "LocalBundles",
    "PeerHealth",
    "Preview",
    "health",
    "previews",
]
