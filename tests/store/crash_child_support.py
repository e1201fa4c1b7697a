"""What the crash tests' child processes share: killing themselves at a named point."""

from __future__ import annotations

import os
import signal


class KillAt:
    def __init__(self, spec: str | None) -> None:
        self.point, _, nth = (spec or ":0").partition(":")
        self.left = int(nth)

    def __call__(self, point: str) -> None:
        if point == self.point:
            self.left -= 1
            if self.left == 0:
                os.kill(os.getpid(), signal.SIGKILL)
