"""The contract as a lawyer reads it: the model contract's sections (REFERENCE.md §2.4), the
place of signing, the provider's signatory «в особі …, що діє на підставі …» from Settings,
the signatures on the page of the last section, the settlement named once in addresses."""

from __future__ import annotations

import io
import re

import pytest
from documents.test_documents import TODAY, all_text
from pypdf import PdfReader

from socdesk.documents import printing
from socdesk.store import casework as cw
from socdesk.store.centre import CentreDetails, centre_details, set_centre_details
from socdesk.store.database import Store
from socdesk.store.schema import Person


@pytest.fixture
def signed(store: Store, case_id: str) -> str:
    """The case, with Settings holding the signatory and the person a typed address that
    names the village already."""
    with store.write() as uow:
        now = centre_details(uow.connection)
        set_centre_details(
            uow,
            CentreDetails(
                now.name,
                now.address,
                "32855961",
                head="Петренко Ольга Іванівна",
                signer_position="Директор",
                signer_name="Петренко Ольга Іванівна",
                signer_basis="Положення про Центр, затвердженого рішенням від 12.01.2021 № 45",
                contract_place="м. Ізюм",
            ),
        )
        person = cw.case_header(uow.connection, case_id).person_id
        uow.update(Person, person, {"registered_address": "с. Бабенкове, вул. Миру, 5"})
    return case_id


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def test_the_contract_has_the_model_sections_place_and_signatory(store: Store, signed: str) -> None:
    text = flat(all_text(printing.make(store, "contract", signed, TODAY).pdf))
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    for numeral in numerals:
        assert re.search(rf"\b{numeral}\. [А-ЯІЇЄҐ]", text), numeral
    assert "IX. Місцезнаходження" in text
    assert "м. Ізюм 2 березня 2026 р." in text  # where and when signed
    assert (
        "в особі директора Петренко Ольги Іванівни, що діє на підставі Положення про Центр, "
        "затвердженого рішенням від 12.01.2021 № 45" in text
    )
    assert "код ЄДРПОУ 32855961" in text
    assert "Ольга ПЕТРЕНКО" in text  # the signature block names the signer


def test_the_signatures_stand_with_the_last_section(store: Store, signed: str) -> None:
    pdf = printing.make(store, "contract", signed, TODAY).pdf
    pages = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    (page,) = [p for p in pages if "Отримувач (законний представник)" in p]
    assert "IX. Місцезнаходження" in page and "Зареєстроване місце проживання" in page
    last = pages[-1]  # annex 2's signatures, with its last step and the sum
    assert "Плата:" in last and "До сплати на місяць" in last and "Отримувач" in last


@pytest.mark.parametrize("code", ["contract", "application", "registration_card"])
def test_the_registered_address_names_the_village_once(
    store: Store, signed: str, code: str
) -> None:
    subject = signed
    if code == "registration_card":
        with store.read() as conn:
            subject = cw.case_header(conn, signed).person_id
    text = flat(all_text(printing.make(store, code, subject, TODAY).pdf))
    assert "с. Бабенкове, вул. Миру, 5" in text
    assert "Бабенкове, с. Бабенкове" not in text
