"""EvalPerf's clustering of pool costs into tiers and its task filters (evalperf.curate.cluster)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evalperf.curate.cluster import Cluster, cluster_costs, curation_problems, splits_between
from evalperf.errors import ConfigError


def test_the_split_rule_is_evalperfs() -> None:
    # at a = 1e6 the threshold is 0.10 + sqrt(0.01) = 0.20
    assert splits_between(1_000_000, 790_000)
    assert not splits_between(1_000_000, 810_000)
    # near the noise floor nothing splits: at a = 10,000 the threshold is 1.1
    assert not splits_between(10_000, 1)
    # b moves the threshold
    assert not splits_between(1_000_000, 790_000, b=0.15)


def test_clusters_are_slowest_first_with_cumulative_scores() -> None:
    costs = [1_000_000, 300_000, 980_000, 50_000_000, 310_000, 49_000_000, 295_000, 1_010_000]
    clusters = cluster_costs(costs)
    assert [c.members for c in clusters] == [(3, 5), (7, 0, 2), (4, 1, 6)]
    assert [c.reference for c in clusters] == [3, 7, 4]  # the slowest member of each
    assert [c.score for c in clusters] == pytest.approx([100 * 2 / 8, 100 * 5 / 8, 100.0])


def test_every_solution_in_one_cluster_when_no_gap_is_wide_enough() -> None:
    costs = [2_000_000 - 100_000 * i for i in range(8)]  # 5% steps, below the 15.x% threshold
    (only,) = cluster_costs(costs)
    assert only == Cluster(tuple(range(8)), 100.0)


def test_equal_costs_keep_their_order_and_share_a_cluster() -> None:
    clusters = cluster_costs([5e6, 5e6, 1e6, 1e6])
    assert [c.members for c in clusters] == [(0, 1), (2, 3)]


def test_bad_costs_and_thresholds_are_refused() -> None:
    assert cluster_costs([]) == []
    for bad in (0.0, -1.0, math.nan, math.inf):
        with pytest.raises(ConfigError, match="positive and finite"):
            cluster_costs([1e6, bad])
    with pytest.raises(ConfigError, match="split threshold"):
        cluster_costs([1e6], b=-0.1)


def test_the_filters_say_why_a_task_is_dropped() -> None:
    costs = [10.0 ** (9 - k / 2) for k in range(10)]  # 10 solutions, each ~3.2x faster than the last
    clusters = cluster_costs(costs)
    assert len(clusters) == 10
    assert curation_problems(costs, clusters) == []
    few = costs[:3]
    assert any("3 profiled solution(s)" in p for p in curation_problems(few, cluster_costs(few)))
    cheap = [*costs[:9], 5_000.0]
    assert any("under 10,000 instructions" in p for p in curation_problems(cheap, cluster_costs(cheap)))
    flat = [1e6] * 12
    assert curation_problems(flat, cluster_costs(flat)) == ["1 cluster(s), at least 4 are needed"]


def test_costs_near_the_noise_floor_never_split() -> None:
    # 3.2x apart, but below ~10^4.5 instructions the sqrt term alone exceeds any possible gap
    clusters = cluster_costs([10.0 ** (5 - k / 2) for k in range(5)])
    assert [len(c.members) for c in clusters] == [1, 1, 3]


def _evalperf_rule(costs: list[float], b: float) -> list[list[float]]:
    """EvalPerf's rule written out plainly: walk the costs slowest first, open a tier at each wide gap."""
    ordered = sorted(costs, reverse=True)
    tiers: list[list[float]] = [[ordered[0]]]
    for i in range(1, len(ordered)):
        slower, faster = ordered[i - 1], ordered[i]
        if (slower - faster) / slower > b + math.sqrt(10000 / slower):
            tiers.append([])
        tiers[-1].append(faster)
    return tiers


@given(
    st.lists(st.floats(min_value=1e3, max_value=1e10, allow_nan=False), min_size=1, max_size=60),
    st.sampled_from([0.0, 0.05, 0.10, 0.25]),
)
@settings(max_examples=300, deadline=None)
def test_clusters_match_evalperfs_rule_on_random_costs(costs: list[float], b: float) -> None:
    clusters = cluster_costs(costs, b)
    expected = _evalperf_rule(costs, b)
    assert [[costs[i] for i in c.members] for c in clusters] == expected
    # every solution in exactly one tier, each tier's reference its slowest member
    assert sorted(i for c in clusters for i in c.members) == list(range(len(costs)))
    assert all(costs[c.reference] == max(costs[i] for i in c.members) for c in clusters)
    # score_k = 100 * sum_{i<=k} |C_i| / N, ending at 100
    sizes = [len(tier) for tier in expected]
    assert [c.score for c in clusters] == pytest.approx(
        [100 * sum(sizes[: k + 1]) / len(costs) for k in range(len(sizes))]
    )
    assert clusters[-1].score == pytest.approx(100.0)
