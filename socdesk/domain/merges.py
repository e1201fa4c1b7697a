"""Merge redirects that met from two devices: one deterministic rule, so replicas agree.

A merge of duplicate persons leaves the merged record with a redirect (`merged_into`) to the
survivor. One device refuses to merge a record that is already merged, but two devices
offline can merge the same two records in opposite directions (B into A here, A into B
there); per-field merge then keeps both redirects, a cycle with no survivor. Three devices
can make a longer one. This module decides, from the redirects alone, which to clear.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Redirect:
    """Record `record_id` was merged into `into_id`; `clock` is the HLC of that merge (the
    clock of the record's `merged_into` field; HLC strings sort in clock order)."""

    record_id: str
    into_id: str
    clock: str


def redirects_to_clear(redirects: Iterable[Redirect]) -> list[str]:
    """The records whose redirect must be cleared so that no redirect leads in a circle.

    Contract:
    - Input: the redirects of a store (or of any part of it that holds every redirect
      reachable from the records of interest), at most one per record, in any order. A
      redirect to a record that has none is an ordinary merge and is kept.
    - In every cycle the redirect of the *latest* merge is cleared (the greatest `clock`;
      equal clocks, which a real HLC never gives, fall to the greater `record_id`): the first
      merge of a group was made by someone who saw both records live, the later one by
      someone who had not yet seen it. The record whose redirect is cleared is the group's one
      survivor, and every other record of the cycle leads to it.
    - A redirect to itself is a cycle of one and is cleared.
    - The result depends only on the set of redirects (not on their order), so every replica
      that holds the same redirects clears the same ones; after clearing, following redirects
      from any record ends, at a record with none. Sorted by record id; empty if no cycle.
    """
    into: dict[str, Redirect] = {}
    for redirect in sorted(redirects, key=lambda r: (r.record_id, r.clock, r.into_id)):
        into.setdefault(redirect.record_id, redirect)
    cleared: list[str] = []
    done: set[str] = set()
    for start in sorted(into):
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node in into and node not in done and node not in on_path:
            path.append(node)
            on_path.add(node)
            node = into[node].into_id
        if node is not None and node in on_path:  # the walk came back: a cycle from `node`
            cycle = path[path.index(node) :]
            latest = max(cycle, key=lambda r: (into[r].clock, r))
            cleared.append(latest)
        done.update(path)
    return sorted(cleared)


def survivor_of(record_id: str, redirects: Iterable[Redirect]) -> str:
    """Where `record_id` leads once the cycles are cleared (`redirects_to_clear`)."""
    pending = list(redirects)
    cleared = set(redirects_to_clear(pending))
    into = {r.record_id: r.into_id for r in pending if r.record_id not in cleared}
    seen = {record_id}
    while record_id in into:
        record_id = into[record_id]
        if record_id in seen:  # two redirects for one record; cannot happen from a store
            break
        seen.add(record_id)
    return record_id
