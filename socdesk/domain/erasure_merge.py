"""A person record from elsewhere, against the person's erasures (store/erasure.py): the
rules a replica (store/erasure_apply.py, store/replica.py) and the server (server/ingest.py)
apply alike:

- `erasures` is a grow-only set: the row keeps the union of its list and the record's (by id,
  in the order of dates, then ids; its clock the newer of the two), never a conflict, so two
  coordinators erasing one person offline at once both stand, and a record whose list lacks
  an entry the row has (made before that entry reached its device) takes nothing away;
- a value of a field an erasure covers (its fields; for the whole person, every detail it
  anonymises) whose clock is older than that erasure's was made before it: it loses (the
  erasure's change stamped the field with its own clock, so the per-field merge agrees), and
  it is kept nowhere: no conflict, no field history, and the change log keeps the record
  with that field carrying the row's value, as the scrub rewrites logged records;
- the entries the row lacked are scrubbed (by whoever applies the record).

An erasure made before its clock was recorded (`Erasure.hlc` empty) covers nothing by the
second rule: an older edit sent after it merges by its clock, as it did then.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from socdesk.domain.changes import ChangeRecord, JsonValue, canonical_value
from socdesk.domain.retention import (
    Erasure,
    covered_clocks,
    merged_erasures,
    parse_erasures,
    scrubbed_record,
    shadowed,
)

ERASURES = "erasures"


@dataclass(frozen=True, slots=True)
class Split:
    """A person record as the erasures divide it."""

    merge: ChangeRecord  # what merges field by field: without `erasures` and older values
    logged: ChangeRecord  # what the change log keeps and serves: older values not carried
    erasures: list[JsonValue] | None  # the union of the row's list and the record's, if sent
    clock: str  # the clock of `erasures`'s union
    brought: list[Erasure]  # the entries the row lacked
    had: object  # the row's list before the record


def split(record: ChangeRecord, current: Mapping[str, Any] | None) -> Split | None:
    """How `record` (a person's) meets the erasures of its row (`current`, None for a new
    row), or None when it meets none and brings none (most records)."""
    if record.table != "person":
        return None
    sent = record.fields.get(ERASURES)
    brought = parse_erasures(sent.value) if sent is not None else []
    if current is None:
        return Split(record, record, None, "", brought, None) if brought else None
    had = current.get(ERASURES)
    known = parse_erasures(had)
    if not known and not brought:
        return None
    hidden = shadowed(record.fields, covered_clocks([*known, *brought]))
    if sent is None and not hidden:
        return None
    dropped = hidden | ({ERASURES} if sent is not None else frozenset())
    merge = dataclasses.replace(
        record, fields={n: f for n, f in record.fields.items() if n not in dropped}
    )
    now = {(record.table, record.row_id): {n: canonical_value(current[n]) for n in hidden}}
    logged = (scrubbed_record(record, now) if hidden else None) or record
    ids = {e.id for e in known}
    new = [e for e in brought if e.id not in ids]
    if sent is None:
        return Split(merge, logged, None, "", new, had)
    clock = max(str(current["field_clocks"].get(ERASURES, "")), sent.hlc)
    return Split(merge, logged, merged_erasures(had, sent.value), clock, new, had)


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
