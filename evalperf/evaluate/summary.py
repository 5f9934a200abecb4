"""Task-level and model-level scores from the sample outcomes (DESIGN.md's protocol)."""

from __future__ import annotations

from statistics import fmean
from typing import Any

from evalperf.evaluate.pipeline import EvalConfig, TaskOutcome
from evalperf.scoring import eff_at_k, pass_at_k


def task_scores(entry: TaskOutcome, config: EvalConfig) -> dict[str, Any]:
    """pass@k, DPS, DPS_norm and eff@k of one task, and whether it counts for the model."""
    n = len(entry.samples)
    correct = sum(1 for s in entry.samples if s.verdict.passed)
    profiled = [s for s in entry.samples if s.dps is not None]
    effs = [s.eff for s in entry.samples if s.eff is not None]
    scores: dict[str, Any] = {"n": n, "correct": correct, "profiled": len(profiled)}
    for k in config.ks:
        scores[f"pass@{k}"] = pass_at_k(n, correct, k) if k <= n else None
        scores[f"eff@{k}"] = eff_at_k(effs, k) if entry.references.usable and k <= len(effs) else None
    scores["dps"] = fmean(s.dps for s in profiled if s.dps is not None) if profiled else None
    scores["dps_norm"] = fmean(s.dps_norm for s in profiled if s.dps_norm is not None) if profiled else None
    scores["scored"] = bool(entry.references.usable and correct >= config.min_correct and profiled)
    return scores


def summarize(per_task: dict[str, dict[str, Any]], config: EvalConfig) -> dict[str, Any]:
    """Model-level means: pass@k over tasks with samples, DPS over scored tasks, eff@k over usable ones."""
    with_samples = [s for s in per_task.values() if s["n"] > 0]
    scored = [s for s in with_samples if s["scored"]]
    summary: dict[str, Any] = {
        "tasks_total": len(with_samples),
        "tasks_scored": len(scored),
        "samples": sum(s["n"] for s in with_samples),
        "correct": sum(s["correct"] for s in with_samples),
    }
    for k in config.ks:
        values = [s[f"pass@{k}"] for s in with_samples if s[f"pass@{k}"] is not None]
        summary[f"pass@{k}"] = fmean(values) if values else None
        effs = [s[f"eff@{k}"] for s in with_samples if s[f"eff@{k}"] is not None]
        summary[f"eff@{k}"] = fmean(effs) if effs else None
    summary["dps"] = fmean(s["dps"] for s in scored) if scored else None
    summary["dps_norm"] = fmean(s["dps_norm"] for s in scored) if scored else None
    return summary
