"""Differential Performance Score (EvalPerf): match a cost to the reference tiers."""

from __future__ import annotations

from collections.abc import Sequence

# Relative slack a cost may exceed a tier's cost by and still match it. Measured on the whole
# built-in suite (benchmarks/bench_variant_spread.py, docs/measurements.md): four semantically
# identical variants (comments, renamed locals, module-level imports, re-formatted) of the two
# fastest tiers of all 61 tasks spread by up to 1.54% (renamed locals on edit_distance's bit-vector
# tier, whose wide-integer arithmetic runs through malloc and so depends on the heap's layout),
# 1.23% on divisor_count_sum, at most 0.79% elsewhere, 0.15% for the median task. 2% covers the
# largest with a margin and stays far below the 1.5x between tiers.
DEFAULT_TIER_TOLERANCE = 2e-2
# Adjacent tiers are at least 1.5x apart (task validation), so a tolerance below 0.5 can never
# let a sample skip past the next slower tier's cost.
MAX_TIER_TOLERANCE = 0.5


def check_tolerance(tolerance: float) -> float:
    """``tolerance`` itself if 0 <= tolerance < MAX_TIER_TOLERANCE, else ValueError."""
    if not 0.0 <= tolerance < MAX_TIER_TOLERANCE:
        raise ValueError(f"tier tolerance must be in [0, {MAX_TIER_TOLERANCE:g}), got {tolerance!r}")
    return tolerance


def match_tier(cost: float, ref_costs: Sequence[float], tolerance: float = 0.0) -> int:
    """Index j* = max{k : cost <= ref_costs[k] * (1 + tolerance)} (tiers slowest to fastest), or -1.

    A sample matches the fastest tier whose cost, widened by ``tolerance``, it does not exceed;
    a sample slower than every tier matches none. With ``tolerance=0`` this is DESIGN.md's rule.
    """
    if not ref_costs:
        raise ValueError("need at least one reference cost")
    widen = 1.0 + check_tolerance(tolerance)
    matched = -1
    for k, ref in enumerate(ref_costs):
        if cost <= ref * widen:
            matched = k
    return matched


def default_tier_scores(count: int) -> list[float]:
    """Scores of K tiers without population scores: tier k scores 100 (k+1) / K."""
    return [100.0 * (k + 1) / count for k in range(count)]


def dps(cost: float, ref_costs: Sequence[float], ref_scores: Sequence[float], tolerance: float = 0.0) -> float:
    """DPS of one sample: the score s_{j*} of its matched tier, 0 when slower than every tier."""
    if len(ref_scores) != len(ref_costs):
        raise ValueError(f"{len(ref_costs)} reference costs but {len(ref_scores)} scores")
    j = match_tier(cost, ref_costs, tolerance)
    return 0.0 if j < 0 else float(ref_scores[j])


def dps_norm(cost: float, ref_costs: Sequence[float], tolerance: float = 0.0) -> float:
    """DPS_norm of one sample: 100 (j*+1) / K, 0 when slower than every tier."""
    return 100.0 * (match_tier(cost, ref_costs, tolerance) + 1) / len(ref_costs)
