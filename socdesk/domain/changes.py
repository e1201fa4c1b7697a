"""Change records (записи змін) and the `Changes` value that writes return.

A change record is what sync ships: `{change_id, table, row_id, hlc, device, user, fields}`.
Its canonical serialisation is the same bytes on every machine for the same change: JSON with
sorted keys, no spaces, UTF-8, and values normalised by `canonical_value`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any

JsonValue = str | int | bool | None | list["JsonValue"] | dict[str, "JsonValue"]


def canonical_value(value: object) -> JsonValue:
    """The one JSON form of a field value: dates as ISO, Decimal as a plain string."""
    match value:
        case None | bool() | int() | str():
            return value
        case Decimal():
            return format(value, "f")
        case dt.datetime():
            return value.isoformat()
        case dt.date():
            return value.isoformat()
        case float():
            raise TypeError("floats are not allowed in change records; use Decimal")
        case list() | tuple():
            return [canonical_value(v) for v in value]
        case dict():
            return {str(k): canonical_value(v) for k, v in value.items()}
    raise TypeError(f"cannot serialise {type(value).__name__} in a change record")


def canonical_json(obj: Mapping[str, object]) -> bytes:
    """Canonical bytes of a JSON object (sorted keys, compact, UTF-8)."""
    return json.dumps(
        canonical_value(dict(obj)), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One change of one row, as it travels between replicas (запис зміни)."""

    change_id: str
    table: str
    row_id: str
    hlc: str
    device: str
    user: str
    fields: Mapping[str, JsonValue]

    def to_json(self) -> bytes:
        return canonical_json(
            {
                "change_id": self.change_id,
                "table": self.table,
                "row_id": self.row_id,
                "hlc": self.hlc,
                "device": self.device,
                "user": self.user,
                "fields": dict(self.fields),
            }
        )

    @classmethod
    def from_json(cls, data: bytes) -> ChangeRecord:
        obj: dict[str, Any] = json.loads(data)
        return cls(
            change_id=str(obj["change_id"]),
            table=str(obj["table"]),
            row_id=str(obj["row_id"]),
            hlc=str(obj["hlc"]),
            device=str(obj["device"]),
            user=str(obj["user"]),
            fields=dict(obj["fields"]),
        )


@dataclass(frozen=True, slots=True)
class Changes:
    """What a write touched, so that each view decides whether to reload (STYLE.md point 4)."""

    recipients: bool = False
    households: bool = False
    cases: bool = False
    reference: bool = False
    workplace: bool = False
    users: bool = False
    sync_outbox: bool = False

    def __or__(self, other: Changes) -> Changes:
        return replace(
            self, **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        return cls(**dict.fromkeys(kinds, True))
