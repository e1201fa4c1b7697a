"""USB bundles as a transport (пакети для флешки): export and import through the sync core.

A bundle carries exactly what an exchange carries (DESIGN.md "Bundles on USB"):

- workplace → centre: the outbox's unconfirmed records, frozen (`changelog.mark_sent`) and
  committed before the file is written, as a push freezes a page before it leaves; with the
  workplace's cursor of the centre's feed, so the centre's next bundle back starts there;
- centre → workplace: the centre's feed after that cursor (`StoreHub.pull`, which publishes the
  centre's own edits first), and the acknowledgements: the outbox ranges of every bundle the
  centre imported from that workplace. A lost stick costs nothing: the next bundle each way
  holds everything not yet confirmed.

Import checks everything before it changes anything (size, magic and format, a known and not
revoked signer, the signature, that it is addressed to this replica, schema version, every
chunk, every record's shape, table and sender), then applies the records (`StoreHub.accept` at
the centre, `exchange.take` at a workplace: the apply path of HTTP sync), the new cursor, the
acknowledgements and the bundle's entry in one transaction. A bundle imported twice changes
nothing and says so; a refused one is written to the audit log with its reason.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socdesk.domain.errors import DiskFull, SocDeskError
from socdesk.domain.ids import new_id
from socdesk.domain.progress import Progress
from socdesk.store import bundles as log
from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.store.files import atomic_write
from socdesk.store.migrate import STORE_REVISION
from socdesk.store.purge import purge_person
from socdesk.store.replica import HUB, role
from socdesk.sync import wire
from socdesk.sync.bundle import (
    TO_CENTRE,
    TO_WORKPLACE,
    BadBundle,
    Header,
    KeyPair,
    file_name,
    merge_ranges,
    read_file,
    read_header,
    seal,
    verify,
)
from socdesk.sync.bundle_check import Contents, Receiver, Signer, check
from socdesk.sync.exchange import PAGE, StoreHub, SyncReport, readable, take

_NO_LIMIT = 2**62


class NoPeerKey(SocDeskError):
    """There is no key to write a bundle to (the centre's, or the workplace's at the centre)."""

    exit_code = 2


class WriteFailed(SocDeskError):
    """The bundle could not be written or did not read back whole."""

    exit_code = 5
    default_message = (
        "Не вдалося записати пакет (флешка заповнена, витягнута або пошкоджена). Попередні "
        "пакети не змінено. Вставте флешку знову або виберіть іншу папку й повторіть експорт."
    )


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    header: Header


@dataclass
class Imported:
    """What importing one bundle did."""

    header: Header
    duplicate: bool = False
    gap: bool = False  # a bundle before this one is missing (its changes come with the next)
    acknowledged: int = 0
    report: SyncReport = field(default_factory=SyncReport)


# ------------------------------------------------------------------------------------- keys
def own_keys(store: Store) -> KeyPair:
    """This replica's key pair, made (and kept in the encrypted store) on first use."""
    with store.read() as conn:
        own = log.own_key(conn)
    if own is None:
        pair = KeyPair.generate()
        with store.write() as uow:
            log.add_own_key(uow, log.OwnKey(pair.key_id, pair.sign_private, pair.box_private))
        return pair
    return KeyPair(own.sign_private, own.box_private)


def is_centre(store: Store) -> bool:
    with store.read() as conn:
        return role(conn) == HUB


# ----------------------------------------------------------------------------------- export
def export_for_centre(store: Store, folder: Path, progress: Progress | None = None) -> Exported:
    """A workplace's bundle for the centre: every change the centre has not confirmed."""
    progress = progress or Progress()
    keys = own_keys(store)
    centre = _recipient(store, log.CENTRE, None)
    with store.write() as uow:  # frozen and committed before the file is written
        records = changelog.outgoing(uow.connection, _NO_LIMIT)
        changelog.mark_sent(uow, [r.change_id for r in records])
        feed_cursor = changelog.cursor(uow.connection, centre.device_id)
    progress.start("Записую пакет", len(records))
    raw = [r.to_json() for r in records]
    pages = [wire.pack(raw[i : i + PAGE], STORE_REVISION) for i in range(0, len(raw), PAGE)]
    values = _values(store, keys, centre, TO_CENTRE, len(raw), Counter(r.table for r in records))
    values.update(
        first=records[0].seq if records else 0,
        last=records[-1].seq if records else 0,
        feed_cursor=feed_cursor,
    )
    return _write(store, folder, values, pages, keys, centre)


def export_for_workplace(
    store: Store, device: str, folder: Path, progress: Progress | None = None
) -> Exported:
    """The centre's bundle for one workplace: its feed after where the workplace last said it
    had read, and the acknowledgements of everything imported from it."""
    progress = progress or Progress()
    keys = own_keys(store)
    workplace = _recipient(store, log.WORKPLACE, device)
    with store.read() as conn:
        after = log.feed_cursor_of(conn, device)
        acks = merge_ranges(log.received_ranges(conn, device))
    progress.start("Записую пакет")
    hub, pages, raw, last = StoreHub(store), [], [], after
    while True:
        fed = hub.pull(device, last, PAGE)
        records = readable(fed.page).records
        if records:
            pages.append(fed.page)
            raw += records
        last = fed.last
        progress.advance(len(records))
        if not fed.more:
            break
    counts = Counter(json.loads(r)["table"] for r in raw)
    values = _values(store, keys, workplace, TO_WORKPLACE, len(raw), counts)
    values.update(first=after, last=last, feed_cursor=0, acks=[list(a) for a in acks])
    return _write(store, folder, values, pages, keys, workplace)


