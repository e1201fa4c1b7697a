"""The provider's signatory as the contract's preamble writes it, from what Settings hold."""

from __future__ import annotations

import pytest

from socdesk.documents.signatory import in_person_of, initials, position_genitive


@pytest.mark.parametrize(
    ("position", "genitive"),
    [
        ("Директор", "директора"),
        ("директор Центру", "директора Центру"),
        ("Начальник відділу соціального захисту", "начальника відділу соціального захисту"),
        ("Заступник директора", "заступника директора"),
        ("Завідувач відділення", "завідувача відділення"),
        ("Директорка", "директорки"),
        ("Голова", "голови"),
        ("Головний спеціаліст", "головного спеціаліста"),
        ("в. о. директора", "в. о. директора"),
    ],
)
def test_the_position_follows_v_osobi_in_the_genitive(position: str, genitive: str) -> None:
    assert position_genitive(position) == genitive


def test_the_preamble_names_the_signatory_and_the_authority() -> None:
    text = in_person_of("Директор", "Петренко Ольга Іванівна", "Положення про Центр")
    assert (
        text == "в особі директора Петренко Ольги Іванівни, що діє на підставі Положення про Центр"
    )
    male = in_person_of("Директор", "Коваленко Петро Іванович", "довіреності від 02.01.2026 № 3")
    assert male.startswith("в особі директора Коваленка Петра Івановича, що діє на підставі дов")


def test_blanks_to_fill_by_hand_where_settings_hold_nothing() -> None:
    assert in_person_of("", "", "") == (
        "в особі ____________________, що діє на підставі ____________________"
    )


def test_a_signature_block_names_the_signer_by_given_name_and_surname() -> None:
    assert initials("Петренко Ольга Іванівна") == "Ольга ПЕТРЕНКО"
