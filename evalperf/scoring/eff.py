"""eff@k (ENAMEL): per-sample efficiency over weighted stress levels, and its unbiased k-estimator."""

from __future__ import annotations

import math
from collections.abc import Sequence

ALPHA = 2.0  # ENAMEL's time-limit factor
EFF_LIMITS = ("max", "level")  # DESIGN.md / ENAMEL: alpha * max_l t*_l; or per level alpha * t*_l


def _measured(cost: float | None) -> bool:
    return cost is not None and math.isfinite(cost) and cost >= 0


def sample_efficiency(
    costs: Sequence[float | None],
    fastest: Sequence[float],
    weights: Sequence[float],
    alpha: float = ALPHA,
    limit: str = "max",
) -> float:
    """Efficiency score e of one correct sample, in [0, ...).

    ``limit="max"`` (the default) is DESIGN.md's definition, which is ENAMEL's code: one limit
    T = alpha * max_l t*_l for every level (t*_l the fastest tier's cost on level l),
    f_l = max(0, T - t_l) / (T - t*_l).
    ``limit="level"`` (a task may opt into it) puts the limit per level instead:
    T_l = alpha * t*_l, f_l = max(0, T_l - t_l) / (T_l - t*_l).
    Either way a level that was not measured (``None``, or not a finite cost >= 0) or exceeded
    its limit scores 0, and so do all later levels (right-censoring); e = sum_l h_l f_l / sum_l h_l.
    Costs of zero are defined too: where the limit equals t*_l (every t* is 0, or t*_l is 0 under
    the per-level limit) the level has no room between the two, and a sample within the limit
    scores 1 there (as fast as the fastest tier), one above it 0.
    ValueError when the fastest tier has no finite cost >= 0 on a level: the limit is undefined.
    """
    if not (len(costs) == len(fastest) == len(weights)):
        raise ValueError("costs, fastest and weights need one entry per level")
    if alpha <= 1:
        raise ValueError(f"alpha must be above 1, got {alpha}")
    total_weight = float(sum(weights))
    if not (total_weight > 0 and all(math.isfinite(h) and h >= 0 for h in weights)):
        raise ValueError(f"the level weights must be finite numbers >= 0 with a positive sum, got {list(weights)}")
    if limit not in EFF_LIMITS:
        raise ValueError(f"limit must be one of {', '.join(EFF_LIMITS)}, got {limit!r}")
    unmeasured = [level for level, best in enumerate(fastest) if not _measured(best)]
    if unmeasured:
        raise ValueError(f"the fastest tier has no cost on level {unmeasured[0]} ({fastest[unmeasured[0]]!r})")
    overall = alpha * max(fastest) if fastest else 0.0
    score = 0.0
    for cost, best, weight in zip(costs, fastest, weights):
        bound = overall if limit == "max" else alpha * best
        if cost is None or not _measured(cost) or cost > bound:
            break
        room = bound - best
        score += weight * (max(0.0, bound - cost) / room if room > 0 else 1.0)
    return score / total_weight


def eff_at_k(scores: Sequence[float], k: int) -> float:
    """Expected max of k scores drawn without replacement from the n sample scores.

    Unbiased (Rao-Blackwellised): sum_{r=k}^{n} C(r-1, k-1) / C(n, k) * e_(r), e_(r) ascending.
    The weights are built by the ratio w_{r-1} = w_r (r-k) / (r-1) from w_n = k/n, so no
    binomial is ever formed and n in the thousands is exact to rounding.
    """
    n = len(scores)
    if not 1 <= k <= n:
        raise ValueError(f"need 1 <= k <= n, got n={n}, k={k}")
    if not all(math.isfinite(e) and e >= 0 for e in scores):
        raise ValueError("efficiency scores must be finite numbers >= 0")
    ordered = sorted(scores)
    weight = k / n
    total = 0.0
    for r in range(n, k - 1, -1):
        total += weight * ordered[r - 1]
        if r > 1:
            weight *= (r - k) / (r - 1)
    return total
