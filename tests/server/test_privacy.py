"""A failure of the server's database, should it reach a log, never shows the values of the
statement (a person's name would be among them)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from socdesk.server.settings import ServerSettings
from socdesk.server.tables import connect

CANARY = "Канарейченко"


def test_database_errors_hide_the_statements_values(server_settings: ServerSettings) -> None:
    server_settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = connect(server_settings.url)
    try:
        with pytest.raises(DBAPIError) as failed, engine.connect() as conn:
            conn.execute(text("SELECT * FROM no_such_table WHERE x = :x"), {"x": CANARY})
    finally:
        engine.dispose()
    assert CANARY not in str(failed.value) and "hidden" in str(failed.value)
