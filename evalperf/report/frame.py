"""One row per (model, task): the scores leaderboards and reports are built from.

Every score is on a 0-100 scale: pass@k and eff@k in percent, DPS and DPS_norm as defined.
Missing values (a task without samples, references that cannot anchor scores, k above n) are NaN.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, cast

import pandas as pd

from evalperf.report.load import Run
from evalperf.scoring import eff_at_k, pass_at_k

NAN = math.nan


def sample_effs(task: dict[str, Any]) -> list[float]:
    """The eff scores of a task's samples (incorrect ones score 0; correct ones left unprofiled have none)."""
    return [float(s["eff"]) for s in task["samples"] if s.get("eff") is not None]


def _task_row(model: str, task_id: str, task: dict[str, Any], ks: Sequence[int]) -> dict[str, Any]:
    scores = task["scores"]
    n, correct = int(scores.get("n", len(task["samples"]))), int(scores.get("correct", 0))
    usable = bool(task["references"].get("usable", False))
    effs = sample_effs(task)
    row: dict[str, Any] = {
        "model": model,
        "task": task_id,
        "category": task.get("category", ""),
        "n": n,
        "correct": correct,
        "profiled": int(scores.get("profiled", 0)),
        "usable": usable,
        "scored": bool(scores.get("scored", False)),
    }
    for k in ks:
        row[f"pass@{k}"] = 100 * pass_at_k(n, correct, k) if 1 <= k <= n else NAN
        row[f"eff@{k}"] = 100 * eff_at_k(effs, k) if usable and 1 <= k <= len(effs) else NAN
    dps, dps_norm = scores.get("dps"), scores.get("dps_norm")
    row["dps"] = float(dps) if dps is not None and row["scored"] else NAN
    row["dps_norm"] = float(dps_norm) if dps_norm is not None and row["scored"] else NAN
    return row


def task_frame(runs: Sequence[Run], ks: Sequence[int] = (1,)) -> pd.DataFrame:
    """The per-(model, task) scores of ``runs``; DPS only where the task counts for the model."""
    rows = [_task_row(run.model, task_id, task, ks) for run in runs for task_id, task in run.tasks.items()]
    columns = ["model", "task", "category", "n", "correct", "profiled", "usable", "scored"]
    columns += [f"{m}@{k}" for k in ks for m in ("pass", "eff")] + ["dps", "dps_norm"]
    return cast(pd.DataFrame, pd.DataFrame(rows, columns=columns))


def available_ks(runs: Sequence[Run], candidates: Sequence[int] = (1, 10, 100)) -> list[int]:
    """k = 1, and each larger candidate that some model's sample count allows on every task it has."""
    least = [min((len(t["samples"]) for t in run.tasks.values() if t["samples"]), default=0) for run in runs]
    return [k for k in candidates if k == 1 or any(n >= k for n in least)]
