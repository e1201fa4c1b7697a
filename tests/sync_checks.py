"""What the server sync's reliability tests check after every run (importable as
`sync_checks`): a territory of two districts that every replica starts from, and the
invariants of a finished sync, asserted on rows: nothing lost or twice in the server's log,
every outbox confirmed, every replica whole (`admin check`) and equal, row by row, to the
server's current rows for its districts, and no row of another district on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, select, text
from support import LOGIN, PASSWORD, make_paths

from socdesk.server.tables import CURRENT, change, conflict, quarantine
from socdesk.store import changelog, codec
from socdesk.store.check import run_check
from socdesk.store.database import Store
from socdesk.store.schema import SYNC_TABLES, Settlement, StarostaDistrict
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    set_up_workplace,
)

NORTH, SOUTH = "Бабенкове", "Копанки"  # one settlement in each district
NORTH_DISTRICT, SOUTH_DISTRICT = "Північний", "Південний"
Rows = dict[str, dict[str, dict[str, object]]]  # table -> row id -> synced values


def make_territory(template: Path, folder: Path) -> dict[str, str]:
    """A copy of the template store with a community of two districts of one settlement each;
    name -> id of the districts and settlements."""
    shutil.copytree(template, folder)
    store = Store.open(make_paths(folder), LOGIN, PASSWORD)
    north, south = (PlaceRecord("", "C", name) for name in (NORTH, SOUTH))
    set_up_workplace(
        store,
        WorkplaceSetup(
            CommunityRecord("", "Громада", settlements=(north, south)),
            "Громада",
            (DistrictSetup(NORTH_DISTRICT, (north,)), DistrictSetup(SOUTH_DISTRICT, (south,))),
            "Офіс",
        ),
    )
    ids: dict[str, str] = {}
    with store.read() as conn:
        for model in (Settlement, StarostaDistrict):
            rows = conn.execute(text(f"SELECT id, name FROM {model.__tablename__}"))  # type: ignore[attr-defined]
            ids.update({name: row_id for row_id, name in rows})
    store.close()
    return ids


def row_ids(store: Store) -> set[str]:
    """The ids of every syncable row of a store (those of the template every replica shares)."""
    found: set[str] = set()
    with store.read() as conn:
        for model in SYNC_TABLES:
            table = model.__table__  # type: ignore[attr-defined]
            found.update(conn.execute(select(table.c.id)).scalars())
    return found


def _synced(model: Any, row: Any) -> dict[str, object]:
    values = {name: codec.encode(getattr(row, name)) for name in model.synced_fields()}
    return {**values, "field_clocks": dict(row.field_clocks or {})}


def desk_rows(store: Store, shared: set[str]) -> Rows:
    """Every syncable row of a desktop store that is not one of the `shared` template rows."""
    rows: Rows = {}
    with store.read() as conn:
        for model in SYNC_TABLES:
            table = model.__table__  # type: ignore[attr-defined]
            own = set(conn.execute(select(table.c.id)).scalars()) - shared
            if own:
                query = select(table).where(table.c.id.in_(sorted(own)))
                rows[table.name] = {row.id: _synced(model, row) for row in conn.execute(query)}
    return rows


def server_rows(conn: Connection, districts: Iterable[str] | None) -> Rows:
    """The server's current rows of `districts` (and of no district); None: all of them."""
    rows: Rows = {}
    for model in SYNC_TABLES:
        table: Table = CURRENT[model.__tablename__]  # type: ignore[attr-defined]
        query = select(table)
        if districts is not None and "district_id" in table.c:
            column = table.c.district_id
            query = query.where(column.in_(sorted(districts)) | column.is_(None))
        found = {row.id: _synced(model, row) for row in conn.execute(query)}
        if found:
            rows[table.name] = found
    return rows


def outbox_ids(store: Store) -> list[str]:
    with store.read() as conn:
        return list(conn.execute(text("SELECT change_id FROM outbox")).scalars())


def foreign_rows(rows: Rows, districts: Iterable[str]) -> int:
    """How many of these rows belong to another district."""
    return sum(
        1
        for table in rows.values()
        for row in table.values()
        if row.get("district_id") is not None and row["district_id"] not in districts
    )


def assert_synced(
    server: Connection,
    desks: dict[Store, frozenset[str]],
    shared: set[str],
    template_outbox: set[str],
    *,
    everyone: bool = True,
    admin_check: bool = True,
) -> None:
    """After a last sync of these desks: none of their changes lost or twice in the server's
    log (and, for `everyone`, nothing else in it), none left unconfirmed, every store whole by
    `admin check` and equal to the server's rows of its districts, no other district's row."""
    logged = list(server.execute(select(change.c.change_id)).scalars())
    assert len(logged) == len(set(logged)), "a change is twice in the server's log"
    made = [cid for desk in desks for cid in outbox_ids(desk) if cid not in template_outbox]
    assert len(made) == len(set(made))
    lost, unknown = set(made) - set(logged), set(logged) - set(made)
    assert not lost and not (everyone and unknown), f"lost: {len(lost)}, unknown: {len(unknown)}"
    for desk, districts in desks.items():
        with desk.read() as conn:
            assert changelog.unconfirmed_count(conn) == 0
            applied = list(conn.execute(text("SELECT change_id FROM sync_change_log")).scalars())
            report = run_check(conn, desk.audit_seal()) if admin_check else None
        assert report is None or report.ok, report.to_json()
        assert len(applied) == len(set(applied))
        own = desk_rows(desk, shared)
        assert foreign_rows(own, districts) == 0
        differences = _differences(own, server_rows(server, districts))
        assert not differences, "\n".join(differences[:20])


def _differences(desk: Rows, server: Rows) -> list[str]:
    """Where a desk's rows differ from the server's, briefly (for a failing assert)."""
    found = []
    for table in sorted(set(desk) | set(server)):
        ours, theirs = desk.get(table, {}), server.get(table, {})
        for row_id in sorted(set(ours) | set(theirs)):
            a, b = ours.get(row_id) or {}, theirs.get(row_id) or {}
            names = sorted(n for n in set(a) | set(b) if a.get(n) != b.get(n))
            if names or (row_id in ours) != (row_id in theirs):
                said = ", ".join(f"{n} desk={a.get(n)!r} server={b.get(n)!r}" for n in names)
                found.append(f"{table} {row_id}: {said}")
    return found


def wipe(conn: Connection) -> None:
    """Empties the server's change log, conflicts, quarantine and current rows (its devices
    stay enrolled): the next scenario of a test starts from an empty server."""
    for table in (change, conflict, quarantine, *CURRENT.values()):
        conn.execute(delete(table))
