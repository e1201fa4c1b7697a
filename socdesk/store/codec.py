"""One codec for the values of synced columns: what the writer puts in a change record and
what the applier reads back, decided by the column's type in the schema.

Encoding is `domain.changes.canonical_value` (dates as ISO text, Decimal as plain text). Decoding
turns the JSON value back into what the column holds and refuses anything else (`BadValue`), so a
record from a buggy or newer peer is quarantined instead of writing text into a date column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import cache

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Numeric, String
from sqlalchemy.types import TypeDecorator, TypeEngine

from socdesk.domain.changes import JsonValue, canonical_value
from socdesk.store.schema import SyncColumns

encode = canonical_value


class BadValue(ValueError):
    """A value that cannot be the content of its column."""


def _boolean(value: JsonValue) -> bool:
    if not isinstance(value, bool):
        raise BadValue(f"expected true or false, got {value!r}")
    return value


def _integer(value: JsonValue) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise BadValue(f"expected an integer, got {value!r}")
    return value


def _text(value: JsonValue) -> str:
    if not isinstance(value, str):
        raise BadValue(f"expected text, got {value!r}")
    return value


def _date(value: JsonValue) -> dt.date:
    try:
        return dt.date.fromisoformat(_text(value))
    except ValueError as exc:
        raise BadValue(f"expected a date, got {value!r}") from exc


def _datetime(value: JsonValue) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(_text(value))
    except ValueError as exc:
        raise BadValue(f"expected a date and time, got {value!r}") from exc


def _decimal(value: JsonValue) -> Decimal:
    try:
        number = Decimal(_text(value))
    except InvalidOperation as exc:
        raise BadValue(f"expected a decimal number, got {value!r}") from exc
    if not number.is_finite():
        raise BadValue(f"expected a finite number, got {value!r}")
    return number


def _json(value: JsonValue) -> JsonValue:
    return value


Decoder = Callable[[JsonValue], object]


def _decoder_for(type_: TypeEngine[object]) -> Decoder:
    if isinstance(type_, TypeDecorator):  # SQLModel's AutoString wraps a String
        type_ = type_.impl_instance
    for kind, decoder in (
        (Boolean, _boolean),
        (DateTime, _datetime),
        (Date, _date),
        (Numeric, _decimal),
        (Integer, _integer),
        (JSON, _json),
        (String, _text),
    ):
        if isinstance(type_, kind):
            return decoder
    raise TypeError(f"no decoder for column type {type_!r}")


@cache
def decoders(table: type[SyncColumns]) -> dict[str, Decoder]:
    """The decoder of every synced column of `table`; a nullable column also accepts null."""
    columns = table.__table__.columns  # type: ignore[attr-defined]
    result: dict[str, Decoder] = {}
    for name in table.synced_fields():
        column = columns[name]
        decode = _decoder_for(column.type)
        full = _nullable(decode) if column.nullable else _not_null(decode, name)
        result[name] = _fast(full, _AS_IS.get(decode), nullable=column.nullable)
    return result


# The JSON types a decoder returns unchanged: a value of exactly that type (or a null where
# the column allows it) needs no call of the decoder at all. A batch of records holds
# hundreds of thousands of values, most of them text.
_AS_IS: dict[Decoder, type] = {_text: str, _boolean: bool, _integer: int}


def _fast(full: Decoder, kind: type | None, *, nullable: bool) -> Decoder:
    if kind is None:
        return full
    if nullable:
        return lambda value: value if value is None or type(value) is kind else full(value)
    return lambda value: value if type(value) is kind else full(value)


def _nullable(decode: Decoder) -> Decoder:
    return lambda value: None if value is None else decode(value)


def _not_null(decode: Decoder, name: str) -> Decoder:
    def checked(value: JsonValue) -> object:
        if value is None:
            raise BadValue(f"{name} cannot be empty")
        return decode(value)

    return checked


def decode(table: type[SyncColumns], name: str, value: JsonValue) -> object:
    """The column value of `name` in `table` from its JSON form; `BadValue` if it cannot be."""
    decoder = decoders(table).get(name)
    if decoder is None:
        raise BadValue(f"{table.__tablename__} has no synced field {name}")
    return decoder(value)
