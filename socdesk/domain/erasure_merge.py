"""A record from elsewhere, against the erasures of its row's person (store/erasure.py): the
rules a replica (store/erasure_apply.py, store/replica.py) and the server (server/ingest.py)
apply alike:

- `erasures` is a grow-only set: the row keeps the union of its list and the record's (by id,
  in the order of dates, then ids; its clock the newer of the two), never a conflict, so two
  coordinators erasing one person offline at once both stand, and a record whose list lacks
  an entry the row has (made before that entry reached its device) takes nothing away;
- a value of a field an erasure covers (its fields; for the whole person, every detail it
  anonymises) whose clock is older than that erasure's was made before it: it is held back
  (the erasure's change stamped the field with its own clock, so the per-field merge agrees);
- so is, on any row (a household, a case event, a declaration, a form record), a value older
  than the field's clock when that clock is a known erasure's (`stamps`): the erasure wrote
  the field;
- a held-back field takes the fields derived from it along (`DERIVED`: the district of a
  settlement), so a row never stands in one settlement and another's district;
- a held-back value is kept nowhere: no conflict value, no field history, and the record the
  change log keeps (and forwards) carries in its place the value the erasure wrote, alike on
  every replica and as the scrub rewrites logged records (`logged`); when it differs from
  the row's value a person is told, without the value (`Split.notices`: the conflicts
  view's withheld entries);
- the entries the row lacked are scrubbed (by whoever applies the record).

An erasure made before its clock was recorded (`Erasure.hlc` empty) covers nothing by the
second rule: an older edit sent after it merges by its clock, as it did then.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from socdesk.domain.changes import ChangeRecord, FieldChange, JsonValue, canonical_value
from socdesk.domain.hlc import Hlc
from socdesk.domain.retention import (
    DERIVED,
    Erasure,
    covered_clocks,
    merged_erasures,
    parse_erasures,
    shadowed,
)

ERASURES = "erasures"
# The values of a notice that a change made before an erasure was not applied (a conflict
# entry of the conflicts view, on a desktop and on the server): no real value is stored so,
# conflicts hold canonical JSON.
WITHHELD = ""


@dataclass(frozen=True, slots=True)
class Split:
    """A person record as the erasures divide it."""

    merge: ChangeRecord  # what merges field by field: without `erasures` and older values
    erasures: list[JsonValue] | None  # the union of the row's list and the record's, if sent
    clock: str  # the clock of `erasures`'s union
    brought: list[Erasure]  # the entries the row lacked
    had: object  # the row's list before the record
    # The fields held back, each with the clock of the erasure that wrote it ("" for a field
    # derived from one held back, which the logged record leaves out).
    held: Mapping[str, str] = dataclasses.field(default_factory=dict)
    notices: tuple[str, ...] = ()  # held back with a value other than the row's: told


def bad_erasures(record: ChangeRecord) -> str | None:
    """Why a person record's `erasures` cannot be taken, or None: an entry's clock is not a
    clock, or is newer than the field's own (every entry's clock is at most the clock of the
    list that carries it, which the ordinary drift check bounds, domain/hlc.py): a garbage or
    far-future clock would hold back every later edit of the fields it covers for ever."""
    sent = record.fields.get(ERASURES) if record.table == "person" else None
    if sent is None:
        return None
    for entry in parse_erasures(sent.value):
        if entry.hlc and (not Hlc.valid(entry.hlc) or entry.hlc > sent.hlc):
            return f"erasure {entry.id}: its clock is malformed or after its change's"
    return None


def older(record: ChangeRecord, current: Mapping[str, Any] | None) -> bool:
    """Whether any field of `record` is older than the row's: only then can a known erasure's
    stamp hold one back (`split`'s `stamps` are needed)."""
    if current is None:
        return False
    clocks = current["field_clocks"]
    return any(f.hlc < clocks.get(n, "") for n, f in record.fields.items())


def split(
    record: ChangeRecord,
    current: Mapping[str, Any] | None,
    stamps: AbstractSet[str] = frozenset(),
) -> Split | None:
    """How `record` meets the erasures of its row (`current`, None for a new row) and the
    clocks of known erasures (`stamps`), or None when it meets none and brings none (most
    records)."""
    person = record.table == "person"
    if not person and (current is None or not stamps):  # most records: nothing to look at
        return None
    sent = record.fields.get(ERASURES) if person else None
    brought = parse_erasures(sent.value) if sent is not None else []
    if current is None:
        return Split(record, None, "", brought, None) if brought else None
    had = current.get(ERASURES) if person else None
    known = parse_erasures(had)
    hidden: dict[str, str] = {}
    if person and (known or brought):
        covered = covered_clocks([*known, *brought])
        hidden.update((n, covered[n]) for n in shadowed(record.fields, covered))
    if stamps:
        clocks = current["field_clocks"]
        for name, change in record.fields.items():
            local = clocks.get(name, "")
            # `erasures` itself is merged as a union, never held back by an erasure's stamp
            if name != ERASURES and change.hlc < local and local in stamps:
                hidden[name] = max(hidden.get(name, ""), local)
    for name in list(hidden):
        hidden.update((d, "") for d in DERIVED.get(name, ()) if d in record.fields)
    if sent is None and not hidden:
        return None
    dropped = set(hidden) | ({ERASURES} if sent is not None else set())
    merge = dataclasses.replace(
        record, fields={n: f for n, f in record.fields.items() if n not in dropped}
    )
    notices = tuple(
        sorted(
            n
            for n, stamp in hidden.items()
            if stamp and canonical_value(record.fields[n].value) != canonical_value(current.get(n))
        )
    )
    ids = {e.id for e in known}
    new = [e for e in brought if e.id not in ids]
    if sent is None:
        return Split(merge, None, "", new, had, hidden, notices)
    clock = max(str(current["field_clocks"].get(ERASURES, "")), sent.hlc)
    union = merged_erasures(had, sent.value)
    return Split(merge, union, clock, new, had, hidden, notices)


def logged(record: ChangeRecord, found: Split, values: Mapping[str, JsonValue]) -> ChangeRecord:
    """`record` as the change log keeps and serves it: each field held back carrying the
    value its erasure wrote (`values`, by field: the same on every replica, never a value the
    record's author did not see erased), a field derived from one left out."""
    if not found.held:
        return record
    fields = {}
    for name, change in record.fields.items():
        stamp = found.held.get(name)
        if stamp is None:
            fields[name] = change
        elif stamp and name in values:
            fields[name] = change._replace(value=values[name])
    return dataclasses.replace(record, fields=fields)


def erasures_update(found: Split, row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The values that write the union of `erasures` into `row` (as it stands after the merge
    of the record's other fields), or None when the row has it already."""
    if found.erasures is None:
        return None
    clocks = dict(row["field_clocks"])
    if found.erasures == row[ERASURES] and clocks.get(ERASURES, "") == found.clock:
        return None
    clocks[ERASURES] = found.clock
    return {
        ERASURES: found.erasures,
        "field_clocks": clocks,
        "hlc": max(str(row["hlc"]), found.clock),
    }


def told_of(record: ChangeRecord, found: Split, written: Mapping[str, JsonValue]) -> list[str]:
    """The fields a person is told were held back (`Split.notices`: a value other than the
    row's), but not one carrying what its erasure wrote (`written`): a copy a replica logged
    and forwarded, or the author wrote that very value."""
    return [n for n in found.notices if canonical_value(record.fields[n].value) != written.get(n)]


def written_by(
    stamps: Mapping[str, str],
    row: Mapping[str, Any],
    records: Callable[[], Iterable[Mapping[str, FieldChange]]],
) -> dict[str, JsonValue]:
    """The value each erasure wrote into the fields `stamps` names (field -> its erasure's
    clock): the row's while its clock is the erasure's, else the one the record of that
    clock carries (`records`: the fields of the row's logged records, read only then); the
    row's when neither is found (an erasure whose record this replica never kept)."""
    clocks = row["field_clocks"]
    found: dict[str, JsonValue] = {}
    wanted = {}
    for name, stamp in stamps.items():
        if not stamp:
            continue
        if clocks.get(name, "") == stamp:
            found[name] = canonical_value(row[name])
        else:
            wanted[name] = stamp
    if wanted:
        for fields in records():
            for name, stamp in list(wanted.items()):
                change = fields.get(name)
                if change is not None and change.hlc == stamp:
                    found[name] = change.value
                    del wanted[name]
        found.update((name, canonical_value(row[name])) for name in wanted)
    return found
