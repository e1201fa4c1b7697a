"""Gaps in a sender's bundles (прогалини в пакетах): a bundle that starts after what the
earlier ones from the same sender carried, so one in between never arrived. Pure: the
desktop's bundle log and the server's both feed it.

A workplace's bundle names its first outbox entry (a gap: it starts after the last one had,
plus one); the centre's bundle names the feed position it follows (a gap: it starts after the
last one had). The missing changes come with the sender's next bundle, which holds all it has
not had confirmed: a later bundle that covers the hole closes the gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Received:
    """A bundle imported here, in the order of import."""

    sender: str
    first: int
    last: int
    records: int
    bundle_id: str


@dataclass(frozen=True, slots=True)
class Gap:
    """Changes of `sender` from `expected` were in no bundle imported before `bundle_id`,
    which starts at `got`."""

    sender: str
    expected: int
    got: int
    bundle_id: str


def starts_after(first: int, records: int, reached: int, from_workplace: bool) -> bool:
    """Whether a bundle starting at `first` leaves a hole after `reached`."""
    if from_workplace:
        return records > 0 and reached > 0 and first > reached + 1
    return first > reached


def gaps(received: Sequence[Received], from_workplace: bool) -> list[Gap]:
    """The open gaps in each sender's bundles."""
    reached: dict[str, int] = {}
    found: dict[str, list[Gap]] = {}
    for entry in received:
        sender, had = entry.sender, reached.get(entry.sender, 0)
        open_ = found.setdefault(sender, [])
        if sender in reached and starts_after(entry.first, entry.records, had, from_workplace):
            expected = had + 1 if from_workplace else had
            open_.append(Gap(sender, expected, entry.first, entry.bundle_id))
        elif entry.records or not from_workplace:
            found[sender] = [g for g in open_ if not entry.first <= g.expected <= entry.last]
        reached[sender] = max(had, entry.last)
    return [gap for each in found.values() for gap in each]
