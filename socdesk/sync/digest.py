"""Drift check and targeted resync (звірка з сервером).

After a pull, the desktop asks the hub for the digest of its scope (per table: rows and a
hash of their ids and clocks, store/digest.py) and computes its own the same way. A table
that differs is read again from the hub, a page of whole rows at a time, and applied through
the store's one path for remote records (`apply_remote`): a field the desktop has older
takes the hub's value, one it has the same stays, and a row with a change of this device
that the hub has not confirmed is left alone, so a resync never discards unsent work. A row
held here at the hub's clock is skipped, so a table that differs only by rows the hub lacks
costs a read, not a write. Rows
the desktop holds and the hub does not are kept: reading a table again cannot mend them, so
a table the hub has no rows of is not read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from socdesk.domain.changes import ChangeRecord
from socdesk.domain.ids import new_id
from socdesk.domain.progress import Progress
from socdesk.store.database import Store
from socdesk.store.digest import row_clocks, scope_digest, store_tables, unsent_rows
from socdesk.store.replica import apply_remote


@dataclass(frozen=True, slots=True)
class RowsPage:
    """A packed page of whole rows of one table, and the id to go on after."""

    page: bytes
    last: str
    more: bool


@runtime_checkable
class Verifying(Protocol):
    """A hub that serves the digest of this device's scope and its rows, table by table."""

    @property
    def hub_id(self) -> str: ...

    def digest(self) -> dict[str, Any]: ...

    def rows(self, table: str, nonce: str, after: str, limit: int) -> RowsPage: ...


@dataclass
class Resync:
    """What a check found and did."""

    tables: list[str]  # the tables whose digests differed, read again
    applied: int = 0
    kept_unsent: int = 0  # rows left alone for their unconfirmed local change


def differing(store: Store, hub: Verifying) -> list[str]:
    """The tables whose digest here differs from the hub's for this device's scope, and that
    the hub has rows of (reading none again repairs nothing)."""
    answer = hub.digest()
    theirs = {name: (t["count"], t["hash"]) for name, t in answer["tables"].items()}
    tables = {name: t for name, t in store_tables().items() if name in theirs}
    with store.read() as conn:
        ours = scope_digest(conn, tables, answer["districts"])
    return sorted(name for name in tables if ours[name] != theirs[name] and theirs[name][0])


def resync(
    store: Store, hub: Verifying, progress: Progress | None = None, page_size: int = 500
) -> Resync:
    """Compares digests and reads again every table that differs."""
    from socdesk.sync.exchange import readable  # the page check is the exchange's

    progress = progress or Progress()
    done = Resync(differing(store, hub))
    nonce = new_id().replace("-", "")
    for table in done.tables:
        progress.start(f"Звіряю таблицю {table}")
        after, more = "", True
        while more:
            got = hub.rows(table, nonce, after, page_size)
            records = [ChangeRecord.from_json(raw) for raw in readable(got.page).records]
            with store.write() as uow:
                unsent = unsent_rows(uow.connection, table)
                held = row_clocks(uow.connection, table, [r.row_id for r in records])
                fresh = [r for r in records if r.row_id not in unsent]
                done.kept_unsent += len(records) - len(fresh)
                # a row held here at the hub's clock is the hub's row: nothing to apply
                fresh = [r for r in fresh if held.get(r.row_id) != r.hlc]
                result = apply_remote(uow, fresh, hub.hub_id)
            done.applied += len(result.applied)
            progress.advance(len(records))
            after, more = got.last, got.more
    return done
