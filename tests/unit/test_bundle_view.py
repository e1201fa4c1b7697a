"""The gap report of bundles (issue 15): a bundle missing from a sender's sequence is listed
until a later bundle carries its changes."""

from __future__ import annotations

from socdesk.store.bundles import IN, OUT, BundleRecord
from socdesk.sync.bundle_view import gaps_of


def _in(bundle: str, first: int, last: int, sender: str = "w1") -> BundleRecord:
    return BundleRecord(bundle, IN, sender, "hub", first, last, 0, last - first + 1, "x")


def test_a_workplace_bundle_starting_after_the_last_one_had_is_a_gap_at_the_centre() -> None:
    entries = [_in("b1", 1, 5), _in("b3", 9, 12), _in("c1", 1, 3, "w2")]
    [gap] = gaps_of(entries, centre=True)
    assert (gap.sender, gap.expected, gap.got, gap.bundle_id) == ("w1", 6, 9, "b3")


def test_a_later_bundle_that_carries_the_missing_changes_closes_the_gap() -> None:
    entries = [_in("b1", 1, 5), _in("b3", 9, 12), _in("b4", 6, 14)]
    assert gaps_of(entries, centre=True) == []


def test_contiguous_bundles_and_bundles_written_here_are_no_gap() -> None:
    out = BundleRecord("o1", OUT, "hub", "w1", 0, 40, 0, 3, "x")
    entries = [_in("b1", 1, 5), out, _in("b2", 6, 8), _in("b2", 1, 8)]
    assert gaps_of(entries, centre=True) == []


def test_at_a_workplace_a_centre_bundle_after_its_feed_position_is_a_gap() -> None:
    first = BundleRecord("f1", IN, "hub", "w1", 0, 40, 0, 3, "x")
    later = BundleRecord("f3", IN, "hub", "w1", 60, 80, 0, 2, "x")
    [gap] = gaps_of([first, later], centre=False)
    assert (gap.expected, gap.got) == (40, 60)
    again = BundleRecord("f4", IN, "hub", "w1", 40, 90, 0, 9, "x")
    assert gaps_of([first, later, again], centre=False) == []
