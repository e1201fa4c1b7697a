"""The coded values of a person's card as people write them in spreadsheets and journals
(«жіноча», «ID-картка», «ще не відомий»), and back: what an export writes, an import reads.

The screens translate their own labels (`ui.person.fields`); these are the Ukrainian words a
file carries, so a register exported by SocDesk imports back without a code in sight."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from socdesk.domain.errors import ValidationError
from socdesk.domain.identifiers import DocumentType, Sex
from socdesk.domain.people import RnokppStatus
from socdesk.domain.text import search_fold

SEX = {Sex.FEMALE: "жіноча", Sex.MALE: "чоловіча"}
RNOKPP_STATUS = {
    RnokppStatus.KNOWN: "відомий",
    RnokppStatus.UNKNOWN: "ще не відомий",
    RnokppStatus.REFUSED: "відмова (релігійні переконання)",
}
DOCUMENT_TYPE = {
    DocumentType.ID_CARD: "ID-картка",
    DocumentType.PASSPORT_BOOK: "паспорт-книжечка",
    DocumentType.BIRTH_CERTIFICATE: "свідоцтво про народження",
    DocumentType.OTHER: "інший",
}
# What people also write in journals, beside the labels above and the codes.
E = TypeVar("E", bound=StrEnum)

_SEX_WORDS = {
    Sex.FEMALE: ("ж", "жін", "жін.", "жінка", "жіночий", "f", "female", "жен", "женский"),
    Sex.MALE: ("ч", "чол", "чол.", "чоловік", "чоловічий", "m", "male", "муж", "мужской"),
}
_RNOKPP_WORDS = {
    RnokppStatus.KNOWN: ("є", "так"),
    RnokppStatus.UNKNOWN: ("невідомий", "немає", "ні"),
    RnokppStatus.REFUSED: ("відмова", "відмова від рнокпп"),
}
_DOCUMENT_WORDS = {
    DocumentType.ID_CARD: ("id картка", "id-карта", "паспорт (id-картка)", "картка"),
    DocumentType.PASSPORT_BOOK: ("паспорт", "паспорт-книжка", "паспорт книжечка"),
    DocumentType.BIRTH_CERTIFICATE: ("свідоцтво", "свідоцтво про народження дитини"),
    DocumentType.OTHER: ("інше", "інший документ"),
}


def _reader(labels: Mapping[E, str], words: Mapping[E, tuple[str, ...]]) -> dict[str, E]:
    known: dict[str, E] = {}
    for value, label in labels.items():
        for text in (label, value.value, *words.get(value, ())):
            known[search_fold(text).strip()] = value
    return known


_READ_SEX = _reader(SEX, _SEX_WORDS)
_READ_RNOKPP = _reader(RNOKPP_STATUS, _RNOKPP_WORDS)
_READ_DOCUMENT = _reader(DOCUMENT_TYPE, _DOCUMENT_WORDS)


def read_sex(text: str) -> Sex | None:
    """«ж», «жіноча», «female» → Sex.FEMALE; an empty cell → None."""
    return _read(text, _READ_SEX, "sex", "Стать «%s» не розпізнано: пишіть «ж» або «ч».")


def read_rnokpp_status(text: str) -> RnokppStatus | None:
    return _read(
        text,
        _READ_RNOKPP,
        "rnokpp_status",
        "Стан РНОКПП «%s» не розпізнано: пишіть «відомий», «ще не відомий» або «відмова».",
    )


def read_document_type(text: str) -> DocumentType | None:
    return _read(
        text,
        _READ_DOCUMENT,
        "document_type",
        "Вид документа «%s» не розпізнано: пишіть «ID-картка», «паспорт-книжечка», "
        "«свідоцтво про народження» або «інший».",
    )


def _read(text: str, known: dict[str, E], field: str, message: str) -> E | None:
    key = search_fold(text).strip()
    if not key:
        return None
    if key not in known:
        raise ValidationError(message % text.strip(), field)
    return known[key]
