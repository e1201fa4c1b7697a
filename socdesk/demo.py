"""A synthetic demo district: a real community's territory, invented people.

`build_demo` fills a new store with the Izium community's settlements (from the official
codifier), starosta districts, a workplace, workers, and households of recipients with Ukrainian
names by sex, patronymics, valid РНОКПП consistent with birth date and sex, documents, phones,
categories and consents. The same seed gives the same people and ids. Never real people.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from faker import Faker

from socdesk.demo_cases import CASE_PATHS, SHOWCASE, DemoCase
from socdesk.demo_names import patronymic
from socdesk.demo_payments import add_payments_and_surveys
from socdesk.domain.identifiers import DocumentType, Sex, make_rnokpp
from socdesk.domain.ids import reference_id
from socdesk.domain.people import HouseholdRole, PersonInput, RnokppStatus
from socdesk.domain.progress import Progress
from socdesk.domain.text import search_fold
from socdesk.paths import resources_dir
from socdesk.store.database import Store
from socdesk.store.people import create_person, people_with_birth_dates, worker_ids
from socdesk.store.schema import Consent, Household, HouseholdMembership, Worker
from socdesk.store.territory import (
    CommunityRecord,
    DistrictSetup,
    PlaceRecord,
    WorkplaceSetup,
    community_id_of,
    set_up_workplace,
    settlement_id_of,
)
from socdesk.store.uow import UnitOfWork

BATCH = 500
OPERATORS = ("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99")
STREETS = (
    "Шкільна",
    "Центральна",
    "Садова",
    "Миру",
    "Польова",
    "Зарічна",
    "Молодіжна",
    "Лісова",
    "Козацька",
    "Вишнева",
    "Соборна",
    "Гагаріна",
)


@dataclass(frozen=True, slots=True)
class DemoResult:
    districts: int
    settlements: int
    households: int
    recipients: int
    cases: int = 0


@dataclass(frozen=True, slots=True)
class Territory:
    community_id: str
    districts: dict[str, str]  # district name -> id
    villages: list[tuple[str, str, str]]  # (settlement id, name, district id)


class _Ids:
    """Deterministic UUIDs from the seed, so the same seed gives the same store."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def build_demo(
    store: Store, recipients: int, seed: int, progress: Progress | None = None
) -> DemoResult:
    """Fills `store` with a demo community and `recipients` people in households."""
    rng = random.Random(seed)
    fake = Faker("uk_UA")
    fake.seed_instance(seed)
    ids = _Ids(rng)
    progress = progress or Progress()
    territory = _territory(store)
    _workers(store, territory, fake, ids)
    progress.start("Створюю демонстраційних отримувачів", recipients)
    people = households = 0
    today = dt.date.today()
    while people < recipients:
        with store.write() as uow:
            batch_end = min(recipients, people + BATCH)
            while people < batch_end:
                size = min(batch_end - people, _household_size(rng))
                _household(uow, territory, fake, rng, ids, size, today)
                people += size
                households += 1
        progress.advance(people - progress.snapshot().done)
    cases = _cases(store, rng, ids, today)
    add_payments_and_surveys(store, rng, today)
    return DemoResult(
        len(territory.districts), len(territory.villages) + 1, households, people, cases
    )


CASE_SHARE = 6  # one recipient in six has a case


def _cases(store: Store, rng: random.Random, ids: _Ids, today: dt.date) -> int:
    """Cases for one recipient in six (with a birth date, which the payment needs), each at
    some stage of its path with the records a worker would have made (`demo_cases`). The
    first walk the showcase paths, so that even a small demo has every document to print;
    cases are opened in the order of their appeal dates, so their numbers follow the dates."""
    with store.read() as conn:
        people = people_with_birth_dates(conn)
        staff = worker_ids(conn)
    chosen = people[::CASE_SHARE]
    cases = []
    for n, (person_id, name, birth_date) in enumerate(chosen):
        case = DemoCase(rng, today, (person_id, name), staff, ids())
        old = (today - birth_date).days > 60 * 365
        if n < len(SHOWCASE):
            case.prepare(SHOWCASE[n], old, showcase=True)
        else:
            case.prepare(rng.choice(CASE_PATHS), old)
        cases.append(case)
    cases.sort(key=lambda c: c.received_on)
    for start in range(0, len(cases), CASE_BATCH):
        with store.write() as uow:
            for case in cases[start : start + CASE_BATCH]:
                case.walk(uow)
    return len(chosen)


