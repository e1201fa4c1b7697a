"""One codec for synced values: every synced column of every syncable table round-trips
through the change record's JSON form, and a value of the wrong kind is refused."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Numeric
from sqlalchemy.types import TypeDecorator

from socdesk.domain.changes import canonical_json
from socdesk.store import codec
from socdesk.store.schema import SYNC_TABLES, SyncColumns


def _sample(column: object) -> object:
    type_ = column.type  # type: ignore[attr-defined]
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    if isinstance(type_, Boolean):
        return True
    if isinstance(type_, DateTime):
        return dt.datetime(2026, 12, 6, 10, 30, tzinfo=dt.UTC)
    if isinstance(type_, Date):
        return dt.date(2026, 2, 28)
    if isinstance(type_, Numeric):
        return Decimal("1234.50")
    if isinstance(type_, Integer):
        return 123456
    if isinstance(type_, JSON):
        return {"перелік": ["Ґудзь", "марʼяна"], "n": 2}
    return "Марʼяна Ґудзь-Коваль"


COLUMNS = [(table, name) for table in SYNC_TABLES for name in table.synced_fields()]


@pytest.mark.parametrize(
    ("table", "name"),
    COLUMNS,
    ids=[f"{t.__tablename__}.{n}" for t, n in COLUMNS],  # type: ignore[attr-defined]
)
def test_every_synced_column_round_trips(table: type[SyncColumns], name: str) -> None:
    column = table.__table__.columns[name]  # type: ignore[attr-defined]
    value = _sample(column)
    wire = json.loads(canonical_json({"v": value}))["v"]  # as it travels
    assert codec.decode(table, name, wire) == value
    if column.nullable:
        assert codec.decode(table, name, None) is None
    else:
        with pytest.raises(codec.BadValue):
            codec.decode(table, name, None)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("birth_date", "28.02.1948"),
        ("birth_date", 19480228),
        ("surname", 5),
        ("deleted", "так"),
        ("deleted", 1),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused(name: str, value: object) -> None:
    from socdesk.store.schema import Person

    with pytest.raises(codec.BadValue):
        codec.decode(Person, name, value)  # type: ignore[arg-type]


def test_an_unknown_field_is_refused() -> None:
    from socdesk.store.schema import Person

    with pytest.raises(codec.BadValue):
        codec.decode(Person, "nickname", "x")
