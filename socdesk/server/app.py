"""The server's HTTP API (FastAPI): health, enrolment, and the sync endpoints a desktop's
`sync.http.HttpHub` calls. Every sync endpoint needs the device's bearer token; a revoked
device is refused with 403 and a Ukrainian message. OpenAPI is at /docs.

Pages travel as `application/zstd` bytes (`sync.wire`); the pull's cursor and whether more
follows are the `X-SocDesk-Last` and `X-SocDesk-More` headers.
"""

import base64
import binascii
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import Connection, Engine

from socdesk.server import devices, feed, ingest
from socdesk.server.keys import server_keys
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import connect, create_schema
from socdesk.store.migrate import STORE_REVISION
from socdesk.sync import wire

PAGE_TYPE = "application/zstd"
MAX_BODY = 32 * 1024 * 1024  # bytes of a compressed page
LAST, MORE = "X-SocDesk-Last", "X-SocDesk-More"
API = "/api/v1"


@dataclass(frozen=True, slots=True)
class ServerState:
    engine: Engine
    secret: str
    hub_id: str


class EnrolRequest(BaseModel):
    code: str
    device_id: str
    # The desktop's public keys for USB bundles (base64 of 32 bytes each), if it has them.
    sign_public: str | None = None
    box_public: str | None = None


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


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.server
    return state


State = Annotated[ServerState, Depends(_state)]
_bearer = HTTPBearer(auto_error=False)


def _device(
    state: State, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> devices.Device:
    if credentials is None:
        raise HTTPException(
            401,
            "Потрібен токен пристрою. Підключіть пристрій до сервера кодом від координатора.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with state.engine.connect() as conn:
        try:
            return devices.authenticate(conn, state.secret, credentials.credentials)
        except devices.DeviceRevoked as exc:
            raise HTTPException(403, exc.message) from None
        except devices.TokenRefused as exc:
            raise HTTPException(401, exc.message, headers={"WWW-Authenticate": "Bearer"}) from None


def _transaction(state: State) -> Iterator[Connection]:
    with state.engine.begin() as conn:
        yield conn


Authorised = Annotated[devices.Device, Depends(_device)]
Transaction = Annotated[Connection, Depends(_transaction)]
router = APIRouter(prefix=API)


def create_app(settings: ServerSettings) -> FastAPI:
    """The server's app on the database of `settings` (its tables made if missing)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = connect(settings.url)
    app = FastAPI(title="SocDesk server", version="1")
    app.state.server = ServerState(
        engine, settings.secret.get_secret_value(), create_schema(engine)
    )
    app.include_router(router)
    return app


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.post("/enrol", response_model=EnrolAnswer)
def enrol(request: EnrolRequest, state: State) -> EnrolAnswer:
    try:
        keys = _keys(request)
        with state.engine.begin() as conn:
            done = devices.redeem(conn, state.secret, request.code, request.device_id, keys=keys)
    except devices.EnrolmentRefused as exc:
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
    except binascii.Error:
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
    me: Authorised,
    conn: Transaction,
    after: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=feed.MAX_LIMIT)] = 500,
) -> Response:
    records, last = feed.feed(conn, me, after, limit)
    return Response(
        wire.pack(records, STORE_REVISION),
        media_type=PAGE_TYPE,
        headers={LAST: str(last), MORE: "1" if len(records) == limit else "0"},
    )


@router.get("/sync/conflicts")
def conflicts(me: Authorised, conn: Transaction) -> list[dict[str, Any]]:
    return feed.conflicts(conn, me)


_TOO_BIG = "Сторінка змін завелика; надсилайте менші сторінки."
_EMPTY = "Сторінка змін порожня."


def _take(state: ServerState, me: devices.Device, body: bytes) -> dict[str, Any]:
    try:
        page = wire.unpack(body)
    except wire.BadPage as exc:
        raise HTTPException(400, exc.message) from None
    if not page.schema.isdigit() or int(page.schema) > int(STORE_REVISION):
        raise HTTPException(
            409,
            "Зміни записано новішою версією SocDesk, ніж версія сервера. Попросіть "
            "адміністратора оновити сервер; зміни лишаються на цьому комп’ютері.",
        )
    with state.engine.begin() as conn:  # one transaction per page
        return ingest.take_page(conn, me, page.records).to_json()
