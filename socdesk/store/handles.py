"""The store's handles that other layers name in their signatures, without importing
SQLAlchemy themselves (only `store` does; a contract in pyproject.toml keeps it so).

A `Connection` comes from `Store.read()` or `UnitOfWork.connection` and is handed straight to
the store's query functions; nothing outside `store/` runs SQL on it.
"""

from sqlalchemy import Connection

__all__ = ["Connection"]