CASE_BATCH = 20  # cases with years of service log are big: a few per transaction


def _territory(store: Store) -> Territory:
    doc: dict[str, Any] = json.loads(
        (resources_dir() / "demo" / "izium.json").read_text(encoding="utf-8")
    )
    com, centre = doc["community"], doc["centre"]
    places = [
        (PlaceRecord(k, cat, name), district) for k, cat, name, district in doc["settlements"]
    ]
    district_names = list(dict.fromkeys(d for _, d in places if d is not None))
    community = CommunityRecord(
        com["katottg"], com["name"], com["oblast"], com["raion"], tuple(p for p, _ in places)
    )
    setup = WorkplaceSetup(
        community=community,
        community_name=com["name"],
        districts=tuple(
            DistrictSetup(
                name, tuple(p for p, d in places if d == name), decision="демонстраційний поділ"
            )
            for name in district_names
        ),
        workplace_name="Терцентр (демонстрація)",
        centre_name=centre["name"],
        centre_address=centre["address"],
        centre_edrpou=centre["edrpou"],
        case_prefix="ІЗМ",
    )
    set_up_workplace(store, setup)
    community_id = community_id_of(community)
    districts = {
        name: reference_id("starosta_district", f"{community_id}:{search_fold(name)}")
        for name in district_names
    }
    villages = [
        (settlement_id_of(community_id, place), place.name, districts[district])
        for place, district in places
        if district is not None
    ]
    return Territory(community_id, districts, villages)


def _workers(store: Store, territory: Territory, fake: Faker, ids: _Ids) -> None:
    with store.write() as uow:
        for did in territory.districts.values():
            uow.insert(
                Worker,
                {
                    "surname": fake.last_name_female(),
                    "given_name": fake.first_name_female(),
                    "patronymic": patronymic(fake.first_name_male(), Sex.FEMALE),
                    "position": "фахівець із соціальної роботи",
                    "district_id": did,
                },
                row_id=ids(),
            )
            uow.insert(
                Worker,
                {
                    "surname": fake.last_name_female(),
                    "given_name": fake.first_name_female(),
                    "patronymic": patronymic(fake.first_name_male(), Sex.FEMALE),
                    "position": "соціальний робітник",
                    "district_id": did,
                },
                row_id=ids(),
            )


def demo_people(n: int, seed: int, today: dt.date) -> Iterator[PersonInput]:
    """`n` people as the demo makes them (names by sex, РНОКПП, documents, phones), without
    territory or households: for benchmarks that need the same people outside a store."""
    rng = random.Random(seed)
    fake = Faker("uk_UA")
    fake.seed_instance(seed)
    for _ in range(n):
        sex = rng.choice((Sex.MALE, Sex.FEMALE))
        male, female = _surnames(fake, rng)
        age = rng.randint(0, 95)
        birth = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
        person = _person(fake, rng, sex, birth, male if sex is Sex.MALE else female)
        person.categories = _categories(rng, age, 1)
        yield person


def _household_size(rng: random.Random) -> int:
    return rng.choices((1, 2, 3, 4, 5), weights=(38, 30, 15, 10, 7))[0]


def _household(  # noqa: PLR0913 - a household needs all of these
    uow: UnitOfWork,
    territory: Territory,
    fake: Faker,
    rng: random.Random,
    ids: _Ids,
    size: int,
    today: dt.date,
) -> None:
    settlement_id, _name, _district = rng.choice(territory.villages)
    address = f"вул. {rng.choice(STREETS)}, {rng.randint(1, 120)}"
    household_id, head_pid = ids(), ids()
    moved_in = today - dt.timedelta(days=rng.randint(30, 2000))
    uow.insert(
        Household,
        {
            "settlement_id": settlement_id,
            "address": address,
            "head_id": head_pid,
        },
        row_id=household_id,
    )
    head_sex = rng.choice((Sex.MALE, Sex.FEMALE, Sex.FEMALE))
    surname_m, surname_f = _surnames(fake, rng)
    head_age = rng.randint(58, 94) if size <= 2 else rng.randint(35, 70)
    roles = [
        HouseholdRole.HEAD,
        HouseholdRole.SPOUSE,
        HouseholdRole.CHILD,
        HouseholdRole.CHILD,
        HouseholdRole.GRANDCHILD,
    ][:size]
    for role in roles:
        sex = _member_sex(rng, role, head_sex)
        age = _age(rng, role, head_age)
        person = _person(
            fake,
            rng,
            sex,
            today - dt.timedelta(days=age * 365 + rng.randint(0, 364)),
            surname_m if sex is Sex.MALE else surname_f,
        )
        person.settlement_id = settlement_id
        person.registered_address = f"с. {_name}, {address}"
        person.actual_address = person.registered_address
        person.categories = _categories(rng, age, size)
        person.household_id, person.household_role = household_id, role
        row_id = head_pid if role is HouseholdRole.HEAD else ids()
        pid, _ = create_person(uow, person, None, today, row_id=row_id)
        # Everyone here is new to the household: the stay is written directly, buffered with
        # the rest of the batch (join_household would read first, for each person).
        uow.insert(
            HouseholdMembership,
            {
                "person_id": pid,
                "household_id": household_id,
                "role": role.value,
                "joined_on": moved_in,
            },
            row_id=ids(),
        )
        if rng.random() < 0.8:
            uow.insert(
                Consent,
                {
                    "person_id": pid,
                    "given_on": today - dt.timedelta(days=rng.randint(0, 900)),
                    "scope": "Облік отримувачів соціальних послуг і ведення випадку",
                },
                row_id=ids(),
            )


