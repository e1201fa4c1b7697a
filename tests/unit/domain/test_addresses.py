"""The one address formatter: the settlement named once, with its kind."""

from __future__ import annotations

import pytest

from socdesk.domain.addresses import address_line


@pytest.mark.parametrize(
    ("settlement", "street", "category", "expected"),
    [
        # The demo's and an import's addresses start with the settlement: named once.
        ("Глинське", "с. Глинське, вул. Миру, 5", "C", "с. Глинське, вул. Миру, 5"),
        ("Глинське", "село Глинське, вул. Миру, 5", "C", "село Глинське, вул. Миру, 5"),
        ("Глинське", "вул. Миру, 5", "C", "с. Глинське, вул. Миру, 5"),
        ("Ізюм", "вул. Соборна, 1", "M", "м. Ізюм, вул. Соборна, 1"),
        ("Обʼєднане", "с. Об'єднане, 3", "C", "с. Об'єднане, 3"),  # either apostrophe
        # A street named after another place does not hide the settlement.
        ("Глинськ", "вул. Глинське шосе, 2", "C", "с. Глинськ, вул. Глинське шосе, 2"),
        ("Глинське", "", "C", "с. Глинське"),
        ("", "вул. Миру, 5", "", "вул. Миру, 5"),
        ("Глинське", None, "", "Глинське"),
    ],
)
def test_the_settlement_is_named_once(
    settlement: str, street: str | None, category: str, expected: str
) -> None:
    assert address_line(settlement, street, category) == expected
