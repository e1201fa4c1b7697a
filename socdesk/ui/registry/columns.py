"""Columns of the recipient list: label, width, store sort order and renderer (STYLE.md point 9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from socdesk.domain.identifiers import format_phone
from socdesk.store.people import PersonOrder, PersonRow
from socdesk.ui.i18n import noop, tr


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


@dataclass(frozen=True)
class ColumnSpec:
    label: str
    width: int
    order: PersonOrder | None
    display: Callable[[PersonRow], str]
    raw: Callable[[PersonRow], object]


class RecipientColumn(Enum):
    NAME = ColumnSpec(
        noop("RecipientColumn", "ПІБ"),
        320,
        PersonOrder.NAME,
        lambda r: r.full_name,
        lambda r: r.full_name,
    )
    BIRTH_DATE = ColumnSpec(
        noop("RecipientColumn", "Дата народження"),
        130,
        PersonOrder.BIRTH_DATE,
        lambda r: format_date(r.birth_date),
        lambda r: r.birth_date,
    )
    RNOKPP = ColumnSpec(
        noop("RecipientColumn", "РНОКПП"),
        120,
        PersonOrder.RNOKPP,
        lambda r: r.rnokpp,
        lambda r: r.rnokpp,
    )
    PHONE = ColumnSpec(
        noop("RecipientColumn", "Телефон"),
        140,
        PersonOrder.PHONE,
        lambda r: format_phone(r.phone),
        lambda r: r.phone,
    )
    SETTLEMENT = ColumnSpec(
        noop("RecipientColumn", "Населений пункт"),
        180,
        PersonOrder.SETTLEMENT,
        lambda r: r.settlement,
        lambda r: r.settlement,
    )

    @property
    def label(self) -> str:
        return tr("RecipientColumn", self.value.label)
