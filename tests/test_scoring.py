"""Scores against hand-computed values and against brute force over all k-subsets."""

from __future__ import annotations

import itertools
import math
import random
from statistics import fmean

import pytest

from evalperf.scoring import (
    DEFAULT_TIER_TOLERANCE,
    MAX_TIER_TOLERANCE,
    check_tolerance,
    dps,
    dps_norm,
    eff_at_k,
    match_tier,
    pass_at_k,
    sample_efficiency,
)


def brute_pass_at_k(n: int, c: int, k: int) -> float:
    outcomes = [1] * c + [0] * (n - c)
    return fmean(max(s) for s in itertools.combinations(outcomes, k))


def brute_eff_at_k(scores: list[float], k: int) -> float:
    return fmean(max(s) for s in itertools.combinations(scores, k))


def test_pass_at_k_hand_values() -> None:
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)
    assert pass_at_k(10, 0, 5) == 0.0
    assert pass_at_k(10, 10, 1) == 1.0
    # 1 - C(7,5)/C(10,5) = 1 - 21/252
    assert pass_at_k(10, 3, 5) == pytest.approx(1 - 21 / 252)
    assert pass_at_k(5, 1, 5) == 1.0  # n - c < k


@pytest.mark.parametrize("n", range(1, 9))
def test_pass_at_k_brute_force(n: int) -> None:
    for c in range(n + 1):
        for k in range(1, n + 1):
            assert pass_at_k(n, c, k) == pytest.approx(brute_pass_at_k(n, c, k), abs=1e-12)


def test_pass_at_k_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        pass_at_k(5, 6, 1)
    with pytest.raises(ValueError):
        pass_at_k(5, 2, 0)


def test_eff_at_k_hand_value() -> None:
    # pairs of {0.5, 0.2, 0.9}: max 0.5, 0.9, 0.9
    assert eff_at_k([0.5, 0.2, 0.9], 2) == pytest.approx((0.5 + 0.9 + 0.9) / 3)
    assert eff_at_k([0.5, 0.2, 0.9], 1) == pytest.approx((0.5 + 0.2 + 0.9) / 3)
    assert eff_at_k([0.5, 0.2, 0.9], 3) == pytest.approx(0.9)


@pytest.mark.parametrize("seed", range(12))
def test_eff_at_k_brute_force(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 10)
    scores = [rng.choice([0.0, rng.random(), 1.0, rng.random() * 1.3]) for _ in range(n)]
    for k in range(1, n + 1):
        assert eff_at_k(scores, k) == pytest.approx(brute_eff_at_k(scores, k), abs=1e-12)


@pytest.mark.parametrize("n", range(1, 9))
def test_eff_at_k_with_binary_scores_is_pass_at_k(n: int) -> None:
    for c in range(n + 1):
        scores = [1.0] * c + [0.0] * (n - c)
        for k in range(1, n + 1):
            assert eff_at_k(scores, k) == pytest.approx(pass_at_k(n, c, k), abs=1e-12)


def test_eff_at_k_stable_for_large_n() -> None:
    n = 1000
    rng = random.Random(7)
    scores = [rng.random() for _ in range(n)]
    ordered = sorted(scores)
    for k in (1, 2, 10, 100, 500, 1000):
        exact = sum(math.comb(r - 1, k - 1) * ordered[r - 1] for r in range(k, n + 1)) / math.comb(n, k)
        got = eff_at_k(scores, k)
        assert math.isfinite(got)
        assert got == pytest.approx(exact, rel=1e-9)
    assert eff_at_k(scores, 1) == pytest.approx(fmean(scores), rel=1e-12)
    assert eff_at_k(scores, n) == pytest.approx(max(scores), rel=1e-12)
    assert eff_at_k([1.0] * 3 + [0.0] * 997, 500) == pytest.approx(pass_at_k(1000, 3, 500), rel=1e-9)


