"""A coordinator moves a person to another district: the new district's desk receives the
person with every case, form, plan, contract and service line on its next pull, though their
log entries are older than its cursor; the old district's desk pushes its unsent edit first,
then removes the person's data, audited, sending nothing back."""

from __future__ import annotations

from fastapi.testclient import TestClient
from http_support import (
    CASE_TABLES,
    NORTH,
    North,
    apart,
    connect,
    desks,
    edit,
    person_with_case,
    rows_of,
    server_rows,
    territory,
)
from rows import minimal_row
from sqlalchemy import func, select, text
from support import TODAY

from socdesk.domain.cases import Channel
from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT, change
from socdesk.store import changelog
from socdesk.store.cases import Appeal, open_case
from socdesk.store.consents import give_consent
from socdesk.store.database import Store
from socdesk.store.schema import CaseEvent, Person
from socdesk.sync.exchange import exchange

__all__ = ["apart", "desks", "territory"]  # fixtures


def test_a_moved_person_reaches_the_new_district_and_leaves_the_old(
    apart: North, server_settings: ServerSettings
) -> None:
    a, b, hub_a, hub_b, ids = apart
    north, south = ids["Північний"], ids["Південний"]
    rows = person_with_case(a, "Гнатюк", ids[NORTH])
    assert set(rows) == {"person", *CASE_TABLES}
    exchange(a, hub_a)
    exchange(b, hub_b)
    assert not any(rows_of(b, rows).values())
    (newest,) = server_rows(server_settings, select(func.max(change.c.seq)))
    with b.write() as uow:  # the person's entries are older than the south desk's cursor
        changelog.advance_cursor(uow, hub_b.hub_id, int(newest["max_1"]))
    edit(a, rows["person"], phone="+380671112233")  # made before the move, not yet sent

    moved = admin.transfer_person(server_settings, rows["person"], south)
    assert (moved.from_district, moved.to_district, moved.rows) == (north, south, len(rows))
    with a.write() as uow:  # offline, the north desk does not know yet
        late = give_consent(uow, rows["person"], TODAY, "пізніше", TODAY)
        appeal = Appeal(rows["person"], Channel.APPLICATION, TODAY, ["015.1"])
        late_case, _ = open_case(uow, appeal, "ІЗМ")
        late_event = uow.insert(CaseEvent, minimal_row(CaseEvent, case_id=late_case))

    got = exchange(b, hub_b)
    assert got.complete and all(rows_of(b, rows).values())
    with b.read() as conn:
        districts = {
            table: conn.execute(
                text(f"SELECT district_id FROM {table} WHERE id = :i"), {"i": row_id}
            ).scalar_one()
            for table, row_id in rows.items()
        }
        assert changelog.unconfirmed_count(conn) == 0  # nothing echoed back
    assert set(districts.values()) == {south}

    left = exchange(a, hub_a)
    assert left.complete and left.rejected == {}  # its unsent edit and new rows are taken
    late_rows = {**rows, "consent": late, "social_case": late_case, "case_event": late_event}
    assert not any(rows_of(a, late_rows).values())
    with a.read() as conn:
        held = sum(
            conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in (*CASE_TABLES, "case_event")
        )
    assert held == 0
    with a.read() as conn:
        assert changelog.unconfirmed_count(conn) == 0  # the removal is not a change to send
        audit = conn.execute(
            text("SELECT row_id, detail FROM audit_log WHERE action = 'sync.purge'")
        ).all()
        history = conn.execute(
            text("SELECT count(*) FROM field_history WHERE row_id = :i"), {"i": rows["person"]}
        ).scalar_one()
    assert audit == [(rows["person"], str(left.purged))] and history == 0

    exchange(b, hub_b)  # they went along to the new district
    with b.read() as conn:
        phone = conn.execute(
            text("SELECT phone FROM person WHERE id = :i"), {"i": rows["person"]}
        ).scalar_one()
        late_districts = {
            district
            for table in (*CASE_TABLES, "case_event")
            for district in conn.execute(text(f"SELECT district_id FROM {table}")).scalars()
        }
        assert all(rows_of(b, late_rows).values())
    assert phone == "+380671112233" and late_districts == {south}
    on_server = server_rows(server_settings, select(CURRENT["person"].c.district_id))
    assert on_server == [{"district_id": south}]
    assert exchange(a, hub_a).purged == 0  # told once


