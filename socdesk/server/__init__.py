"""The central sync server (FastAPI); imports the shared table definitions from store.schema."""
