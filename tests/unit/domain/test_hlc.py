"""The hybrid logical clock: string order is clock order, monotonic, merges, bounded drift."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socdesk.domain.errors import ClockDrift
from socdesk.domain.hlc import COUNTER_MAX, Hlc, receive, tick

NODE_A = "a" * 32
NODE_B = "b" * 32
walls = st.integers(min_value=0, max_value=2**47)
clocks = st.builds(Hlc, walls, st.integers(0, COUNTER_MAX), st.sampled_from([NODE_A, NODE_B]))


@given(clocks, clocks)
def test_string_order_is_clock_order(a: Hlc, b: Hlc) -> None:
    assert (str(a) < str(b)) == (a < b)
    assert Hlc.parse(str(a)) == a


@given(st.lists(walls, min_size=1, max_size=200))
def test_tick_is_strictly_monotonic_whatever_the_wall_clock_does(readings: list[int]) -> None:
    clock = Hlc.zero(NODE_A)
    for now in readings:
        nxt = tick(clock, now)
        assert nxt > clock
        assert nxt.wall_ms >= now
        clock = nxt


@given(clocks, clocks, walls)
def test_receive_is_above_local_and_remote(local: Hlc, remote: Hlc, now: int) -> None:
    local = Hlc(local.wall_ms, local.counter, NODE_A)
    if remote.wall_ms - now > 24 * 3600 * 1000:
        with pytest.raises(ClockDrift):
            receive(local, remote, now)
        return
    merged = receive(local, remote, now)
    assert merged > local
    assert (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
    assert merged.node == NODE_A


@given(clocks, walls)
def test_drift_is_bounded(remote: Hlc, now: int) -> None:
    local = Hlc.zero(NODE_A)
    try:
        merged = receive(local, remote, now, max_drift_ms=60_000)
    except ClockDrift:
        assert remote.wall_ms - now > 60_000
    else:
        assert merged.wall_ms <= max(now, remote.wall_ms) + 1
        assert merged.wall_ms - now <= 60_000 + 1


def test_wall_clock_going_back_keeps_counting() -> None:
    clock = tick(Hlc.zero(NODE_A), 1_000_000)
    earlier = tick(clock, 5)
    assert earlier.wall_ms == 1_000_000
    assert earlier.counter == 1


def test_counter_overflow_borrows_next_millisecond() -> None:
    assert tick(Hlc(10, COUNTER_MAX, NODE_A), 10) == Hlc(11, 0, NODE_A)


def test_parse_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        Hlc.parse("not-a-clock")
    with pytest.raises(ValueError):
        Hlc(1, 0, "XYZ")


def _parses(text: str) -> bool:
    try:
        Hlc.parse(text)
    except ValueError:
        return False
    return True


@given(
    st.one_of(
        clocks.map(str),
        clocks.map(lambda h: str(h) + "\n"),
        st.text(alphabet="0123456789abcdefABCDEF-\n ", max_size=60),
    )
)
def test_valid_says_what_parse_accepts(text: str) -> None:
    assert Hlc.valid(text) is _parses(text)
