"""The syncable tables are defined once (store.schema) and must work on the server's PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import pytest
from sqlalchemy import create_engine, insert, inspect, select, text
from sqlmodel import SQLModel

from socdesk.store.schema import SYNC_TABLES, Person

DATABASE_URL = os.environ.get("SOCDESK_TEST_DATABASE_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not DATABASE_URL, reason="needs the throwaway PostgreSQL of scripts/pg-test"
    ),
]


def test_syncable_tables_create_and_round_trip_on_postgresql() -> None:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(str(DATABASE_URL))
    tables = [t.__table__ for t in SYNC_TABLES]  # type: ignore[attr-defined]
    try:
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
            conn.execute(text(f"SET search_path TO {schema}"))
            SQLModel.metadata.create_all(conn, tables=tables)
            assert {t.name for t in tables} <= set(inspect(conn).get_table_names(schema=schema))
            person = Person.__table__  # type: ignore[attr-defined]
            conn.execute(
                insert(person).values(
                    id=str(uuid.uuid4()),
                    hlc="0" * 16 + "-0000-" + "a" * 32,
                    origin=str(uuid.uuid4()),
                    deleted=False,
                    field_clocks={"surname": "x"},
                    surname="Дʼяченко",
                    given_name="Марʼяна",
                    birth_date=dt.date(1951, 5, 1),
                    categories=["older"],
                )
            )
            row = conn.execute(select(person.c.surname, person.c.categories)).one()
            assert tuple(row) == ("Дʼяченко", ["older"])
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        engine.dispose()