def test_match_tier() -> None:
    costs = [1000.0, 400.0, 100.0]  # slowest to fastest
    assert match_tier(2000, costs) == -1
    assert match_tier(1000, costs) == 0
    assert match_tier(999, costs) == 0
    assert match_tier(400, costs) == 1
    assert match_tier(150, costs) == 1
    assert match_tier(100, costs) == 2
    assert match_tier(1, costs) == 2
    # DESIGN's definition is max{k : c <= c_k}, even when tiers are not monotone
    assert match_tier(300, [1000.0, 200.0, 350.0]) == 2


def test_dps_and_dps_norm() -> None:
    costs = [1000.0, 400.0, 100.0]
    scores = [30.0, 75.0, 100.0]
    assert dps(2000, costs, scores) == 0.0
    assert dps(500, costs, scores) == 30.0
    assert dps(400, costs, scores) == 75.0
    assert dps(50, costs, scores) == 100.0
    assert dps_norm(2000, costs) == 0.0
    assert dps_norm(500, costs) == pytest.approx(100 / 3)
    assert dps_norm(300, costs) == pytest.approx(200 / 3)
    assert dps_norm(10, costs) == 100.0
    with pytest.raises(ValueError):
        dps(1, costs, [1.0])


def test_sample_efficiency_hand_values_design_limit() -> None:
    # DESIGN.md: one limit T = 2 * max_l t*_l = 2000 for both levels
    fastest = [100.0, 1000.0]
    weights = [1.0, 3.0]
    assert sample_efficiency([100.0, 1000.0], fastest, weights) == pytest.approx(1.0)
    # level 0: f=(2000-150)/(2000-100)=1850/1900; level 1: f=(2000-1500)/(2000-1000)=0.5
    assert sample_efficiency([150.0, 1500.0], fastest, weights) == pytest.approx((1850 / 1900 + 3 * 0.5) / 4)
    # level 0 far slower than its own fastest tier but inside T: still scores; level 1 over T: 0
    assert sample_efficiency([1100.0, 2500.0], fastest, weights) == pytest.approx((900 / 1900) / 4)
    # level 0 over T: right-censored, the fast level 1 scores 0 too
    assert sample_efficiency([2500.0, 1000.0], fastest, weights) == 0.0
    assert sample_efficiency([100.0, None], fastest, weights) == pytest.approx(0.25)


def test_sample_efficiency_hand_values_per_level_limit() -> None:
    fastest = [100.0, 1000.0]
    weights = [1.0, 3.0]
    # as fast as the fastest tier on both levels: f = 1 everywhere
    assert sample_efficiency([100.0, 1000.0], fastest, weights, 2.0, "level") == pytest.approx(1.0)
    # level 0: T=200, f=(200-150)/(200-100)=0.5; level 1: T=2000, f=(2000-1500)/1000=0.5
    assert sample_efficiency([150.0, 1500.0], fastest, weights, 2.0, "level") == pytest.approx(0.5)
    # level 0 fine (f=1), level 1 over the limit: 0 there
    assert sample_efficiency([100.0, 2500.0], fastest, weights, 2.0, "level") == pytest.approx(0.25)
    # level 0 over the limit: right-censored, later levels score 0 even if fast
    assert sample_efficiency([250.0, 1000.0], fastest, weights, 2.0, "level") == 0.0
    # a level that was not measured censors the rest
    assert sample_efficiency([100.0, None], fastest, weights, 2.0, "level") == pytest.approx(0.25)


def test_match_tier_at_zero_tolerance_is_the_exact_rule() -> None:
    costs = [1_000_000, 400_000, 100_000]  # instruction counts, slowest to fastest
    for k, ref in enumerate(costs):
        assert match_tier(ref, costs, 0.0) == k
        # one instruction above tier k's cost falls to tier k-1 (-1: slower than every tier)
        assert match_tier(ref + 1, costs, 0.0) == k - 1
        assert match_tier(ref + 1, costs) == k - 1  # 0.0 is the default of the function
    assert dps(100_001, costs, [30.0, 75.0, 100.0], 0.0) == 75.0
    assert dps_norm(100_001, costs, 0.0) == pytest.approx(200 / 3)