def _recipient(store: Store, kind: str, device: str | None) -> log.KnownKey:
    with store.read() as conn:
        keys = [
            k
            for k in log.known_keys(conn, kind)
            if not k.revoked and (device is None or k.device_id == device)
        ]
    if not keys:
        raise NoPeerKey(
            "Немає ключа центру: імпортуйте файл реєстрації центру (socdesk bundle trust ФАЙЛ)."
            if kind == log.CENTRE
            else "Немає ключа цього робочого місця: імпортуйте його картку ключа "
            "(socdesk bundle trust ФАЙЛ) або зареєструйте його."
        )
    return keys[-1]


def _values(
    store: Store, keys: KeyPair, to: log.KnownKey, kind: str, records: int, counts: Counter[str]
) -> dict[str, Any]:
    return {
        "bundle_id": new_id(),
        "kind": kind,
        "sender": store.device_id,
        "sender_key": keys.key_id,
        "recipient": to.device_id,
        "recipient_key": to.key_id,
        "schema": STORE_REVISION,
        "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "acks": [],
        "records": records,
        "counts": dict(sorted(counts.items())),
    }


def _write(
    store: Store,
    folder: Path,
    values: dict[str, Any],
    pages: list[bytes],
    keys: KeyPair,
    to: log.KnownKey,
) -> Exported:
    data = seal(values, pages, keys, to.box_public)
    path = folder / file_name(values)
    try:
        atomic_write(path, data, 0o600)
        written = path.read_bytes()
    except (OSError, DiskFull) as exc:  # a full stick reads as DiskFull, a pulled one as OSError
        raise WriteFailed() from exc
    if written != data:  # the stick does not keep what it was given: take the copy away
        path.unlink(missing_ok=True)
        raise WriteFailed()
    header = read_header(written)
    verify(written, keys.sign_public)
    with store.write() as uow:
        log.record(uow, _entry(header, log.OUT))
        uow.audit_action("bundle.exported", "sync_bundle", [header["kind"]], header.bundle_id)
    return Exported(path, header)


def _entry(header: Header, direction: str) -> log.BundleRecord:
    return log.BundleRecord(
        header.bundle_id,
        direction,
        header["sender"],
        header["recipient"],
        header["first"],
        header["last"],
        header["feed_cursor"],
        header["records"],
        header["payload_sha256"],
    )


# ----------------------------------------------------------------------------------- import
def inspect(path: Path) -> Header:
    """The plain header of a bundle file (no key needed)."""
    return read_header(read_file(path))


def import_bundle(store: Store, path: Path, progress: Progress | None = None) -> Imported:
    """Imports one bundle, or refuses it (`BadBundle`, audited) with nothing changed."""
    progress = progress or Progress()
    bundle_id = ""
    try:
        data = read_file(path)
        header = read_header(data)
        bundle_id = header.bundle_id[:36]
        contents = _check(store, data, header)
    except BadBundle as exc:
        with store.write() as uow:
            uow.audit_action("bundle.rejected", "sync_bundle", [exc.reason, str(exc)], bundle_id)
        raise
    result = Imported(header)
    if contents is None:
        result.duplicate = True
        return result
    records = contents.records
    progress.start("Імпортую пакет", len(records))
    progress.check_cancelled()
    sender = header["sender"]
    with store.write() as uow:
        if log.seen(uow.connection, header.bundle_id) is not None:  # imported meanwhile
            result.duplicate = True
            return result
        if header["kind"] == TO_CENTRE:
            answer = StoreHub.accept(uow, sender, records)
            result.report.pulled = len(records)
            result.report.applied = len(answer.accepted)
            result.report.duplicates = len(answer.duplicates)
            result.report.rejected.update(answer.rejected)
            result.report.quarantined_here.update(answer.quarantined)
            result.report.conflicts_here = answer.conflicts
        else:
            conn = uow.connection
            cursor = changelog.cursor(conn, sender)
            result.gap = header["first"] > cursor
            moves = not result.gap and header["last"] > cursor
            start = 0
            for at, person_id in contents.purge:  # moved to another district
                take(uow, sender, records[start:at], None, result.report)
                result.report.purged += purge_person(uow, person_id)
                start = at
            take(uow, sender, records[start:], header["last"] if moves else None, result.report)
            acked = log.sent_in(conn, [(int(a), int(b)) for a, b in header["acks"]])
            changelog.acknowledge(uow, sender, acked)
            result.acknowledged = len(acked)
        log.record(uow, _entry(header, log.IN))
        uow.audit_action(
            "bundle.imported", "sync_bundle", [header["kind"], str(len(records))], bundle_id
        )
        progress.advance(len(records))
    return result


def _check(store: Store, data: bytes, header: Header) -> Contents | None:
    """Everything about the bundle that can be checked without writing: its contents, or None
    if it was imported here before."""
    centre = is_centre(store)
    with store.read() as conn:
        known = log.known_key(conn, header["sender_key"])
        boxes = {k.key_id: k.box_private for k in log.own_keys(conn)}
        already = log.seen(conn, header.bundle_id) is not None
    signer = None
    if known is not None:
        signer = Signer(known.device_id, known.role, known.sign_public, known.revoked)
    return check(data, header, signer, Receiver(store.device_id, centre, boxes), already)
