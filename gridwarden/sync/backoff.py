"""When to try again: the normal interval after a good sync; after failures an exponential
back-off with jitter, so a district's laptops do not all knock at once when the server returns."""

from __future__ import annotations

import random

FIRST_RETRY_S = 15.0
MAX_RETRY_S = 30 * 60.0


def next_delay(failures: int, interval_s: float, rng: random.Random | None = None) -> float:
    """Seconds until the next attempt. `failures` counts consecutive failed attempts."""
    if failures <= 0:
        return interval_s
    ceiling = min(MAX_RETRY_S, FIRST_RETRY_S * 2 ** (failures - 1))
    return (rng or random).uniform(ceiling / 2, ceiling)  # "equal jitter"
