"""Constants and builders shared by the tests (importable as `support`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from socdesk.domain.identifiers import Sex
from socdesk.domain.people import PersonInput, RnokppStatus
from socdesk.paths import AppPaths
from socdesk.store.database import Store
from socdesk.store.keys import KdfParams
from socdesk.store.people import create_person
from socdesk.store.uow import UnitOfWork

# Argon2id at its cheapest: the real parameters are tested in tests/store/test_keys.py.
FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
LOGIN, PASSWORD = "olena", "пароль-для-тестів"
TODAY = dt.date(2026, 11, 23)


def make_paths(folder: Path) -> AppPaths:
    return AppPaths(folder, folder / "logs")


def add_person(store: Store, surname: str, given: str = "Олена", **fields: object) -> str:
    with store.write() as uow:
        person_id, _ = create_person(uow, PersonInput(surname, given, **fields), None, TODAY)  # type: ignore[arg-type]
    return person_id


def kovalchuk(**changes: object) -> PersonInput:
    """The test person whose РНОКПП is python-stdnum's valid example (born 28.02.1948, male)."""
    person = PersonInput(
        "Ковальчук",
        "Олена",
        "Іванівна",
        dt.date(1948, 2, 28),
        Sex.MALE,
        RnokppStatus.KNOWN,
        "1759013776",
        phone="0671234567",
    )
    for name, value in changes.items():
        setattr(person, name, value)
    return person


def populate(store: Store) -> None:
    """Five people whose names exercise the alphabet, ґ/г and apostrophes."""
    people = [
        kovalchuk(),
        PersonInput("Ґудзь", "Євген"),
        PersonInput("Гудзь", "Ілля", birth_date=dt.date(1990, 5, 5)),
        PersonInput("Аврамчук", "Марʼяна", birth_date=dt.date(1970, 1, 1)),
        PersonInput("Ющенко", "Петро"),
    ]
    with store.write() as uow:
        for person in people:
            create_person(uow, person, None, TODAY)


def type_text(widget: QWidget, text: str) -> None:
    """Types any Unicode text into `widget`, one key event per character.

    WORKAROUND: `qtbot.keyClicks` aborts the whole process on Cyrillic (qasciikey.cpp
    assertion; ENVIRONMENT.md §1, §8).
    """
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def set_up_places(store: Store, *names: str) -> list[str]:
    """A workplace whose community has these settlements (typed by hand); their ids."""
    from socdesk.store.territory import (
        CommunityRecord,
        PlaceRecord,
        WorkplaceSetup,
        community_id_of,
        set_up_workplace,
        settlement_id_of,
    )

    places = tuple(PlaceRecord("", "C", name) for name in names)
    community = CommunityRecord("", "Громада", settlements=places)
    set_up_workplace(store, WorkplaceSetup(community, "Громада", (), "Офіс"))
    return [settlement_id_of(community_id_of(community), place) for place in places]


def two_districts(store: Store) -> None:
    """A workplace serving two starosta districts, «Північний» (Бабенкове) and «Південний»
    (Копанки)."""
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


def assessing_case(store: Store) -> str:
    """Коваль Ганна's home-care case (БАБ-2026-0001), being assessed, at a centre «Терцентр»."""
    from socdesk.domain.cases import CaseState, Channel
    from socdesk.store import casework as cw
    from socdesk.store.cases import Appeal, open_case
    from socdesk.store.schema import Workplace

    set_up_places(store, "Бабенкове")
    with store.write() as uow:
        workplace = uow.connection.execute(Workplace.__table__.select()).one()  # type: ignore[attr-defined]
        uow.update(Workplace, workplace.id, {"case_prefix": "БАБ", "centre_name": "Терцентр"})
    person = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1944, 5, 1))
    with store.write() as uow:
        case, _ = open_case(
            uow, Appeal(person, Channel.APPLICATION, dt.date(2026, 11, 2), ["015.1"]), "БАБ"
        )
        cw.advance(uow, case, CaseState.ASSESSING, dt.date(2026, 11, 2))
    return case


# The Barthel scale (resources/forms/adl_barthel.json) answered "independent" except stairs.
BARTHEL_BEST_BUT_STAIRS = {
    "assessed_on": "2026-03-03",
    "assessor": "Коваль О. І., ФСР",
    "feeding": "independent",
    "bathing": "independent",
    "grooming": "independent",
    "dressing": "independent",
    "bowels": "continent",
    "bladder": "continent",
    "toilet": "independent",
    "transfer": "independent",
    "mobility": "independent",
}


def home_care_case(
    store: Store, surname: str, worker_id: str | None, schedule: str = "пн, ср, пт", **plan: object
) -> str:
    """A person receiving home care (015.1) from `worker_id` under a plan of 26 hours a month
    and a contract on the `schedule`'s days, signed 02.03.2026; the case's id."""
    from socdesk.domain.cases import Channel
    from socdesk.store.cases import Appeal, open_case
    from socdesk.store.schema import CarePlan, Contract

    person = add_person(store, surname, "Олена")
    signed = dt.date(2026, 3, 2)
    with store.write() as uow:
        case, _ = open_case(
            uow, Appeal(person, Channel.APPLICATION, signed, ["015.1"], worker_id=worker_id), "Б"
        )
        move_to_providing(uow, case, signed)
        measure = {
            "person_id": person,
            "code": "015.1",
            "measure": "Догляд вдома",
            "frequency": "тричі на тиждень",
            "volume": str(plan.get("volume", 26)),
            "responsible": "соцробітник",
        }
        uow.insert(
            CarePlan,
            {
                "case_id": case,
                "made_on": signed,
                "review_on": signed.replace(month=9),
                "measures": [measure],
            },
        )
        service = {"code": "015.1", "volume": "26", "unit": "година", "schedule": schedule}
        uow.insert(
            Contract,
            {
                "case_id": case,
                "number": f"Д-{surname}",
                "signed_on": signed,
                "services": [{**service, "tariff_kop": 0}],
                "payment_category": "free",
            },
        )
    return case


def move_to_providing(uow: UnitOfWork, case_id: str, on: dt.date) -> None:
    """Walks a case from the appeal to providing services on `on` (the facts taken as met)."""
    from socdesk.domain.cases import CaseFacts, CaseState
    from socdesk.store.cases import move_case

    facts = CaseFacts(assessment_act=True, individual_plan=True, contract=True)
    for target in (
        CaseState.ASSESSING,
        CaseState.AWAITING_DECISION,
        CaseState.GRANTED,
        CaseState.PROVIDING,
    ):
        move_case(uow, case_id, target, facts, on)


def fixture_connection(folder: Path) -> Any:
    """A DB-API connection to a fixture store (tests/store/fixtures/<revision>, login and
    password `fixture`) as it is, not upgraded; the caller closes it."""
    from socdesk.store.engine import connect_raw
    from socdesk.store.keys import KeyFile

    _, key = KeyFile.load(folder / "socdesk.keys").unwrap_with_password("fixture", "fixture")
    return connect_raw(folder / "socdesk.db", key)
