"""Where a value could linger in a store's folder: every decrypted row of every table (FTS5
shadow tables included), every decrypted page of the file (free pages and slack included),
the raw bytes of every file in the folder (the store, its WAL, backups, temp files, logs,
bundles), and the content of every backup, unpacked and decrypted."""

from __future__ import annotations

import tarfile
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

from socdesk.paths import DB_FILE
from socdesk.store.database import Store

PAGE = 4096  # SQLCipher 4: 4 KiB pages,
RESERVE = 80  # each ending in its IV (16 bytes) and HMAC-SHA512 (64)
SALT = 16  # the first page begins with the file's salt


def decrypted_pages(db_file: Path, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 file opened with a raw key, decrypted (AES-256-CBC)."""
    data = db_file.read_bytes()
    out = bytearray()
    for start in range(0, len(data) - PAGE + 1, PAGE):
        page = data[start : start + PAGE]
        skip = SALT if start == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        body = page[skip : PAGE - RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)


def table_text(store: Store) -> str:
    """Every row of every table (shadow tables of the search index too), as text."""
    parts: list[str] = []
    with store.read() as conn:
        names = conn.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        ).scalars()
        for name in list(names):
            for row in conn.execute(text(f'SELECT * FROM "{name}"')):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("utf-8", "replace"))
                    else:
                        parts.append(str(value))
    return "\n".join(parts)


def files_holding(folder: Path, needles: list[bytes]) -> list[str]:
    """Files under `folder` whose raw bytes hold any of `needles`."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if any(n in data for n in needles):
            found.append(str(path.relative_to(folder)))
    return found


def backup_store(backup: Path, into: Path) -> Path:
    """The store file inside a `.socbackup` (a tar of the encrypted store and key file)."""
    with tarfile.open(backup) as tar:
        tar.extractall(into, filter="data")
    return into / DB_FILE