def test_only_a_coordinators_device_moves_people(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[object, dict[str, str]],
) -> None:
    a, b = desks
    ids = territory[1]
    hub_a = connect(client, server_settings, a, [ids["Північний"]])
    coordinator = connect(client, server_settings, b, None)
    south_code = admin.enrol(server_settings, "Південь", [ids["Південний"]])
    client.post("/api/v1/enrol", json={"code": south_code, "device_id": new_id()})
    pid = person_with_case(a, "Гнатюк", ids[NORTH])["person"]
    exchange(a, hub_a)
    body = {"person_id": pid, "district_id": ids["Південний"]}
    for hub, status in ((hub_a, 403), (coordinator, 200)):
        answer = client.post("/api/v1/admin/transfer", json=body, headers=hub.headers)
        assert answer.status_code == status, answer.text
    refused = client.post("/api/v1/admin/transfer", json=body, headers=hub_a.headers)
    assert "координатор" in refused.json()["detail"]
    unknown = client.post(
        "/api/v1/admin/transfer",
        json={"person_id": pid, "district_id": ids[NORTH]},  # a settlement, not a district
        headers=coordinator.headers,
    )
    assert unknown.status_code == 404 and "округу" in unknown.json()["detail"]
    exchange(b, coordinator)  # the coordinator's desk keeps the person: it serves both
    assert rows_of(b, {"person": pid}) == {"person": True}


def test_a_person_moved_there_and_back_returns_whole(
    apart: North, server_settings: ServerSettings
) -> None:
    a, b, hub_a, hub_b, ids = apart
    north, south = ids["Північний"], ids["Південний"]
    rows = person_with_case(a, "Гнатюк", ids[NORTH])
    exchange(a, hub_a)
    admin.transfer_person(server_settings, rows["person"], south)
    exchange(a, hub_a)
    exchange(b, hub_b)
    assert not any(rows_of(a, rows).values()) and all(rows_of(b, rows).values())
    edit(b, rows["person"], phone="+380501234567")
    admin.transfer_person(server_settings, rows["person"], north)
    assert exchange(b, hub_b).purged == len(rows)  # its edit pushed first, then removed
    exchange(a, hub_a)
    assert all(rows_of(a, rows).values()) and not any(rows_of(b, rows).values())
    with a.read() as conn:
        person = conn.execute(
            text("SELECT phone, district_id FROM person WHERE id = :i"), {"i": rows["person"]}
        ).one()
    assert tuple(person) == ("+380501234567", north)
    assert admin.transfer_person(server_settings, rows["person"], north).rows == 0  # no move


def test_an_edit_sent_after_a_move_there_and_back_is_not_lost_on_its_own_desk(
    apart: North, server_settings: ServerSettings
) -> None:
    """The north desk edits a person offline while a coordinator moves them south and back;
    its sync pushes the edit, then reads the first move's purge marker and the move back's
    rows (older than its edit). It used to remove the person and take them back without its
    own edit (the feed never returns a device's own records; the digest, rows and newest
    clocks, saw no drift); now a marker for a person back in its district removes nothing."""
    a, _, hub_a, _, ids = apart
    north, south = ids["Північний"], ids["Південний"]
    rows = person_with_case(a, "Гнатюк", ids[NORTH])
    exchange(a, hub_a)
    edit(a, rows["person"], phone="+380671112233")
    admin.transfer_person(server_settings, rows["person"], south)
    admin.transfer_person(server_settings, rows["person"], north)
    exchange(a, hub_a)
    (held,) = server_rows(
        server_settings,
        select(CURRENT["person"].c.phone).where(CURRENT["person"].c.id == rows["person"]),
    )
    assert held["phone"] == "+380671112233"
    with a.read() as conn:
        phone = conn.execute(text("SELECT phone FROM person WHERE id = :i"), {"i": rows["person"]})
        assert phone.scalar_one() == "+380671112233"


def test_a_delete_made_offline_in_the_old_district_reaches_the_new_one(
    apart: North, server_settings: ServerSettings
) -> None:
    """The south desk holds a person moved south, north and south again, and deletes them
    offline while a coordinator moves them north once more: its delete is taken and goes on
    to the north desk's next pull; the south desk removes the person (the model test's
    example, seen from the product's side)."""
    a, b, hub_a, hub_b, ids = apart
    north, south = ids["Північний"], ids["Південний"]
    pid = person_with_case(a, "Гнатюк", ids[NORTH])["person"]
    exchange(a, hub_a)
    for district in (south, north, south):
        admin.transfer_person(server_settings, pid, district)
    exchange(b, hub_b)
    with b.write() as uow:
        uow.delete(Person, pid)
    admin.transfer_person(server_settings, pid, north)
    exchange(a, hub_a)  # before the south desk's delete reached the server
    left = exchange(b, hub_b)
    assert left.complete and left.purged and not rows_of(b, {"person": pid})["person"]
    exchange(a, hub_a)
    with a.read() as conn:
        held = conn.execute(
            text("SELECT deleted, district_id FROM person WHERE id = :i"), {"i": pid}
        ).one()
    assert tuple(held) == (1, north)
