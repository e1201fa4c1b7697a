"""A local user's row and password hash (the store's `app_user`), apart from `Store`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher

from socdesk.domain.people import Role
from socdesk.store.keys import KdfParams

__all__ = ["NewUser", "new_user_row", "password_hasher"]


@dataclass(frozen=True, slots=True)
class NewUser:
    login: str
    password: str
    display_name: str
    role: Role


def password_hasher(kdf: KdfParams) -> PasswordHasher:
    return PasswordHasher(
        time_cost=kdf.time_cost, memory_cost=kdf.memory_kib, parallelism=kdf.parallelism
    )


def new_user_row(
    user_id: str, envelope_id: str, user: NewUser, kdf: KdfParams
) -> dict[str, object]:
    return {
        "id": user_id,
        "login": user.login,
        "display_name": user.display_name,
        "role": user.role.value,
        "password_hash": password_hasher(kdf).hash(user.password),
        "envelope_id": envelope_id,
        "disabled": False,
        "created_at": dt.datetime.now(dt.UTC),
    }
