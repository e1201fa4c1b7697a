"""This device's workplace is read by its id, kept in local state: after a pull the store holds
every workplace of the centre, and the first row is not necessarily this device's."""

from __future__ import annotations

from sqlalchemy import select

from socdesk.store import meta
from socdesk.store.database import Store
from socdesk.store.printing import centre_logo, letterhead, set_centre_logo
from socdesk.store.schema import Community, StarostaDistrict, Workplace
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    community_id_of,
    served_districts,
    set_up_workplace,
    set_workplace_prefix,
    this_workplace_community,
    workplace_prefix,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
HOME = CommunityRecord("", "Бабенківська", settlements=(PlaceRecord("", "C", "Бабенкове"),))


def _other_replicas_workplace(store: Store) -> str:
    """A workplace of another community that arrived by sync before this one was set up."""
    with store.write() as uow:
        community = uow.insert(Community, {"katottg": "", "name": "Інша громада"})
        district = uow.insert(StarostaDistrict, {"community_id": community, "name": "Чужий"})
        return uow.insert(
            Workplace,
            {
                "name": "Чуже робоче місце",
                "community_id": community,
                "district_ids": [district],
                "centre_name": "Чужий центр",
                "case_prefix": "ЧУЖ",
                "centre_logo": "AAAA",
            },
        )


def test_every_reader_takes_this_devices_workplace_not_the_first_row(store: Store) -> None:
    other = _other_replicas_workplace(store)
    setup = WorkplaceSetup(
        HOME,
        "Бабенківська громада",
        (DistrictSetup("Бабенківський", HOME.settlements),),
        "Наше робоче місце",
        centre_name="Наш центр",
        case_prefix="НАШ",
    )
    ours = set_up_workplace(store, setup)
    with store.read() as conn:
        assert meta.workplace_id(conn) == ours != other
        assert [name for _, name in served_districts(conn)] == ["Бабенківський"]
        assert workplace_prefix(conn) == "НАШ"
        assert letterhead(conn)["centre"] == "Наш центр"
        assert centre_logo(conn) is None
        assert this_workplace_community(conn) == community_id_of(HOME)
    with store.write() as uow:
        set_workplace_prefix(uow, "НАШ-2")
        set_centre_logo(uow, PNG)
    with store.read() as conn:
        rows = dict(conn.execute(select(Workplace.id, Workplace.case_prefix)).all())  # type: ignore[call-overload]
        assert rows == {ours: "НАШ-2", other: "ЧУЖ"}
        assert centre_logo(conn) == PNG
