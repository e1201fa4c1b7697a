"""The server's Alembic history makes exactly the tables the server's code describes, on
SQLite and on PostgreSQL: a change to the server's tables, or to a syncable table of
store.schema, without a server revision fails here."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from socdesk.server.settings import ServerSettings
from socdesk.server.tables import connect, create_schema, metadata


def test_the_history_makes_the_tables_the_code_describes(server_settings: ServerSettings) -> None:
    server_settings.data_dir.mkdir(parents=True)
    engine = connect(server_settings.url)
    try:
        first = create_schema(engine)
        assert create_schema(engine) == first  # upgrading again keeps the server's identity
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()
