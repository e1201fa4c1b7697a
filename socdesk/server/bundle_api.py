"""USB bundles through a coordinator's desktop (пакети через сервер), issue 15: the centre is
the server, and a coordinator connected to it carries the sticks. Her desktop sends the
workplaces' bundles in (`POST /bundles/import`, one file a request, checked and taken in as
`server admin bundle import` does), fetches one bundle per chosen workplace
(`POST /bundles/export/{device}`) and reads each workplace's sync health
(`GET /bundles/health`). Only a coordinator's device (enrolled for every district) may:
a district's device is refused with 403.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel
from sqlalchemy import Connection, func, select

from socdesk.server import bundles
from socdesk.server.deps import API, RESPONSES, Authorised, State, Transaction, check_version
from socdesk.server.devices import Device
from socdesk.server.tables import bundle, conflict, device
from socdesk.sync.bundle import MAX_FILE, BadBundle
from socdesk.sync.gaps import Received, gaps

router = APIRouter(prefix=API, dependencies=[Depends(check_version)], responses=RESPONSES)
MAX_BUNDLE = min(MAX_FILE, 256 * 1024 * 1024)  # bytes of one bundle sent in a request
BUNDLE_TYPE = "application/vnd.socdesk.bundle"
FILE_NAME, REASON = "X-SocDesk-File", "X-SocDesk-Reason"
NOT_COORDINATOR = (
    "Пакети робочих місць через сервер передає лише координатор (пристрій, підключений до "
    "всіх округів громади)."
)
_TOO_BIG = "Файл пакета завеликий для передавання на сервер."
_EMPTY = "Порожній запит: надішліть файл пакета."
DeviceId = Annotated[str, Path(min_length=1, max_length=36, pattern=r"^[0-9A-Za-z-]+$")]


def _coordinator(me: Device) -> None:
    if me.districts is not None:
        raise HTTPException(403, NOT_COORDINATOR)


class TakenAnswer(BaseModel):
    bundle_id: str
    sender: str
    duplicate: bool
    accepted: int
    duplicates: int
    rejected: int
    quarantined: int
    conflicts: int


class GapModel(BaseModel):
    expected: int
    got: int
    bundle_id: str


class WorkplaceHealth(BaseModel):
    id: str
    workplace: str
    districts: list[str] | None
    revoked: bool
    bundles: bool  # it gave keys for bundles at enrolment
    last_contact: str | None  # over HTTP, or its last bundle taken in, whichever is later
    last_in: str | None
    last_out: str | None
    waiting: int  # changes of its bundles taken in since the last bundle written for it
    conflicts: int  # open conflicts in its districts
    never: bool
    gaps: list[GapModel]
    reached: int  # the last outbox entry of it the server has by bundle (a preview's gap)
    taken: list[str]  # the ids of its bundles taken in (a preview's «already imported»)


@router.post("/bundles/import", response_model=TakenAnswer)
async def import_bundle(request: Request, me: Authorised, state: State) -> TakenAnswer:
    """Takes in one workplace's bundle, or refuses it (422, the reason in Ukrainian and its
    code in X-SocDesk-Reason) with nothing changed."""
    _coordinator(me)
    size = request.headers.get("content-length", "")
    if size.isdigit() and int(size) > MAX_BUNDLE:
        raise HTTPException(413, _TOO_BIG)
    body = await request.body()
    if len(body) > MAX_BUNDLE:
        raise HTTPException(413, _TOO_BIG)
    if not body:
        raise HTTPException(400, _EMPTY)
    try:
        taken = await run_in_threadpool(
            bundles.import_bundle, state.engine, state.secret, state.hub_id, body
        )
    except BadBundle as exc:
        raise HTTPException(422, str(exc), headers={REASON: exc.reason}) from None
    result = taken.result
    return TakenAnswer(
        bundle_id=taken.header.bundle_id,
        sender=taken.header["sender"],
        duplicate=taken.duplicate,
        accepted=len(result.accepted) if result else 0,
        duplicates=len(result.duplicates) if result else 0,
        rejected=len(result.rejected) if result else 0,
        quarantined=len(result.quarantined) if result else 0,
        conflicts=result.conflicts if result else 0,
    )


@router.post("/bundles/export/{device_id}", response_class=Response)
def export_bundle(device_id: DeviceId, me: Authorised, state: State) -> Response:
    """The bundle for one workplace, sealed to its key, as a file (its name in
    X-SocDesk-File); the server notes it as written."""
    _coordinator(me)
    try:
        sealed = bundles.seal_for(state.engine, state.secret, state.hub_id, device_id)
    except bundles.NoDeviceKey as exc:
        raise HTTPException(404, exc.message) from None
    bundles.record_out(state.engine, sealed.header, device_id)
    return Response(sealed.data, media_type=BUNDLE_TYPE, headers={FILE_NAME: sealed.name})


@router.get("/bundles/health", response_model=list[WorkplaceHealth])
def health(me: Authorised, conn: Transaction) -> list[WorkplaceHealth]:
    """Every device but the coordinator's own: last contact, last bundle each way, what
    waits for an acknowledgement, open conflicts, never synced, bundles missing."""
    _coordinator(me)
    return workplace_health(conn, me.id)


def _iso(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite gives it back naive
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def workplace_health(conn: Connection, me: str) -> list[WorkplaceHealth]:
    rows = conn.execute(select(device).where(device.c.id != me).order_by(device.c.workplace))
    log = conn.execute(select(bundle).order_by(bundle.c.n)).all()
    open_by_district: Counter[str | None] = Counter(
        {
            district: int(n)
            for district, n in conn.execute(
                select(conflict.c.district_id, func.count())
                .where(conflict.c.resolved.is_(False))
                .group_by(conflict.c.district_id)
            )
        }
    )
    found = []
    for row in rows:
        mine = [b for b in log if b.device == row.id]
        ins = [b for b in mine if b.direction == bundles.IN]
        outs = [b for b in mine if b.direction == bundles.OUT]
        last_in = max((b.at for b in ins), default=None)
        last_out = max((b.at for b in outs), default=None)
        last_out_n = max((b.n for b in outs), default=0)
        received = [Received(row.id, b.first, b.last, b.records, b.bundle_id) for b in ins]
        contact = max(filter(None, (_iso(row.last_seen), _iso(last_in))), default=None)
        found.append(
            WorkplaceHealth(
                id=row.id,
                workplace=row.workplace,
                districts=None if row.districts is None else sorted(row.districts),
                revoked=bool(row.revoked),
                bundles=row.box_public is not None,
                last_contact=contact,
                last_in=_iso(last_in),
                last_out=_iso(last_out),
                waiting=sum(b.records for b in ins if b.n > last_out_n),
                conflicts=_conflicts(open_by_district, row.districts),
                never=contact is None,
                gaps=[
                    GapModel(expected=g.expected, got=g.got, bundle_id=g.bundle_id)
                    for g in gaps(received, from_workplace=True)
                ],
                reached=max((b.last for b in ins if b.records), default=0),
                taken=[b.bundle_id for b in ins],
            )
        )
    return found


def _conflicts(open_by_district: Counter[str | None], districts: Any) -> int:
    if districts is None:
        return sum(open_by_district.values())
    return open_by_district[None] + sum(open_by_district[d] for d in districts)
