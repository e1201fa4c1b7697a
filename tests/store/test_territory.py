"""The codifier extract and writing a workplace's territory into the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from support import FAST_KDF, LOGIN, PASSWORD, make_paths

from socdesk.domain.errors import ValidationError
from socdesk.domain.people import Role
from socdesk.store.database import NewUser, Store
from socdesk.store.schema import Community, Settlement, StarostaDistrict, Workplace
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    codifier,
    create_workplace_store,
    edrpou_valid,
    find_communities,
    set_up_workplace,
)

IZIUM = "UA63040090000021240"


def test_the_extract_holds_every_community_with_its_settlements() -> None:
    communities = codifier()
    assert len(communities) > 1400  # 1,469 after the 2020 reform, more in later editions
    izium = next(c for c in communities if c.katottg == IZIUM)
    assert izium.name == "Ізюмська"
    assert izium.oblast == "Харківська"
    assert {"Ізюм", "Бригадирівка"} <= {p.name for p in izium.settlements}
    assert all(p.category in "MTXC" for c in communities for p in c.settlements)


def test_communities_are_found_by_name_in_any_case_and_by_code() -> None:
    by_name = find_communities("ізюм")
    assert by_name[0].katottg == IZIUM
    assert find_communities("ІЗЮМСЬКА")[0].katottg == IZIUM
    assert [c.katottg for c in find_communities("UA6304009")] == [IZIUM]
    assert find_communities("6304009")[0].katottg == IZIUM
    assert find_communities("немає-такої-громади") == []


def test_a_name_inside_another_comes_after_those_that_start_with_it() -> None:
    found = [c.name for c in find_communities("кам")]
    starting = [n for n in found if n.lower().startswith("кам")]
    assert found[: len(starting)] == starting
    assert len(found) > len(starting)


def test_the_workplace_is_written_with_districts_and_settlements(store: Store) -> None:
    izium = next(c for c in codifier() if c.katottg == IZIUM)
    first, second = izium.settlements[1], izium.settlements[2]
    extra = PlaceRecord("", "C", "Хутір Новий")
    setup = WorkplaceSetup(
        community=izium,
        community_name="Ізюмська міська територіальна громада",
        districts=(DistrictSetup("Бабенківський", (first, second, extra)),),
        workplace_name="ФСР, с. Бабенкове",
        centre_name="Терцентр",
        extra_settlements=(extra,),
    )
    workplace_id = set_up_workplace(store, setup)
    with store.read() as conn:
        community = conn.execute(select(Community.__table__)).one()  # type: ignore[attr-defined]
        settlements = conn.execute(select(Settlement.__table__)).all()  # type: ignore[attr-defined]
        district = conn.execute(select(StarostaDistrict.__table__)).one()  # type: ignore[attr-defined]
        workplace = conn.execute(select(Workplace.__table__)).one()  # type: ignore[attr-defined]
    assert community.name == "Ізюмська міська територіальна громада"
    assert community.katottg == IZIUM
    assert len(settlements) == len(izium.settlements) + 1
    in_district = {s.name for s in settlements if s.district_id == district.id}
    assert in_district == {first.name, second.name, extra.name}
    assert workplace.id == workplace_id
    assert workplace.district_ids == [district.id]


def test_a_community_typed_by_hand_gets_stable_ids(store: Store) -> None:
    manual = CommunityRecord("", "Нова громада", settlements=(PlaceRecord("", "C", "Нове"),))
    setup = WorkplaceSetup(manual, "Нова сільська територіальна громада", (), "Офіс")
    set_up_workplace(store, setup)
    with store.read() as conn:
        settlement = conn.execute(select(Settlement.__table__)).one()  # type: ignore[attr-defined]
    assert settlement.name == "Нове"
    assert settlement.katottg == ""


def test_edrpou_check_digit() -> None:
    assert edrpou_valid("32855961")
    assert not edrpou_valid("32855962")
    assert not edrpou_valid("1234")


def test_a_failed_first_run_leaves_the_folder_ready_for_another_try(tmp_path: Path) -> None:
    paths = make_paths(tmp_path / "data")
    user = NewUser(LOGIN, PASSWORD, "Олена", Role.COORDINATOR)
    bad = WorkplaceSetup(CommunityRecord("", "Громада"), "Громада", (), "")
    broken = DistrictSetup("Той самий", ())
    twice = WorkplaceSetup(bad.community, "Громада", (broken, broken), "Офіс")
    with pytest.raises(IntegrityError):
        create_workplace_store(paths, user, twice, FAST_KDF)
    assert not paths.db_file.exists()
    assert not paths.key_file.exists()
    store, recovery = create_workplace_store(paths, user, bad, FAST_KDF)
    store.close()
    with Store.open_with_recovery(paths, recovery) as reopened:
        assert reopened.user_id


def test_codifier_names_use_one_apostrophe() -> None:
    names = [p.name for c in codifier() for p in c.settlements]
    assert "Камʼянка" in names
    assert not [n for n in names if "'" in n or "’" in n]


def test_the_status_bar_names_the_workplaces_districts(store: Store) -> None:
    from socdesk.store.territory import workplace_districts

    with store.read() as conn:
        assert workplace_districts(conn) == []
    izium = next(c for c in codifier() if c.katottg == IZIUM)
    place = izium.settlements[1]
    districts = (DistrictSetup("Камʼянський", (place,)), DistrictSetup("Бабенківський", ()))
    set_up_workplace(store, WorkplaceSetup(izium, "Ізюмська", districts, "Офіс"))
    with store.read() as conn:
        assert workplace_districts(conn) == ["Бабенківський", "Камʼянський"]


def test_a_settlement_typed_by_hand_outside_every_district_is_refused(store: Store) -> None:
    """Its people would belong to no district, so no device's sync would carry them."""
    community = CommunityRecord("", "Громада", settlements=(PlaceRecord("", "C", "Бабенкове"),))
    setup = WorkplaceSetup(
        community,
        "Громада",
        (DistrictSetup("Бабенківський", community.settlements),),
        "Офіс",
        extra_settlements=(PlaceRecord("", "C", "Хутір Новий"),),
    )
    with pytest.raises(ValidationError, match="Хутір Новий"):
        set_up_workplace(store, setup)
