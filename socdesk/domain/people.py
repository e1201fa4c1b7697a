"""People and households as the domain sees them (отримувачі соціальних послуг, домогосподарства).

`PersonInput` is what a form or the demo generator hands in; `validate_person` turns it into
the stored field values, or raises `ValidationError` for the first thing to fix, and returns
warnings that a person may confirm (e.g. an РНОКПП that encodes another birth date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from socdesk.domain.errors import ValidationError
from socdesk.domain.identifiers import (
    DocumentType,
    Sex,
    normalize_document,
    normalize_phone,
    rnokpp_warnings,
    validate_name,
    validate_rnokpp,
    validate_unzr,
)
from socdesk.domain.messages import noop
from socdesk.domain.text import clean_name


class Role(StrEnum):
    """Роль користувача робочого місця."""

    SPECIALIST = "specialist"  # фахівець із соціальної роботи (ФСР)
    CENTRE_STAFF = "centre_staff"  # працівник територіального центру / центру соцслужб
    COORDINATOR = "coordinator"  # координатор: користувачі, пристрої, довідники, конфлікти
    HEAD = "head"  # керівник відділу соцзахисту: лише читання і звіти


ROLE_POSITIONS = {
    Role.SPECIALIST: "Фахівець із соціальної роботи",
    Role.CENTRE_STAFF: "Працівник територіального центру",
    Role.COORDINATOR: "Координатор",
    Role.HEAD: "Керівник відділу соціального захисту",
}


def worker_for_user(display_name: str, role: Role) -> dict[str, str]:
    """The worker (працівник) a user account stands for, from its shown name «Прізвище Ім'я
    По батькові» (a single word is taken as the surname)."""
    parts = display_name.split()
    return {
        "surname": parts[0] if parts else display_name,
        "given_name": parts[1] if len(parts) > 1 else "",
        "patronymic": " ".join(parts[2:]),
        "position": ROLE_POSITIONS[role],
    }


class RnokppStatus(StrEnum):
    """Стан РНОКПП у картці особи."""

    KNOWN = "known"
    REFUSED = "refused"  # відмова від РНОКПП з релігійних переконань (відмітка в паспорті)
    UNKNOWN = "unknown"  # ще не відомий: попередження, а не помилка


class HouseholdRole(StrEnum):
    """Родинний зв'язок з головою домогосподарства."""

    HEAD = "head"  # голова домогосподарства
    SPOUSE = "spouse"  # чоловік / дружина
    CHILD = "child"  # син / дочка
    PARENT = "parent"  # батько / мати
    SIBLING = "sibling"  # брат / сестра
    GRANDCHILD = "grandchild"  # онук / онука
    GRANDPARENT = "grandparent"  # дід / баба
    OTHER_RELATIVE = "other_relative"  # інший родич
    NOT_RELATED = "not_related"  # не родич, проживає разом


@dataclass(slots=True)
class PersonInput:
    """The fields of a person's card as typed (особова картка отримувача)."""

    surname: str
    given_name: str
    patronymic: str = ""
    birth_date: dt.date | None = None
    sex: Sex | None = None
    rnokpp_status: RnokppStatus = RnokppStatus.UNKNOWN
    rnokpp: str = ""
    document_type: DocumentType | None = None
    document_number: str = ""
    unzr: str = ""
    phone: str = ""
    settlement_id: str | None = None
    registered_address: str = ""
    actual_address: str = ""
    categories: list[str] = field(default_factory=list)
    household_id: str | None = None
    household_role: HouseholdRole | None = None
    notes: str = ""


# The card's labels as the messages name them («Заповніть поле «Прізвище».»).
_SURNAME = noop("Domain", "Прізвище")
_GIVEN_NAME = noop("Domain", "Ім’я")
_PATRONYMIC = noop("Domain", "По батькові")


def person_input(values: Mapping[str, Any]) -> PersonInput:
    """A `PersonInput` from stored or form values (enums given by their string values)."""

    def enum(kind: type[StrEnum], name: str) -> Any:
        return kind(values[name]) if values.get(name) else None

    return PersonInput(
        surname=values["surname"],
        given_name=values["given_name"],
        patronymic=values.get("patronymic") or "",
        birth_date=values.get("birth_date"),
        sex=enum(Sex, "sex"),
        rnokpp_status=RnokppStatus(values.get("rnokpp_status") or RnokppStatus.UNKNOWN.value),
        rnokpp=values.get("rnokpp") or "",
        document_type=enum(DocumentType, "document_type"),
        document_number=values.get("document_number") or "",
        unzr=values.get("unzr") or "",
        phone=values.get("phone") or "",
        settlement_id=values.get("settlement_id"),
        registered_address=values.get("registered_address") or "",
        actual_address=values.get("actual_address") or "",
        categories=list(values.get("categories") or []),
        household_id=values.get("household_id"),
        household_role=enum(HouseholdRole, "household_role"),
        notes=values.get("notes") or "",
    )


