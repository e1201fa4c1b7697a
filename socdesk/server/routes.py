"""The server's endpoints beyond push and pull: a device's token rotation, and the digest of its
scope with the rows of a table for a targeted resync (a coordinator's administration, the
transfer of a person included, is in server/admin_routes.py)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import or_, select

from socdesk.server import audit, devices, logs, versions
from socdesk.server.deps import API, RESPONSES, Authorised, State, Transaction, check_version
from socdesk.server.feed import MAX_LIMIT
from socdesk.server.snapshot import resync_record
from socdesk.server.tables import CURRENT
from socdesk.store.digest import scope_digest
from socdesk.sync import wire

ID_CHARS = r"^[0-9A-Za-z-]*$"
MAX_ENTRY = 2**63 - 1  # an audit entry's id: the server keeps it in a signed 64-bit integer
router = APIRouter(prefix=API, dependencies=[Depends(check_version)], responses=RESPONSES)


class NewToken(BaseModel):
    token: str


@router.post("/sync/token", response_model=NewToken)
def rotate_token(me: Authorised, state: State) -> NewToken:
    """A new token for this device. The current one keeps working until the new one is first
    used: a device that lost the answer asks again with the token it still has."""
    try:
        with state.engine.begin() as conn:
            return NewToken(token=devices.rotate(conn, state.secret, me.id))
    except devices.DeviceRevoked as exc:
        raise HTTPException(403, exc.message) from None


class SessionAnswer(BaseModel):
    """This device's session (its token): when it was issued, used before, and when the token
    is rotated at the latest (the maximum age, `SOCDESK_SERVER_TOKEN_MAX_AGE_DAYS`)."""

    device_id: str
    workplace: str
    enrolled_at: dt.datetime
    token_issued_at: dt.datetime
    last_used_at: dt.datetime | None
    expires_at: dt.datetime
    rotation_due: bool


class SessionEnded(BaseModel):
    device_id: str
    ended: bool


@router.get("/session", response_model=SessionAnswer)
def my_session(request: Request, me: Authorised, state: State, conn: Transaction) -> SessionAnswer:
    """The calling device's own session (ASVS 7.5.2): no other device's. `last_used_at` is
    the use before this request (to the minute), so a use the device did not make shows."""
    max_age = dt.timedelta(days=state.settings.token_max_age_days)
    found = devices.session(conn, me.id, max_age, request.state.seen_before)
    return SessionAnswer(
        device_id=found.device_id,
        workplace=found.workplace,
        enrolled_at=found.enrolled_at,
        token_issued_at=found.token_since,
        last_used_at=found.last_seen,
        expires_at=found.expires_at,
        rotation_due=found.rotate_due,
    )


@router.delete("/session", response_model=SessionEnded)
def end_my_session(me: Authorised, state: State, conn: Transaction) -> SessionEnded:
    """Ends the calling device's session: its token (and a rotated one not used yet) stops
    working, for good; the device must be enrolled again with a new code. Chained in the
    server's audit like a revocation by the coordinator."""
    devices.revoke(conn, me.id)
    audit.chain_action(conn, state.secret, "device.end_session", me.id, "", _now())
    logs.audit("session.end", me.id, target=me.id)
    return SessionEnded(device_id=me.id, ended=True)


class TableDigest(BaseModel):
    count: int
    hash: str


class DigestAnswer(BaseModel):
    districts: list[str] | None  # the device's scope (None: every district)
    tables: dict[str, TableDigest]


@router.get("/sync/digest", response_model=DigestAnswer)
def digest(me: Authorised, conn: Transaction) -> DigestAnswer:
    """Per table, how many of the server's current rows the device's scope holds and a hash
    of their ids and clocks (store/digest.py): the device compares them with its own."""
    found = scope_digest(conn, CURRENT, me.districts)
    return DigestAnswer(
        districts=None if me.districts is None else sorted(me.districts),
        tables={name: TableDigest(count=n, hash=h) for name, (n, h) in found.items()},
    )


@router.get("/sync/rows", response_class=Response)
def rows(  # noqa: PLR0913 - the query's parameters
    request: Request,
    me: Authorised,
    state: State,
    conn: Transaction,
    table: Annotated[str, Query(max_length=40, pattern=r"^[a-z_]+$")],
    nonce: Annotated[str, Query(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_-]+$")],
    after: Annotated[str, Query(max_length=36, pattern=ID_CHARS)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 500,
) -> Response:
    """The current rows of one table in the device's scope, by id after `after`, as a page
    of whole-row records (a targeted resync, after the digests differed)."""
    current = CURRENT.get(table)
    if current is None:
        raise HTTPException(404, "Такої таблиці немає.")
    query = select(current).where(current.c.id > after).order_by(current.c.id).limit(limit)
    if me.districts is not None:
        column = current.c.district_id
        query = query.where(or_(column.in_(sorted(me.districts)), column.is_(None)))
    found = [dict(row._mapping) for row in conn.execute(query)]
    records = [resync_record(state.hub_id, table, row, nonce).to_json() for row in found]
    last = found[-1]["id"] if found else after
    headers = {"X-SocDesk-Last": last, "X-SocDesk-More": "1" if len(found) == limit else "0"}
    schema = versions.page_schema(records, request.headers.get(versions.SCHEMA_HEADER))
    return Response(wire.pack(records, schema), media_type="application/zstd", headers=headers)


class AuditHead(BaseModel):
    """A device's audit chain head: the newest entry's id and hash, and the hash its chain has
    now at the length the server last acknowledged (0 and "" the first time)."""

    length: int = Field(ge=0, le=MAX_ENTRY)
    head: str = Field(pattern=r"^[0-9a-f]{64}$")
    since_length: int = Field(ge=0, le=MAX_ENTRY)
    since_hash: str = Field(pattern=r"^([0-9a-f]{64})?$")


class AuditHeadAnswer(BaseModel):
    length: int
    head: str
    broken: bool


@router.post("/sync/audit-head", response_model=AuditHeadAnswer)
def audit_head(upload: AuditHead, me: Authorised, state: State) -> AuditHeadAnswer:
    """Takes a device's audit chain head (server/audit.py): a head that goes back or forks
    is recorded as a break for the coordinator."""
    with state.engine.begin() as conn:
        answer = audit.record_head(
            conn,
            state.secret,
            me.id,
            upload.length,
            upload.head,
            upload.since_length,
            upload.since_hash,
            _now(),
        )
    return AuditHeadAnswer(length=answer.length, head=answer.head, broken=answer.broken)


@router.get("/admin/audit-heads")
def audit_heads(me: Authorised, conn: Transaction) -> list[dict[str, object]]:
    """Every device's last audit head and its break, if any (coordinators' devices only)."""
    if me.districts is not None:
        raise HTTPException(403, NOT_COORDINATOR_AUDIT)
    return audit.heads(conn)


NOT_COORDINATOR_AUDIT = "Стан журналів дій пристроїв бачить лише координатор."


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
