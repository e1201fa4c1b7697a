"""The server's HTTP API (FastAPI): health, enrolment, and the sync endpoints a desktop's
`sync.http.HttpHub` calls. Every sync endpoint needs the device's bearer token; a revoked
device is refused with 403 and a Ukrainian message. OpenAPI is at /docs.

Pages travel as `application/zstd` bytes (`sync.wire`); the pull's cursor and whether more
follows are the `X-SocDesk-Last` and `X-SocDesk-More` headers; `X-SocDesk-Purge` names the
people (moved to another district) whose data the device removes after applying the page.
"""

import base64
import binascii
import datetime as dt
import os
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, StringConstraints

from socdesk.server import (
    admin_routes,
    audit,
    bundle_api,
    devices,
    feed,
    ingest,
    limits,
    logs,
    routes,
    status,
    versions,
)
from socdesk.server.deps import (
    API,
    RESPONSES,
    Authorised,
    ServerState,
    State,
    Transaction,
    check_version,
    too_many,
)
from socdesk.server.keys import server_keys
from socdesk.server.settings import ServerSettings, load_settings
from socdesk.server.tables import connect, create_schema
from socdesk.sync import wire

PAGE_TYPE = "application/zstd"
MAX_BODY = 32 * 1024 * 1024  # bytes of a compressed page
LAST, MORE, PURGE = "X-SocDesk-Last", "X-SocDesk-More", "X-SocDesk-Purge"
MAX_SEQ = 2**63 - 1  # the change log's sequence numbers fit a signed 64-bit integer


class EnrolRequest(BaseModel):
    code: str
    device_id: str
    # The desktop's public keys for USB bundles (base64 of 32 bytes each), if it has them.
    sign_public: str | None = None
    box_public: str | None = None
    # Re-enrolment: the token this data folder had as the device it was (devices.redeem).
    former_token: str | None = None


class EnrolAnswer(BaseModel):
    device_id: str
    token: str
    hub_id: str
    workplace: str
    districts: list[str] | None
    # The server's public keys for USB bundles (base64), for the desktop to trust.
    hub_sign_public: str = ""
    hub_box_public: str = ""


class Hello(BaseModel):
    hub_id: str
    device_id: str
    workplace: str


class PushAnswerModel(BaseModel):
    accepted: list[str]
    duplicates: list[str]
    rejected: dict[str, str]
    quarantined: dict[str, str]
    conflicts: int


router = APIRouter(prefix=API, dependencies=[Depends(check_version)], responses=RESPONSES)


