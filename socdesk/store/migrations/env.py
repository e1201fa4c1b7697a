"""Alembic environment: runs on the connection the migration runner hands over.

The runner (`socdesk.store.migrate`) owns the transaction, the backup and the checks; this file
only configures Alembic on that connection (batch mode for SQLite, type comparison).
"""

from alembic import context
from sqlmodel import SQLModel

import socdesk.store.schema  # noqa: F401  (registers every table on SQLModel.metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
)
context.run_migrations()