@dataclass(frozen=True, slots=True)
class ValidatedPerson:
    values: dict[str, object]
    warnings: list[str]


def validate_person(data: PersonInput, today: dt.date) -> ValidatedPerson:
    """Stored values of a person's card, or `ValidationError` naming the field to fix."""
    warnings: list[str] = []
    values: dict[str, object] = {
        "surname": validate_name(data.surname, "surname", _SURNAME),
        "given_name": validate_name(data.given_name, "given_name", _GIVEN_NAME),
        "patronymic": (
            validate_name(data.patronymic, "patronymic", _PATRONYMIC)
            if data.patronymic.strip()
            else ""
        ),
    }
    check_birth_date(data.birth_date, today)
    values["birth_date"] = data.birth_date
    values["sex"] = data.sex.value if data.sex else None
    values["rnokpp_status"] = data.rnokpp_status.value
    values["rnokpp"] = _rnokpp(data, warnings)
    values["document_type"] = data.document_type.value if data.document_type else None
    values["document_number"] = (
        normalize_document(data.document_type, data.document_number)
        if data.document_type and data.document_number.strip()
        else ""
    )
    unzr = ""
    if data.unzr.strip():
        unzr, unzr_warnings = validate_unzr(data.unzr, data.birth_date)
        warnings.extend(unzr_warnings)
    values["unzr"] = unzr
    values["phone"] = normalize_phone(data.phone) if data.phone.strip() else ""
    values["settlement_id"] = data.settlement_id
    values["registered_address"] = clean_name(data.registered_address)
    values["actual_address"] = clean_name(data.actual_address)
    values["categories"] = sorted(set(data.categories))
    values["household_id"] = data.household_id
    values["household_role"] = data.household_role.value if data.household_role else None
    values["notes"] = data.notes.strip()
    return ValidatedPerson(values, warnings)


def check_birth_date(birth_date: dt.date | None, today: dt.date) -> None:
    if birth_date is not None and not dt.date(1900, 1, 1) <= birth_date <= today:
        raise ValidationError(
            noop("Domain", "Дата народження має бути між 01.01.1900 і сьогоднішнім днем."),
            "birth_date",
        )


def person_problems(data: PersonInput, today: dt.date) -> dict[str, str]:
    """Every problem of a card at once, by the field to fix (empty when `validate_person`
    would pass): the card marks them all, not the first one only."""
    checks: dict[str, Callable[[], object]] = {
        "surname": lambda: validate_name(data.surname, "surname", _SURNAME),
        "given_name": lambda: validate_name(data.given_name, "given_name", _GIVEN_NAME),
        "patronymic": lambda: (
            data.patronymic.strip() and validate_name(data.patronymic, "patronymic", _PATRONYMIC)
        ),
        "birth_date": lambda: check_birth_date(data.birth_date, today),
        "rnokpp": lambda: _rnokpp(data, []),
        "document_number": lambda: (
            data.document_type
            and data.document_number.strip()
            and normalize_document(data.document_type, data.document_number)
        ),
        "unzr": lambda: data.unzr.strip() and validate_unzr(data.unzr, data.birth_date),
        "phone": lambda: data.phone.strip() and normalize_phone(data.phone),
    }
    problems: dict[str, str] = {}
    for name, check in checks.items():
        try:
            check()
        except ValidationError as exc:  # a refused РНОКПП is fixed at the document's number
            problems.setdefault("document_number" if exc.field == "document" else name, str(exc))
    return problems


def _rnokpp(data: PersonInput, warnings: list[str]) -> str:
    match data.rnokpp_status:
        case RnokppStatus.KNOWN:
            number = validate_rnokpp(data.rnokpp)
            warnings.extend(rnokpp_warnings(number, data.birth_date, data.sex))
            return number
        case RnokppStatus.REFUSED:
            if not data.document_number.strip():
                raise ValidationError(
                    noop("Domain", "Особа відмовилася від РНОКПП: укажіть серію і номер паспорта."),
                    "document",
                )
            return ""
        case RnokppStatus.UNKNOWN:
            warnings.append(
                noop("Domain", "РНОКПП не вказано. Додайте його, щойно особа надасть довідку.")
            )
            return ""
