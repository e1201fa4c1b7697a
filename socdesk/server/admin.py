"""What `socdesk server admin ...` does, as functions: enrolment codes, revocation, token
rotation and moving a person to another district."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from socdesk.server import bundles, devices, transfer
from socdesk.server.ingest import lock_feed
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import connect, create_schema
from socdesk.sync.bundle import BadBundle, read_file


def enrol(
    settings: ServerSettings,
    workplace: str,
    districts: list[str] | None,
    *,
    ttl: dt.timedelta = devices.CODE_TTL,
    now: dt.datetime | None = None,
) -> str:
    """A one-time enrolment code for `workplace` and its `districts` (None: every district)."""
    with _transaction(settings) as (conn, _):
        return devices.make_code(
            conn, settings.secret.get_secret_value(), workplace, districts, ttl=ttl, now=now
        )


def revoke(settings: ServerSettings, device_id: str) -> bool:
    """Refuses every later request of the device; False if the server has no such device."""
    with _transaction(settings) as (conn, _):
        revoked = devices.revoke(conn, device_id)
        if revoked:
            _chain(settings, conn, "device.revoke", device_id)
        return revoked


def list_devices(settings: ServerSettings) -> list[dict[str, Any]]:
    """Every enrolled device (id, workplace, districts or None for all, revoked, enrolled_at
    in ISO 8601), oldest first; never a token or its hash."""
    from sqlalchemy import select

    from socdesk.server.audit import heads
    from socdesk.server.tables import device

    with _transaction(settings) as (conn, _):
        breaks = {h["device"]: h["break_reason"] or None for h in heads(conn)}
        rows = conn.execute(
            select(
                device.c.id,
                device.c.workplace,
                device.c.districts,
                device.c.revoked,
                device.c.enrolled_at,
            ).order_by(device.c.enrolled_at, device.c.id)
        ).all()
    return [
        {
            "id": row.id,
            "workplace": row.workplace,
            "districts": None if row.districts is None else sorted(row.districts),
            "revoked": bool(row.revoked),
            "enrolled_at": row.enrolled_at.isoformat(),
            "audit_break": breaks.get(row.id),  # None, "went_back" or "forked"
        }
        for row in rows
    ]


def bundle_import(
    settings: ServerSettings, files: list[Path]
) -> list[tuple[Path, bundles.Taken | BadBundle]]:
    """Takes in workplaces' bundles (`socdesk server admin bundle import`), each on its own:
    what each did, or why it was refused (nothing of a refused one is taken)."""
    secret = settings.secret.get_secret_value()
    done: list[tuple[Path, bundles.Taken | BadBundle]] = []
    with _database(settings) as (engine, hub_id):
        for path in files:
            try:
                done.append((path, bundles.import_bundle(engine, secret, hub_id, read_file(path))))
            except BadBundle as exc:
                done.append((path, exc))
    return done


def rotate(settings: ServerSettings, device_id: str) -> bool:
    """Asks the device to rotate its token at its next sync (the counterpart of `revoke` for a
    token that may have leaked from a device still in use); False if there is no such device."""
    with _transaction(settings) as (conn, _):
        asked = devices.ask_rotation(conn, device_id)
        if asked:
            _chain(settings, conn, "device.rotate", device_id)
        return asked


def transfer_person(
    settings: ServerSettings, person_id: str, district_id: str, *, now: dt.datetime | None = None
) -> transfer.Transferred:
    """Moves a person, with every case, form, plan, contract and service line, to another
    district: its devices receive them on their next pull, and the old district's devices
    remove them after pushing their own unsent changes (`transfer.TransferRefused` if there
    is no such person or district)."""
    with _transaction(settings) as (conn, hub):
        lock_feed(conn)
        return transfer.transfer(conn, hub, person_id, district_id, now=now or _now())


def _chain(settings: ServerSettings, conn: Connection, action: str, subject: str) -> None:
    from socdesk.server.audit import chain_action

    chain_action(conn, settings.secret.get_secret_value(), action, subject, "", _now())


@contextmanager
def _database(settings: ServerSettings) -> Iterator[tuple[Engine, str]]:
    """The server's database, brought up to date, and the server's id; closed afterwards."""
    engine = connect(settings.url)
    try:
        yield engine, create_schema(engine)
    finally:
        engine.dispose()


@contextmanager
def _transaction(settings: ServerSettings) -> Iterator[tuple[Connection, str]]:
    """A transaction on the server's database (brought up to date) and the server's id."""
    with _database(settings) as (engine, hub), engine.begin() as conn:
        yield conn, hub


def bundle_export(settings: ServerSettings, for_: str, folder: Path) -> list[Path]:
    """Writes the bundle of one workplace, or of every one (`for_` "all"), into `folder`."""
    secret = settings.secret.get_secret_value()
    with _database(settings) as (engine, hub_id):
        chosen = bundles.workplaces(engine) if for_ == "all" else [for_]
        return [bundles.export_for(engine, secret, hub_id, d, folder) for d in chosen]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
