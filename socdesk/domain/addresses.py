"""An address as documents and lists write it: the settlement named once, with its kind.

The street address people type often starts with the settlement already («с. Глинське, вул.
Миру, 5»); the settlement the person is registered in is named before it only when the address
does not name it («с. Глинське, вул. Миру, 5», never «Глинське, с. Глинське, вул. Миру, 5»)."""

from __future__ import annotations

import re

from socdesk.domain.text import normalize_apostrophes

# КАТОТТГ categories of a settlement and how an address abbreviates them.
KIND_ABBREVIATIONS = {"M": "м.", "X": "с-ще", "C": "с."}


def settlement_named(settlement: str, category: str = "") -> str:
    """«с. Глинське», «м. Ізюм»; the bare name for an unknown category."""
    kind = KIND_ABBREVIATIONS.get(category, "")
    return f"{kind} {settlement}".strip() if settlement else ""


def _names(street: str, settlement: str) -> bool:
    pattern = r"(?<![\wʼ])" + re.escape(normalize_apostrophes(settlement)) + r"(?![\wʼ])"
    return re.search(pattern, normalize_apostrophes(street), re.IGNORECASE) is not None


def address_line(settlement: str, street: str | None, category: str = "") -> str:
    """The settlement (with its kind) and the street address, the settlement named once."""
    street = (street or "").strip()
    if settlement and street and _names(street, settlement):
        return street
    return ", ".join(p for p in (settlement_named(settlement, category), street) if p)
