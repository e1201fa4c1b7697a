"""Retention and erasure of a person's data (строк зберігання, знеособлення, виправлення і
знищення даних): who is due, and what an anonymised person keeps.

The Law «Про захист персональних даних» gives a person the right to have wrong data corrected
and unlawful data deleted (Art. 8, 16; REFERENCE.md §11), and a controller may keep data only
as long as its purpose needs: after a person's cases are closed, their file is kept for the
retention period and then made anonymous. REFERENCE.md §11 names no period for the files of
social-service recipients (nor does any source read for it), so the period is a dated setting
the centre's coordinator enters from its own nomenclature of files (номенклатура справ); none
ships with SocDesk, and nobody is due until it is set.

Rules (pure, on business dates, never the clock):
- A person is due when they have at least one case, every case is closed, and the period in
  force on the day the latest case closed has passed since that day (a later change of the
  setting does not move a file already closed). A person with an open case, or none, is not.
- Anonymisation keeps what the centre's reports count: sex, settlement, categories, the
  household link, cases and services with their dates and codes; the birth date keeps its
  year only (1 January), which keeps the age in years within one; names, РНОКПП, document,
  УНЗР, phone, addresses, notes, name forms and free text go.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from socdesk.domain.changes import ChangeRecord, FieldChange, JsonValue
from socdesk.domain.messages import noop

RETENTION_CODE = "retention_after_close"  # the legal_deadline row's code
RETENTION_UNIT = "years"
ANONYMOUS_SURNAME = "Знеособлено"  # stored as the surname: data, not a message
WHOLE_PERSON = "*"
# Form fields whose answers are free text (domain.forms.FormField.type).
FREE_TEXT_TYPES = frozenset({"text", "long_text"})


class ErasureKind(StrEnum):
    RETENTION = "retention"  # строк зберігання минув: знеособлення
    RECTIFY = "rectify"  # виправлення неправдивих даних
    UNLAWFUL = "unlawful"  # знищення незаконно оброблюваних даних


KIND_NAMES = {
    ErasureKind.RETENTION: noop("Domain", "знеособлення після строку зберігання"),
    ErasureKind.RECTIFY: noop("Domain", "виправлення даних"),
    ErasureKind.UNLAWFUL: noop("Domain", "знищення незаконно оброблюваних даних"),
}


@dataclass(frozen=True, slots=True)
class Erasure:
    """One erasure as the person's row keeps it (and every replica reads it): its id, kind,
    business date, the person's fields it touched (`WHOLE_PERSON` for all their data), the
    coordinator's reason, and its clock: the stamp its change gave every field it covers
    ("" for an erasure made before SocDesk recorded it); for the whole person, the household
    it anonymised too (they lived there alone at its origin; "" none), so that every replica
    scrubs what the origin changed. Never a value, old or new."""

    id: str
    kind: ErasureKind
    on: dt.date
    fields: tuple[str, ...]
    reason: str
    hlc: str = ""
    household: str = ""

    @property
    def whole(self) -> bool:
        return WHOLE_PERSON in self.fields

    def to_obj(self) -> dict[str, object]:
        obj: dict[str, object] = {
            "id": self.id,
            "kind": self.kind.value,
            "on": self.on.isoformat(),
            "fields": list(self.fields),
            "reason": self.reason,
        }
        if self.hlc:  # one made before the clock was recorded keeps its shape
            obj["hlc"] = self.hlc
        if self.household:
            obj["household"] = self.household
        return obj

    @classmethod
    def from_obj(cls, obj: Mapping[str, object]) -> Erasure:
        fields = obj.get("fields") or []
        return cls(
            str(obj["id"]),
            ErasureKind(str(obj["kind"])),
            dt.date.fromisoformat(str(obj["on"])),
            tuple(str(f) for f in fields) if isinstance(fields, list) else (),
            str(obj.get("reason", "")),
            str(obj.get("hlc", "")),
            str(obj.get("household", "")),
        )


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def latest_closing(closings: Sequence[dt.date | None]) -> dt.date | None:
    """The day the person's last case closed; None when any case is open or there is none."""
    if not closings or any(day is None for day in closings):
        return None
    return max(day for day in closings if day is not None)


