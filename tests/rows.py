"""Rows of any syncable table with only what it requires filled in (for schema-wide tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from support import TODAY

from socdesk.store.schema import SyncColumns

_VALUES: dict[object, object] = {str: "", int: 1, bool: False, dt.date: TODAY}


def minimal_row(table: type[SyncColumns], **values: object) -> dict[str, Any]:
    """The required fields of `table` with a plain value each, then `values` over them."""
    row: dict[str, Any] = {}
    for name, info in table.model_fields.items():
        if info.is_required() and name in table.synced_fields():
            row[name] = _VALUES[info.annotation]
    row.update(values)
    return row
