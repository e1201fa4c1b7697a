"""The in-process server's fixtures (tests/server_support.py)."""

from server_support import client, database_url, server_settings

__all__ = ["client", "database_url", "server_settings"]
