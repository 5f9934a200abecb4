"""Differential Performance Score (EvalPerf): match a cost to the reference tiers."""

from __future__ import annotations

from collections.abc import Sequence


def match_tier(cost: float, ref_costs: Sequence[float]) -> int:
    """Index j* = max{k : cost <= ref_costs[k]} (tiers slowest to fastest), or -1 if none.

    A sample matches the fastest tier whose cost it does not exceed; a sample slower
    than every tier matches none.
    """
    if not ref_costs:
        raise ValueError("need at least one reference cost")
    matched = -1
    for k, ref in enumerate(ref_costs):
        if cost <= ref:
            matched = k
    return matched


def default_tier_scores(count: int) -> list[float]:
    """Scores of K tiers without population scores: tier k scores 100 (k+1) / K."""
    return [100.0 * (k + 1) / count for k in range(count)]


def dps(cost: float, ref_costs: Sequence[float], ref_scores: Sequence[float]) -> float:
    """DPS of one sample: the score s_{j*} of its matched tier, 0 when slower than every tier."""
    if len(ref_scores) != len(ref_costs):
        raise ValueError(f"{len(ref_costs)} reference costs but {len(ref_scores)} scores")
    j = match_tier(cost, ref_costs)
    return 0.0 if j < 0 else float(ref_scores[j])


def dps_norm(cost: float, ref_costs: Sequence[float]) -> float:
    """DPS_norm of one sample: 100 (j*+1) / K, 0 when slower than every tier."""
    return 100.0 * (match_tier(cost, ref_costs) + 1) / len(ref_costs)
