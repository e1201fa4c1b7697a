"""The centre's details as documents print them, kept on this device's workplace record (so a
change travels by sync to the centre's other workplaces): the provider's name, address and
ЄДРПОУ, its head, and who signs contracts for it «в особі [посада, ПІБ], що діє на підставі
[документ]», and where contracts are signed. The first-run wizard sets the first three; a
coordinator changes any of them in Settings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import Connection, select

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import noop
from socdesk.domain.text import clean_name
from socdesk.store import meta
from socdesk.store.schema import Workplace
from socdesk.store.territory import edrpou_valid
from socdesk.store.uow import UnitOfWork

_workplace = Workplace.__table__  # type: ignore[attr-defined]

# Field -> (column, the longest value a document prints whole).
_COLUMNS = {
    "name": ("centre_name", 300),
    "address": ("centre_address", 300),
    "edrpou": ("centre_edrpou", 8),
    "head": ("centre_head", 120),
    "signer_position": ("signer_position", 120),
    "signer_name": ("signer_name", 120),
    "signer_basis": ("signer_basis", 300),
    "contract_place": ("contract_place", 120),
}
_LABELS = {
    "name": "Назва надавача",
    "address": "Адреса",
    "edrpou": "Код ЄДРПОУ",
    "head": "Керівник",
    "signer_position": "Посада підписанта договорів",
    "signer_name": "ПІБ підписанта договорів",
    "signer_basis": "Документ, на підставі якого діє підписант",
    "contract_place": "Місце укладення договорів",
}


@dataclass(frozen=True, slots=True)
class CentreDetails:
    name: str = ""
    address: str = ""
    edrpou: str = ""
    head: str = ""  # ПІБ керівника (signs decisions)
    signer_position: str = ""  # «Директор» (the contract declines it after «в особі»)
    signer_name: str = ""  # «Петренко Ольга Іванівна»
    signer_basis: str = ""  # «Положення про центр» / «довіреності від … № …»
    contract_place: str = ""  # «м. Ізюм»


def centre_details(conn: Connection) -> CentreDetails:
    """This workplace's centre details (all empty before the first run)."""
    columns = [_workplace.c[column] for column, _ in _COLUMNS.values()]
    row = conn.execute(
        select(*columns).where(_workplace.c.id == meta.workplace_id(conn))
    ).one_or_none()
    if row is None:
        return CentreDetails()
    return CentreDetails(*(value or "" for value in row))


def centre_problems(details: CentreDetails) -> dict[str, str]:
    """Every problem of the details at once, by field: {field: what to do}."""
    problems: dict[str, str] = {}
    if not details.name.strip():
        problems["name"] = "Вкажіть назву надавача: вона друкується в шапці кожного документа."
    code = details.edrpou.strip()
    if code and not edrpou_valid(code):
        problems["edrpou"] = (
            f"Код ЄДРПОУ «{code}» неправильний: він має 8 цифр і правильну контрольну цифру; "
            "перевірте його у виписці з ЄДР."
        )
    for name, (_, longest) in _COLUMNS.items():
        if name not in problems and len(getattr(details, name).strip()) > longest:
            problems[name] = f"{_LABELS[name]}: не довше {longest} знаків."
    return problems


def set_centre_details(uow: UnitOfWork, details: CentreDetails) -> None:
    """Writes what changed (one change that travels by sync); `ValidationError` names the
    first wrong field and says what is wrong with every one."""
    problems = centre_problems(details)
    if problems:
        raise ValidationError(" ".join(problems.values()), next(iter(problems)))
    row_id = meta.workplace_id(uow.connection)
    if row_id is None:
        raise ValidationError(noop("Domain", "Робоче місце ще не налаштовано."), "name")
    now = centre_details(uow.connection)
    changed = {
        _COLUMNS[f.name][0]: clean_name(getattr(details, f.name))
        for f in dataclasses.fields(details)
        if clean_name(getattr(details, f.name)) != getattr(now, f.name)
    }
    if changed:
        uow.update(Workplace, row_id, changed)
