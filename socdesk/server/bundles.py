"""USB bundles at the server (пакети на сервері): the centre's side of a coordinator's round,
for `socdesk server admin bundle import|export`.

A bundle from a workplace is checked exactly as a desktop checks one (`sync.bundle_check`:
its device enrolled with keys and not revoked, the signature, addressed to this server, every
chunk and record), then taken in as a pushed page is (`ingest.take_page`: scope, merge,
change log) with its entry in the bundle log, in one transaction. A bundle for a workplace
carries the feed it would pull (`feed.feed`, its districts only) after where its last bundle
said it had read, the purges of people moved out of its districts (sealed with the records,
never in the plain header), and the acknowledgements of every bundle taken from it. The
server's keys come from its secret (`server.keys`); a device's public keys from its enrolment.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from socdesk.domain.errors import SocDeskError
from socdesk.domain.ids import new_id
from socdesk.server import devices, feed, ingest
from socdesk.server.keys import server_keys
from socdesk.server.tables import bundle, device
from socdesk.store.files import atomic_write
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync import wire
from socdesk.sync.bundle import (
    TO_CENTRE,
    TO_WORKPLACE,
    BadBundle,
    Header,
    file_name,
    key_id,
    merge_ranges,
    read_header,
    seal,
    verify,
)
from socdesk.sync.bundle_check import WORKPLACE, Receiver, Signer, check

log = logging.getLogger("socdesk.server.bundles")
PAGE = 500
IN, OUT = "in", "out"


class NoDeviceKey(SocDeskError):
    exit_code = 2
    default_message = (
        "Цей пристрій не передав серверу ключів для пакетів (його підключили старою версією "
        "SocDesk) або його відключено. Підключіть його знову з новим кодом."
    )


@dataclass(frozen=True, slots=True)
class Taken:
    header: Header
    duplicate: bool
    result: ingest.PushResult | None


def import_bundle(engine: Engine, secret: str, hub_id: str, data: bytes) -> Taken:
    """Takes in one bundle from a workplace, or refuses it (`BadBundle`, logged) unchanged."""
    header: Header | None = None
    try:
        header = read_header(data)
        with engine.connect() as conn:
            row = _device_row(conn, header["sender"])
            sender = devices.load(conn, header["sender"])
            already = _seen(conn, header.bundle_id)
        signer = None
        if (
            row is not None
            and row.sign_public
            and row.box_public
            and key_id(row.sign_public, row.box_public) == header["sender_key"]
        ):
            former = frozenset() if sender is None else sender.former
            signer = Signer(row.id, WORKPLACE, bytes(row.sign_public), bool(row.revoked), former)
        keys = server_keys(secret)
        me = Receiver(hub_id, True, {keys.key_id: keys.box_private})
        contents = check(data, header, signer, me, already)
    except BadBundle as exc:
        log.warning(
            "bundle refused: %s (%s)",
            exc.reason,
            header.bundle_id if header else "?",
            extra={"reason": exc.reason, "detail": str(exc)},
        )
        raise
    if contents is None:
        return Taken(header, True, None)
    assert row is not None and sender is not None  # check() refuses one of no known device
    with engine.begin() as conn:
        result = ingest.take_page(conn, sender, [r.to_json() for r in contents.records])
        _record(conn, header, IN, row.id)
    log.info("bundle taken: %s from %s", header.bundle_id, row.id)
    return Taken(header, False, result)


@dataclass(frozen=True, slots=True)
class Sealed:
    """A bundle for a workplace, sealed and verified, not yet written anywhere."""

    name: str
    data: bytes
    header: Header


def export_for(engine: Engine, secret: str, hub_id: str, device_id: str, folder: Path) -> Path:
    """Writes the bundle for one workplace into `folder` (atomically, read back, verified)."""
    sealed = seal_for(engine, secret, hub_id, device_id)
    path = folder / sealed.name
    atomic_write(path, sealed.data, 0o600)
    if path.read_bytes() != sealed.data:
        raise OSError(f"{path} did not read back whole")
    record_out(engine, sealed.header, device_id)
    return path


def seal_for(engine: Engine, secret: str, hub_id: str, device_id: str) -> Sealed:
    """The bundle for one workplace: its feed after where its last bundle said it had read
    (with the purges of people moved out of its districts), and the acknowledgements of
    every bundle taken from it; signed and read back."""
    with engine.connect() as conn:
        row = _device_row(conn, device_id)
        if row is None or row.revoked or not row.box_public:
            raise NoDeviceKey()
        me = devices.load(conn, device_id)
        assert me is not None
        after, acks = _feed_cursor(conn, device_id), _received(conn, device_id)
        pages, raw, last = [], [], after
        purge: list[tuple[int, str]] = []
        while True:
            fed = feed.feed(conn, me, last, PAGE)
            if fed.records:
                pages.append(wire.pack(fed.records, STORE_REVISION))
                raw += fed.records
            # A person moved to a district this workplace does not serve: it removes their
            # data once the records before this point are applied, as a pull's purge does.
            purge += [(len(raw), person) for person in fed.purge]
            last = fed.last
            if not fed.more:
                break
    keys = server_keys(secret)
    values: dict[str, Any] = {
        "bundle_id": new_id(),
        "kind": TO_WORKPLACE,
        "sender": hub_id,
        "sender_key": keys.key_id,
        "recipient": device_id,
        "recipient_key": key_id(bytes(row.sign_public), bytes(row.box_public)),
        "schema": STORE_REVISION,
        "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "first": after,
        "last": last,
        "feed_cursor": 0,
        "acks": [list(a) for a in acks],
        "records": len(raw),
        "counts": dict(sorted(Counter(json.loads(r)["table"] for r in raw).items())),
    }
    data = seal(values, pages, keys, bytes(row.box_public), purge)
    header = read_header(data)
    verify(data, keys.sign_public)
    return Sealed(file_name(values), data, header)


def record_out(engine: Engine, header: Header, device_id: str) -> None:
    """Notes a bundle written for a workplace (what it acknowledged is idempotent: a bundle
    that never reaches the workplace costs nothing)."""
    with engine.begin() as conn:
        _record(conn, header, OUT, device_id)


def workplaces(engine: Engine) -> list[str]:
    """Devices that can receive bundles: enrolled with keys, not revoked."""
    with engine.connect() as conn:
        return list(
            conn.execute(
                select(device.c.id)
                .where(device.c.revoked.is_(False), device.c.box_public.is_not(None))
                .order_by(device.c.id)
            ).scalars()
        )


def _device_row(conn: Connection, device_id: str) -> Any:
    return conn.execute(select(device).where(device.c.id == device_id)).first()


def _seen(conn: Connection, bundle_id: str) -> bool:
    return (
        conn.execute(select(bundle.c.n).where(bundle.c.bundle_id == bundle_id)).first() is not None
    )


def _record(conn: Connection, header: Header, direction: str, device_id: str) -> None:
    conn.execute(
        insert(bundle).values(
            bundle_id=header.bundle_id,
            direction=direction,
            device=device_id,
            first=header["first"],
            last=header["last"],
            feed_cursor=header["feed_cursor"],
            records=header["records"],
            sha256=header["payload_sha256"],
            at=dt.datetime.now(dt.UTC),
        )
    )


def _feed_cursor(conn: Connection, device_id: str) -> int:
    value = conn.execute(
        select(bundle.c.feed_cursor)
        .where(bundle.c.device == device_id, bundle.c.direction == IN)
        .order_by(bundle.c.n.desc())
        .limit(1)
    ).scalar()
    return int(value or 0)


def _received(conn: Connection, device_id: str) -> list[tuple[int, int]]:
    rows = conn.execute(
        select(bundle.c.first, bundle.c.last).where(
            bundle.c.device == device_id, bundle.c.direction == IN, bundle.c.records > 0
        )
    ).all()
    return merge_ranges([(int(first), int(last)) for first, last in rows])


__all__ = ["TO_CENTRE", "Sealed", "Taken", "export_for", "import_bundle", "seal_for", "workplaces"]