def test_a_cost_a_hair_above_a_tier_matches_it_within_the_tolerance() -> None:
    costs = [1e9, 4e8, 1e8]
    scores = [30.0, 75.0, 100.0]
    cost = 1e8 * (1 + 9e-6)  # 900 instructions above tier 2 (allocator noise)
    assert match_tier(cost, costs, 1e-3) == 2
    assert dps(cost, costs, scores, tolerance=1e-3) == 100.0
    assert dps_norm(cost, costs, tolerance=1e-3) == 100.0
    assert match_tier(cost, costs) == 1  # the exact rule would drop it a tier
    # the tolerance never reaches the next tier: 1.5x apart, tolerance below 0.5
    assert match_tier(1e8 * 1.0011, costs, 1e-3) == 1
    assert match_tier(6e8 + 1, [6e8, 4e8], 0.4999) == 0  # slower than tier 0: never lands on tier 1


def test_tier_tolerance_is_validated() -> None:
    for bad in (-1e-9, 0.5, 1.0, math.nan):
        with pytest.raises(ValueError, match="tier tolerance"):
            match_tier(100, [200.0, 100.0], bad)
        with pytest.raises(ValueError, match="tier tolerance"):
            dps(100, [200.0, 100.0], [50.0, 100.0], bad)
    assert check_tolerance(0.0) == 0.0 and check_tolerance(0.4999) == 0.4999
    assert 0.0 <= DEFAULT_TIER_TOLERANCE < MAX_TIER_TOLERANCE == 0.5
    # the pipeline scores with the default unless told otherwise
    from evalperf.evaluate.pipeline import EvalConfig

    assert EvalConfig(meter="valgrind", meter_fields={}).tier_tolerance == DEFAULT_TIER_TOLERANCE


@pytest.mark.parametrize("limit", ["max", "level"])
def test_sample_efficiency_is_defined_for_every_cost_a_meter_gives(limit: str) -> None:
    weights = [1.0, 1.0, 2.0]
    # the run of issue 13: every level of the fastest tier read 0 ns, so the limit equalled t*
    zero = [0.0, 0.0, 0.0]
    assert sample_efficiency([0.0, 0.0, 0.0], zero, weights, 2.0, limit) == 1.0
    assert sample_efficiency([0.0, 5.0, 0.0], zero, weights, 2.0, limit) == 0.25  # over T=0 at level 1: censored
    # one fastest level of 0 (per level: T_l = 0 there; one limit: T = 2 * 40 = 80)
    fastest = [0.0, 10.0, 40.0]
    per_level = {"max": (1 + 70 / 70 + 2 * 40 / 40) / 4, "level": (1 + 1 + 2) / 4}
    assert sample_efficiency([0.0, 10.0, 40.0], fastest, weights, 2.0, limit) == pytest.approx(per_level[limit])
    # a cost that is not a finite number >= 0 was not measured: 0 there and on the later levels
    for bad in (None, math.nan, math.inf, -1.0):
        assert sample_efficiency([0.0, bad, 40.0], fastest, weights, 2.0, limit) == pytest.approx(0.25)
    # a fastest tier without a cost on some level leaves the limit undefined: said, never a wrong number
    for bad in (math.nan, math.inf, -1.0):
        with pytest.raises(ValueError, match="no cost on level 1"):
            sample_efficiency([0.0, 10.0, 40.0], [0.0, bad, 40.0], weights, 2.0, limit)


def test_eff_at_k_refuses_scores_that_are_not_numbers() -> None:
    for bad in (math.nan, math.inf, -0.5):
        with pytest.raises(ValueError, match="finite numbers"):
            eff_at_k([0.5, bad, 1.0], 2)


def test_level_weights_must_make_a_weighted_mean() -> None:
    for weights in ([0.0, 0.0], [math.nan, 1.0], [math.inf, 1.0], [-1.0, 2.0]):
        with pytest.raises(ValueError, match="level weights"):
            sample_efficiency([1.0, 1.0], [1.0, 1.0], weights)
