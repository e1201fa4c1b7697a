"""The server's keys for USB bundles (ключі сервера для пакетів): an Ed25519 pair that signs
the bundles it writes and an X25519 pair that bundles for it are sealed to.

They are derived from the server's secret with HKDF-SHA256 (RFC 5869, `cryptography`), each
with its own label, so no private key is ever written anywhere: whoever holds the secret (the
only thing the server already guards) has them, and a copy of the database does not.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from socdesk.sync.bundle import KeyPair

_SALT = b"socdesk-server-bundle-keys/1"


def _derive(secret: str, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=label).derive(
        secret.encode()
    )


def server_keys(secret: str) -> KeyPair:
    return KeyPair(_derive(secret, b"ed25519 sign"), _derive(secret, b"x25519 box"))
