"""A coordinator's administration over the API (адміністрування сервера з робочого місця): the
devices of the community's workplaces, a new enrolment code, revoking a device or asking it to
rotate its token, moving a person to another district, and the list of accesses to sensitive
sections with a reason («break the glass»).

Only a coordinator's device (enrolled for every district) may: any other device is refused
with 403 and a Ukrainian reason. Each endpoint runs the same function as `socdesk server admin`
(server/admin.py, server/devices.py), and each act is logged (server/logs.py): what, by which
device, on which device or district — never a name, a code or a token.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path
from pydantic import BaseModel, Field

from socdesk.server import admin, devices, logs, transfer
from socdesk.server.deps import API, RESPONSES, Authorised, State, Transaction, check_version

ID_CHARS = r"^[0-9A-Za-z-]*$"
DEVICE_ID = r"^[0-9a-f-]+$"
router = APIRouter(
    prefix=f"{API}/admin", dependencies=[Depends(check_version)], responses=RESPONSES
)

NOT_COORDINATOR = (
    "Це може зробити лише координатор — з пристрою, підключеного до всіх округів громади. "
    "Зверніться до координатора громади."
)
NO_DEVICE = "Такого пристрою на сервері немає. Оновіть список пристроїв."
NOT_SELF = (
    "Цей пристрій — ваш власний: відключити його звідси не можна. Це робить адміністратор "
    "сервера командою socdesk server admin revoke."
)


def _coordinator(me: Authorised) -> devices.Device:
    if me.districts is not None:
        raise HTTPException(403, NOT_COORDINATOR)
    return me


Coordinator = Annotated[devices.Device, Depends(_coordinator)]
DeviceId = Annotated[str, Path(min_length=1, max_length=36, pattern=DEVICE_ID)]


class DeviceModel(BaseModel):
    id: str
    workplace: str
    districts: list[str] | None  # None: every district (a coordinator's device)
    state: str  # "active", "rotating" (asked to rotate its token) or "revoked"
    enrolled_at: str
    last_seen: str | None  # when it last reached the server (ISO 8601), None: never
    audit_break: str | None = None  # its audit chain went back ("went_back") or "forked"


class DistrictModel(BaseModel):
    id: str
    name: str


class Overview(BaseModel):
    devices: list[DeviceModel]
    districts: list[DistrictModel]


@router.get("/devices", response_model=Overview)
def overview(me: Coordinator, conn: Transaction) -> Overview:
    """Every workplace's devices (workplace, districts, state, last contact) and the districts
    the server knows, for a new code."""
    logs.audit("admin.devices", me.id)
    return Overview(
        devices=[DeviceModel(**row) for row in admin.device_rows(conn)],
        districts=[DistrictModel(**row) for row in admin.district_rows(conn)],
    )


class AccessModel(BaseModel):
    id: str
    granted_at: str  # UTC, YYYY-MM-DDTHH:MM:SSZ
    until: str
    worker_id: str
    worker: str  # «Прізвище Ім'я» of the worker who gave the reason
    position: str
    person_id: str  # whose sensitive sections (the desktop names them)
    case_id: str | None
    district_id: str | None
    reason: str


@router.get("/break-glass", response_model=list[AccessModel])
def break_glass(me: Coordinator, conn: Transaction) -> list[AccessModel]:
    """The accesses to sensitive sections with a reason («break the glass») the devices sent,
    the newest first, for the coordinator's review (domain/sensitive.py)."""
    logs.audit("admin.break_glass", me.id)
    return [AccessModel(**row) for row in admin.break_glass_rows(conn)]


class OfferRequest(BaseModel):
    workplace: str = Field(min_length=1, max_length=200)
    # None: every district (another coordinator's device)
    districts: list[Annotated[str, Field(max_length=36, pattern=ID_CHARS)]] | None = Field(
        min_length=1, max_length=200
    )


class OfferAnswer(BaseModel):
    code: str  # shown once: the server keeps only its hash
    workplace: str
    districts: list[str] | None
    expires_at: dt.datetime


@router.post("/enrol", response_model=OfferAnswer)
def new_code(request: OfferRequest, me: Coordinator, state: State) -> OfferAnswer:
    """A one-time enrolment code for a workplace and its districts."""
    if not request.workplace.strip():
        raise HTTPException(400, "Вкажіть назву робочого місця.")
    if not request.workplace.isprintable():  # a NUL, a line feed: PostgreSQL refuses a NUL
        raise HTTPException(400, "Назва робочого місця містить недруковані символи.")
    try:
        with state.engine.begin() as conn:
            admin.check_districts(conn, request.districts)
            made = admin.make_offer(conn, state.secret, request.workplace, request.districts)
    except admin.UnknownDistrict as exc:
        raise HTTPException(404, exc.message) from None
    count = None if made.districts is None else len(made.districts)
    logs.audit("admin.enrol", me.id, districts=count)
    return OfferAnswer(
        code=made.code,
        workplace=made.workplace,
        districts=made.districts,
        expires_at=made.expires_at,
    )


class DeviceAnswer(BaseModel):
    device_id: str
    state: str


@router.post("/devices/{device_id}/revoke", response_model=DeviceAnswer)
def revoke(device_id: DeviceId, me: Coordinator, conn: Transaction, state: State) -> DeviceAnswer:
    """Refuses every later request of the device (its desktop is told so in Ukrainian)."""
    if device_id == me.id:
        raise HTTPException(400, NOT_SELF)
    if not admin.revoke_device(conn, state.secret, device_id):
        raise HTTPException(404, NO_DEVICE)
    logs.audit("admin.revoke", me.id, target=device_id)
    return DeviceAnswer(device_id=device_id, state="revoked")


@router.post("/devices/{device_id}/rotate", response_model=DeviceAnswer)
def rotate(device_id: DeviceId, me: Coordinator, conn: Transaction, state: State) -> DeviceAnswer:
    """Asks the device to rotate its token at its next sync."""
    if not admin.rotate_device(conn, state.secret, device_id):
        raise HTTPException(404, NO_DEVICE)
    logs.audit("admin.rotate", me.id, target=device_id)
    return DeviceAnswer(device_id=device_id, state="rotating")


class TransferRequest(BaseModel):
    person_id: str = Field(max_length=36, pattern=ID_CHARS)
    district_id: str = Field(max_length=36, pattern=ID_CHARS)


class TransferAnswer(BaseModel):
    person_id: str
    from_district: str | None
    to_district: str
    rows: int


@router.post("/transfer", response_model=TransferAnswer)
def transfer_person(request: TransferRequest, me: Coordinator, state: State) -> TransferAnswer:
    """Moves a person to another district (server/transfer.py)."""
    try:
        with state.engine.begin() as conn:
            done = admin.move_person(
                conn,
                state.hub_id,
                state.secret,
                request.person_id,
                request.district_id,
                now=_now(),
            )
    except transfer.TransferRefused as exc:
        raise HTTPException(404, exc.message) from None
    logs.audit("admin.transfer", me.id, districts=1, rows=done.rows)
    return TransferAnswer(
        person_id=done.person_id,
        from_district=done.from_district,
        to_district=done.to_district,
        rows=done.rows,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
