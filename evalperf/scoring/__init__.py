"""Scores, exactly as DESIGN.md defines them: pass@k, DPS / DPS_norm, eff@k."""

from evalperf.scoring.dps import DEFAULT_TIER_TOLERANCE, MAX_TIER_TOLERANCE, check_tolerance, dps, dps_norm, match_tier
from evalperf.scoring.eff import eff_at_k, sample_efficiency
from evalperf.scoring.passk import pass_at_k

__all__ = [
    "DEFAULT_TIER_TOLERANCE",
    "MAX_TIER_TOLERANCE",
    "check_tolerance",
    "dps",
    "dps_norm",
    "eff_at_k",
    "match_tier",
    "pass_at_k",
    "sample_efficiency",
]
