"""Devices and their enrolment (підключення пристроїв).

A coordinator makes a one-time enrolment code, bound to a workplace and its districts, short
enough to read over the phone, expiring, single use. A desktop trades it for a device token.

Re-enrolment: a data folder that was enrolled before (its device revoked, or connected again
with a new code) enrols as a NEW device and shows the token it had as proof of the device it
was. The new device takes over from it: the old device is revoked (for good), and the new one
may still push the old device's records the server has not confirmed (sent before the
revocation, their answer lost), each taken once by its `change_id`; the feed does not send
them back.
The server keeps neither in clear: both are stored as HMAC-SHA256 under the server's secret,
so a copy of the database alone lets nobody enrol or sign in as a device.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, insert, or_, select, update

from socdesk.domain.errors import NotPermitted, SocDeskError
from socdesk.server.tables import device, enrolment

log = logging.getLogger(__name__)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud without doubt
CODE_LENGTH = 8
CODE_TTL = dt.timedelta(hours=24)
SEEN_EVERY = dt.timedelta(minutes=1)  # how stale a device's `last_seen` may get before a write
KEY_BYTES = 32  # an Ed25519 or X25519 public key
_DEVICE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class EnrolmentRefused(SocDeskError):
    """The code is wrong, expired or already used: no token is given."""

    exit_code = 4
    default_message = (
        "Код підключення неправильний, прострочений або вже використаний. Попросіть "
        "координатора створити новий код."
    )


class TokenRefused(SocDeskError):
    """No token, or one the server does not know."""

    exit_code = 4
    default_message = (
        "Сервер не впізнав цей пристрій. Підключіть його знову з новим кодом від координатора."
    )


class DeviceRevoked(NotPermitted):
    default_message = (
        "Цей пристрій відключено від сервера. Зверніться до координатора, щоб підключити його "
        "знову; незбережені на сервері зміни лишаються на цьому комп’ютері."
    )


@dataclass(frozen=True, slots=True)
class Device:
    id: str
    workplace: str
    districts: frozenset[str] | None  # None: every district (the coordinator's device)
    former: frozenset[str] = frozenset()  # the devices this one took over from (re-enrolled)

    @property
    def own(self) -> frozenset[str]:
        """The device ids whose records this device sends: its own and its former ones."""
        return self.former | {self.id}

    def covers(self, district: str | None) -> bool:
        """Whether this device may write a row of `district` (None: a row of no district,
        reference data, written only by a device of every district)."""
        return self.districts is None or (district is not None and district in self.districts)


@dataclass(frozen=True, slots=True)
class Authenticated:
    device: Device
    rotate_due: bool  # the administrator asked this device to rotate its token, or it is old
    seen_before: dt.datetime | None = None  # when it last reached the server before this


@dataclass(frozen=True, slots=True)
class Enrolled:
    device: Device
    token: str
    replaced: str | None = None  # the device it took over from, revoked now (re-enrolment)


def keyed_hash(secret: str, value: str) -> str:
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()


def normal_code(code: str) -> str:
    """A code as typed, without spaces and dashes, in capitals."""
    return re.sub(r"[\s-]", "", code).upper()


def make_code(
    conn: Connection,
    secret: str,
    workplace: str,
    districts: list[str] | None,
    *,
    ttl: dt.timedelta = CODE_TTL,
    now: dt.datetime | None = None,
) -> str:
    """A new one-time enrolment code for `workplace` and its `districts` (None: all), shown
    as XXXX-XXXX; only its hash is kept."""
    if not workplace.strip():
        raise ValueError("a workplace is required")
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    conn.execute(
        insert(enrolment).values(
            code_hash=keyed_hash(secret, code),
            workplace=workplace.strip(),
            districts=None if districts is None else sorted(set(districts)),
            expires_at=(now or _now()) + ttl,
            used=False,
        )
    )
    return f"{code[:4]}-{code[4:]}"


def redeem(  # noqa: PLR0913 - the code, the device, and what it brings
    conn: Connection,
    secret: str,
    code: str,
    device_id: str,
    *,
    now: dt.datetime | None = None,
    keys: tuple[bytes, bytes] | None = None,
    former_token: str | None = None,
) -> Enrolled:
    """Trades a valid code for a new device's token (random; only its hash is kept). The code
    is spent in the same transaction, so two desktops racing with one code get one token.
    `keys`: the desktop's public keys for USB bundles (Ed25519, X25519), kept with it.
    `former_token`: the token the same data folder had as another device (re-enrolment):
    that device is revoked and the new one takes over its unconfirmed records."""
    if not _DEVICE_ID.fullmatch(device_id):
        raise EnrolmentRefused("Неправильний ідентифікатор пристрою.")
    if keys is not None and (len(keys[0]) != KEY_BYTES or len(keys[1]) != KEY_BYTES):
        raise EnrolmentRefused("Неправильні ключі пристрою для пакетів.")
    code_hash = keyed_hash(secret, normal_code(code))
    offer = conn.execute(select(enrolment).where(enrolment.c.code_hash == code_hash)).first()
    if offer is None or offer.used or _aware(offer.expires_at) <= (now or _now()):
        raise EnrolmentRefused()
    spent = conn.execute(
        update(enrolment)
        .where(enrolment.c.code_hash == code_hash, enrolment.c.used.is_(False))
        .values(used=True)
    )
    if spent.rowcount != 1:
        raise EnrolmentRefused()
    if conn.execute(select(device.c.id).where(device.c.id == device_id)).first() is not None:
        raise EnrolmentRefused(
            "Цей пристрій уже підключено до сервера. Якщо його відключили, зверніться до "
            "координатора."
        )
    replaces = None if former_token is None else _take_over(conn, secret, former_token)
    token = secrets.token_urlsafe(32)
    conn.execute(
        insert(device).values(
            id=device_id,
            workplace=offer.workplace,
            districts=offer.districts,
            token_hash=keyed_hash(secret, token),
            revoked=False,
            enrolled_at=now or _now(),
            sign_public=None if keys is None else keys[0],
            box_public=None if keys is None else keys[1],
            replaces=replaces,
        )
    )
    former = _former(conn, replaces)
    return Enrolled(_device(device_id, offer.workplace, offer.districts, former), token, replaces)


def _take_over(conn: Connection, secret: str, former_token: str) -> str | None:
    """The device whose token the re-enrolling folder showed, revoked for good; None when
    this server never gave that token (a new server, or one restored from an older copy):
    then it is a plain enrolment."""
    token_hash = keyed_hash(secret, former_token)
    row = conn.execute(
        select(device.c.id).where(
            or_(device.c.token_hash == token_hash, device.c.next_token_hash == token_hash)
        )
    ).first()
    if row is None:
        log.info("re-enrolment with a token this server does not know: a plain enrolment")
        return None
    revoke(conn, row.id)
    return str(row.id)


def load(conn: Connection, device_id: str) -> Device | None:
    """The enrolled device (revoked or not) with the devices it took over from, as
    `authenticate` gives it; None if there is no such device."""
    row = conn.execute(select(device).where(device.c.id == device_id)).first()
    return None if row is None else _loaded(conn, row)


def _loaded(conn: Connection, row: Row[Any]) -> Device:
    return _device(row.id, row.workplace, row.districts, _former(conn, row.replaces))


def _former(conn: Connection, replaces: str | None) -> frozenset[str]:
    """The chain of devices a device took over from (a folder may re-enrol more than once)."""
    found: set[str] = set()
    while replaces is not None and replaces not in found:
        found.add(replaces)
        replaces = conn.execute(
            select(device.c.replaces).where(device.c.id == replaces)
        ).scalar_one_or_none()
    return frozenset(found)


def authenticate(
    conn: Connection, secret: str, token: str, max_age: dt.timedelta | None = None
) -> Authenticated:
    """The device this token belongs to; `TokenRefused` or `DeviceRevoked` otherwise. A
    rotated token's first use makes it the device's only one (the old one stops working).
    A token in use longer than `max_age` is due for rotation like one the administrator
    asked for: the device rotates it at its next sync (ASVS 7.3.2, an absolute lifetime
    that never locks a village out for being offline)."""
    token_hash = keyed_hash(secret, token)
    row = conn.execute(
        select(device).where(
            or_(device.c.token_hash == token_hash, device.c.next_token_hash == token_hash)
        )
    ).first()
    if row is None:
        raise TokenRefused()
    if row.revoked:
        raise DeviceRevoked()
    _seen(conn, row.id, row.last_seen)
    found = _loaded(conn, row)
    before = None if row.last_seen is None else _aware(row.last_seen)
    if row.next_token_hash == token_hash:
        conn.execute(
            update(device)
            .where(device.c.id == row.id, device.c.next_token_hash == token_hash)
            .values(
                token_hash=token_hash, next_token_hash=None, rotate_due=False, token_since=_now()
            )
        )
        return Authenticated(found, False, before)
    since = row.token_since or row.enrolled_at
    aged = max_age is not None and _aware(since) <= _now() - max_age
    return Authenticated(found, bool(row.rotate_due) or aged, before)


@dataclass(frozen=True, slots=True)
class Session:
    """A device's session as its user may see it (ASVS 7.5.2): its token is the session."""

    device_id: str
    workplace: str
    enrolled_at: dt.datetime
    token_since: dt.datetime  # when the token in use was issued (enrolment or last rotation)
    last_seen: dt.datetime | None  # when it last reached the server before this request
    expires_at: dt.datetime  # token_since + the maximum age: rotated at the next sync after it
    rotate_due: bool  # the administrator asked for a rotation, or the token is that old


