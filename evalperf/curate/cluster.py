"""Clustering a task's profiled pool solutions into tiers, and the filters a curated task must pass.

Exactly EvalPerf's rules (DESIGN.md, Curation): costs sorted slowest first, a_1 >= a_2 >= ...;
a split between i and i+1 where (a_i - a_{i+1}) / a_i > b + sqrt(10000 / a_i); each cluster is a
tier whose reference is its slowest member; score_k = 100 * sum_{i<=k} |C_i| / N, clusters
numbered slow to fast. The sqrt term keeps costs near the noise floor from splitting at all.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from evalperf.errors import ConfigError

DEFAULT_SPLIT_B = 0.10
MIN_SOLUTIONS = 10  # profiled solutions a task needs
MIN_COST = 10_000  # instructions every profiled solution must reach (EvalPerf's noise floor)
MIN_CLUSTERS = 4
_FLOOR_TERM = 10_000  # the constant under the split rule's square root


@dataclass(frozen=True)
class Cluster:
    """One tier: the pool solutions (indices into the costs given) whose costs fell together."""

    members: tuple[int, ...]  # slowest first
    score: float  # cumulative share of the pool this tier beats or equals, in percent

    @property
    def reference(self) -> int:
        """The index of the cluster's slowest member: the tier's reference solution."""
        return self.members[0]


def splits_between(slower: float, faster: float, b: float = DEFAULT_SPLIT_B) -> bool:
    """True when a gap from cost ``slower`` down to ``faster`` separates two tiers."""
    return (slower - faster) / slower > b + math.sqrt(_FLOOR_TERM / slower)


def cluster_costs(costs: Sequence[float], b: float = DEFAULT_SPLIT_B) -> list[Cluster]:
    """The tiers of a pool with these (positive, finite) costs, slowest first."""
    if not costs:
        return []
    if b < 0 or not math.isfinite(b):
        raise ConfigError(f"the split threshold b must be a finite number >= 0, got {b!r}")
    for cost in costs:
        if not math.isfinite(cost) or cost <= 0:
            raise ConfigError(f"pool costs must be positive and finite, got {cost!r}")
    order = sorted(range(len(costs)), key=lambda i: (-costs[i], i))
    groups: list[list[int]] = [[order[0]]]
    for previous, current in itertools.pairwise(order):
        if splits_between(costs[previous], costs[current], b):
            groups.append([])
        groups[-1].append(current)
    total, seen = len(costs), 0
    clusters = []
    for group in groups:
        seen += len(group)
        clusters.append(Cluster(tuple(group), 100.0 * seen / total))
    return clusters


def curation_problems(
    costs: Sequence[float],
    clusters: Sequence[Cluster],
    min_solutions: int = MIN_SOLUTIONS,
    min_cost: float = MIN_COST,
    min_clusters: int = MIN_CLUSTERS,
) -> list[str]:
    """Why a curated task must be dropped (EvalPerf's filters); empty when it is kept."""
    problems = []
    if len(costs) < min_solutions:
        problems.append(f"{len(costs)} profiled solution(s), at least {min_solutions} are needed")
    cheap = [c for c in costs if c < min_cost]
    if cheap:
        cheapest = min(cheap)
        problems.append(f"{len(cheap)} solution(s) cost under {min_cost:,.0f} instructions (cheapest {cheapest:,.0f})")
    if len(clusters) < min_clusters:
        problems.append(f"{len(clusters)} cluster(s), at least {min_clusters} are needed")
    return problems
