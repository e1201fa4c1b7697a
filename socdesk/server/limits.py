"""Rate limits on enrolment and authentication (обмеження спроб), kept in the database so
that they hold across every server process on one PostgreSQL.

A failed enrolment code counts against the address it came from and the device id it named;
a refused token counts against its address. When a key has `limit` failures within `window`,
further attempts under it are refused (HTTP 429 with Retry-After) until the oldest of them
leaves the window, whether or not the next code or token would have been right: an 8-letter
code could otherwise be guessed by trying. A good token never pays for the check.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select

from socdesk.domain.errors import SocDeskError
from socdesk.server.tables import attempt


@dataclass(frozen=True, slots=True)
class Limit:
    limit: int  # failures allowed within the window
    window: dt.timedelta


class TooManyAttempts(SocDeskError):
    """Too many failed attempts from this address or for this device: wait, then retry."""

    exit_code = 4

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, math.ceil(retry_after / 60))
        super().__init__(
            "Забагато невдалих спроб підключення з цієї адреси або для цього пристрою. "
            f"Зачекайте {minutes} хв і спробуйте знову; перевірте код або зверніться до "
            "координатора."
        )
        self.retry_after = retry_after


def check(
    conn: Connection, keys: list[str], rule: Limit, *, now: dt.datetime | None = None
) -> None:
    """`TooManyAttempts` if any of `keys` has used up its failures within the window."""
    now = now or _now()
    since = now - rule.window
    for key in keys:
        count, oldest = conn.execute(
            select(func.count(), func.min(attempt.c.at)).where(
                attempt.c.key == key, attempt.c.at > since
            )
        ).one()
        if count >= rule.limit:
            left = (_aware(oldest) + rule.window - now).total_seconds()
            raise TooManyAttempts(max(1, math.ceil(left)))


def fail(conn: Connection, keys: list[str], rule: Limit, *, now: dt.datetime | None = None) -> None:
    """Counts one failure against each key (and forgets the key's failures that left the
    window, so the table stays small)."""
    now = now or _now()
    for key in keys:
        conn.execute(delete(attempt).where(attempt.c.key == key, attempt.c.at <= now - rule.window))
        conn.execute(insert(attempt).values(key=key, at=now))


def address_key(kind: str, address: str | None) -> str:
    return f"{kind}:addr:{_digest(address or '?')}"


def device_key(kind: str, device_id: str) -> str:
    """The key of a device id as sent (hashed: whatever was sent fits, and is not kept)."""
    return f"{kind}:device:{_digest(device_id)}"


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()[:40]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
