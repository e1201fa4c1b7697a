"""Imported people get a district: from their settlement, or the one the person importing names
for new settlements and people no settlement places (asked only when it cannot be derived)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select
from support import LOGIN, PASSWORD, TODAY

from socdesk.cli import Io, main
from socdesk.reports.registry_import import DistrictNeeded, apply_import, plan_import
from socdesk.store.database import Store
from socdesk.store.schema import Person, Settlement, StarostaDistrict
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    set_up_workplace,
)

NORTH, SOUTH = PlaceRecord("", "C", "Бабенкове"), PlaceRecord("", "C", "Копанки")


def _workplace(store: Store, *districts: DistrictSetup) -> dict[str, str]:
    community = CommunityRecord("", "Бабенківська", settlements=(NORTH, SOUTH))
    set_up_workplace(store, WorkplaceSetup(community, "Бабенківська громада", districts, "Офіс"))
    with store.read() as conn:
        tbl = StarostaDistrict.__table__  # type: ignore[attr-defined]
        return {r.name: r.id for r in conn.execute(select(tbl.c.id, tbl.c.name))}


def _journal(folder: Path) -> Path:
    path = folder / "journal.csv"
    path.write_text(
        "ПІБ;Населений пункт\n"
        "Коваль Олена Іванівна;с. Бабенкове\n"
        "Петренко Іван Петрович;Нове Село\n"
        "Шевчук Марія Іванівна;\n",
        encoding="utf-8",
    )
    return path


def _districts(store: Store) -> dict[str, str | None]:
    """surname -> district, and settlement name -> district."""
    with store.read() as conn:
        person = Person.__table__  # type: ignore[attr-defined]
        place = Settlement.__table__  # type: ignore[attr-defined]
        people = conn.execute(select(person.c.surname, person.c.district_id)).all()
        places = conn.execute(select(place.c.name, place.c.district_id)).all()
    return dict(people) | dict(places)


TWO = (DistrictSetup("Північний", (NORTH,)), DistrictSetup("Південний", (SOUTH,)))


def test_two_districts_ask_which_one_and_nothing_is_written_before(
    store: Store, tmp_path: Path
) -> None:
    ids = _workplace(store, *TWO)
    plan = plan_import(store, _journal(tmp_path), None, TODAY)
    assert plan.unplaced == 2  # the new settlement's person and the one without a settlement
    with pytest.raises(DistrictNeeded):
        apply_import(store, plan, TODAY)
    assert "Коваль" not in _districts(store)
    assert apply_import(store, plan, TODAY, "південний") == 3
    found = _districts(store)
    assert found["Коваль"] == ids["Північний"]  # from her settlement, not the one chosen
    assert found["Нове Село"] == found["Петренко"] == ids["Південний"]
    assert found["Шевчук"] == ids["Південний"]


def test_a_district_that_does_not_exist_is_refused(store: Store, tmp_path: Path) -> None:
    _workplace(store, *TWO)
    plan = plan_import(store, _journal(tmp_path), None, TODAY)
    with pytest.raises(DistrictNeeded, match="Східний"):
        apply_import(store, plan, TODAY, "Східний")


def test_one_district_is_taken_without_asking(store: Store, tmp_path: Path) -> None:
    ids = _workplace(store, DistrictSetup("Північний", (NORTH, SOUTH)))
    plan = plan_import(store, _journal(tmp_path), None, TODAY)
    assert apply_import(store, plan, TODAY) == 3
    assert set(_districts(store).values()) == {ids["Північний"]}


def test_the_cli_takes_the_district_as_an_option(store: Store, tmp_path: Path) -> None:
    ids = _workplace(store, *TWO)
    folder = str(store.paths.data_dir)
    store.close()
    env = {"SOCDESK_USER": LOGIN, "SOCDESK_PASSWORD": PASSWORD}
    args = ["import", "recipients", str(_journal(tmp_path)), "--data-dir", folder]
    err = io.StringIO()
    assert main(args, Io(env, io.StringIO(), err, False)) == 2
    assert "округ" in err.getvalue()
    assert main([*args, "--district", "Південний"], Io(env, io.StringIO(), err, False)) == 0
    with Store.open(store.paths, LOGIN, PASSWORD) as again:
        assert _districts(again)["Шевчук"] == ids["Південний"]
