"""Alembic environment of the server's database: runs on the connection `server.tables`
hands over (it owns the transaction)."""

from alembic import context

from socdesk.server.tables import metadata

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=metadata,
    compare_type=True,
    render_as_batch=True,
    transaction_per_migration=False,
)
context.run_migrations()