def _member_sex(rng: random.Random, role: HouseholdRole, head_sex: Sex) -> Sex:
    match role:
        case HouseholdRole.HEAD:
            return head_sex
        case HouseholdRole.SPOUSE:
            return Sex.MALE if head_sex is Sex.FEMALE else Sex.FEMALE
        case _:
            return rng.choice((Sex.MALE, Sex.FEMALE))


def _surnames(fake: Faker, rng: random.Random) -> tuple[str, str]:
    male = fake.last_name_male()
    if male.endswith(("ський", "цький")):
        return male, male[:-2] + "а"
    if male.endswith("ий"):
        return male, male[:-2] + "а"
    return male, male


def _age(rng: random.Random, role: HouseholdRole, head_age: int) -> int:
    match role:
        case HouseholdRole.HEAD:
            return head_age
        case HouseholdRole.SPOUSE:
            return max(18, head_age + rng.randint(-6, 4))
        case HouseholdRole.CHILD:
            return max(0, head_age - rng.randint(20, 38))
        case _:
            return rng.randint(0, 17)


def _person(fake: Faker, rng: random.Random, sex: Sex, birth: dt.date, surname: str) -> PersonInput:
    male = sex is Sex.MALE
    roll = rng.random()
    status = RnokppStatus.KNOWN
    if roll > 0.97:
        status = RnokppStatus.UNKNOWN
    elif roll > 0.94:
        status = RnokppStatus.REFUSED
    adult = (dt.date.today() - birth).days >= 14 * 365
    if not adult:
        doc_type = DocumentType.BIRTH_CERTIFICATE
    elif birth.year >= 1960 and rng.random() < 0.7 and status is not RnokppStatus.REFUSED:
        doc_type = DocumentType.ID_CARD
    else:
        doc_type = DocumentType.PASSPORT_BOOK
    has_phone = adult and rng.random() < 0.75
    return PersonInput(
        surname=surname,
        given_name=fake.first_name_male() if male else fake.first_name_female(),
        patronymic=patronymic(fake.first_name_male(), sex),
        birth_date=birth,
        sex=sex,
        rnokpp_status=status,
        rnokpp=make_rnokpp(birth, sex, rng.randint(0, 999)) if status is RnokppStatus.KNOWN else "",
        document_type=doc_type,
        document_number=_document(rng, doc_type),
        phone=f"+380{rng.choice(OPERATORS)}{rng.randint(0, 9_999_999):07d}" if has_phone else "",
    )


def _document(rng: random.Random, doc_type: DocumentType) -> str:
    match doc_type:
        case DocumentType.ID_CARD:
            return f"{rng.randint(0, 999_999_999):09d}"
        case DocumentType.PASSPORT_BOOK:
            letters = "АВЕІКМНОРСТХ"
            return f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 999_999):06d}"
        case _:
            return f"І-КЕ{rng.randint(0, 999_999):06d}"


def _categories(rng: random.Random, age: int, size: int) -> list[str]:
    categories = []
    if age >= 60:
        categories.append("older_alone" if size == 1 else "older")
    if rng.random() < 0.12:
        categories.append(rng.choice(("disability_1", "disability_2", "disability_3")))
    if rng.random() < 0.06:
        categories.append("idp")
    if age >= 18 and rng.random() < 0.03:
        categories.append("combatant")
    return categories
