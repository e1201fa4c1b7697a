"""The server's own Alembic history (its tables and its copies of the syncable tables)."""
