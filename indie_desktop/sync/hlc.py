"""Hybrid logical clock: stamps that order a replica's operations even when its clock is off.

A stamp is (wall milliseconds, counter). `now()` never goes backwards; `observe()` takes in the
server's time, but refuses a time further ahead of the local clock than MAX_SKEW_MS (a
misbehaving peer cannot drag the clock into the future). Nothing is decided by comparing
stamps between laptops: conflicts go to a person, so a laptop whose clock runs ahead wins
nothing; the server clamps a far-future record time to its own (server._statement).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_SKEW_MS = 5 * 60 * 1000


class ClockSkewError(Exception):
    """A remote time is too far ahead of this clock to be trusted."""


@dataclass
class HybridClock:
    wall_ms: int = 0
    counter: int = 0
    clock: Callable[[], float] = time.time

    @classmethod
    def parse(cls, text: str | None, clock: Callable[[], float] = time.time) -> HybridClock:
        if not text:
            return cls(clock=clock)
        wall, _, counter = text.partition("-")
        return cls(int(wall), int(counter or 0), clock)

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}"

    def _physical(self) -> int:
        return int(self.clock() * 1000)

    def now(self) -> str:
        physical = self._physical()
        if physical > self.wall_ms:
            self.wall_ms, self.counter = physical, 0
        else:
            self.counter += 1
        return str(self)

    def observe(self, remote_ms: int) -> str:
        """Merge a remote time in; ClockSkewError if it is beyond the bound."""
        physical = self._physical()
        if remote_ms > physical + MAX_SKEW_MS:
            raise ClockSkewError(
                f"the server's clock is {(remote_ms - physical) // 1000} s ahead of this one"
            )
        top = max(physical, self.wall_ms, remote_ms)
        self.counter = self.counter + 1 if top == self.wall_ms else 0
        self.wall_ms = top
        return str(self)
