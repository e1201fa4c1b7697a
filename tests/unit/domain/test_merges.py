"""Merges that met from two devices: the rule clears the same redirects on every replica."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from socdesk.domain.merges import Redirect, redirects_to_clear, survivor_of

T1, T2, T3 = (f"{wall:016x}-0000-{'a' * 32}" for wall in (1, 2, 3))


def test_opposite_merges_leave_the_first_survivor_on_both_replicas() -> None:
    here = [Redirect("b", "a", T1), Redirect("a", "b", T2)]  # b into a first, then a into b
    there = list(reversed(here))
    assert redirects_to_clear(here) == redirects_to_clear(there) == ["a"]
    assert survivor_of("a", here) == survivor_of("b", there) == "a"


def test_a_later_clock_loses_whichever_record_it_names() -> None:
    redirects = [Redirect("a", "b", T1), Redirect("b", "a", T2)]
    assert redirects_to_clear(redirects) == ["b"]
    assert survivor_of("a", redirects) == "b"


def test_plain_merges_and_chains_are_kept() -> None:
    chain = [Redirect("c", "b", T3), Redirect("b", "a", T1), Redirect("d", "a", T2)]
    assert redirects_to_clear(chain) == []
    assert survivor_of("c", chain) == survivor_of("d", chain) == "a"
    assert survivor_of("z", chain) == "z"  # a record with no redirect leads to itself


def test_three_devices_and_a_merge_into_itself() -> None:
    ring = [Redirect("a", "b", T2), Redirect("b", "c", T3), Redirect("c", "a", T1)]
    assert redirects_to_clear(ring) == ["b"]
    assert {survivor_of(r, ring) for r in "abc"} == {"b"}
    assert redirects_to_clear([Redirect("a", "a", T1)]) == ["a"]


def test_equal_clocks_fall_to_the_greater_record() -> None:
    assert redirects_to_clear([Redirect("a", "b", T1), Redirect("b", "a", T1)]) == ["b"]


@st.composite
def redirect_sets(draw: st.DrawFn) -> list[Redirect]:
    records = "abcdefg"
    chosen = draw(st.lists(st.sampled_from(records), unique=True, max_size=len(records)))
    return [
        Redirect(r, draw(st.sampled_from(records)), f"{draw(st.integers(0, 5)):016x}-0000-{r * 32}")
        for r in chosen
    ]


@given(redirect_sets(), st.randoms(use_true_random=False))
def test_any_order_gives_the_same_answer_and_leaves_no_cycle(
    redirects: list[Redirect], rng: random.Random
) -> None:
    shuffled = redirects[:]
    rng.shuffle(shuffled)
    cleared = redirects_to_clear(redirects)
    assert redirects_to_clear(shuffled) == cleared
    into = {r.record_id: r.into_id for r in redirects if r.record_id not in cleared}
    for start in into:
        seen, node = set(), start
        while node in into:
            assert node not in seen  # no circle is left
            seen.add(node)
            node = into[node]
    # Only redirects that were on a circle are cleared: one per circle.
    for record in cleared:
        node, steps = {r.record_id: r.into_id for r in redirects}[record], 0
        full = {r.record_id: r.into_id for r in redirects}
        while node != record:
            node, steps = full[node], steps + 1
            assert steps <= len(redirects)
    for r in redirects:  # every record leads to one that has no redirect left
        assert survivor_of(r.record_id, shuffled) not in into
