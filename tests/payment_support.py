"""Cases with paid contracts, for the tests of payments received (store and screens)."""

from __future__ import annotations

import datetime as dt

from support import add_person, move_to_providing

from socdesk.store.database import Store

SIGNED = dt.date(2026, 3, 2)


def paid_case(
    store: Store,
    surname: str,
    *,
    category: str = "differentiated",
    amount_kop: int = 45000,
    signed: dt.date = SIGNED,
    valid_to: dt.date | None = None,
    terminated_on: dt.date | None = None,
    settlement_id: str | None = None,
) -> tuple[str, str, str]:
    """A person receiving home care (015.1) under a contract of `category` charging
    `amount_kop` a month, signed on `signed`: (person id, case id, contract id)."""
    from socdesk.domain.cases import Channel
    from socdesk.store.cases import Appeal, open_case
    from socdesk.store.schema import Contract

    extra = {"settlement_id": settlement_id} if settlement_id else {}
    person = add_person(store, surname, "Олена", **extra)
    with store.write() as uow:
        case, _ = open_case(uow, Appeal(person, Channel.APPLICATION, signed, ["015.1"]), "Б")
        move_to_providing(uow, case, signed)
        service = {"code": "015.1", "volume": "26", "unit": "година", "schedule": "пн, ср, пт"}
        contract = uow.insert(
            Contract,
            {
                "case_id": case,
                "number": f"Д-{surname}",
                "signed_on": signed,
                "valid_to": valid_to,
                "terminated_on": terminated_on,
                "services": [{**service, "tariff_kop": 90000}],
                "payment_category": category,
                "amount_kop": amount_kop,
            },
        )
    return person, case, contract


def two_districts(store: Store) -> dict[str, str]:
    """A workplace with two starosta districts, «Північний» (Бабенкове) and «Південний»
    (Копанки): names of the settlements and districts -> ids."""
    from sqlalchemy import select

    from socdesk.store.schema import Settlement, StarostaDistrict
    from socdesk.store.territory import (
        CommunityRecord,
        DistrictSetup,
        PlaceRecord,
        WorkplaceSetup,
        set_up_workplace,
    )

    north, south = PlaceRecord("", "C", "Бабенкове"), PlaceRecord("", "C", "Копанки")
    community = CommunityRecord("", "Громада", settlements=(north, south))
    districts = (DistrictSetup("Північний", (north,)), DistrictSetup("Південний", (south,)))
    set_up_workplace(store, WorkplaceSetup(community, "Громада", districts, "Офіс"))
    found: dict[str, str] = {}
    with store.read() as conn:
        for model in (Settlement, StarostaDistrict):
            table = model.__table__  # type: ignore[attr-defined]
            found |= {r.name: r.id for r in conn.execute(select(table.c.id, table.c.name))}
    return found
