"""Confidence intervals of a model's mean score by the bootstrap over tasks (seeded, reproducible).

The tasks a model is scored on are resampled with replacement RESAMPLES times; the interval
is the central LEVEL share of the resampled means. Each model draws from its own generator
seeded by (seed, model name), so its interval does not depend on the other files given.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence

import numpy as np

RESAMPLES = 2000
LEVEL = 0.95


def model_seed(seed: int, model: str) -> list[int]:
    """The generator seed of one model's bootstrap."""
    return [seed, int(hashlib.sha256(model.encode()).hexdigest()[:8], 16)]


def bootstrap_ci(
    values: Sequence[float], seed: int, model: str, resamples: int = RESAMPLES, level: float = LEVEL
) -> tuple[float, float]:
    """(low, high) of the mean of ``values`` (NaNs dropped); NaN, NaN when there is none."""
    data = np.asarray([v for v in values if not math.isnan(v)], dtype=float)
    if data.size == 0:
        return math.nan, math.nan
    rng = np.random.default_rng(model_seed(seed, model))
    picks = rng.integers(0, data.size, size=(resamples, data.size))
    means = data[picks].mean(axis=1)
    tail = (1 - level) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    return float(low), float(high)
