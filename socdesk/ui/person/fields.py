"""The person card's fields: labels and choices, shared by the card and the duplicates dialog."""

from __future__ import annotations

from socdesk.domain.identifiers import DocumentType, Sex, format_phone
from socdesk.domain.people import PersonInput, RnokppStatus
from socdesk.ui.i18n import noop

TEXT_FIELDS = (
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "rnokpp",
    "document_number",
    "unzr",
    "phone",
    "registered_address",
    "actual_address",
)
LABELS = {
    "surname": noop("PersonCard", "Прізвище"),
    "given_name": noop("PersonCard", "Ім’я"),
    "patronymic": noop("PersonCard", "По батькові"),
    "birth_date": noop("PersonCard", "Дата народження"),
    "sex": noop("PersonCard", "Стать"),
    "rnokpp_status": noop("PersonCard", "РНОКПП"),
    "rnokpp": noop("PersonCard", "Номер РНОКПП"),
    "document_type": noop("PersonCard", "Документ"),
    "document_number": noop("PersonCard", "Серія і номер"),
    "unzr": noop("PersonCard", "УНЗР"),
    "phone": noop("PersonCard", "Телефон"),
    "settlement_id": noop("PersonCard", "Населений пункт"),
    "registered_address": noop("PersonCard", "Зареєстроване місце проживання"),
    "actual_address": noop("PersonCard", "Фактичне місце проживання"),
    "notes": noop("PersonCard", "Примітки"),
}
CHOICES: dict[str, list[tuple[str, str | None]]] = {
    "sex": [
        ("—", None),
        (noop("PersonCard", "жіноча"), Sex.FEMALE.value),
        (noop("PersonCard", "чоловіча"), Sex.MALE.value),
    ],
    # "Not yet known" first: a new card starts there, and typing a number switches to "known".
    "rnokpp_status": [
        (noop("PersonCard", "ще не відомий"), RnokppStatus.UNKNOWN.value),
        (noop("PersonCard", "відомий"), RnokppStatus.KNOWN.value),
        (noop("PersonCard", "відмова (релігійні переконання)"), RnokppStatus.REFUSED.value),
    ],
    "document_type": [
        ("—", None),
        (noop("PersonCard", "ID-картка"), DocumentType.ID_CARD.value),
        (noop("PersonCard", "паспорт-книжечка"), DocumentType.PASSPORT_BOOK.value),
        (noop("PersonCard", "свідоцтво про народження"), DocumentType.BIRTH_CERTIFICATE.value),
        (noop("PersonCard", "інший"), DocumentType.OTHER.value),
    ],
}

# The fields shown side by side when two records may be one person (duplicates, merge): the
# card's text fields, which are also what identifies a person.
SIDE_BY_SIDE = TEXT_FIELDS


def shown_value(person: PersonInput, name: str) -> str:
    """A stored field as a person reads it: dates as ДД.ММ.РРРР, phones as 067 123 45 67."""
    value = getattr(person, name)
    if value is None or value == "":
        return ""
    if name == "birth_date":
        return str(value.strftime("%d.%m.%Y"))
    if name == "phone":
        return format_phone(str(value))
    return str(value)