def session(
    conn: Connection, device_id: str, max_age: dt.timedelta, seen_before: dt.datetime | None
) -> Session:
    """The device's own session (`authenticate` has just checked its token and given
    `seen_before`, the use before this one, to the minute: a use the device's user did not
    make shows there)."""
    row = conn.execute(select(device).where(device.c.id == device_id)).one()
    since = _aware(row.token_since or row.enrolled_at)
    expires = since + max_age
    return Session(
        row.id,
        row.workplace,
        _aware(row.enrolled_at),
        since,
        seen_before,
        expires,
        bool(row.rotate_due) or expires <= _now(),
    )


def _seen(conn: Connection, device_id: str, last: dt.datetime | None) -> None:
    """Notes that the device reached the server now, at most once a `SEEN_EVERY` (a burst of
    pages costs no write each)."""
    now = _now()
    if last is None or _aware(last) <= now - SEEN_EVERY:
        conn.execute(update(device).where(device.c.id == device_id).values(last_seen=now))


def rotate(conn: Connection, secret: str, device_id: str) -> str:
    """A new token for the device. Only its hash is kept, as the device's next token: the
    current one keeps working until the new one is first used, so a connection cut before
    the device has stored the new token never locks it out (it simply asks again)."""
    token = secrets.token_urlsafe(32)
    done = conn.execute(
        update(device)
        .where(device.c.id == device_id, device.c.revoked.is_(False))
        .values(next_token_hash=keyed_hash(secret, token))
    )
    if done.rowcount != 1:
        raise DeviceRevoked()
    return token


def ask_rotation(conn: Connection, device_id: str) -> bool:
    """The administrator's request: the device rotates its token at its next sync (the
    server says so in every answer until it has). False if there is no such device."""
    done = conn.execute(update(device).where(device.c.id == device_id).values(rotate_due=True))
    return done.rowcount == 1


def revoke(conn: Connection, device_id: str) -> bool:
    """Refuses every later request of the device; False if there is no such device."""
    done = conn.execute(
        update(device).where(device.c.id == device_id).values(revoked=True, next_token_hash=None)
    )
    return done.rowcount == 1


def _device(
    device_id: str,
    workplace: str,
    districts: list[str] | None,
    former: frozenset[str] = frozenset(),
) -> Device:
    return Device(device_id, workplace, None if districts is None else frozenset(districts), former)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes (stored in UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