def create_app(settings: ServerSettings) -> FastAPI:
    """The server's app on the database of `settings` (its tables made if missing)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = connect(settings.url)
    app = FastAPI(title="SocDesk server", version="1")
    app.state.server = ServerState(
        engine, settings.secret.get_secret_value(), create_schema(engine), settings
    )
    app.include_router(router)
    app.include_router(routes.router)
    app.include_router(admin_routes.router)
    app.include_router(bundle_api.router)  # a coordinator's bundles through the server
    app.include_router(status.router)
    logs.configure(syslog=settings.log_syslog)
    logs.install(app)
    return app


def app_from_environment() -> FastAPI:
    """The app on the settings of the environment (`SOCDESK_SERVER_*`): for
    `uvicorn --factory socdesk.server.app:app_from_environment`, one process of several."""
    return create_app(load_settings(data_dir=os.environ.get("SOCDESK_SERVER_DATA_DIR", "")))


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.post("/enrol", response_model=EnrolAnswer)
def enrol(request: EnrolRequest, http: Request, state: State) -> EnrolAnswer:
    keys = [
        limits.address_key("code", http.client and http.client.host),
        limits.device_key("code", request.device_id),
    ]
    try:
        public = _keys(request)
        with state.engine.begin() as conn:
            limits.check(conn, keys, state.code_limit)
            done = devices.redeem(
                conn,
                state.secret,
                request.code,
                request.device_id,
                keys=public,
                former_token=request.former_token,
            )
            if done.replaced is not None:  # revoked for good: chained as admin revocations are
                now = dt.datetime.now(dt.UTC)
                replaced, successor = done.replaced, done.device.id
                audit.chain_action(conn, state.secret, "device.replace", replaced, successor, now)
    except limits.TooManyAttempts as exc:
        raise too_many(exc) from None
    except devices.EnrolmentRefused as exc:
        with state.engine.begin() as conn:
            limits.fail(conn, keys, state.code_limit)
        raise HTTPException(403, exc.message) from None
    districts = None if done.device.districts is None else sorted(done.device.districts)
    hub = server_keys(state.secret)
    return EnrolAnswer(
        device_id=done.device.id,
        token=done.token,
        hub_id=state.hub_id,
        workplace=done.device.workplace,
        districts=districts,
        hub_sign_public=base64.b64encode(hub.sign_public).decode(),
        hub_box_public=base64.b64encode(hub.box_public).decode(),
    )


def _keys(request: EnrolRequest) -> tuple[bytes, bytes] | None:
    if request.sign_public is None and request.box_public is None:
        return None
    try:
        return (
            base64.b64decode(request.sign_public or "", validate=True),
            base64.b64decode(request.box_public or "", validate=True),
        )
    except (binascii.Error, ValueError):  # not base64, or not even ASCII
        raise devices.EnrolmentRefused("Неправильні ключі пристрою для пакетів.") from None


@router.get("/sync/hello", response_model=Hello)
def hello(me: Authorised, state: State) -> Hello:
    return Hello(hub_id=state.hub_id, device_id=me.id, workplace=me.workplace)


@router.post("/sync/push", response_model=PushAnswerModel)
async def push(request: Request, me: Authorised, state: State) -> dict[str, Any]:
    size = request.headers.get("content-length", "")
    if size.isdigit() and int(size) > MAX_BODY:
        raise HTTPException(413, _TOO_BIG)
    body = await request.body()
    if len(body) > MAX_BODY:
        raise HTTPException(413, _TOO_BIG)
    if not body:
        raise HTTPException(400, _EMPTY)
    return await run_in_threadpool(_take, state, me, body)


@router.get("/sync/pull", response_class=Response)
def pull(
    request: Request,
    me: Authorised,
    conn: Transaction,
    after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=feed.MAX_LIMIT)] = 500,
) -> Response:
    fed = feed.feed(conn, me, after, limit)
    headers = {LAST: str(fed.last), MORE: "1" if fed.more else "0"}
    if fed.purge:
        headers[PURGE] = ",".join(fed.purge)
    schema = versions.page_schema(fed.records, request.headers.get(versions.SCHEMA_HEADER))
    return Response(wire.pack(fed.records, schema), media_type=PAGE_TYPE, headers=headers)


@router.get("/sync/conflicts")
def conflicts(me: Authorised, conn: Transaction) -> list[dict[str, Any]]:
    return feed.conflicts(conn, me)


ConflictId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f-]{36}$")]


class Resolved(BaseModel):
    ids: list[ConflictId] = Field(max_length=10_000)


@router.post("/sync/conflicts/resolved")
def conflicts_resolved(request: Resolved, me: Authorised, conn: Transaction) -> dict[str, int]:
    """Conflicts a person resolved on this device: closed here, so no device shows them again."""
    return {"closed": feed.close_conflicts(conn, me, request.ids)}


_TOO_BIG = "Сторінка змін завелика; надсилайте менші сторінки."
_EMPTY = "Сторінка змін порожня."


def _take(state: ServerState, me: devices.Device, body: bytes) -> dict[str, Any]:
    try:
        page = wire.unpack(body)
    except wire.BadPage as exc:
        raise HTTPException(400, exc.message) from None
    versions.check(page.schema, state.settings.oldest_desktop_schema)
    with state.engine.begin() as conn:  # one transaction per page
        taken = ingest.take_page(conn, me, page.records).to_json()
        status.note_push(conn, me.id, dt.datetime.now(dt.UTC))
        return taken
