"""Row identifiers: UUIDv7 made on the device, UUIDv5 for official reference codes.

Ids are stored as canonical lowercase strings so that every replica compares them the same way.
"""

from __future__ import annotations

import uuid

import uuid6

# Namespace of deterministic ids for reference rows (KATOTTG codes, classifier codes, …).
# Never change it: every replica and the server derive the same ids from it.
REFERENCE_NAMESPACE = uuid.UUID("6f1b2d1e-3a8c-5b43-9d5e-50c1a1d35c0d")


def new_id() -> str:
    """A fresh time-ordered UUIDv7 (RFC 9562), as a string."""
    return str(uuid6.uuid7())


def reference_id(kind: str, code: str) -> str:
    """The id every replica gives to the reference row `kind` with official `code`."""
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{code}"))


def is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False
