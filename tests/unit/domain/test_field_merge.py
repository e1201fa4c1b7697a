"""The per-field merge rule: the newer clock wins everywhere; a conflict only where two real
edits met without one having seen the other."""

from __future__ import annotations

import pytest

from socdesk.domain.changes import FieldChange
from socdesk.domain.field_merge import REFERENCE_NODE, LocalField, Verdict, decide

A, B, C = "a" * 32, "b" * 32, "c" * 32


def stamp(wall: int, node: str, counter: int = 0) -> str:
    return f"{wall:016x}-{counter:04x}-{node}"


BASE = stamp(100, A)


def test_a_field_the_replica_never_had_is_taken() -> None:
    assert decide(None, FieldChange("x", stamp(5, B)), hub=True) == Verdict(True, False)


def test_the_same_clock_changes_nothing() -> None:
    local = LocalField("x", stamp(200, B))
    assert decide(local, FieldChange("x", stamp(200, B), BASE), hub=True) == Verdict(False, False)


@pytest.mark.parametrize("hub", [True, False])
def test_an_edit_made_on_top_of_the_local_value_fast_forwards(hub: bool) -> None:
    local = LocalField("old", BASE, own_unconfirmed=True)
    assert decide(local, FieldChange("new", stamp(300, B), BASE), hub=hub) == Verdict(True, False)
    # made on top of a value newer than ours (we missed one in between): also no conflict
    newer_base = stamp(200, C)
    assert decide(local, FieldChange("new", stamp(300, B), newer_base), hub=hub) == Verdict(
        True, False
    )


def test_at_the_hub_an_edit_that_did_not_see_the_current_value_conflicts() -> None:
    local = LocalField("from C", stamp(200, C))
    newer = FieldChange("from B", stamp(300, B), BASE)
    older = FieldChange("from B", stamp(150, B), BASE)
    assert decide(local, newer, hub=True) == Verdict(True, True)
    assert decide(local, older, hub=True) == Verdict(False, True)


def test_at_the_hub_a_devices_own_earlier_edit_is_no_conflict() -> None:
    local = LocalField("second", stamp(200, B))
    late_first = FieldChange("first", stamp(150, B), BASE)
    assert decide(local, late_first, hub=True) == Verdict(False, False)


def test_at_the_hub_reference_values_from_files_are_no_conflict() -> None:
    local = LocalField("з файлу", stamp(50, REFERENCE_NODE))
    assert decide(local, FieldChange("виправлено", stamp(300, B), ""), hub=True) == Verdict(
        True, False
    )


def test_equal_values_are_never_a_conflict() -> None:
    local = LocalField("same", stamp(200, C), own_unconfirmed=True)
    assert decide(local, FieldChange("same", stamp(300, B), BASE), hub=True) == Verdict(True, False)
    assert decide(local, FieldChange("same", stamp(300, B), BASE), hub=False) == Verdict(
        True, False
    )


def test_at_a_spoke_only_its_own_unconfirmed_edit_conflicts() -> None:
    incoming = FieldChange("from B", stamp(300, B), BASE)
    passed_through = LocalField("from C", stamp(200, C))
    own = LocalField("mine", stamp(200, A), own_unconfirmed=True)
    assert decide(passed_through, incoming, hub=False) == Verdict(True, False)
    assert decide(own, incoming, hub=False) == Verdict(True, True)
    own_newer = LocalField("mine", stamp(400, A), own_unconfirmed=True)
    assert decide(own_newer, incoming, hub=False) == Verdict(False, True)


def test_the_winner_depends_on_the_clocks_alone() -> None:
    """Whatever the order of arrival, the newer stamp ends as the value (node breaks ties)."""
    x = FieldChange("x", stamp(300, B), BASE)
    y = FieldChange("y", stamp(300, C), BASE)
    for hub in (True, False):
        assert decide(LocalField(x.value, x.hlc), y, hub=hub).take
        assert not decide(LocalField(y.value, y.hlc), x, hub=hub).take