def retention_ends(closed_on: dt.date, years: int) -> dt.date:
    """The first day the file may no longer be kept: `years` after the latest closing."""
    return add_years(closed_on, years)


def is_due(closings: Sequence[dt.date | None], years: int | None, today: dt.date) -> bool:
    """Whether a person whose cases closed on `closings` (None: open) is due for anonymisation
    on `today`, the period in force at the latest closing being `years` (None: not set)."""
    closed = latest_closing(closings)
    return closed is not None and years is not None and retention_ends(closed, years) <= today


# Per table, the fields anonymisation empties and the value each gets (the person's own row,
# and the rows that follow them). Codes, dates, amounts and links stay: reports count them.
ANONYMISED: dict[str, dict[str, object]] = {
    "person": {
        "surname": ANONYMOUS_SURNAME,
        "given_name": "",
        "patronymic": "",
        "rnokpp": "",
        "document_type": None,
        "document_number": "",
        "unzr": "",
        "phone": "",
        "registered_address": "",
        "actual_address": "",
        "notes": "",
        "name_forms": {},
    },
    "social_case": {"applicant": ""},
    "case_event": {"note": ""},
    "service_entry": {"note": ""},
    "contract": {"representative": "", "representative_basis": ""},
    "consent": {"paper_ref": ""},
    "printed_document": {"snapshot": {}},
    "care_plan": {"goals": []},
    "contract_payment": {"note": ""},
    "sensitive_access": {"reason": ""},
    "household": {"name": "", "address": ""},  # only when the person lives there alone
}
# Fields whose value anonymisation rewrites rather than replaces (see the functions below).
REWRITTEN: dict[str, tuple[str, ...]] = {
    "person": ("birth_date",),
    "form_record": ("answers",),
    "income_declaration": ("members",),
}


# Fields derived from another: an erasure's held-back value takes them along.
DERIVED: dict[str, tuple[str, ...]] = {"settlement_id": ("district_id",)}

# The person's details a rectification or a partial erasure may touch.
PERSON_DETAILS = frozenset(ANONYMISED["person"]) | {"birth_date", "sex", "settlement_id"}


def erased_fields(table: str) -> frozenset[str]:
    """The fields of `table` anonymisation changes."""
    return frozenset(ANONYMISED.get(table, {})) | frozenset(REWRITTEN.get(table, ()))


def year_only(birth_date: dt.date | None) -> dt.date | None:
    return None if birth_date is None else dt.date(birth_date.year, 1, 1)


def without_free_text(
    answers: Mapping[str, object], text_keys: frozenset[str]
) -> dict[str, object]:
    """A form's answers with every free-text answer emptied (choices, numbers, dates kept)."""
    return {k: ("" if k in text_keys and isinstance(v, str) else v) for k, v in answers.items()}


def without_member_name(
    members: Sequence[Mapping[str, object]], person_id: str
) -> list[dict[str, object]]:
    """An income declaration's members with this person's name emptied."""
    return [{**m, "name": ""} if m.get("person_id") == person_id else dict(m) for m in members]


def parse_erasures(value: object) -> list[Erasure]:
    """The erasures a change record's `erasures` value names (what is not one is skipped)."""
    found = []
    for obj in value if isinstance(value, list) else []:
        try:
            found.append(Erasure.from_obj(obj))
        except (KeyError, ValueError, TypeError, AttributeError):
            continue
    return found


