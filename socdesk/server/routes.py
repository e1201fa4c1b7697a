"""The server's endpoints beyond push and pull: a device's token rotation, the digest of its
scope, and a coordinator's transfer of a person to another district."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from socdesk.server import devices, transfer
from socdesk.server.deps import API, Authorised, State, check_version
from socdesk.server.ingest import lock_feed

router = APIRouter(prefix=API, dependencies=[Depends(check_version)])


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


class TransferRequest(BaseModel):
    person_id: str
    district_id: str


class TransferAnswer(BaseModel):
    person_id: str
    from_district: str | None
    to_district: str
    rows: int


NOT_COORDINATOR = (
    "Переводити людей між округами може лише координатор (пристрій, підключений до всіх "
    "округів громади)."
)


@router.post("/admin/transfer", response_model=TransferAnswer)
def transfer_person(request: TransferRequest, me: Authorised, state: State) -> TransferAnswer:
    """A coordinator's device moves a person to another district (server/transfer.py)."""
    if me.districts is not None:
        raise HTTPException(403, NOT_COORDINATOR)
    try:
        with state.engine.begin() as conn:
            lock_feed(conn)
            done = transfer.transfer(
                conn, state.hub_id, request.person_id, request.district_id, now=_now()
            )
    except transfer.TransferRefused as exc:
        raise HTTPException(404, exc.message) from None
    return TransferAnswer(
        person_id=done.person_id,
        from_district=done.from_district,
        to_district=done.to_district,
        rows=done.rows,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
