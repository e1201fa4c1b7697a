"""Revision 0017 backfills districts the store derives, and keeps this device's workplace id."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import text
from support import LOGIN, PASSWORD, TODAY, make_paths

from socdesk.domain.cases import Channel
from socdesk.domain.people import PersonInput
from socdesk.paths import AppPaths
from socdesk.store import meta
from socdesk.store.cases import Appeal, open_case
from socdesk.store.database import Store
from socdesk.store.people import create_person
from socdesk.store.schema import Community, Consent, Workplace
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    set_up_workplace,
    set_workplace_prefix,
)

FIXTURES = Path(__file__).parent / "fixtures"
VILLAGE = PlaceRecord("", "C", "Бабенкове")
CHILD_TABLES = ("social_case", "consent")


def _as_before_0017(store: Store) -> None:
    """What a store written before 0017 holds: no district on people (the card passed none)
    nor on their rows, none in their waiting change records, no workplace id in meta."""
    with store.write() as uow:
        conn = uow.connection
        for table in ("person", *CHILD_TABLES):
            conn.execute(text(f"UPDATE {table} SET district_id = NULL"))
        for seq, fields_json in conn.execute(text("SELECT seq, fields_json FROM outbox")).all():
            fields = json.loads(fields_json)
            if "district_id" in fields and fields.get("surname") is not None:
                fields["district_id"]["value"] = None
                data = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                conn.execute(
                    text("UPDATE outbox SET fields_json = :f WHERE seq = :s"),
                    {"f": data.encode(), "s": seq},
                )
        conn.execute(text("DELETE FROM meta WHERE key = 'workplace_id'"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0016'"))


def test_0017_gives_existing_rows_their_district_and_keeps_the_workplace_id(
    store_paths: AppPaths,
) -> None:
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        community = CommunityRecord("", "Громада", settlements=(VILLAGE,))
        setup = WorkplaceSetup(
            community, "Громада", (DistrictSetup("Північний", (VILLAGE,)),), "Офіс"
        )
        with store.write() as uow:  # another replica's workplace, which came first
            other = uow.insert(Community, {"katottg": "", "name": "Інша"})
            uow.insert(Workplace, {"name": "Чуже", "community_id": other})
            uow.connection.execute(text("UPDATE workplace SET origin = 'elsewhere'"))
        ours = set_up_workplace(store, setup)
        with store.write() as uow:
            set_workplace_prefix(uow, "БАБ")
            settlement = uow.connection.execute(text("SELECT id FROM settlement")).scalar()
            person, _ = create_person(
                uow, PersonInput("Коваль", "Олена", settlement_id=settlement), None, TODAY
            )
            uow.insert(Consent, {"person_id": person, "given_on": TODAY, "scope": "облік"})
            open_case(uow, Appeal(person, Channel.APPLICATION, TODAY, ["006.0"]), "БАБ")
        with store.read() as conn:
            district = conn.execute(text("SELECT id FROM starosta_district")).scalar()
        _as_before_0017(store)
    with Store.open(store_paths, LOGIN, PASSWORD) as store, store.read() as conn:
        assert meta.workplace_id(conn) == ours
        for table in ("person", *CHILD_TABLES):
            found = conn.execute(text(f"SELECT DISTINCT district_id FROM {table}")).scalars()
            assert list(found) == [district], table
        person_record = conn.execute(
            text("SELECT fields_json FROM outbox WHERE row_id = :p"), {"p": person}
        ).scalar()
    assert json.loads(person_record)["district_id"]["value"] == district


def test_0017_on_the_0016_fixture_store(tmp_path: Path) -> None:
    """The fixture of 0016 has people without settlement and no workplace: nothing to derive,
    nothing lost."""
    shutil.copytree(FIXTURES / "0016", tmp_path / "data")
    paths = make_paths(tmp_path / "data")
    with Store.open(paths, "fixture", "fixture") as store, store.read() as conn:
        assert meta.workplace_id(conn) is None
        assert conn.execute(text("SELECT count(*) FROM person")).scalar() == 3
        assert conn.execute(text("SELECT count(*) FROM consent")).scalar() == 3
