"""Change records (записи змін) and the `Changes` value that writes return.

A change record is what sync ships:
`{change_id, table, row_id, device, seq, user, fields: {name: {value, hlc, base}}}` — each
field keeps its own clock and the clock of the value it replaced (DESIGN.md "Sync"). Its
canonical serialisation is the same bytes on every machine for the same change: JSON with
sorted keys, no spaces, UTF-8, and values normalised by `canonical_value`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from enum import IntEnum
from functools import partial
from operator import itemgetter
from typing import Any, NamedTuple

from socdesk.domain.json_text import encoder

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
    return _dumps(canonical_value(dict(obj)))


# One encoder for every record: `json.dumps` with options builds a new one per call, which
# cost as much as the encoding itself for the applier's hundreds of thousands of small values.
_ENCODE = encoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _dumps(value: JsonValue) -> bytes:
    return _ENCODE(value).encode("utf-8")


_quote = json.encoder.encode_basestring  # C: text quoted and escaped as `_ENCODE` writes it
_int_text = int.__repr__  # as the encoder writes an int
_LITERALS = {None: "null", True: "true", False: "false"}


def _value_text(value: object) -> str:
    """A field value's canonical JSON text (`_ENCODE(canonical_value(value))`)."""
    kind = type(value)
    if kind is str:
        return _quote(value)  # type: ignore[arg-type]
    if kind is int:
        return _int_text(value)
    if kind is bool or value is None:
        return _LITERALS[value]  # type: ignore[index]
    return _ENCODE(canonical_value(value))


class OutboxState(IntEnum):
    """Where one of this device's change records is (стан запису в черзі на відправлення)."""

    PENDING = 0  # not yet left the device: later edits of the row coalesce into it
    SENT = 1  # pushed or written into a bundle: frozen, waiting for the hub to confirm
    ACKNOWLEDGED = 2  # the hub confirmed it


class FieldChange(NamedTuple):
    """One field of a change: the new value, its clock, and the clock of the value it replaced
    (`base`; "" when the field had none, as in a new row). A named tuple: a batch of records
    holds hundreds of thousands of them, and a tuple is made several times faster than a frozen
    dataclass (`_replace` makes a changed copy)."""

    value: JsonValue
    hlc: str
    base: str = ""

    def to_obj(self) -> dict[str, JsonValue]:
        return {"value": self.value, "hlc": self.hlc, "base": self.base}


