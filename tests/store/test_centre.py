"""The centre's details a coordinator edits in Settings: written through the unit of work on
this workplace's record (one change that travels by sync), checked (ЄДРПОУ's check digit), and
what the documents print."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from store.test_workplace import HOME

from socdesk.domain.errors import ValidationError
from socdesk.store.centre import CentreDetails, centre_details, set_centre_details
from socdesk.store.database import Store
from socdesk.store.printing import letterhead
from socdesk.store.territory import DistrictSetup, WorkplaceSetup, set_up_workplace

DETAILS = CentreDetails(
    name="Центр надання соціальних послуг Бабенківської сільської ради",
    address="64321, Харківська обл., с. Бабенкове, вул. Миру, 1",
    edrpou="32855961",
    head="Петренко Ольга Іванівна",
    signer_position="Директор",
    signer_name="Петренко Ольга Іванівна",
    signer_basis="Положення про Центр, затвердженого рішенням сесії від 12.01.2021 № 45",
    contract_place="с. Бабенкове",
)


@pytest.fixture
def workplace(store: Store) -> str:
    setup = WorkplaceSetup(
        HOME, "Бабенківська громада", (DistrictSetup("Бабенківський", HOME.settlements),), "ФСР"
    )
    return set_up_workplace(store, setup)


def _outbox(store: Store, row_id: str) -> list[dict[str, object]]:
    with store.read() as conn:
        rows = conn.execute(
            text("SELECT * FROM outbox WHERE row_id = :id ORDER BY seq"), {"id": row_id}
        ).mappings()
        return [dict(r) for r in rows]


def test_the_details_are_written_as_one_change_that_travels(store: Store, workplace: str) -> None:
    before = len(_outbox(store, workplace))
    with store.write() as uow:
        set_centre_details(uow, DETAILS)
    with store.read() as conn:
        assert centre_details(conn) == DETAILS
        head = letterhead(conn)
    assert head["signer_name"] == "Петренко Ольга Іванівна"
    assert head["signer_basis"].startswith("Положення про Центр")
    assert head["contract_place"] == "с. Бабенкове" and head["edrpou"] == "32855961"
    entries = _outbox(store, workplace)
    assert entries[-1]["table_name"] == "workplace"
    fields = json.loads(entries[-1]["fields_json"])  # type: ignore[arg-type]
    assert fields["signer_position"]["value"] == "Директор"
    assert len(entries) <= before + 1  # one change (coalesced while pending)
    with store.read() as conn:
        audit = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
    with store.write() as uow:  # nothing changed: nothing written
        set_centre_details(uow, DETAILS)
    with store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == audit


def test_a_wrong_edrpou_and_an_empty_name_are_refused_together(
    store: Store, workplace: str
) -> None:
    from dataclasses import replace

    with pytest.raises(ValidationError) as error, store.write() as uow:
        set_centre_details(uow, replace(DETAILS, name=" ", edrpou="32855962"))
    message = str(error.value)
    assert error.value.field == "name"
    assert "назву надавача" in message and "«32855962» неправильний" in message
    with store.read() as conn:
        assert centre_details(conn).name == ""  # nothing written
