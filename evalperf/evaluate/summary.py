"""Task-level and model-level scores from the sample outcomes (DESIGN.md's protocol)."""

from __future__ import annotations

from statistics import fmean
from typing import Any

from evalperf.evaluate.pipeline import EvalConfig, TaskOutcome
from evalperf.scoring import eff_at_k, pass_at_k


def _cost_scores(entry: TaskOutcome, config: EvalConfig, correct: int) -> dict[str, Any]:
    """eff@k, DPS, DPS_norm of one task and whether it counts for the model."""
    profiled = [s for s in entry.samples if s.dps is not None]
    effs = [s.eff for s in entry.samples if s.eff is not None]
    scores: dict[str, Any] = {"profiled": len(profiled)}
    for k in config.ks:
        scores[f"eff@{k}"] = eff_at_k(effs, k) if entry.references.usable and k <= len(effs) else None
    scores["dps"] = fmean(s.dps for s in profiled if s.dps is not None) if profiled else None
    scores["dps_norm"] = fmean(s.dps_norm for s in profiled if s.dps_norm is not None) if profiled else None
    scores["scored"] = bool(entry.references.usable and correct >= config.min_correct and profiled)
    return scores


def task_scores(entry: TaskOutcome, config: EvalConfig) -> dict[str, Any]:
    """pass@k, DPS, DPS_norm and eff@k of one task, and whether it counts for the model.

    A task whose costs could not be scored (``scoring_error``, or a failure here) keeps its
    pass@k, has no cost-based score, is not scored, and says why in ``error``.
    """
    n = len(entry.samples)
    correct = sum(1 for s in entry.samples if s.verdict.passed)
    scores: dict[str, Any] = {"n": n, "correct": correct, "profiled": 0}
    for k in config.ks:
        scores[f"pass@{k}"] = pass_at_k(n, correct, k) if k <= n else None
    error = entry.scoring_error
    if error is None:
        try:
            scores.update(_cost_scores(entry, config, correct))
        except Exception as exc:  # like pipeline.score_task: recorded with the task, the run goes on
            error = f"{type(exc).__name__}: {exc}"
    if error is not None:
        scores.update({f"eff@{k}": None for k in config.ks})
        scores.update(dps=None, dps_norm=None, scored=False, error=error)
    return scores


def summarize(per_task: dict[str, dict[str, Any]], config: EvalConfig) -> dict[str, Any]:
    """Model-level means: pass@k over tasks with samples, DPS over scored tasks, eff@k over usable ones.

    ``scoring_errors`` lists the tasks whose costs could not be scored (see task_scores).
    """
    with_samples = [s for s in per_task.values() if s["n"] > 0]
    scored = [s for s in with_samples if s["scored"]]
    summary: dict[str, Any] = {
        "tasks_total": len(with_samples),
        "tasks_scored": len(scored),
        "samples": sum(s["n"] for s in with_samples),
        "correct": sum(s["correct"] for s in with_samples),
        "scoring_errors": sorted(task_id for task_id, s in per_task.items() if s.get("error")),
    }
    for k in config.ks:
        values = [s[f"pass@{k}"] for s in with_samples if s[f"pass@{k}"] is not None]
        summary[f"pass@{k}"] = fmean(values) if values else None
        effs = [s[f"eff@{k}"] for s in with_samples if s[f"eff@{k}"] is not None]
        summary[f"eff@{k}"] = fmean(effs) if effs else None
    summary["dps"] = fmean(s["dps"] for s in scored) if scored else None
    summary["dps_norm"] = fmean(s["dps_norm"] for s in scored) if scored else None
    return summary
