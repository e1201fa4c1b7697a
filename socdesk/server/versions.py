"""Which desktops the server serves (версії): a desktop names its store revision (its schema)
in `X-SocDesk-Schema` on every request and in the header of every page it pushes; the form
versions travel inside the records (`form_version` of a filled form or a printed document).

The server takes records from the previous desktop release on (`OLDEST_DESKTOP_SCHEMA`, moved
up at each release) and from its own. An older desktop is told to update (HTTP 426) before
anything of it is taken, so its changes stay in its outbox until it has; a desktop newer than
the server is told that the server needs updating (HTTP 409).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from fastapi import HTTPException

from socdesk.store.migrate import STORE_REVISION

SCHEMA_HEADER = "X-SocDesk-Schema"
# What each store revision after the oldest accepted one added to the synced tables: a whole
# table (None) or columns. A page none of whose records carries one of these newer than a
# desktop's schema is labelled with that desktop's schema, so a desktop of the previous
# release keeps pulling; a page that carries one waits for its update (the desktop refuses a
# page of a newer schema and keeps its cursor: nothing lost). Add a line with every migration
# of a synced table (tests/sync/test_upgrades.py checks it against the fixture stores).
ADDED: dict[str, dict[str, frozenset[str] | None]] = {
    "0020": {"contract_payment": None},
    "0022": {"consent": frozenset({"ground", "paper_ref"})},
    "0023": {"sensitive_access": None},
    "0024": {"person": frozenset({"erasures"})},
    "0025": {"reference_document": None},
}
# The store revision of the previous desktop release: raise it at every release.
OLDEST_DESKTOP_SCHEMA = "0019"

TOO_OLD = (
    "Ця версія SocDesk застаріла для сервера. Оновіть SocDesk; зміни на цьому комп’ютері "
    "збережено, їх буде надіслано після оновлення."
)
TOO_NEW = (
    "Зміни записано новішою версією SocDesk, ніж версія сервера. Попросіть адміністратора "
    "оновити сервер; зміни лишаються на цьому комп’ютері."
)


def check(schema: str | None, oldest: str) -> None:
    """Refuses a desktop whose store revision the server cannot serve (None: not said)."""
    if schema is None:
        return
    if not (schema.isascii() and schema.isdigit()):
        raise HTTPException(400, "Неправильна версія схеми в запиті.")
    if int(schema) < int(oldest):
        raise HTTPException(426, TOO_OLD, headers={"Upgrade": "SocDesk"})
    if int(schema) > int(STORE_REVISION):
        raise HTTPException(409, TOO_NEW)


def page_schema(records: Sequence[bytes], schema: str | None) -> str:
    """The schema a page of `records` is labelled with for a desktop of `schema` (accepted by
    `check`): its own, if it can read every record; otherwise the server's."""
    if schema is None or schema >= STORE_REVISION:
        return STORE_REVISION
    newer = [added for revision, added in ADDED.items() if revision > schema]
    if not newer:
        return schema
    for raw in records:
        record = json.loads(raw)
        for added in newer:
            if record["table"] in added:
                columns = added[record["table"]]
                if columns is None or not columns.isdisjoint(record["fields"]):
                    return STORE_REVISION
    return schema
