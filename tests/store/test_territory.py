"""The codifier extract and writing a workplace's territory into the store."""

from __future__ import annotations

from sqlalchemy import select

from socdesk.store.database import Store
from socdesk.store.schema import Community, Settlement, StarostaDistrict, Workplace
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    codifier,
    find_communities,
    set_up_workplace,
    validate_edrpou,
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
        districts=(DistrictSetup("Бабенківський", (first, second)),),
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
    assert in_district == {first.name, second.name}
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


def test_edrpou_is_checked_when_given() -> None:
    assert validate_edrpou("") is None
    assert validate_edrpou("32855961") is None
    assert validate_edrpou("32855962") is not None
    assert validate_edrpou("1234") is not None
