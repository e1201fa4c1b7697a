"""The per-field merge rule (злиття по полях) for a change that arrives from another replica.

Which value a field ends with is decided by its clock alone: the newer hybrid-logical-clock
stamp wins, and the node (the device) inside the stamp breaks ties. Every replica therefore
ends with the same value whatever order changes arrive in, however often.

Whether the losing value is a *conflict* — two real edits of one field, neither made on top of
the other — needs more than the clocks, because clock order cannot tell concurrency. A change
carries the clock of the value it replaced (`base`). Sync is a star: the hub (the centre)
serialises edits, so
- at the hub, an incoming edit whose base is not the hub's current clock was made without
  seeing the hub's value: a conflict, unless the hub's value is the same device's own earlier
  edit (a device sees its own edits) or a reference value that every replica loads from files;
- at a spoke, only its own edit that the hub has not yet confirmed can meet a different one;
  a value that merely passed through the spoke was already judged by the hub.
Equal values are never a conflict. See DESIGN.md "Sync".
"""

from __future__ import annotations

from dataclasses import dataclass

from socdesk.domain.changes import FieldChange, JsonValue

REFERENCE_NODE = "0" * 32  # the node of reference data stamped from its file version


@dataclass(frozen=True, slots=True)
class LocalField:
    """A field as this replica holds it."""

    value: JsonValue
    hlc: str
    # This replica's own edit that the hub has not confirmed yet (spokes only).
    own_unconfirmed: bool = False


@dataclass(frozen=True, slots=True)
class Verdict:
    take: bool  # the incoming value becomes the field's value
    conflict: bool  # the loser is a real concurrent edit, kept for a person to confirm


SAME = Verdict(take=False, conflict=False)


def node_of(stamp: str) -> str:
    """The device part of an HLC stamp (its last 32 hex digits)."""
    return stamp[-32:]


def decide(local: LocalField | None, incoming: FieldChange, *, hub: bool) -> Verdict:
    """What to do with one incoming field, given the local one (None: the replica has none)."""
    if local is None:
        return Verdict(take=True, conflict=False)
    if incoming.hlc == local.hlc:
        return SAME
    take = incoming.hlc > local.hlc
    seen = incoming.base >= local.hlc  # made on top of our value, or of a later one
    if seen or incoming.value == local.value:
        return Verdict(take=take, conflict=False)
    if hub:
        local_node = node_of(local.hlc)
        concurrent = local_node not in (node_of(incoming.hlc), REFERENCE_NODE)
    else:
        concurrent = local.own_unconfirmed
    return Verdict(take=take, conflict=concurrent)
