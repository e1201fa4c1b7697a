"""The server's endpoints beyond push and pull: a device's token rotation, the digest of its
scope, and a coordinator's transfer of a person to another district."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from socdesk.server import devices
from socdesk.server.deps import API, Authorised, State, check_version

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
