"""What `socdesk server admin ...` and a coordinator's device (server/admin_routes.py) do, as
functions: enrolment codes, the list of devices, revocation, token rotation and moving a
person to another district. Each is written once on a connection; the CLI's functions run it
on the settings' database, the API in the request's transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from socdesk.domain.errors import SocDeskError
from socdesk.server import audit, bundles, devices, transfer
from socdesk.server.ingest import lock_feed
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, connect, create_schema, device
from socdesk.sync.bundle import BadBundle, read_file


@dataclass(frozen=True, slots=True)
class Offer:
    """A new enrolment code, shown once: only its hash is kept."""

    code: str
    workplace: str
    districts: list[str] | None  # None: every district (a coordinator's device)
    expires_at: dt.datetime


class UnknownDistrict(SocDeskError):
    exit_code = 2
    default_message = "Такого старостинського округу на сервері немає. Оновіть список округів."


# ---------------------------------------------------------------------- on a connection
# What the CLI (below, on the settings' database) and the API (server/admin_routes.py, in a
# request's transaction) both do: one implementation each.
def make_offer(
    conn: Connection,
    secret: str,
    workplace: str,
    districts: list[str] | None,
    *,
    ttl: dt.timedelta = devices.CODE_TTL,
    now: dt.datetime | None = None,
) -> Offer:
    """A one-time enrolment code for `workplace` and its `districts` (None: every district)."""
    now = now or _now()
    code = devices.make_code(conn, secret, workplace, districts, ttl=ttl, now=now)
    chosen = None if districts is None else sorted(set(districts))
    return Offer(code, workplace.strip(), chosen, now + ttl)


def device_rows(conn: Connection) -> list[dict[str, Any]]:
    """Every enrolled device (id, workplace, districts or None for all, state "active",
    "rotating" (asked to rotate its token) or "revoked", revoked, enrolled_at and last_seen in
    ISO 8601 or None, audit_break: None or how its audit chain broke), oldest first; never a
    token or its hash."""
    breaks = {h["device"]: h["break_reason"] or None for h in audit.heads(conn)}
    rows = conn.execute(
        select(
            device.c.id,
            device.c.workplace,
            device.c.districts,
            device.c.revoked,
            device.c.rotate_due,
            device.c.enrolled_at,
            device.c.last_seen,
        ).order_by(device.c.enrolled_at, device.c.id)
    ).all()
    return [
        {
            "id": row.id,
            "workplace": row.workplace,
            "districts": None if row.districts is None else sorted(row.districts),
            "state": "revoked" if row.revoked else "rotating" if row.rotate_due else "active",
            "revoked": bool(row.revoked),
            "enrolled_at": _iso(row.enrolled_at),
            "last_seen": None if row.last_seen is None else _iso(row.last_seen),
            "audit_break": breaks.get(row.id),  # None, "went_back" or "forked"
        }
        for row in rows
    ]


def district_rows(conn: Connection) -> list[dict[str, str]]:
    """The community's districts the server knows (id and name, by name): those devices sent,
    and ids devices were enrolled for that no device has sent yet (named by their id)."""
    table = CURRENT["starosta_district"]
    found = {
        row.id: row.name
        for row in conn.execute(select(table.c.id, table.c.name).where(table.c.deleted.is_(False)))
    }
    for listed in conn.execute(select(device.c.districts).where(device.c.districts.is_not(None))):
        found.update({d: d for d in listed[0] or () if d not in found})
    return [{"id": i, "name": n} for i, n in sorted(found.items(), key=lambda p: (p[1], p[0]))]


def break_glass_rows(conn: Connection, limit: int = 1000) -> list[dict[str, Any]]:
    """The break-the-glass accesses to sensitive sections the devices have sent (the synced
    `sensitive_access` rows), the newest first: who (the worker's name and position), whom
    (the person's id: the coordinator's desktop names them), when, until when, why. No form's
    answers: the server never hands those to a person (docs/security.md, V8)."""
    access, worker = CURRENT["sensitive_access"], CURRENT["worker"]
    rows = conn.execute(
        select(
            access.c.id,
            access.c.granted_at,
            access.c.until,
            access.c.worker_id,
            worker.c.surname,
            worker.c.given_name,
            worker.c.position,
            access.c.person_id,
            access.c.case_id,
            access.c.district_id,
            access.c.reason,
        )
        .select_from(access.outerjoin(worker, worker.c.id == access.c.worker_id))
        .where(access.c.deleted.is_(False))
        .order_by(access.c.granted_at.desc(), access.c.id)
        .limit(limit)
    )
    return [
        {
            **{k: v for k, v in row._mapping.items() if k not in ("surname", "given_name")},
            "worker": " ".join(p for p in (row.surname, row.given_name) if p),
            "position": row.position or "",
        }
        for row in rows
    ]


def check_districts(conn: Connection, districts: list[str] | None) -> None:
    """`UnknownDistrict` unless every one of `districts` is one the server knows."""
    known = {row["id"] for row in district_rows(conn)}
    if districts is not None and not set(districts) <= known:
        raise UnknownDistrict()


def move_person(
    conn: Connection, hub: str, secret: str, person_id: str, district_id: str, *, now: dt.datetime
) -> transfer.Transferred:
    """The transfer in the caller's transaction, under the feed's lock (as a push takes it),
    chained in the server's own audit (server/audit.py)."""
    lock_feed(conn)
    done = transfer.transfer(conn, hub, person_id, district_id, now=now)
    detail = f"{done.from_district or ''}->{done.to_district} rows={done.rows}"
    audit.chain_action(conn, secret, "transfer", done.person_id, detail, now)
    return done


def revoke_device(conn: Connection, secret: str, device_id: str) -> bool:
    """Refuses every later request of the device, chained in the server's audit; False if
    there is no such device."""
    revoked = devices.revoke(conn, device_id)
    if revoked:
        audit.chain_action(conn, secret, "device.revoke", device_id, "", _now())
    return revoked


def rotate_device(conn: Connection, secret: str, device_id: str) -> bool:
    """Asks the device to rotate its token at its next sync, chained in the server's audit;
    False if there is no such device."""
    asked = devices.ask_rotation(conn, device_id)
    if asked:
        audit.chain_action(conn, secret, "device.rotate", device_id, "", _now())
    return asked


# ---------------------------------------------------------------------- on the settings' database
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
        secret = settings.secret.get_secret_value()
        return make_offer(conn, secret, workplace, districts, ttl=ttl, now=now).code


def revoke(settings: ServerSettings, device_id: str) -> bool:
    """Refuses every later request of the device; False if the server has no such device."""
    with _transaction(settings) as (conn, _):
        return revoke_device(conn, settings.secret.get_secret_value(), device_id)


def list_devices(settings: ServerSettings) -> list[dict[str, Any]]:
    """Every enrolled device, oldest first (`device_rows`)."""
    with _transaction(settings) as (conn, _):
        return device_rows(conn)


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
        return rotate_device(conn, settings.secret.get_secret_value(), device_id)


def transfer_person(
    settings: ServerSettings, person_id: str, district_id: str, *, now: dt.datetime | None = None
) -> transfer.Transferred:
    """Moves a person, with every case, form, plan, contract and service line, to another
    district: its devices receive them on their next pull, and the old district's devices
    remove them after pushing their own unsent changes (`transfer.TransferRefused` if there
    is no such person or district)."""
    with _transaction(settings) as (conn, hub):
        secret = settings.secret.get_secret_value()
        return move_person(conn, hub, secret, person_id, district_id, now=now or _now())


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


@contextmanager
def current_rows(settings: ServerSettings) -> Iterator[Connection]:
    """A read of the server's current rows of every syncable table: the same tables as a
    desktop store's, every district the server holds (the community's reports)."""
    with _transaction(settings) as (conn, _hub):
        yield conn


def bundle_export(settings: ServerSettings, for_: str, folder: Path) -> list[Path]:
    """Writes the bundle of one workplace, or of every one (`for_` "all"), into `folder`."""
    secret = settings.secret.get_secret_value()
    with _database(settings) as (engine, hub_id):
        chosen = bundles.workplaces(engine) if for_ == "all" else [for_]
        return [bundles.export_for(engine, secret, hub_id, d, folder) for d in chosen]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    """UTC ISO 8601 (SQLite gives back naive datetimes, stored in UTC)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).isoformat()
