"""The typed registry of printable documents (STYLE.md point 24): the Print menu, the case
screens, batch printing and `socdesk print` are all built from it. Adding a document is one
module in `kinds/` that defines a `DocumentKind`, and one line in `KINDS` below.

A kind reads its snapshot from the store (`gather`: plain JSON-ready data) and draws it
(`render`: reportlab flowables, no store). The snapshot is kept with every print, so a reprint
draws exactly what was signed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from socdesk.store.handles import Connection

if TYPE_CHECKING:  # annotations only: the registry is read at start, reportlab when printing
    from reportlab.platypus import Flowable

Snapshot = dict[str, Any]


class Subject(StrEnum):
    """What a document is printed for, and how its id is written."""

    PERSON = "person"  # a person's id
    CASE = "case"  # a case's id
    CASE_MONTH = "case_month"  # "<case id>:YYYY-MM"
    PERIOD = "period"  # "YYYY-MM-DD..YYYY-MM-DD"
    NONE = "none"  # a blank form: ""


@dataclass(frozen=True, slots=True)
class DocumentKind:
    code: str
    title: str
    subject: Subject
    gather: Callable[[Connection, str, dt.date], Snapshot]
    render: Callable[[Snapshot], list[Flowable]]
    # Which subjects a batch over a period prints (None: the kind is not printed in batches).
    batch: Callable[[Connection, dt.date, dt.date, Sequence[str] | None], list[str]] | None = None
    # What the reader of `conn` may see of a recorded snapshot of subject `str` (a reprint
    # draws it again: sensitive sections, store/sensitive.py); None: all of it.
    shown: Callable[[Connection, Snapshot, str], Snapshot] | None = None
    # The document hands the person's data to a third party (another provider, a body): it
    # is refused after a withdrawal of consent (documents/printing.py `refuse_for_third_party`).
    third_party: bool = False


def period_id(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}..{end.isoformat()}"


def parse_period(subject_id: str) -> tuple[dt.date, dt.date]:
    start, _, end = subject_id.partition("..")
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


def parse_case_month(subject_id: str) -> tuple[str, int, int]:
    case_id, _, month = subject_id.rpartition(":")
    return case_id, int(month[:4]), int(month[5:7])


def kinds() -> dict[str, DocumentKind]:
    """Every printable kind by code, in the order menus show them."""
    from socdesk.documents.kinds import (
        acts,
        application,
        contract,
        decision,
        person,
        plan,
        register,
        services_act,
    )

    found: list[DocumentKind] = [
        application.APPLICATION,
        *acts.ACTS,
        decision.DECISION,
        contract.CONTRACT,
        plan.PLAN,
        services_act.SERVICES_ACT,
        person.REGISTRATION_CARD,
        person.CONSENT,
        *acts.BLANKS,
        register.REGISTER,
    ]
    return {k.code: k for k in found}
