"""Hybrid logical clock (гібридний логічний годинник) as plain values.

A timestamp is (wall milliseconds, counter, node). Its string form has a fixed width, so the
string order is the clock order: `"0000019a0f3b2c1d-0000-<node>"`. The node is the device id
without dashes (32 hex digits), which breaks ties deterministically on every replica.

Rules (Kulkarni et al., "Logical Physical Clocks", 2014):
- `tick(now)`: wall = max(last.wall, now); the counter grows when the wall did not.
- `receive(remote, now)`: the result is above both the local and the remote clock.
- A remote clock more than `max_drift_ms` ahead of our wall clock is refused (`ClockDrift`),
  so one laptop with a wrong year cannot push every clock into the future.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from socdesk.domain.errors import ClockDrift

COUNTER_MAX = 0xFFFF
DEFAULT_MAX_DRIFT_MS = 24 * 3600 * 1000
_PATTERN = re.compile(r"^([0-9a-f]{16})-([0-9a-f]{4})-([0-9a-f]{32})$")
_NODE = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    """One timestamp of the hybrid logical clock; ordering is the clock order."""

    wall_ms: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        if not (0 <= self.wall_ms < 16**16 and 0 <= self.counter <= COUNTER_MAX):
            raise ValueError("HLC out of range")
        if not _NODE.fullmatch(self.node):
            raise ValueError("HLC node must be 32 lowercase hex digits")

    def __str__(self) -> str:
        return f"{self.wall_ms:016x}-{self.counter:04x}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        match = _PATTERN.match(text)
        if match is None:
            raise ValueError(f"not an HLC string: {text!r}")
        return cls(int(match[1], 16), int(match[2], 16), match[3])

    @staticmethod
    def valid(text: str) -> bool:
        """Whether `parse` accepts `text` (its digits cannot be out of range), without
        making the value: the applier checks every stamp of every record."""
        return _PATTERN.match(text) is not None

    @classmethod
    def zero(cls, node: str) -> Hlc:
        return cls(0, 0, node)


def node_from_device(device_id: str) -> str:
    """The HLC node for a device id (a UUID string)."""
    return device_id.replace("-", "").lower()


def tick(last: Hlc, now_ms: int) -> Hlc:
    """The next local timestamp after `last`, given the wall clock `now_ms`."""
    if now_ms > last.wall_ms:
        return Hlc(now_ms, 0, last.node)
    return _bump(last.wall_ms, last.counter, last.node)


def receive(last: Hlc, remote: Hlc, now_ms: int, max_drift_ms: int = DEFAULT_MAX_DRIFT_MS) -> Hlc:
    """Our clock after seeing `remote`; above both `last` and `remote`."""
    if remote.wall_ms - now_ms > max_drift_ms:
        raise ClockDrift()
    wall = max(last.wall_ms, remote.wall_ms, now_ms)
    if wall == last.wall_ms == remote.wall_ms:
        return _bump(wall, max(last.counter, remote.counter), last.node)
    if wall == last.wall_ms:
        return _bump(wall, last.counter, last.node)
    if wall == remote.wall_ms:
        return _bump(wall, remote.counter, last.node)
    return Hlc(wall, 0, last.node)


def _bump(wall: int, counter: int, node: str) -> Hlc:
    if counter >= COUNTER_MAX:
        # More than 65,535 events in one millisecond: borrow the next millisecond.
        return Hlc(wall + 1, 0, node)
    return Hlc(wall, counter + 1, node)
