"""The cost cap: a sample clearly slower than every reference tier is stopped early.

The cap is set in CPU seconds from what the slowest anchor tier's own measurement took
(CAP_FACTOR times, plus CAP_SLACK_S), since valgrind cannot stop a run at an instruction count.
A CPU-time cut alone proves nothing, so the harness only accepts it when callgrind's counts at
the cut (every finished step plus the cut step so far, from its exit dump) prove the sample
could not have scored: its total already exceeds the slowest tier's (with the tier-matching
tolerance), so DPS is 0, and the cut level's cost already reaches eff@k's limit, so that level
and all later ones score 0 (right-censoring). Otherwise the sample is measured again without a
cap: a cap can make a run shorter, never its score different.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CAP_FACTOR = 2.0
CAP_SLACK_S = 0.25


@dataclass(frozen=True)
class CostCap:
    """When to stop a sample (cpu_s) and what its counts must show to be recorded as capped."""

    cpu_s: float
    slowest: float  # the slowest anchor tier's total cost
    tolerance: float
    level_limits: tuple[float, ...]  # eff@k's limit per level (on load + call)

    def to_payload(self) -> dict[str, float]:
        """The job field the supervisor reads."""
        return {"cpu_s": self.cpu_s}

    def proven(self, load: float | None, done: Sequence[float], partial: float) -> bool:
        """The counts at the cut show the sample slower than every tier and past eff's limit."""
        total = (load or 0.0) + sum(done) + partial
        if total <= self.slowest * (1.0 + self.tolerance):
            return False
        cut = len(done)
        if cut >= len(self.level_limits):
            return True
        # the cut level costs at least the module's execution (or what ran of it, when the cut
        # came during it: load is None then) plus its call so far
        cut_level = partial if load is None else load + partial
        return cut_level >= self.level_limits[cut]


def cost_cap(
    slowest_cost: float, slowest_cpu_s: float | None, level_limits: Sequence[float], tolerance: float
) -> CostCap | None:
    """The cap for a task's samples, or None when the slowest tier's CPU time is not known."""
    if slowest_cpu_s is None or slowest_cpu_s <= 0:
        return None
    return CostCap(CAP_FACTOR * slowest_cpu_s + CAP_SLACK_S, slowest_cost, tolerance, tuple(level_limits))
