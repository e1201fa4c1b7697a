"""Alembic migrations of the desktop store (numbered, reviewed; the server has its own)."""