def scrubbed_record(
    record: ChangeRecord,
    now: Mapping[tuple[str, str], Mapping[str, JsonValue]],
    stamps: Mapping[tuple[str, str], Mapping[str, str]] | None = None,
) -> ChangeRecord | None:
    """A change record with each erased field carrying the value the erasure left (`now`:
    (table, row id) -> field -> value), clocks kept; None when it carries no erased field.
    A field of an erasure with a clock (`stamps`, by row and field) is rewritten only in a
    record older than it: the erasure's own record and later lawful edits stay as written."""
    key = (record.table, record.row_id)
    fields = scrubbed_fields(record.fields, now.get(key), (stamps or {}).get(key))
    return None if fields is None else dataclasses.replace(record, fields=fields)


def scrubbed_fields(
    fields: Mapping[str, FieldChange],
    now: Mapping[str, JsonValue] | None,
    stamps: Mapping[str, str] | None = None,
) -> dict[str, FieldChange] | None:
    """`scrubbed_record` for a record's fields alone (as the outbox keeps them)."""
    if not now or now.keys().isdisjoint(fields):
        return None
    stamps = stamps or {}
    names = {
        name
        for name, change in fields.items()
        if name in now and (not stamps.get(name) or change.hlc < stamps[name])
    }
    if not names:
        return None
    return {
        name: change._replace(value=now[name]) if name in names else change
        for name, change in fields.items()
    }


def scrubbed_copy(logged: ChangeRecord, incoming: ChangeRecord, erased: frozenset[str]) -> bool:
    """Whether `incoming` is the record `logged` was before an erasure scrubbed it: the same
    record, fields and clocks, differing only in values of `erased`, the fields erasures
    covered on its row, or leaving some of them out (held back: values made before an
    erasure, and the fields derived from them, `DERIVED`). Sent again by a device that had
    not heard the answer, it is a duplicate, not other content."""
    if (logged.change_id, logged.table, logged.row_id) != (
        incoming.change_id,
        incoming.table,
        incoming.row_id,
    ) or not logged.fields.keys() <= incoming.fields.keys():
        return False
    left_out = set(incoming.fields) - set(logged.fields)  # held back (domain/erasure_merge.py)
    if not left_out <= erased | {d for n in erased for d in DERIVED.get(n, ())}:
        return False
    differing = set(left_out)
    for name, change in logged.fields.items():
        other = incoming.fields[name]
        if (change.hlc, change.base) != (other.hlc, other.base):
            return False
        if change.value != other.value:
            differing.add(name)
    return bool(differing) and differing <= erased


def merged_erasures(*lists: object) -> list[JsonValue]:
    """The union of erasures lists (a grow-only set, by id): each entry as it was sent, in
    the order of their dates, then ids, so every replica holds the same list whatever the
    order the lists came in. What is not an erasure is left out."""
    found: dict[str, tuple[tuple[str, str], JsonValue]] = {}
    for value in lists:
        for obj in value if isinstance(value, list) else []:
            try:
                entry = Erasure.from_obj(obj)
            except (KeyError, ValueError, TypeError, AttributeError):
                continue
            found.setdefault(entry.id, ((entry.on.isoformat(), entry.id), obj))
    return [obj for _, obj in sorted(found.values(), key=lambda pair: pair[0])]


def covered_clocks(erasures: Sequence[Erasure]) -> dict[str, str]:
    """The person's fields the erasures cover, each with the newest of their clocks (an
    erasure without a clock covers nothing here: one made before the clock was recorded)."""
    clocks: dict[str, str] = {}
    for entry in erasures:
        if not entry.hlc:
            continue
        names = erased_fields("person") if entry.whole else PERSON_DETAILS & set(entry.fields)
        for name in names:
            if clocks.get(name, "") < entry.hlc:
                clocks[name] = entry.hlc
    return clocks


def shadowed(fields: Mapping[str, FieldChange], clocks: Mapping[str, str]) -> frozenset[str]:
    """The fields of a person record whose values are older than an erasure covering them
    (`covered_clocks`): values made before the erasure, which lose and are kept nowhere."""
    if not clocks:
        return frozenset()
    return frozenset(name for name, change in fields.items() if change.hlc < clocks.get(name, ""))
