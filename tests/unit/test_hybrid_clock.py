"""The sync clock never runs backwards and cannot be dragged far into the future."""

from __future__ import annotations

import pytest

from indie_desktop.sync.hlc import MAX_SKEW_MS, ClockSkewError, HybridClock


def test_stamps_keep_increasing_when_the_wall_clock_jumps_back() -> None:
    wall = [1_000.0]
    clock = HybridClock(clock=lambda: wall[0])
    first = clock.now()
    wall[0] = 900.0  # the user sets the clock back
    second = clock.now()
    third = clock.now()
    assert first < second < third
    assert HybridClock.parse(str(clock), lambda: 0.0).wall_ms == 1_000_000


def test_a_remote_time_far_ahead_is_refused_and_a_near_one_is_taken_in() -> None:
    clock = HybridClock(clock=lambda: 1_000.0)
    with pytest.raises(ClockSkewError):
        clock.observe(1_000_000 + MAX_SKEW_MS + 1)
    stamp = clock.observe(1_000_000 + 1_000)
    assert stamp.startswith(f"{1_001_000:013d}")
    assert clock.now() > stamp
