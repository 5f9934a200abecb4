"""The CI gate: check one results file against thresholds and, optionally, against a baseline run.

Scores are on the leaderboard's 0-100 scale (pass@1 and eff@1 in percent). Against a baseline,
each score is compared on the tasks both runs share (DPS: the tasks both are scored on), so a
run that covers other tasks is not judged on a different set; a drop larger than ``max_drop``
points fails. A score that cannot be computed (no scored task) fails its check.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from evalperf.errors import ConfigError
from evalperf.report.frame import task_frame
from evalperf.report.load import check_comparable, load_runs

METRICS = (("pass@1", "pass@1"), ("DPS", "dps"), ("eff@1", "eff@1"))


@dataclass(frozen=True)
class Thresholds:
    """What the gate asks; None means not checked."""

    min_pass1: float | None = None
    min_dps: float | None = None
    min_eff1: float | None = None
    max_drop: float | None = None

    def minimum(self, column: str) -> float | None:
        """The floor for a score column, if any."""
        return {"pass@1": self.min_pass1, "dps": self.min_dps, "eff@1": self.min_eff1}[column]


@dataclass(frozen=True)
class Check:
    """One line of the gate's verdict."""

    name: str
    ok: bool
    detail: str


def _mean(values: pd.Series) -> float:
    values = values.dropna()
    return float(values.mean()) if len(values) else math.nan


def _fmt(value: float) -> str:
    return "none" if math.isnan(value) else f"{value:.1f}"


def run_gate(path: Path, thresholds: Thresholds, baseline: Path | None = None) -> tuple[list[Check], list[str]]:
    """The checks (in order) and warnings; ResultsError for unreadable or incomparable files."""
    wants_floor = any(thresholds.minimum(c) is not None for _, c in METRICS)
    if not wants_floor and baseline is None:
        raise ConfigError("nothing to check: give --min-pass1, --min-dps, --min-eff1 or --baseline")
    if (baseline is None) != (thresholds.max_drop is None):
        raise ConfigError("--baseline and --max-drop go together")
    runs = load_runs([path] if baseline is None else [path, baseline])
    warnings = check_comparable(runs) if baseline is not None else []
    frame = task_frame(runs)
    current = frame[(frame["model"] == runs[0].model) & (frame["n"] > 0)].set_index("task")
    checks = []
    for label, column in METRICS:
        floor = thresholds.minimum(column)
        if floor is not None:
            value = _mean(current[column])
            ok = not math.isnan(value) and value >= floor
            checks.append(Check(f"{label} >= {floor:g}", ok, f"{label} {_fmt(value)} (minimum {floor:g})"))
    if baseline is not None and thresholds.max_drop is not None:
        old = frame[(frame["model"] == runs[1].model) & (frame["n"] > 0)].set_index("task")
        for label, column in METRICS:
            shared = current[column].notna() & old[column].reindex(current.index).notna()
            tasks = list(current.index[shared])
            new_v, old_v = _mean(current.loc[tasks, column]), _mean(old.loc[tasks, column])
            drop = old_v - new_v
            ok = bool(tasks) and drop <= thresholds.max_drop
            detail = (
                f"{label} {_fmt(old_v)} -> {_fmt(new_v)} on {len(tasks)} shared task(s) "
                f"(drop {_fmt(drop)}, allowed {thresholds.max_drop:g})"
                if tasks
                else f"{label}: no task both runs are scored on"
            )
            checks.append(Check(f"{label} drop <= {thresholds.max_drop:g}", ok, detail))
    return checks, warnings
