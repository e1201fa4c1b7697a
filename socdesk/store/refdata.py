"""Reference data from `resources/reference/*.json`, loaded into the store at creation and upgrade.

Each file has a `kind`, a `version` and `items`. A file whose version the store already has is
skipped; otherwise each item is inserted or updated (only changed fields; keys the table has
no column for, such as a `note`, stay in the file) through the unit of work, under a
deterministic id made from its official code, so every replica agrees. A rule that changes by
law gets a new item with a new `valid_from`, not new code.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socdesk.domain.hlc import Hlc
from socdesk.domain.ids import reference_id
from socdesk.paths import resources_dir
from socdesk.store import meta
from socdesk.store.schema import (
    ComplexFactor,
    LegalDeadline,
    MartialLawPeriod,
    RecipientCategory,
    ServiceType,
    SubsistenceMinimum,
    SyncColumns,
)

if TYPE_CHECKING:
    from socdesk.store.database import Store

KeyFn = Callable[[Mapping[str, Any]], str]

KINDS: dict[str, tuple[type[SyncColumns], KeyFn]] = {
    "service_type": (ServiceType, lambda i: str(i["code"])),
    "complex_factor": (ComplexFactor, lambda i: str(i["code"])),
    "recipient_category": (RecipientCategory, lambda i: str(i["code"])),
    "subsistence_minimum": (SubsistenceMinimum, lambda i: f"{i['group']}:{i['valid_from']}"),
    "legal_deadline": (LegalDeadline, lambda i: f"{i['code']}:{i['valid_from']}"),
    "martial_law_period": (MartialLawPeriod, lambda i: str(i["code"])),
}
_DATE_FIELDS = {"valid_from", "valid_to", "start", "end"}


def reference_files() -> list[Path]:
    return sorted((resources_dir() / "reference").glob("*.json"))


def load_all(store: Store) -> int:
    """Loads every reference file whose version is new to the store; returns rows written."""
    return sum(load_file(store, path) for path in reference_files())


def load_file(store: Store, path: Path) -> int:
    doc = json.loads(path.read_text(encoding="utf-8"))
    kind, version = str(doc["kind"]), str(doc["version"])
    table, key_fn = KINDS[kind]
    written = 0
    with store.write() as uow:
        conn = uow.connection
        if meta.get(conn, meta.REFDATA_PREFIX + kind) == version:
            return 0
        tbl = table.__table__  # type: ignore[attr-defined]
        stamp = version_stamp(version)
        for item in doc["items"]:
            # Keys without a column stay in the file: a maintainer's note beside a name
            # («назву уточнити…») is kept there and never shown as part of the name.
            values = {k: _value(k, v) for k, v in item.items() if k in tbl.c}
            written += uow.put_reference(table, reference_id(kind, key_fn(item)), values, stamp)
        meta.put(conn, meta.REFDATA_PREFIX + kind, version)
    return written


def version_stamp(version: str) -> str:
    """The clock of a reference file version `YYYY-MM-DD.N`: that day, counter N, node zero."""
    day, _, number = version.partition(".")
    midnight = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(), dt.UTC)
    return str(Hlc(int(midnight.timestamp() * 1000), int(number or 0), "0" * 32))


def _value(name: str, value: Any) -> Any:
    if name in _DATE_FIELDS and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value
