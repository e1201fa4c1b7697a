"""Moving a person to another district (переведення до іншого округу), a coordinator's act.

The person and every row that follows them (store/follow.py: cases, consents, forms, plans,
contracts, service lines, printed documents...) take the new district, under a clock of the
server's own. Their log entries are older than the new district's devices' cursors, so each
row also joins the change log again as a whole-row record made by the server (each field with
its own clock; the district with the new one): the new district's devices receive the person
on their next pull, and a device that has the rows already changes nothing but the district.
The person's settlement goes along as it is, so the person's row can be applied there.

The old district's devices get a purge marker in their feed (a log entry of the table
`PURGE`): their desktop pushes its unsent changes, then removes the person's data locally
(store/purge.py). Until then, an edit a device of the old district made of those rows (it may
have been offline for days) is still taken (ingest asks `moved_from_device`), and goes on to
the new district; once the device has pulled, it holds none of them to edit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.errors import SocDeskError
from socdesk.domain.hlc import Hlc, node_from_device, tick
from socdesk.domain.ids import new_id
from socdesk.server.devices import Device
from socdesk.server.snapshot import snapshot
from socdesk.server.tables import CURRENT, change, conflict, device, hub_id, moved, server_meta
from socdesk.store.follow import followers

PURGE = "#purge"  # the table name of a purge marker in the change log
DISTRICT = "district_id"
_CLOCK, _SEQ = "hub_clock", "hub_seq"


class TransferRefused(SocDeskError):
    exit_code = 2
    default_message = "Людину не вдалося перевести до іншого округу."


@dataclass(frozen=True, slots=True)
class Transferred:
    person_id: str
    from_district: str | None
    to_district: str
    rows: int  # the person's and their followers'


def transfer(
    conn: Connection, hub_id: str, person_id: str, district_id: str, *, now: dt.datetime
) -> Transferred:
    """Moves the person and their followers to `district_id` in the caller's transaction
    (which must hold the feed's lock, as a push does)."""
    if not _known_district(conn, district_id):
        raise TransferRefused("Такого старостинського округу на сервері немає.")
    rows = followers(conn, CURRENT, person_id)
    if not rows:
        raise TransferRefused(
            "Такої людини на сервері немає: можливо, її ще не надіслано. Синхронізуйте "
            "комп’ютер, на якому її зареєстровано, і спробуйте знову."
        )
    old: str | None = rows[0][1][DISTRICT]
    if old == district_id:
        return Transferred(person_id, old, district_id, 0)
    hub = _Hub(conn, hub_id, now)
    stamp = hub.clock([str(c) for _, row in rows for c in row["field_clocks"].values()])
    for name, row in rows:
        _move(hub, name, row, person_id, district_id, stamp)
    conn.execute(  # their open conflicts are the new district's to settle
        update(conflict)
        .where(conflict.c.row_id.in_([row["id"] for _, row in rows]))
        .values(district_id=district_id)
    )
    settlement = _settlement(conn, rows[0][1], district_id)
    if settlement is not None:
        hub.log(hub.snapshot("settlement", settlement), district_id)
    if old is not None:
        marker = {"purge": person_id, "from": old, "to": district_id}
        hub.log_marker(person_id, old, json.dumps(marker, sort_keys=True).encode())
    hub.save()
    return Transferred(person_id, old, district_id, len(rows))


def moved_from_device(conn: Connection, device: Device, table_name: str, row_id: str) -> str | None:
    """The person whose move took the row away from one of the device's districts (the
    device may not have learnt of it yet), or None."""
    found = conn.execute(
        select(moved.c.from_district, moved.c.person_id).where(
            moved.c.table_name == table_name, moved.c.row_id == row_id
        )
    ).all()
    return next((p for d, p in found if d is not None and device.covers(d)), None)


def follow(
    conn: Connection,
    name: str,
    row_id: str,
    move: tuple[str, str | None, str],
    base: str,
    *,
    now: dt.datetime,
) -> None:
    """A new row that a device of the old district made on a moved row (it had not learnt of
    the move) was taken into the new district: the server says so in a record of its own, so
    every replica's copy of the row names the new district too, and counts the row as moved
    (`move`: the person, the district it came from, the one it went to), so that rows made on
    it follow as well."""
    person_id, from_district, district_id = move
    hub = _Hub(conn, hub_id(conn) or "", now)
    stamp = hub.clock([base])
    conn.execute(
        insert(moved).values(
            table_name=name,
            row_id=row_id,
            hlc=stamp,
            person_id=person_id,
            from_district=from_district,
            to_district=district_id,
        )
    )
    table = CURRENT[name]
    row = dict(conn.execute(select(table).where(table.c.id == row_id)).one()._mapping)
    clocks = {**row["field_clocks"], DISTRICT: stamp}
    conn.execute(
        update(table)
        .where(table.c.id == row_id)
        .values(field_clocks=clocks, hlc=max(row["hlc"], stamp))
    )
    hub.seq += 1
    fields = {DISTRICT: FieldChange(district_id, stamp, base)}
    hub.log(ChangeRecord(new_id(), name, row_id, hub.hub_id, hub.seq, "", fields), district_id)
    hub.save()


def purge_for(conn: Connection, device: Device, record: bytes) -> str | None:
    """The person a purge marker tells this device to remove, or None when the device serves
    the new district too (a coordinator's device keeps everything), or serves the person's
    district again by now (moved there and back): the device keeps its rows, its own edits
    in them included, and the move back's whole rows merge into them field by field. (Once
    removed, an edit it had pushed after the move back never came back to it: the feed does
    not return a device's own records, and the move back's rows were older.)"""
    marker = json.loads(record)
    if device.covers(marker["to"]):
        return None
    person = str(marker["purge"])
    table = CURRENT["person"]
    now = conn.execute(select(table.c.district_id).where(table.c.id == person)).scalar_one_or_none()
    return None if now is not None and device.covers(now) else person


def _move(
    hub: _Hub,
    name: str,
    row: dict[str, Any],
    person_id: str,
    district_id: str,
    stamp: str,
) -> None:
    conn, table = hub.conn, CURRENT[name]
    before = row["field_clocks"].get(DISTRICT, "")
    clocks = {**row["field_clocks"], DISTRICT: stamp}
    conn.execute(
        update(table)
        .where(table.c.id == row["id"])
        .values(district_id=district_id, field_clocks=clocks, hlc=max(row["hlc"], stamp))
    )
    conn.execute(
        insert(moved).values(
            table_name=name,
            row_id=row["id"],
            hlc=stamp,
            person_id=person_id,
            from_district=row[DISTRICT],
            to_district=district_id,
        )
    )
    moved_row = {**row, DISTRICT: district_id, "field_clocks": clocks}
    hub.log(hub.snapshot(name, moved_row, {DISTRICT: before}), district_id)


def _known_district(conn: Connection, district_id: str) -> bool:
    """A district the server has a row of, or one a device was enrolled for."""
    districts = CURRENT["starosta_district"]
    if conn.execute(select(districts.c.id).where(districts.c.id == district_id)).first():
        return True
    enrolled = conn.execute(select(device.c.districts).where(device.c.districts.is_not(None)))
    return any(district_id in (listed or ()) for listed in enrolled.scalars())


def _settlement(
    conn: Connection, person: dict[str, Any], district_id: str
) -> dict[str, Any] | None:
    """The person's settlement, when the new district's devices may not have it."""
    if not person.get("settlement_id"):
        return None
    table = CURRENT["settlement"]
    row = conn.execute(select(table).where(table.c.id == person["settlement_id"])).first()
    if row is None or row.district_id in (None, district_id):
        return None
    return dict(row._mapping)


class _Hub:
    """The server as the author of records: its clock and its sequence, kept in server_meta."""

    def __init__(self, conn: Connection, hub_id: str, now: dt.datetime) -> None:
        self.conn, self.hub_id, self.now = conn, hub_id, now
        self.node = node_from_device(hub_id)
        self.last = self._meta(_CLOCK) or str(Hlc.zero(self.node))
        self.seq = int(self._meta(_SEQ) or 0)
        self._saved = self._meta(_CLOCK) is not None, self._meta(_SEQ) is not None

    def clock(self, seen: list[str]) -> str:
        """A stamp after every clock in `seen` and every stamp the server made before."""
        newest = Hlc.parse(max([self.last, *seen]))
        self.last = str(tick(Hlc(newest.wall_ms, newest.counter, self.node), self._now_ms()))
        return self.last

    def snapshot(
        self, name: str, row: dict[str, Any], bases: dict[str, str] | None = None
    ) -> ChangeRecord:
        self.seq += 1
        return snapshot(self.hub_id, name, row, change_id=new_id(), seq=self.seq, bases=bases)

    def log(self, record: ChangeRecord, district: str | None) -> None:
        self._append(record.change_id, record.table, record.row_id, district, record.to_json())

    def log_marker(self, person_id: str, district: str, body: bytes) -> None:
        self._append(new_id(), PURGE, person_id, district, body)

    def _append(
        self, change_id: str, table: str, row_id: str, district: str | None, body: bytes
    ) -> None:
        self.conn.execute(
            insert(change).values(
                change_id=change_id,
                device=self.hub_id,
                table_name=table,
                row_id=row_id,
                district_id=district,
                digest=hashlib.sha256(body).hexdigest(),
                record=body,
            )
        )

    def save(self) -> None:
        for (key, value), known in zip(
            ((_CLOCK, self.last), (_SEQ, str(self.seq))), self._saved, strict=True
        ):
            if known:
                self.conn.execute(
                    update(server_meta).where(server_meta.c.key == key).values(value=value)
                )
            else:
                self.conn.execute(insert(server_meta).values(key=key, value=value))

    def _meta(self, key: str) -> str | None:
        return self.conn.execute(
            select(server_meta.c.value).where(server_meta.c.key == key)
        ).scalar()

    def _now_ms(self) -> int:
        return int(self.now.timestamp() * 1000)