class MalformedRecord(ValueError):
    """A change record whose shape is wrong (missing keys, wrong types)."""


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One change of one row, as it travels between replicas (запис зміни).

    `device` made it, as its `seq`-th outbox entry; `user` is the synced worker who made it
    ("" for the system), never a local login id.
    """

    change_id: str
    table: str
    row_id: str
    device: str
    seq: int
    user: str
    fields: Mapping[str, FieldChange]
    # The newest and the oldest of the fields' clocks, found once: the applier asks for them
    # several times per record. Not part of the record's identity.
    _hlc: str = field(init=False, repr=False, compare=False, default="")
    _oldest: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        stamps = [f.hlc for f in self.fields.values()]
        object.__setattr__(self, "_hlc", max(stamps, default=""))
        object.__setattr__(self, "_oldest", min(stamps, default=""))

    @property
    def hlc(self) -> str:
        """The newest of the fields' clocks."""
        return self._hlc

    @property
    def oldest(self) -> str:
        """The oldest of the fields' clocks: a batch is applied in this order, so a row is
        made before anything made after it (even when its later edits coalesced into it)."""
        return self._oldest

    def to_json(self) -> bytes:
        """The canonical bytes (`canonical_json` of the record's object), written piece by
        piece: the keys' order is known, and text, numbers, flags and null are written as the
        encoder writes them (its own C quoting). Building the nested dicts for the encoder cost
        as much as the rest of applying a record; other values go through `canonical_value`."""
        try:
            fields = ",".join(
                [
                    f'{_quote(name)}:{{"base":{_quote(f.base)},"hlc":{_quote(f.hlc)},'
                    f'"value":{_value_text(f.value)}}}'
                    for name, f in sorted(self.fields.items())
                ]
            )
            text = (
                f'{{"change_id":{_quote(self.change_id)},"device":{_quote(self.device)},'
                f'"fields":{{{fields}}},"row_id":{_quote(self.row_id)},"seq":{_int_text(self.seq)},'
                f'"table":{_quote(self.table)},"user":{_quote(self.user)}}}'
            )
        except TypeError:  # a name or clock that is not text: as the encoder says it
            return self._to_json_generic()
        return text.encode("utf-8")

    def _to_json_generic(self) -> bytes:
        return canonical_json(
            {
                "change_id": self.change_id,
                "table": self.table,
                "row_id": self.row_id,
                "device": self.device,
                "seq": self.seq,
                "user": self.user,
                "fields": {str(name): f.to_obj() for name, f in self.fields.items()},
            }
        )

    def digest(self) -> str:
        """SHA-256 of the canonical bytes: the same `change_id` must always have this digest."""
        return hashlib.sha256(self.to_json()).hexdigest()

    @classmethod
    def from_json(cls, data: bytes) -> ChangeRecord:
        """Parses and checks the shape; `MalformedRecord` says what is wrong. The per-field
        work runs in C (`map` over item getters): a batch holds hundreds of thousands of
        fields, and a Python loop over them cost a third of the parse."""
        try:
            obj: Any = _loads(data.decode("utf-8"))  # text: no guessing of the encoding
            change_id, table, row_id, device, seq, user, named = _TOP(obj)
            # A JSON object's names are text already; each field a (value, hlc, base) tuple
            # made directly (FieldChange(...) goes through a Python-level __new__).
            triples = list(map(_FIELD, named.values()))
            clocks = list(map(_HLC, triples))
            if not _TEXT.issuperset(map(type, clocks)) or not _TEXT.issuperset(
                map(type, map(_BASE, triples))
            ):
                raise MalformedRecord("expected text, got a clock that is not")
            if type(seq) is not int:
                raise MalformedRecord("seq is not an integer")
            for text in (change_id, table, row_id, device, user):
                _text(text)
        except MalformedRecord:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise MalformedRecord(f"malformed change record: {exc!r}") from None
        record: ChangeRecord = _new_record(cls)
        _set(record, "change_id", change_id)
        _set(record, "table", table)
        _set(record, "row_id", row_id)
        _set(record, "device", device)
        _set(record, "seq", seq)
        _set(record, "user", user)
        _set(record, "fields", dict(zip(named, map(_as_field, triples), strict=True)))
        _set(record, "_hlc", max(clocks, default=""))  # what __post_init__ finds, found at once
        _set(record, "_oldest", min(clocks, default=""))
        return record


_as_field = partial(tuple.__new__, FieldChange)
_new_record = object.__new__
_set = object.__setattr__  # the frozen dataclass's own way of setting its fields
_loads = json.JSONDecoder().decode
_TOP = itemgetter("change_id", "table", "row_id", "device", "seq", "user", "fields")
_FIELD = itemgetter("value", "hlc", "base")
_HLC, _BASE = itemgetter(1), itemgetter(2)
_TEXT = frozenset({str})


def fields_to_json(fields: Mapping[str, FieldChange]) -> bytes:
    """The outbox's `fields_json` of a change's fields."""
    return canonical_json({name: f.to_obj() for name, f in fields.items()})


def fields_from_json(data: bytes) -> dict[str, FieldChange]:
    return {
        name: FieldChange(f["value"], f["hlc"], f["base"]) for name, f in json.loads(data).items()
    }


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise MalformedRecord(f"expected text, got {type(value).__name__}")
    return value


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
    sync_conflicts: bool = False

    def __or__(self, other: Changes) -> Changes:
        return replace(
            self, **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        return cls(**dict.fromkeys(kinds, True))
